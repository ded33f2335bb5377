"""Outgoing links, backlinks and tags of pages, from one Markdown parse per page."""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from wikidesk.core import markdown, pacing
from wikidesk.core.errors import WikiError
from wikidesk.core.markdown.syntax import TAG_START_PATTERN
from wikidesk.core.names import name_key
from wikidesk.core.pages import Page, PageInfo
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki


@dataclass(frozen=True)
class OutgoingLink:
    target: str
    label: str | None
    heading: str | None
    page: PageInfo | None  # None: the page does not exist yet


def resolve(wiki: Wiki, info: PageInfo, target: str) -> PageInfo | None:
    """The page a link written on page ``info`` points to: ``[[Title]]``, ``[[Space/Title]]`` or a relative
    Markdown link such as ``../IT/Skriver.md``; None if it does not exist."""
    if not target:
        return info
    if target.startswith(("./", "../")):
        folder = info.path.rpartition("/")[0]
        joined = posixpath.normpath(posixpath.join(folder, unquote(target)))
        return None if joined.startswith("..") else wiki.resolve_link(joined)
    return wiki.resolve_link(target, info.space)


def href(page_id: str, heading: str | None) -> str:
    """The app's internal URL of a page (and heading anchor)."""
    return f"wikidesk:page/{page_id}" + (f"#{markdown.slugify(heading)}" if heading else "")


def parse(wiki: Wiki, page: Page, body: str | None = None) -> markdown.RenderedPage:
    """Render a page (or a draft ``body`` of it) with its wikilinks resolved against this wiki."""

    def resolve_href(link: markdown.WikiLink) -> str | None:
        found = resolve(wiki, page.info, link.target)
        return None if found is None else href(found.page_id, link.heading)

    return markdown.render(page.body if body is None else body, resolve=resolve_href)


def outgoing(wiki: Wiki, page: Page) -> list[OutgoingLink]:
    rendered = markdown.extract(page.body)  # only the links are needed: no HTML to build or sanitize
    return [
        OutgoingLink(link.target, link.label, link.heading, resolve(wiki, page.info, link.target))
        for link in rendered.links
    ]


def _pages_mentioning(
    wiki: Wiki, needles: set[str], memo: TagMemo | None = None, linked: set[PageInfo] | None = None
) -> Iterator[Page]:
    """The pages whose file has ``[[`` and one of ``needles`` (folded) anywhere in it, read and parsed. The check
    runs on the file's bytes before any parsing: at 100,000 pages, parsing every page's front matter to find the
    few that link here took most of a backlinks query (and of the interpreter lock the UI thread shares). A page the
    tag count saw (in ``memo``, same version) and found without ``[[`` (not in ``linked``) is not read at all."""
    for info in wiki.pages():
        pacing.pause()
        if memo is not None and linked is not None and info in memo and info not in linked:
            continue
        try:
            data = wiki.read_bytes(info.path)
            if b"[[" not in data:  # the same answer as in the decoded, folded text, found without decoding
                continue
            folded = name_key(data.decode("utf-8", errors="replace"))
            if not any(n in folded for n in needles):
                continue
            yield wiki.read(info)
        except WikiError:
            continue


def backlinks(
    wiki: Wiki, info: PageInfo, memo: TagMemo | None = None, linked: set[PageInfo] | None = None
) -> list[PageInfo]:
    """Pages that link to ``info`` (a cheap text check first, then a real parse to confirm). With the ``memo`` and
    ``linked`` set of the last :func:`count_tags`, a page it saw without ``[[`` (nearly every page of a big wiki: all
    but 6 of 5,000 generated ones) is not read: reading every file was most of each query (~6 CPU-s at 100,000)."""
    stem = info.path.rsplit("/", 1)[-1][:-3]
    needles = {name_key(info.title), name_key(stem)}
    found = []
    for page in _pages_mentioning(wiki, needles, memo, linked):
        if page.info.page_id == info.page_id:
            continue
        folded = name_key(page.body)
        if "[[" not in folded or not any(n in folded for n in needles):
            continue
        for link in markdown.extract(page.body).links:
            target = resolve(wiki, page.info, link.target) if link.target else None
            if target is not None and target.page_id == info.page_id:
                found.append(page.info)
                break
    return found


# What :func:`count_tags` remembers between calls: a page as listed (its id, path, mtime, size, ...) -> its tags.
# Keyed by the page list's own PageInfo objects, the memo adds no objects of its own per page (at 100,000 pages a
# tuple key a page was ~13 MB).
TagMemo = dict[PageInfo, tuple[str, ...]]
_PROGRESS_EVERY = 200


# Where an inline #tag could begin: every tag starts with "#" and a letter (``markdown.syntax.TAG_PATTERN``) after
# whitespace or opening punctuation, never after a letter, digit, "&", "/", "{", "#" or "\\" (URL fragments such as
# "wiki/SAML#Bruk" and "side#anker", entities, "{#id}"); most pages have no such place (headings are "# " and "## "),
# so their tags are those of their front matter. Any other character before the "#" counts, so text the parser looks
# at on its own (a table cell after "|", emphasis after "*", "=" or "^") is never missed: in the generated wiki 5 %
# of pages have such a place (a parse each), against 27 % with a "#" before a letter anywhere. The one shared test:
# ``markdown.syntax.TAG_START_PATTERN``.
_TAG_START = re.compile(TAG_START_PATTERN)


def _listed_tags(wiki: Wiki, info: PageInfo) -> tuple[tuple[str, ...] | None, bool]:
    """The tags of the page ``info`` lists, without parsing it, when its file is still the version listed and has
    no place an inline tag could start (then they are its front matter's, which ``info`` holds), else None; and
    whether the file may have a wikilink (False only when it is the version listed and has no ``[[``)."""
    path = wiki.root / info.path
    try:
        st = os.stat(path)
        if st.st_size != info.size or st.st_mtime != info.modified:
            return None, True
        data = path.read_bytes()
    except OSError:
        return None, True
    if len(data) != info.size:
        return None, True
    linked = b"[[" in data
    if _TAG_START.search(data.decode("utf-8", errors="replace")):
        return None, linked
    return info.tags, linked


def page_tags(page: Page) -> tuple[str, ...]:
    """A page's tags: those in its front matter, then the inline ``#tags`` of its text, each once."""
    found = dict.fromkeys(page.info.tags)
    if "#" in page.body:
        found.update(dict.fromkeys(markdown.extract(page.body).tags))
    return tuple(found)


def count_tags(
    wiki: Wiki,
    pages: Iterable[PageInfo] | None = None,
    memo: TagMemo | None = None,
    linked: set[PageInfo] | None = None,
) -> Generator[tuple[int, int, str], None, dict[str, list[PageInfo]]]:
    """:func:`tags` as a generator yielding ``(done, total, message)`` now and then (so a caller can show progress
    or stop between pages); its return value is what :func:`tags` returns.

    ``pages`` is the page list to look at (default: the wiki's, rescanned). With a ``memo`` (kept by the caller
    between calls) a page listed as before (same id, path, modified time, size, ...) is not read again. With a
    ``linked`` set too, it ends up holding the memo's pages whose file has ``[[`` or was not looked at for it (few:
    the other pages of the memo have no wikilink, which :func:`backlinks` uses). Both are updated so that a
    :func:`backlinks` in another thread meanwhile never takes a page with ``[[`` for one without."""
    infos = list(wiki.pages() if pages is None else pages)
    by_tag: dict[str, list[PageInfo]] = {}
    seen: TagMemo = {}
    seen_linked: set[PageInfo] = set()
    for done, info in enumerate(infos):
        if done % _PROGRESS_EVERY == 0:
            yield done, len(infos), "Counting tags"
        pacing.pause()
        found, listed = (memo.get(info) if memo is not None else None), info
        if found is not None:
            may_link = linked is None or info in linked
        else:
            found, may_link = _listed_tags(wiki, info)
        if found is None:
            try:
                page = wiki.read(info)
            except WikiError:
                continue
            found, listed = page_tags(page), page.info
        seen[info] = found
        if may_link:
            seen_linked.add(info)
        for tag in found:
            by_tag.setdefault(tag, []).append(listed)
    if memo is not None:
        if linked is not None:
            linked.update(seen_linked)  # first more pages "may link", then the new memo, then the rest dropped
        memo.clear()
        memo.update(seen)
        if linked is not None:
            linked.intersection_update(seen_linked)
    return dict(sorted(by_tag.items(), key=lambda item: (-len(item[1]), item[0])))


def tags(
    wiki: Wiki,
    pages: Iterable[PageInfo] | None = None,
    memo: TagMemo | None = None,
    linked: set[PageInfo] | None = None,
) -> dict[str, list[PageInfo]]:
    """The tags of this wiki: every tag (front matter and inline ``#tag``) with the pages that carry it, most used
    first (then by name). The one answer for ``wikidesk tags`` and the app's Tags tab."""
    return drain(count_tags(wiki, pages, memo, linked))
