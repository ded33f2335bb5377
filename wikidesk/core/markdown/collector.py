"""Per-render state: what the renderer finds while it writes HTML (links, tags, headings, plain text).

One :class:`Collector` lives in mistune's per-call ``state.env``, so the shared renderer object holds no
per-page data and one Markdown instance can serve many threads.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from urllib.parse import quote

from .model import Heading, RenderedPage, WikiLink
from .rawhtml import MAX_RAW_HTML_DEPTH, DepthGuard
from .slug import AnchorSet, slugify

ENV_KEY = "wikidesk"
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")

Resolver = Callable[[WikiLink], "str | None"]
AttachmentUrl = Callable[[str], str]


class CallbackError(Exception):
    """Wraps an exception raised by a caller's ``resolve``/``attachment_url`` so it is not taken for a parse bug."""


def default_href(link: WikiLink) -> str:
    """``wikidesk:page/<quoted target>[#anchor]``: the link used when no resolver is given."""
    href = "wikidesk:page/" + quote(link.target, safe="/")
    return href + "#" + slugify(link.heading) if link.heading else href


def missing_href(link: WikiLink) -> str:
    return "wikidesk:new/" + quote(link.target, safe="/")


class Collector:
    """Gathers one page's links, tags, headings and text in document order (ordered sets via dicts)."""

    def __init__(self, resolve: Resolver | None, attachment_url: AttachmentUrl | None) -> None:
        self._resolve = resolve
        self._attachment_url = attachment_url
        self._hrefs: dict[WikiLink, str | None] = {}
        self.links: dict[WikiLink, None] = {}
        self.external_links: dict[str, None] = {}
        self.attachments: dict[str, None] = {}
        self.tags: dict[str, None] = {}
        self.headings: list[Heading] = []
        self.anchors = AnchorSet()
        self.html_guard = DepthGuard(MAX_RAW_HTML_DEPTH)
        self.sections: list[tuple[str | None, list[str]]] = [(None, [])]
        self.mute = 0  # >0 while rendering heading content (its text becomes the section title instead)
        self.link_depth = 0  # >0 inside an ordinary link's text: wikilinks and tags there stay plain text
        self._nonce: str | None = None

    @property
    def nonce(self) -> str:
        """A random marker of this render's task-list placeholders (made when first asked for: the index's
        extraction never asks)."""
        if self._nonce is None:
            self._nonce = secrets.token_hex(8)
        return self._nonce

    # -- text --------------------------------------------------------------------------------------------
    def add_text(self, text: str) -> None:
        if not self.mute and text:
            self.sections[-1][1].append(text)

    def end_block(self, separator: str = "\n") -> None:
        parts = self.sections[-1][1]
        if not self.mute and parts and not parts[-1].endswith(separator):
            parts.append(separator)

    def start_section(self, heading: Heading) -> None:
        self.headings.append(heading)
        self.sections.append((heading.text, []))

    # -- links -------------------------------------------------------------------------------------------
    def page_href(self, link: WikiLink) -> str | None:
        """The href of an existing page, None if missing (resolver asked once per distinct link)."""
        if link in self._hrefs:
            return self._hrefs[link]
        if self._resolve is None:
            href: str | None = default_href(link)
        else:
            try:
                href = self._resolve(link)
            except Exception as exc:
                raise CallbackError() from exc
        self._hrefs[link] = href
        return href

    def attachment_href(self, path: str, as_written: str) -> str:
        if self._attachment_url is None:
            return as_written
        try:
            return self._attachment_url(path)
        except Exception as exc:
            raise CallbackError() from exc

    # -- result ------------------------------------------------------------------------------------------
    def page(self, html: str) -> RenderedPage:
        sections: list[tuple[str | None, str]] = []
        for title, parts in self.sections:
            body = _BLANK_LINES.sub("\n", "".join(parts)).strip()
            if title is None and not body:
                continue
            sections.append((title, body))
        texts, starts, offset = [], [], 0
        for title, body in sections:
            chunk = body if title is None else (f"{title}\n{body}" if body else title)
            starts.append(offset)
            texts.append(chunk)
            offset += len(chunk) + 2
        return RenderedPage(
            html=html,
            links=list(self.links),
            external_links=list(self.external_links),
            attachments=list(self.attachments),
            tags=list(self.tags),
            headings=self.headings,
            text="\n\n".join(texts),
            sections=sections,
            section_starts=starts,
        )
