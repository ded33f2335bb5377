"""Outgoing links, backlinks and tags of pages, from one Markdown parse per page."""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from wikidesk.core import markdown
from wikidesk.core.errors import WikiError
from wikidesk.core.names import name_key
from wikidesk.core.pages import Page, PageInfo
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


def _readable_pages(wiki: Wiki) -> Iterator[Page]:
    for info in wiki.pages():
        try:
            yield wiki.read(info)
        except WikiError:
            continue


def backlinks(wiki: Wiki, info: PageInfo) -> list[PageInfo]:
    """Pages that link to ``info`` (a cheap text check first, then a real parse to confirm)."""
    stem = info.path.rsplit("/", 1)[-1][:-3]
    needles = {name_key(info.title), name_key(stem)}
    found = []
    for page in _readable_pages(wiki):
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


def tags(wiki: Wiki) -> dict[str, list[PageInfo]]:
    """Every tag (front matter and inline ``#tag``) with the pages that carry it, most used first."""
    by_tag: dict[str, list[PageInfo]] = {}
    for page in _readable_pages(wiki):
        page_tags = dict.fromkeys(page.info.tags)
        if "#" in page.body:
            page_tags.update(dict.fromkeys(markdown.extract(page.body).tags))
        for tag in page_tags:
            by_tag.setdefault(tag, []).append(page.info)
    return dict(sorted(by_tag.items(), key=lambda item: (-len(item[1]), item[0])))
