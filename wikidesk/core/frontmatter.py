"""Front matter: the small YAML block at the top of a page file.

A page file may start with ``---``, YAML lines, and a closing ``---`` (or ``...``). Files from other editors may have
no block, Windows line endings or a byte-order mark; :func:`parse` accepts all of these and :func:`serialize` gives
back the exact original text when nothing was changed, so opening a page never rewrites it.

A block that is not valid YAML (a stray line, a tab, an unclosed bracket) is not a header: it is page text, shown,
searched and saved like the rest of the body, so no line a person wrote is dropped or hidden (``Document.error`` says
why, for a message). :func:`adopt` is how a whole file text handed over by a person or a script (``write``,
``resolve``) becomes a page: every line of it is stored.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

BOM = "\ufeff"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster where available
_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


@dataclass
class Document:
    """A page file split into metadata and Markdown body (body always uses ``\\n`` newlines)."""

    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    newline: str = "\n"
    bom: bool = False
    error: str | None = None
    _raw_block: str | None = field(default=None, repr=False)
    _raw_meta: dict[str, Any] | None = field(default=None, repr=False)
    _raw_open: str = field(default="---\n", repr=False)
    _raw_close: str = field(default="---\n", repr=False)

    @property
    def has_front_matter(self) -> bool:
        return self._raw_block is not None or bool(self.meta)


def split(text: str) -> tuple[str | None, str]:
    """Return ``(yaml_block_or_None, body)`` for text with ``\\n`` newlines and no BOM."""
    parts = _split_raw(text)
    return (None, text) if parts is None else (parts[1], parts[3])


def _split_raw(text: str) -> tuple[str, str, str, str] | None:
    """``(opening line, yaml block, closing line, body)`` exactly as written, or None without front matter."""
    opening = _OPEN.match(text)
    if not opening:
        return None
    close = _CLOSE.search(text, opening.end())
    if close is None:
        return None
    end = close.end() + 1 if text[close.end() : close.end() + 1] == "\n" else close.end()
    return text[: opening.end()], text[opening.end() : close.start()], text[close.start() : end], text[end:]


def parse(text: str) -> Document:
    """Parse a page file's text; never raises on bad YAML (the error is kept in ``Document.error``)."""
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    if "\r" in text:  # looking for one character is ~7x faster than for "\r\n", and most files have none
        newline = "\r\n" if "\r\n" in text else "\n"
        normalized = text.replace("\r\n", "\n")
    else:
        newline, normalized = "\n", text
    parts = _split_raw(normalized)
    opening, block, closing, body = parts if parts else ("---\n", None, "---\n", normalized)
    meta: dict[str, Any] = {}
    error = None
    if block is not None:
        try:
            loaded = _load(block)
        except yaml.YAMLError as exc:
            loaded = None
            error = f"The header (front matter) is not valid YAML{_where(exc)} ({_short(exc)})."
        except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # e.g. a date like 2020-13-45
            loaded = None
            error = f"The header (front matter) has a value YAML cannot read ({_short(exc)})."
        if isinstance(loaded, dict) and _too_big(loaded):
            loaded = None
            error = "The header (front matter) is too large or nests too deeply (repeated YAML aliases?)."
        if isinstance(loaded, dict):
            meta = {str(k): v for k, v in loaded.items()}
        elif loaded is not None:
            error = "The header (front matter) is not a list of “key: value” lines."
    if error is not None:  # not a header after all: the lines are page text
        return Document(body=normalized, newline=newline, bom=bom, error=error + " It is kept as page text.")
    return Document(
        meta=meta,
        body=body,
        newline=newline,
        bom=bom,
        error=error,
        _raw_block=block,
        _raw_meta=_copy(meta) if block is not None else None,
        _raw_open=opening,
        _raw_close=closing if closing.endswith("\n") else closing + "\n",
    )


def serialize(doc: Document) -> str:
    """Turn a document back into file text, reusing the original block when the metadata is unchanged.

    Someone else's block keeps its comments and layout when keys are only added; a changed value re-writes it.
    """
    raw_meta = doc._raw_meta or {}
    if doc._raw_block is not None and doc.meta == raw_meta:
        block: str | None = doc._raw_block
    elif doc._raw_block is not None and _only_added(raw_meta, doc.meta):
        # Keep someone else's YAML (comments, layout) as it is; append the new keys.
        added = {k: v for k, v in doc.meta.items() if k not in raw_meta}
        raw = doc._raw_block if doc._raw_block.endswith("\n") or not doc._raw_block else doc._raw_block + "\n"
        indent = _key_indent(raw)  # a block written with its keys indented takes the new keys at the same depth
        block = raw + "".join(indent + line for line in dump_meta(added).splitlines(keepends=True))
        if _loads(block) != doc.meta:  # any other layout the appended keys would change: write the block afresh
            block = dump_meta(doc.meta)
    elif doc.meta:
        block = dump_meta(doc.meta)
    else:
        block = None
    text = doc.body if block is None else f"{doc._raw_open}{block}{doc._raw_close}{doc.body}"
    if doc.newline != "\n":
        text = text.replace("\n", doc.newline)
    return (BOM if doc.bom else "") + text


def _key_indent(block: str) -> str:
    """The spaces in front of the block's first key (``""`` for a block written at the margin)."""
    for line in block.splitlines():
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#"):
            return line[: len(line) - len(stripped)]
    return ""


def _load(block: str) -> Any:
    """The YAML of a header block (``{}`` for an empty one); raises what the YAML reader raises."""
    if not block.strip():
        return {}
    simple = load_simple(block)
    return simple if simple is not None else yaml.load(block, Loader=_Loader)


def _loads(block: str) -> Any:
    """:func:`_load`, or None where the block is not valid YAML."""
    try:
        return _load(block)
    except yaml.YAMLError:
        return None


# ----- the common header without the YAML reader ------------------------------------------------------------------
# Most headers are a few ``key: value`` lines with ``[a, b]`` or ``- item`` lists (what wikidesk writes, what people
# copy). :func:`load_simple` reads exactly those, giving what yaml's CSafeLoader gives, ~3x faster; anything else
# (a tab, an escape, a comment after a value, a multi-line value, a date or float, an anchor, a nested block, a
# character YAML refuses...) makes it answer None and the YAML reader decides.
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers  # what a plain scalar means, by its first character
_STR, _INT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int"
_BOOL, _NULL = "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"
_DOUBT = re.compile(r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY_LINE = re.compile(r"([^\s:#'\"\[\]{},&*!|>%@`?\-][^:#]*?)?:(?:( +)(.*))?")
_ITEM_LINE = re.compile(r"( *)- +(.*)")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_FLOW_ITEM = re.compile(r""" *(?:"([^"\\]*)"|'((?:[^']|'')*)'|([^\s,\[\]{}#:'"&*!|>%@`?\-][^,\[\]{}#:]*?)) *(,|\]$)""")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_INDICATORS = frozenset("-?:,[]{}#&*!|>%@`'\"")
_NO = object()  # not a simple value: the YAML reader decides
Simple = str | int | bool | None


def load_simple(block: str) -> dict[str, Any] | None:
    """The header ``block`` as yaml's CSafeLoader reads it, if it is simple: ``key: value`` lines at the margin with
    one-line strings (plain or quoted), whole numbers, booleans, empty values and lists of those; else None (ask the
    YAML reader)."""
    if _DOUBT.search(block) is not None:
        return None
    meta: dict[str, Any] = {}
    open_key: str | None = None  # a key with nothing after its colon: a "- item" list may follow
    items: list[Simple] = []
    indent = -1
    for line in block.split("\n"):
        stripped = line.lstrip(" ")
        if not stripped or stripped[0] == "#":
            continue
        if stripped[0] == "-":
            item = _ITEM_LINE.fullmatch(line)
            value = _scalar(item.group(2).rstrip(" ")) if item is not None else _NO
            if value is _NO or value is None or open_key is None or (indent >= 0 and len(item.group(1)) != indent):
                return None
            indent = len(item.group(1))
            items.append(value)
            continue
        if open_key is not None:
            meta[open_key] = items if items else None
            open_key, items, indent = None, [], -1
        match = _KEY_LINE.fullmatch(line)
        key = match.group(1) if match is not None else None
        if key is None or len(key) > 128 or key[-1] == " " or _tag(key) != _STR:
            return None
        raw = (match.group(3) or "").rstrip(" ")
        if not raw:
            open_key = key
            continue
        value = _flow_list(raw) if raw[0] == "[" else _scalar(raw)
        if value is _NO:
            return None
        meta[key] = value
    if open_key is not None:
        meta[open_key] = items if items else None
    return meta or None


def _scalar(raw: str) -> Any:
    """A one-line value in block context (``raw`` trimmed of spaces), or :data:`_NO` if it may be anything else."""
    if not raw:
        return _NO
    first = raw[0]
    if first == '"':
        quoted = _DOUBLE.fullmatch(raw)
        return quoted.group(1) if quoted is not None else _NO
    if first == "'":
        quoted = _SINGLE.fullmatch(raw)
        return quoted.group(1).replace("''", "'") if quoted is not None else _NO
    if first in _INDICATORS or ": " in raw or raw[-1] == ":" or " #" in raw:
        return _NO
    return _plain(raw)


def _flow_list(raw: str) -> list[Simple] | Any:
    """``[a, "b", 'c']`` as a list, or :data:`_NO` if it is anything else."""
    inner = raw[1:].lstrip(" ")
    if inner == "]":
        return []
    found: list[Simple] = []
    pos = 0
    while pos < len(inner):
        match = _FLOW_ITEM.match(inner, pos)
        if match is None:
            return _NO
        double, single, plain, _end = match.groups()
        if plain is not None:
            value = _plain(plain)
            if value is _NO:
                return _NO
            found.append(value)
        else:
            found.append(double if double is not None else single.replace("''", "'"))
        pos = match.end()
    return found if inner.endswith("]") else _NO


def _plain(raw: str) -> Any:
    """What YAML makes of a plain scalar: the string, a whole number, a boolean or None; :data:`_NO` for the rest
    (floats, dates, octal or sexagesimal numbers...)."""
    tag = _tag(raw)
    if tag == _STR:
        return raw
    if tag == _BOOL:
        return yaml.constructor.SafeConstructor.bool_values[raw.lower()]
    if tag == _NULL:
        return None
    if tag == _INT and _DECIMAL.fullmatch(raw) is not None:
        return int(raw)
    return _NO


def _tag(plain: str) -> str:
    """The tag YAML's resolver gives a plain scalar (a string unless it looks like a number, date, boolean...)."""
    for tag, pattern in _IMPLICIT.get(plain[0], ()):
        if pattern.match(plain):
            return str(tag)
    return _STR


class _MetaDumper(yaml.SafeDumper):
    """Block style for the mapping, ``[a, b]`` for short lists of plain values (as people write tags)."""

    def represent_list(self, data: list[Any]) -> yaml.Node:  # type: ignore[override]
        flow = all(isinstance(item, (str, int, float, bool)) or item is None for item in data)
        return self.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


    def represent_str(self, data: str) -> yaml.Node:  # type: ignore[override]
        # YAML folds these line breaks inside plain and single-quoted scalars; double quotes escape them.
        style = '"' if any(ch in data for ch in "\x85\u2028\u2029\r") else None
        return self.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_MetaDumper.add_representer(list, _MetaDumper.represent_list)
_MetaDumper.add_representer(str, _MetaDumper.represent_str)


def dump_meta(meta: dict[str, Any]) -> str:
    """YAML text for a metadata dict, keys in insertion order, Unicode kept readable."""
    return yaml.dump(meta, Dumper=_MetaDumper, sort_keys=False, allow_unicode=True, default_flow_style=False,
                     width=1000)


def _only_added(before: dict[str, Any], after: dict[str, Any]) -> bool:
    return all(k in after and after[k] == v for k, v in before.items())


MAX_NODES = 20_000  # values in a front matter block, counting each alias expansion


def _too_big(value: Any) -> bool:
    """True when walking ``value`` (through shared alias references) visits more than :data:`MAX_NODES` values."""
    if isinstance(value, dict) and _flat(value):  # the common header: counted without walking it
        return 1 + 2 * len(value) + sum(len(v) for v in value.values() if isinstance(v, list)) > MAX_NODES
    budget = MAX_NODES
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        budget -= 1
        if budget < 0 or depth > 100:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for pair in item.items() for v in pair)
        elif isinstance(item, (list, tuple, set)):
            stack.extend((v, depth + 1) for v in item)
    return False


_SIMPLE_TYPES = (str, int, bool, type(None))


def _flat(meta: dict[str, Any]) -> bool:
    """Whether every value is a string, number, boolean, None or a list of those (what :func:`load_simple` gives)."""
    for value in meta.values():
        if type(value) in _SIMPLE_TYPES:
            continue
        if type(value) is not list or not all(type(item) in _SIMPLE_TYPES for item in value):
            return False
    return True


def _copy(meta: dict[str, Any]) -> dict[str, Any]:
    """A deep copy of ``meta`` (a flat one is copied without :func:`copy.deepcopy`'s bookkeeping)."""
    if _flat(meta):
        return {k: list(v) if type(v) is list else v for k, v in meta.items()}
    return copy.deepcopy(meta)


IDENTITY = ("id", "created")  # what a page keeps whatever text is handed over for it


def adopt(text: str, base: Document, *, keep: tuple[str, ...] = IDENTITY) -> Document:
    """The document to store when a whole page file text is handed over for the page ``base`` (as stored).

    Every line of ``text`` is kept. Its own header stays as written (comments, layout); keys it lacks are taken
    from ``base`` and appended, so text without a header keeps the page's title, tags, created and author; a
    header that is not valid YAML is page text (see :func:`parse`). The ``keep`` keys always have ``base``'s
    values: where ``text`` says otherwise, a fresh header holds the page's values and the text's header lines
    follow as comments. The result has ``base``'s line endings and byte-order mark.
    """
    incoming = parse(text)
    meta = dict(incoming.meta)
    clash = [k for k in keep if k in meta and not _same(meta[k], base.meta.get(k))]
    for key in clash:
        del meta[key]
    for key, value in base.meta.items():
        if key not in meta and (key not in incoming.meta or key in keep):
            meta[key] = copy.deepcopy(value)
    doc = Document(meta=meta, body=incoming.body, newline=base.newline, bom=base.bom, error=incoming.error,
                   _raw_open=incoming._raw_open, _raw_close=incoming._raw_close)
    if incoming._raw_block is not None:
        block = incoming._raw_block
        if clash:
            block = dump_meta(meta) + _commented(block, f"Kept from the text given; the page keeps its own "
                                                        f"{' and '.join(clash)}:")
            doc._raw_meta = copy.deepcopy(meta)
        else:
            doc._raw_meta = copy.deepcopy(incoming.meta)
        doc._raw_block = block
    return doc


def _same(a: Any, b: Any) -> bool:
    return a == b or (a is not None and b is not None and str(a) == str(b))


def _commented(block: str, note: str) -> str:
    lines = block.splitlines()
    return "\n".join([f"# {note}", *("# " + line for line in lines)]) + "\n" if lines else ""


def _where(exc: Exception) -> str:
    """`` at line N`` of the page file for a YAML error with a position (the block starts on line 2)."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return f" at line {mark.line + 2}" if mark is not None else ""


def strip(text: str) -> str:
    """The Markdown body of a page file's text (front matter removed, newlines normalized)."""
    return parse(text).body


def _short(exc: Exception) -> str:
    problem = getattr(exc, "problem", None)  # a YAML error's own words ("found character '\\t' that cannot ...")
    if isinstance(problem, str) and problem:
        return problem
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
