"""What every Markdown parser here reads, and the plain-text page shown when a body cannot be formatted.

Light on purpose (no mistune, nh3 or Pygments): the index build's parse workers import it through
:mod:`.index_extract`.
"""

from __future__ import annotations

import re
from html import escape

from .model import RenderedPage

MAX_FORMAT_CHARS = 2_000_000  # ~1,000 printed pages; beyond this, formatting would freeze the app for seconds

_TABLE_WIKILINK_PIPE = re.compile(r"(\[\[[^\[\]\n|]*?)(?<!\\)\|(?=[^\[\]\n]*\]\])")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


def prepare_source(markdown: str) -> str:
    """What every parser here reads: NUL characters replaced, pipes of wikilinks in table rows escaped."""
    return _escape_pipes_in_table_wikilinks(markdown.replace("\x00", "\ufffd"))


def _escape_pipes_in_table_wikilinks(text: str) -> str:
    """``| [[Page|label]] |`` in a table row: the pipe belongs to the link, not the table (as in Obsidian).

    GFM splits cells on every unescaped pipe, and mistune then drops the whole table, so rows get ``\\|``.
    """
    if "[[" not in text or "|" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for i, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = None
            continue
        if opened:
            fence = opened.group(1)
        elif line.lstrip().startswith("|") and "[[" in line:
            lines[i] = _TABLE_WIKILINK_PIPE.sub(r"\1\\|", line)
    return "\n".join(lines)


def plain_page(markdown: str, note: str | None = None) -> RenderedPage:
    """The body as plain text, for input a parser could not handle or that is too large to format: with ``note``
    (HTML), also escaped in a ``<pre>`` after it; without, no HTML (what the index needs)."""
    text = markdown.replace("\r\n", "\n")
    page_html = note + "<pre>" + escape(text, quote=False) + "</pre>\n" if note is not None else ""
    return RenderedPage(
        # Escaped text only: nothing for the sanitizer to remove (and nh3 takes long on 50 MB).
        html=page_html,
        text=text.strip(),
        sections=[(None, text.strip())],
        section_starts=[0],
    )
