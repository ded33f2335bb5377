"""Where a page's inline ``#tags`` are written: their positions in the Markdown text, by the same rule as every
other reader of tags (the pattern of :mod:`wikidesk.core.markdown.syntax`, applied to text that is not code, not
raw HTML and not inside a link, as :mod:`wikidesk.core.markdown.cmark_extract` does for the index), so a rename
changes exactly the tags the wiki counts: never ``C#``, a colour code, a URL's ``#anchor`` or a code sample."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyromark

from wikidesk.core.markdown import targets
from wikidesk.core.markdown.syntax import (
    TAG_PATTERN,
    TAG_START_PATTERN,
    WIKILINK_PATTERN,
    is_colour_code,
    split_wikilink,
)

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_WIKILINKS
)
TAG = re.compile(TAG_PATTERN)
_TAG_START = re.compile(TAG_START_PATTERN)  # a necessary condition for a tag: cheap to test before parsing


@dataclass(frozen=True)
class TagSpan:
    start: int  # character offsets of the name (after the "#") in the text
    end: int
    name: str  # lowercased, as the wiki counts it


def may_have_tags(body: str) -> bool:
    """False when ``body`` certainly has no inline tag (no place a tag could start: ``syntax.TAG_START_PATTERN``)."""
    return "#" in body and _TAG_START.search(body) is not None


def valid_tag(name: str) -> str | None:
    """The tag as the wiki would count it (lowercase, without "#"), or None if ``#name`` is no tag."""
    name = name.strip().lstrip("#")
    m = TAG.fullmatch("#" + name)
    if m is None or is_colour_code(name):
        return None
    return name.lower()


def tag_spans(body: str) -> list[TagSpan]:
    """Every inline tag of ``body`` with its position, in text order (each place once)."""
    if not may_have_tags(body):
        return []
    found: dict[int, TagSpan] = {}
    for span in _tags_as_read(body):
        found.setdefault(span.start, span)
    return sorted(found.values(), key=lambda s: s.start)


def has_tag(body: str) -> bool:
    """Whether ``body`` has an inline tag (stops at the first)."""
    return may_have_tags(body) and next(_tags_as_read(body), None) is not None


def _tags_as_read(body: str) -> Iterator[TagSpan]:
    """The inline tags of ``body`` as the Markdown events reach them (a place may come twice)."""
    source = body.encode("utf-8")
    ascii_only = body.isascii()
    code = links = html_block = 0
    html_link = in_cell = False
    for event, span in pyromark.events_with_range(body, options=_OPTIONS):
        if isinstance(event, str):
            continue
        kind, value = next(iter(event.items()))
        if kind == "Text":
            if code or links or html_block or html_link or "#" not in value:
                continue
            start, end = span["start"], span["end"]
            before = source[max(0, start - 4):start].decode("utf-8", "ignore")[-1:]
            if before == "|" and in_cell:
                before = ""
            text = before + source[start:end].decode("utf-8", "replace")
            base = start if ascii_only else len(source[:start].decode("utf-8", "ignore"))
            pos = len(before)
            while (m := TAG.search(text, pos)) is not None:
                name = m.group("tag_name")
                if not is_colour_code(name):
                    at = base + m.start("tag_name") - len(before)
                    yield TagSpan(at, at + len(name), name.lower())
                pos = m.end()
        elif kind == "InlineHtml":
            if value.startswith(("<a ", "<a>", "<A ", "<A>")):
                html_link = True
            elif value.startswith(("</a ", "</a>", "</A ", "</A>")):
                html_link = False
        elif kind in ("Start", "End"):
            name = value if isinstance(value, str) else next(iter(value))
            step = 1 if kind == "Start" else -1
            if name == "CodeBlock":
                code += step
            elif name in ("Link", "Image"):
                links += step
            elif name == "HtmlBlock":
                html_block += step
            elif name == "TableCell":
                in_cell = kind == "Start"
            elif kind == "Start" and name in ("Paragraph", "Heading", "Item", "TableCell"):
                html_link = False


def replace_tag(body: str, old: str, new: str) -> tuple[str, int]:
    """``body`` with every inline ``#old`` written as ``#new``; returns the text and how many were changed."""
    spans = [s for s in tag_spans(body) if s.name == old]
    if not spans:
        return body, 0
    out, last = [], 0
    for s in spans:
        out.append(body[last:s.start])
        out.append(new)
        last = s.end
    out.append(body[last:])
    return "".join(out), len(spans)


_WIKILINK = re.compile(WIKILINK_PATTERN)
_BLOCK_STARTS = frozenset(("Paragraph", "Heading", "Item", "TableCell"))  # where an open <a> no longer counts
_ABSENT = object()


# Where a Markdown link to a page could be: a link's destination follows "](" (an inline link) or "]:" (the
# definition a reference link takes it from) after ASCII whitespace, and holds no ASCII whitespace (or is "<...>" on
# one line); it names a page file when its path ends in ".md" or ".markdown" (any case), written so or with a
# letter or the "." escaped: a percent-escape of an ASCII letter or "." (%2E, %40-%7F), a numeric entity, "&period;"
# or "&percnt;" (a "%" that unquoting then reads). A text where no "](" or "]:" is followed by such a run with one of
# those in it has no Markdown link to a page: ~5 % of the bench wiki's pages have one, against ~32 % with ".md".
_WS, _NOT_WS = r"[ \t\n\r\x0b\x0c]", r"[^ \t\n\r\x0b\x0c]"
_PAGE_OR_ESCAPE = (r"(?:\.(?:[mM][dD]|[mM][aA][rR][kK][dD][oO][wW][nN])|%(?:2[eE]|[4-7][0-9a-fA-F])"
                   r"|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|period|percnt);)")
_MAYBE_PAGE_DEST = re.compile(r"\][(:]" + _WS + r"*(?:<[^\n]*?|" + _NOT_WS + r"*?)" + _PAGE_OR_ESCAPE)


def may_link_to_pages(body: str) -> bool:
    """False when ``body`` certainly has no link to a page (no ``[[`` and no link destination that could name a page
    file): :func:`page_link_targets` finds none in it then."""
    return "[[" in body or ("]" in body and _MAYBE_PAGE_DEST.search(body) is not None)


def page_link_targets(body: str) -> list[str]:
    """The targets of the links to pages in ``body`` (``[[Title]]``, ``[[Space/Title#Heading|label]]`` and
    Markdown links to ``.md`` files), by the rules the index reads them with, without building the page's text."""
    found: dict[str, None] = {}
    source = body.encode("utf-8")
    depth = 0
    html_link = False
    for event, span in pyromark.events_with_range(body, options=_OPTIONS):
        # Each event is a name or a one-key dict; most are text, so they are passed over with one lookup.
        if event.__class__ is str or "Text" in event:
            continue
        start = event.get("Start", _ABSENT)
        if start is _ABSENT:
            end = event.get("End", _ABSENT)
            if end is not _ABSENT:
                if end == "Link" or (end.__class__ is dict and "Link" in end):
                    depth -= 1
            elif "InlineHtml" in event:
                html = event["InlineHtml"]
                html_link = html.startswith(("<a ", "<a>", "<A ", "<A>")) or (
                    html_link and not html.startswith(("</a", "</A")))
            continue
        if start.__class__ is str or "Link" not in start:
            if html_link and (start if start.__class__ is str else next(iter(start))) in _BLOCK_STARTS:
                html_link = False
            continue
        depth += 1
        if depth > 1 or html_link:
            continue
        attrs = start["Link"]
        link_type = attrs.get("link_type")
        if isinstance(link_type, dict) and "WikiLink" in link_type:
            m = _WIKILINK.fullmatch(source[span["start"]:span["end"]].decode("utf-8", "replace"))
            if m is None:
                continue
            target, heading, _label = split_wikilink(m.group("wl_body"))
            if target and not (targets.is_attachment_name(target) and not heading):
                found.setdefault(target, None)
        elif targets.classify(attrs.get("dest_url", "")) is targets.Kind.PAGE:
            target = targets.page_link(attrs.get("dest_url", ""), None).target
            if target:
                found.setdefault(target, None)
    return list(found)
