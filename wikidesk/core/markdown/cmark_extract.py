"""``extract()`` for the search index on pulldown-cmark (through ``pyromark``): the same text, sections, tags and
links as the mistune extraction, in under a third of the time.

A full index build parses every page, and mistune (pure Python) took ~420 µs of the ~700 µs a page costs in the
parse workers. pulldown-cmark parses in Rust and hands over a flat list of events; this module walks them with
the same :class:`~.collector.Collector` the renderer fills, applying wikidesk's own rules on top: ``#tags`` (the
pattern of :mod:`.syntax`), which ``[[wikilinks]]`` count (the same pattern and parsing), links to pages, raw
HTML as text, and what mistune (and so the page view) does where it reads a page differently from CommonMark:
footnotes last, in the order the text refers to them (labels ignoring case, the first definition counting); no
links or tags inside raw ``<a>`` HTML; a table with a row of more cells than its header read as a paragraph; a
code fence closed by a line with a tab (which pulldown-cmark 0.13 leaves open).

The renderer stays on mistune (one parser decides what a page looks like); the index only needs the words, and
``tests/markdown/test_md_index_extract.py`` checks on the real corpus, every construct the renderer treats specially
and the hostile files that both parsers give the same words, headings, tags and links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import pyromark

from . import targets
from .collector import Collector
from .model import Heading, RenderedPage, WikiLink
from .rawhtml import html_to_text
from .syntax import CUSTOM_ID, TAG_PATTERN, WIKILINK_PATTERN, is_colour_code, split_wikilink, wikilink_text

_OPTIONS = (
    pyromark.Options.ENABLE_TABLES
    | pyromark.Options.ENABLE_FOOTNOTES
    | pyromark.Options.ENABLE_STRIKETHROUGH
    | pyromark.Options.ENABLE_TASKLISTS
    | pyromark.Options.ENABLE_WIKILINKS
)
_TAG = re.compile(TAG_PATTERN)
_WIKILINK = re.compile(WIKILINK_PATTERN)
# Block ends after which text gets a separator (as the renderer's _BLOCK_SEPARATORS).
_BLOCK_ENDS = {
    "Paragraph": "\n", "Item": "\n", "BlockQuote": "\n", "TableRow": "\n", "TableHead": "\n",
    "TableCell": " ", "List": "\n", "FootnoteDefinition": "\n", "Table": "\n",
}  # fmt: skip
_BLOCKS = frozenset(
    {"Paragraph", "Item", "List", "BlockQuote", "CodeBlock", "HtmlBlock", "Table", "FootnoteDefinition", "Heading"}
)
_PLAIN_BLOCKS = frozenset({"Paragraph", "Item"})  # blocks whose start and end do nothing but separate text
_INERT = frozenset({"Emphasis", "Strong", "Strikethrough"})  # inline spans whose start and end do nothing here
_INERT_STARTS = _INERT | {"TableHead", "TableRow"}  # what start() does nothing for (their ends separate text)
_LINKS = frozenset({"Link", "Image"})
_classify = lru_cache(maxsize=4096)(targets.classify)  # a wiki's pages link to the same targets again and again


class _Walk:
    """One page's events → a :class:`Collector` (the renderer's, so the result has the same shape)."""

    def __init__(self, source: str, collector: Collector | None = None) -> None:
        self.text_source = source
        self._source: bytes | None = None  # the source as UTF-8 (event spans are byte offsets), made when needed
        self.col = collector or Collector(None, None)
        self.cell_end = -1  # where the last table cell of the row ended in the source
        self.in_cell = False
        self.heading: list[str] | None = None  # plain text of the heading being read
        self.heading_level = 0
        self.links: list[dict[str, Any]] = []  # open links: kind, url, label parts
        self.code_depth = 0
        self.html_link = False  # inside raw <a …> HTML: mistune reads no link or tag there
        self.html: list[str] | None = None  # raw HTML of the block being read
        self.notes: dict[str, list] = {}  # footnote label → its events, replayed at the end
        self.note_order: dict[str, None] = {}
        self.note: list | None = None
        self.replaying = False

    @property
    def source(self) -> bytes:
        if self._source is None:
            self._source = self.text_source.encode("utf-8")
        return self._source

    def run(self, events: Iterable) -> RenderedPage:
        self.walk(events)
        self.replaying = True  # mistune renders footnotes referred to from the text last, in order of reference
        for label in list(self.note_order):
            self.walk(self.notes.get(label, ()))
            self.col.end_block("\n")
        return self.col.page("")

    def walk(self, events: Iterable) -> None:
        """Handle ``events`` in order. The events most pages are made of (text, paragraphs, list items, emphasis:
        a build walks ~85 events a page) are handled in this loop; a table's or a footnote definition's events are
        taken from the iterator here and held (see :meth:`_hold_table`, :meth:`_hold_note`)."""
        col = self.col
        sections = col.sections
        events = iter(events)
        for item in events:
            event = item[0]
            if event.__class__ is not dict:  # SoftBreak, HardBreak, Rule
                self.event(event, item[1])
                continue
            (kind,) = event
            value = event[kind]
            if kind == "Text":
                if self.html is not None:
                    self.html.append(value)
                elif self.code_depth:
                    col.add_text(value)
                else:
                    if "#" in value:
                        self.tags_in(value, item[1])
                    if self.heading is not None:
                        self.heading.append(value)
                    for link in self.links:
                        link["label"].append(value)
                    if value and not col.mute:
                        sections[-1][1].append(value)
            elif kind == "Start":
                if value.__class__ is str:
                    if value in _PLAIN_BLOCKS:  # on a line of its own (see start); end_block("\n"), inlined
                        parts = sections[-1][1]
                        if parts and not col.mute and parts[-1][-1:] != "\n":
                            parts.append("\n")
                        self.html_link = False  # mistune's link state lasts one block of inline text
                    elif value == "TableCell":
                        self.in_cell = True
                    elif value not in _INERT_STARTS:
                        self.start(value, item[1])
                elif "Table" in value:
                    self._hold_table(item, events)
                else:
                    self.start(value, item[1])
                    if self.note is not None:
                        self._hold_note(events)
            elif kind == "End":
                if value.__class__ is not str:
                    self.end(value, item[1])
                elif (separator := _BLOCK_ENDS.get(value)) is not None:  # as end() does for these
                    if value == "TableCell":
                        self.in_cell = False
                    parts = sections[-1][1]  # end_block(separator), inlined
                    if parts and not col.mute and not parts[-1].endswith(separator):
                        parts.append(separator)
                elif value in _LINKS:
                    self._end_link(self.links.pop())
                elif value not in _INERT:
                    self.end(value, item[1])
            else:
                self.event(event, item[1])

    def _hold_note(self, events: Iterator) -> None:
        """Keep a footnote definition's events (up to its end) for :meth:`run` to replay."""
        note = self.note
        assert note is not None
        for item in events:
            if _ends_note(item[0]):
                break
            note.append(item)
        self.note = None

    def _hold_table(self, first: tuple, events: Iterator) -> None:
        """Take a table's events: if a row has more cells than the header, mistune (what the page shows) builds no
        table but reads the whole of it as a paragraph, and so does this walk; otherwise they are walked."""
        held = [first]
        excess = False
        for item in events:
            held.append(item)
            event, span = item
            if event.__class__ is dict and "End" in event:
                kind = event["End"] if event["End"].__class__ is str else next(iter(event["End"]))
                if kind == "TableCell":
                    self.cell_end = span["end"]
                elif kind == "TableRow" and not excess:
                    excess = _more_cells(self.raw(self.cell_end, span["end"]))
                elif kind == "Table":
                    break
        if not excess:
            self.start(first[0]["Start"], first[1])
            self.walk(held[1:])
            return
        text = self.raw(first[1]["start"], first[1]["end"])
        self.col.end_block("\n")
        sub = _Walk(text, self.col)
        sub.walk(pyromark.events_with_range(text, options=_OPTIONS & ~pyromark.Options.ENABLE_TABLES))
        self.col.end_block("\n")

    # -- text -------------------------------------------------------------------------------------------
    def text(self, text: str) -> None:
        if self.heading is not None:
            self.heading.append(text)
        for link in self.links:
            link["label"].append(text)
        self.col.add_text(text)

    def tags_in(self, text: str, span: dict[str, int]) -> None:
        """Record the ``#tags`` of a text event that is not code and not inside a link. The pattern runs on the
        source, as mistune's inline rules do: an escaped ``\\#`` is no tag, and the character before the ``#``
        is the one written there."""
        if "#" not in text or self.links or self.code_depth or self.html_link:
            return
        start = span["start"]
        before = self.source[max(0, start - 4) : start].decode("utf-8", "ignore")[-1:]
        if before == "|" and self.in_cell:  # mistune parses each cell on its own: a cell starts a text
            before = ""
        text = before + self.raw(start, span["end"])
        pos = len(before)
        while True:
            m = _TAG.search(text, pos)
            if m is None:
                return
            name = m.group("tag_name")
            if not is_colour_code(name):
                self.col.tags.setdefault(name.lower(), None)
            pos = m.end()

    def raw(self, start: int, end: int) -> str:
        """The source between two byte offsets."""
        return self.source[start:end].decode("utf-8", "replace")

    # -- events -----------------------------------------------------------------------------------------
    def event(self, event: Any, span: dict[str, int]) -> None:
        if isinstance(event, str):  # SoftBreak, HardBreak, Rule
            if event in ("SoftBreak", "HardBreak"):
                if self.heading is not None:
                    self.heading.append(" ")
                for link in self.links:
                    link["label"].append(" ")
                self.col.add_text("\n")
            elif event == "Rule":
                self.col.end_block("\n")
            return
        kind, value = next(iter(event.items()))  # (text, starts and ends: see walk)
        if kind == "Code":
            self.text(value)
        elif kind == "InlineHtml":
            if value.startswith(("<a ", "<a>", "<A ", "<A>")):
                self.html_link = True
            elif value.startswith(("</a ", "</a>", "</A ", "</A>")):
                self.html_link = False
            self.text(html_to_text(value))
        elif kind == "Html":
            if self.html is not None:
                self.html.append(value)
            else:
                self.text(html_to_text(value))
        elif kind == "FootnoteReference":
            if not self.replaying:
                self.note_order.setdefault(value.casefold(), None)

    def start(self, value: Any, span: dict[str, int]) -> None:
        if value.__class__ is str:
            kind, attrs = value, None
        else:
            (kind,) = value
            attrs = value[kind]
            if kind in _LINKS:
                self.links.append(self._link(kind, attrs, span))
                return
        if kind in _BLOCKS:  # a block inside a list item follows the item's text on a line of its own
            self.col.end_block("\n")
            self.html_link = False  # mistune's link state lasts one block of inline text
        if kind == "HtmlBlock":
            self.html = []
        elif kind == "TableCell":
            self.in_cell = True
        elif kind == "Heading":
            self.heading = []
            self.heading_level = int(str(attrs["level"]).lstrip("H") or 1)
            self.col.mute += 1
        elif kind == "CodeBlock":
            self.code_depth += 1
        elif kind == "FootnoteDefinition":
            label = str(attrs).casefold()
            self.note = [] if label in self.notes else self.notes.setdefault(label, [])  # the first one counts

    def end(self, value: Any, span: dict[str, int]) -> None:
        kind = value if isinstance(value, str) else next(iter(value))
        if kind == "TableCell":  # (then on to the separators below)
            self.in_cell = False
        if kind == "Heading":
            self._end_heading()
        elif kind == "CodeBlock":
            self.code_depth -= 1
            self.col.end_block("\n")
        elif kind == "HtmlBlock":
            raw = "".join(self.html or ())
            self.html = None
            self.col.add_text(html_to_text(raw))
            self.col.end_block("\n")
        elif kind in ("Link", "Image"):
            self._end_link(self.links.pop())
        else:
            separator = _BLOCK_ENDS.get(kind)
            if separator:
                self.col.end_block(separator)

    # -- headings and links -----------------------------------------------------------------------------
    def _end_heading(self) -> None:
        col = self.col
        title = "".join(self.heading or ())
        self.heading = None
        col.mute -= 1
        m = CUSTOM_ID.search(title)
        custom = m.group(1) if m else None
        if m:
            title = title[: m.start()]
        title = " ".join(title.split())
        col.start_section(Heading(level=self.heading_level, text=title, anchor=col.anchors.unique(custom or title)))

    def _link(self, kind: str, attrs: dict[str, Any], span: dict[str, int]) -> dict[str, Any]:
        link_type = attrs.get("link_type")
        wiki = isinstance(link_type, dict) and "WikiLink" in link_type
        if self.html_link and kind == "Link":  # inside raw <a …>: mistune keeps it as text
            return {"kind": "text", "label": []}
        if wiki:
            m = _WIKILINK.fullmatch(self.raw(span["start"], span["end"]))
            if m is None or self.links:  # not one of ours (or inside a link): its text only
                return {"kind": "text", "label": []}
            return {"kind": "wiki", "body": m.group("wl_body"), "label": [], "marks": self._marks()}
        if kind == "Image":
            return {"kind": "image", "url": attrs.get("dest_url", ""), "label": []}
        return {"kind": "link", "url": attrs.get("dest_url", ""), "label": []}

    def _marks(self) -> tuple[int, int]:
        """Where the text of a wikilink starts (in the heading, in the section), to put its label there."""
        return len(self.heading) if self.heading is not None else -1, len(self.col.sections[-1][1])

    def _end_link(self, link: dict[str, Any]) -> None:
        col = self.col
        if link["kind"] == "wiki":
            target, heading, label = split_wikilink(link["body"])
            shown = wikilink_text(target, heading, label)
            in_heading, in_section = link["marks"]
            if self.heading is not None and in_heading >= 0:
                self.heading[in_heading:] = [shown]
            parts = col.sections[-1][1]
            if not col.mute and in_section <= len(parts):
                parts[in_section:] = [shown] if shown else []
            if not target or (targets.is_attachment_name(target) and not heading):
                return
            col.links.setdefault(WikiLink(target=target, label=label or None, heading=heading or None), None)
        elif link["kind"] == "link" and _classify(link["url"]) is targets.Kind.PAGE:
            label = "".join(link["label"]).strip()
            col.links.setdefault(targets.page_link(link["url"], label), None)


def _more_cells(rest: str) -> bool:
    """Whether what follows a row's last cell (of the header's count) in the source is another cell."""
    rest = rest.strip()
    if rest.startswith("|"):
        rest = rest[1:].strip()
    if rest.endswith("|") and not rest.endswith("\\|"):
        rest = rest[:-1].strip()
    return bool(rest)


def _ends_note(event: Any) -> bool:
    return isinstance(event, dict) and event.get("End") == "FootnoteDefinition"


# pulldown-cmark 0.13 does not close a code fence followed by a tab (CommonMark allows spaces and tabs there), so
# the rest of the page would become code: such trailing whitespace is removed first.
_FENCE_TAB = re.compile(r"(?m)^( {0,3}(?:`{3,}|~{3,}))[ \t]*\t[ \t]*(\r?)$")


def extract_events(markdown: str) -> RenderedPage:
    """The index's view of a page body (see the module docstring); raises on parser failure."""
    if "\t" in markdown:
        markdown = _FENCE_TAB.sub(r"\1\2", markdown)
    return _Walk(markdown).run(pyromark.events_with_range(markdown, options=_OPTIONS))
