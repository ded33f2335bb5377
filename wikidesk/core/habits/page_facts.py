"""What the gardening report needs from one page file: its page info, whether it is empty, whether it has an inline
tag, and the targets of its links to pages. One pure function of the file's text, so the report can keep it per file
version (:mod:`.garden_cache`) and work it out in parser processes the first time (:mod:`.garden_read`)."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from wikidesk.core import frontmatter
from wikidesk.core.catalog import page_info_from_document
from wikidesk.core.names import name_key, normalize_title
from wikidesk.core.pages import PageInfo

from .inline import has_tag, may_link_to_pages, page_link_targets
from .near_titles import title_key

_HEADING_OR_BLANK = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t].*)?|[-*_=]{3,}[ \t]*)?")  # a whole line

Stamp = tuple[int, int]  # (mtime_ns, size) of a page file, as the search index keys its pages


class PageFacts(NamedTuple):
    empty: bool  # nothing but headings, rules and blank lines
    inline_tags: bool | None  # has an inline #tag; None: not looked at (the file has tags in its front matter)
    targets: tuple[str, ...]  # link targets to pages, as written, in text order, each once


class PageKeys(NamedTuple):
    """A page's keys, worked out once with its facts: how links find it (the wiki's page lookup) and how near-duplicate
    titles are compared."""

    path: str  # name_key of the path
    title: str  # name_key of the normalized title
    near: str  # near_titles.title_key of the title


def keys_of(path: str, title: str) -> PageKeys:
    return PageKeys(name_key(path), name_key(_normalized(title)), title_key(title))


def _normalized(title: str) -> str:
    """:func:`normalize_title`, without looking at each character when the title is already normal (printable, so no
    control or format character and no space but " ", and no run of spaces or space at either end)."""
    nfc = unicodedata.normalize("NFC", title)
    if nfc.isprintable() and "  " not in nfc and nfc[:1] != " " and nfc[-1:] != " ":
        return nfc
    return normalize_title(title)


def is_empty(body: str) -> bool:
    """True when every line of ``body`` is a heading, a rule, blank, or whitespace only; stops at the first line of
    text (most pages have one near the top)."""
    start = 0
    while True:  # line by line without splitting the whole body first
        end = body.find("\n", start)
        line = body[start:] if end < 0 else body[start:end]
        if line and not line.isspace() and _HEADING_OR_BLANK.fullmatch(line) is None:
            return False
        if end < 0:
            return True
        start = end + 1


def facts_of(text: str, *, has_tags: bool) -> PageFacts:
    """The facts of a page file's ``text`` (``has_tags``: its front matter has tags, so inline ones do not matter)."""
    return facts_of_body(frontmatter.split(text.lstrip("\ufeff").replace("\r\n", "\n"))[1], has_tags=has_tags)


def facts_of_body(body: str, *, has_tags: bool) -> PageFacts:
    """The facts of a page's Markdown ``body`` (``\\n`` newlines).

    Only a body that could hold a link to a page or a tag is parsed (cheap tests first:
    :func:`.inline.may_link_to_pages`, :func:`.inline.may_have_tags`); tags by the wiki's tag rule, links as the
    search index reads them."""
    empty = is_empty(body)
    inline = None if has_tags else has_tag(body)  # has_tag makes the cheap test first
    targets = tuple(page_link_targets(body)) if may_link_to_pages(body) else ()
    return PageFacts(empty, inline, targets)


def page_entry(rel: str, text: str, stamp: Stamp, modified: float) -> tuple[PageInfo, PageFacts, PageKeys]:
    """A page file's info (as the wiki's page list builds it, for a file of this ``stamp`` and modified time), facts
    and keys, from its ``text``; the front matter is read once for all three."""
    doc = frontmatter.parse(text)
    info = page_info_from_document(rel, doc, _Stat(modified, stamp[1]), stamp[1])  # type: ignore[arg-type]
    if doc.error is None and not text.startswith("\ufeff\ufeff"):
        facts = facts_of_body(doc.body, has_tags=bool(info.tags))  # the body facts_of would split off
    else:  # a header YAML cannot read is page text to the page list, but facts_of looks after it
        facts = facts_of(text, has_tags=bool(info.tags))
    return info, facts, keys_of(rel, info.title)


class _Stat(NamedTuple):
    """What :func:`page_info_from_document` reads of a file's stat."""

    st_mtime: float
    st_size: int
