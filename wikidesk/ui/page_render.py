"""Rendering the editor's current text off the UI thread, with links resolved against the wiki."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from wikidesk.core import links
from wikidesk.core.pages import Page, PageInfo
from wikidesk.core.wiki import Wiki


@dataclass
class PageRender:
    """A rendered page plus its outgoing wikilinks resolved (``None``: the target page does not exist)."""

    page: Page
    rendered: Any  # wikidesk.core.markdown.RenderedPage
    outgoing: list[tuple[Any, PageInfo | None]] = field(default_factory=list)

    @property
    def html(self) -> str:
        return str(self.rendered.html)


def render_text(wiki: Wiki, page: Page, body: str) -> PageRender:
    """Render ``body`` as if it were ``page``'s text (a live preview of unsaved edits)."""
    draft = Page(info=page.info, doc=replace(page.doc, body=body), etag=page.etag)
    rendered = links.parse(wiki, draft)
    outgoing = []
    seen: set[tuple[str, str | None]] = set()
    for link in rendered.links:
        if not link.target or (link.target, link.heading) in seen:
            continue
        seen.add((link.target, link.heading))
        outgoing.append((link, wiki.resolve_link(link.target, page.info.space)))
    return PageRender(page, rendered, outgoing)
