"""The query language people type, parsed leniently into a small tree.

Syntax (all optional, nothing ever fails to parse):

- ``skriver oppsett``: every word must match (stemmed, accent-insensitive, also as the end of a compound);
- ``"exact phrase"``; ``skriv*`` (prefix); ``-ord`` or ``NOT ord`` (exclude); ``a OR b`` (binds tighter than the
  implicit AND, as in web search engines); ``( ... )`` for grouping;
- filters ``tag:``, ``space:``, ``author:``, ``title:``, ``path:``, ``modified:`` (``>2026-01-01``, ``<=2026-03``,
  ``2026``, ``2026-01-01..2026-02-01``), with Norwegian aliases ``tagg:``, ``område:``, ``forfatter:``,
  ``tittel:``, ``sti:``, ``endret:``. A value may be quoted: ``author:"Kari Nordmann"``.

Unbalanced quotes or parentheses, stray operators and unknown ``field:`` prefixes are read as plain text.
"""

from __future__ import annotations

import re

from wikidesk.core.search.records import field, record

FIELD_ALIASES = {
    "tag": "tag",
    "tags": "tag",
    "tagg": "tag",
    "emne": "tag",
    "space": "space",
    "område": "space",
    "omrade": "space",
    "author": "author",
    "forfatter": "author",
    "av": "author",
    "title": "title",
    "tittel": "title",
    "path": "path",
    "sti": "path",
    "modified": "modified",
    "endret": "modified",
    "date": "modified",
    "dato": "modified",
}
MAX_NODES = 40
_QUOTES = {'"': '"', "“": "”", "”": "”", "«": "»", "„": "“"}
_STOP = set(" \t\r\n()") | set(_QUOTES)


@record(frozen=True)
class Term:
    text: str
    prefix: bool = False


@record(frozen=True)
class Phrase:
    text: str


@record(frozen=True)
class Filter:
    field: str  # canonical name from FIELD_ALIASES
    value: str
    quoted: bool = False


@record(frozen=True)
class Not:
    item: Node


@record(frozen=True)
class Or:
    items: tuple[Node, ...]


@record(frozen=True)
class And:
    items: tuple[Node, ...] = field(default_factory=tuple)


Node = Term | Phrase | Filter | Not | Or | And


def _lex(text: str) -> list[tuple[str, str, str]]:
    """Tokens as ``(kind, a, b)``: LP, RP, OR, AND, NOT, NEG, PHRASE(a), WORD(a), FIELD/QFIELD(a=name, b=value)."""
    out: list[tuple[str, str, str]] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "(":
            out.append(("LP", "", ""))
            i += 1
        elif c == ")":
            out.append(("RP", "", ""))
            i += 1
        elif c in _QUOTES:
            end = text.find(_QUOTES[c], i + 1)
            if end < 0 and _QUOTES[c] != '"':
                end = text.find('"', i + 1)
            end = n if end < 0 else end
            out.append(("PHRASE", text[i + 1 : end], ""))
            i = end + 1
        elif c in "-!+" and i + 1 < n and not text[i + 1].isspace():
            if c != "+":
                out.append(("NEG", "", ""))
            i += 1
        else:
            j = i
            while j < n and text[j] not in _STOP:
                j += 1
            run = text[i:j]
            i = j
            name, colon, value = run.partition(":")
            canonical = FIELD_ALIASES.get(name.casefold()) if colon else None
            if canonical and not value and i < n and text[i] in _QUOTES:
                end = text.find(_QUOTES[text[i]], i + 1)
                end = n if end < 0 else end
                out.append(("QFIELD", canonical, text[i + 1 : end]))
                i = end + 1
            elif canonical and value:
                out.append(("FIELD", canonical, value))
            elif canonical:
                continue  # "tag:" with nothing after it
            elif run in ("OR", "||", "|"):
                out.append(("OR", "", ""))
            elif run in ("AND", "&&", "&"):
                out.append(("AND", "", ""))
            elif run == "NOT":
                out.append(("NOT", "", ""))
            elif colon and name:
                # "unknown:field" (or a URL): its parts are words of their own
                out += [("WORD", part, "") for part in run.split(":") if part.strip("/")]
            else:
                out.append(("WORD", run, ""))
    return out


def _atom(tok: tuple[str, str, str]) -> Node | None:
    kind, a, b = tok
    if kind == "PHRASE":
        return Phrase(a) if a.strip() else None
    if kind in ("FIELD", "QFIELD"):
        return Filter(a, b.strip(), quoted=kind == "QFIELD") if b.strip() else None
    if kind == "WORD":
        if a.endswith("*") and len(a.rstrip("*")) > 0:
            return Term(a.rstrip("*"), prefix=True)
        stripped = a.strip("*")
        return Term(stripped) if stripped else None
    return None


def _parse_seq(toks: list[tuple[str, str, str]], pos: int, depth: int, budget: list[int]) -> tuple[Node, int]:
    items: list[Node] = []
    pending_or = negate = False
    while pos < len(toks):
        kind = toks[pos][0]
        pos += 1
        if kind == "RP":
            if depth > 0:
                break
            continue
        if kind == "OR":
            pending_or = bool(items)
            continue
        if kind == "AND":
            continue
        if kind in ("NOT", "NEG"):
            negate = True
            continue
        if kind == "LP":
            node, pos = _parse_seq(toks, pos, depth + 1, budget)
            if isinstance(node, And) and not node.items:
                negate = pending_or = False
                continue
        else:
            maybe = _atom(toks[pos - 1])
            if maybe is None:
                negate = pending_or = False
                continue
            node = maybe
        budget[0] -= 1
        if budget[0] < 0:
            break
        if negate:
            node, negate = Not(node), False
        if pending_or and items:
            prev = items[-1]
            items[-1] = Or((*prev.items, node)) if isinstance(prev, Or) else Or((prev, node))
        else:
            items.append(node)
        pending_or = False
    if len(items) == 1:
        return items[0], pos
    return And(tuple(items)), pos


def parse(text: str) -> Node:
    """Parse a query; never raises. An empty query gives ``And(())``."""
    text = re.sub(r"[\x00-\x08\x0b-\x1f]", " ", text or "")
    node, _ = _parse_seq(_lex(text), 0, 0, [MAX_NODES])
    return node
