"""Outgoing links, backlinks and tags of pages, from one Markdown parse per page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

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


def parse(wiki: Wiki, page: Page) -> markdown.RenderedPage:
    """Render a page with its wikilinks resolved against this wiki."""

    def resolve(link: markdown.WikiLink) -> str | None:
        if not link.target:  # [[#Heading]] on the same page
            return f"wikidesk:page/{page.info.page_id}#{link.heading or ''}"
        found = wiki.resolve_link(link.target, page.info.space)
        if found is None:
            return None
        return f"wikidesk:page/{found.page_id}" + (f"#{link.heading}" if link.heading else "")

    return markdown.render(page.body, resolve=resolve)


def outgoing(wiki: Wiki, page: Page) -> list[OutgoingLink]:
    rendered = parse(wiki, page)
    result = []
    for link in rendered.links:
        target = wiki.resolve_link(link.target, page.info.space) if link.target else page.info
        result.append(OutgoingLink(link.target, link.label, link.heading, target))
    return result


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
        for link in markdown.render(page.body).links:
            if link.target and (target := wiki.resolve_link(link.target, page.info.space)) is not None:
                if target.page_id == info.page_id:
                    found.append(page.info)
                    break
    return found


def tags(wiki: Wiki) -> dict[str, list[PageInfo]]:
    """Every tag (front matter and inline ``#tag``) with the pages that carry it, most used first."""
    by_tag: dict[str, list[PageInfo]] = {}
    for page in _readable_pages(wiki):
        page_tags = dict.fromkeys(page.info.tags)
        if "#" in page.body:
            page_tags.update(dict.fromkeys(markdown.render(page.body).tags))
        for tag in page_tags:
            by_tag.setdefault(tag, []).append(page.info)
    return dict(sorted(by_tag.items(), key=lambda item: (-len(item[1]), item[0])))
