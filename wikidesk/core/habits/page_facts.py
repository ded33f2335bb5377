"""What the gardening report needs from one page file: its page info, whether it is empty, whether it has an inline
tag, and the targets of its links to pages. One pure function of the file's text, so the report can keep it per file
version (:mod:`.garden_cache`) and work it out in parser processes the first time (:func:`read_page`)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from wikidesk.core import frontmatter
from wikidesk.core.catalog import page_info_from_text, read_text
from wikidesk.core.names import name_key, normalize_title
from wikidesk.core.pages import PageInfo

from .inline import may_have_tags, page_link_targets, tag_spans
from .near_titles import title_key

_HEADING_OR_BLANK = re.compile(r"[ \t]*(?:#{1,6}(?:[ \t].*)?|[-*_=]{3,}[ \t]*)?")  # a whole line
_PAGE_FILE = re.compile(r"\.(?:md|markdown)\b", re.IGNORECASE)  # a Markdown link to a page names its file

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
    return PageKeys(name_key(path), name_key(normalize_title(title)), title_key(title))


def is_empty(body: str) -> bool:
    """True when every line of ``body`` is a heading, a rule, blank, or whitespace only; stops at the first line of
    text (most pages have one near the top)."""
    for line in body.split("\n"):
        if line and not line.isspace() and _HEADING_OR_BLANK.fullmatch(line) is None:
            return False
    return True


def facts_of(text: str, *, has_tags: bool) -> PageFacts:
    """The facts of a page file's ``text`` (``has_tags``: its front matter has tags, so inline ones do not matter).

    Only a body that could hold a link to a page or a tag is parsed (a cheap test first: ``[[``, ``.md`` or a "#"
    before a letter); tags by the wiki's tag rule, links as the search index reads them."""
    body = frontmatter.split(text.lstrip("\ufeff").replace("\r\n", "\n"))[1]
    empty = is_empty(body)
    inline = None if has_tags else bool(may_have_tags(body) and tag_spans(body))
    targets = tuple(page_link_targets(body)) if "[[" in body or _PAGE_FILE.search(body) else ()
    return PageFacts(empty, inline, targets)


@dataclass(frozen=True)
class ReadPage:
    """One page file read: its info and facts (None when it could not be read), and whether they may be kept: the
    file did not change while it was read."""

    rel: str
    info: PageInfo | None  # None also when the caller gave what it needed of it
    facts: PageFacts | None
    keys: PageKeys | None
    keep: bool


def read_page(job: tuple[str, str, os.stat_result, tuple[str, bool] | None]) -> ReadPage:
    """Parser entry point: ``(wiki root, relative path, the file's stat from the listing, known)`` →
    :class:`ReadPage`; never raises.

    ``known``: ``(title, has front matter tags)`` when the caller has the page info of this very file version (then
    its front matter is not parsed again, and the result's info is None); else the page info is built from the
    listing's stat, as the wiki's page list builds it."""
    root, rel, stat, known = job
    path = Path(root) / rel
    try:
        _data, text = read_text(path)
        after = os.stat(path)
        if known is None:
            info: PageInfo | None = page_info_from_text(rel, text, stat)
            title, has_tags = info.title, bool(info.tags)  # type: ignore[union-attr]
        else:
            info, (title, has_tags) = None, known
        facts = facts_of(text, has_tags=has_tags)
        keys = keys_of(rel, title)
    except Exception:  # noqa: BLE001 - one unreadable page must not stop the report (it is left out, as the page list does)
        return ReadPage(rel, None, None, None, False)
    same = (after.st_mtime_ns, after.st_size) == (stat.st_mtime_ns, stat.st_size)
    return ReadPage(rel, info, facts, keys, same)
