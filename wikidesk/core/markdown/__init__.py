"""Markdown pages: one parse gives sanitized HTML plus wikilinks, tags, headings and plain text.

Qt-free; used by the preview, the search indexer, the link graph and the CLI. CSS classes in the HTML:
``wikilink`` (``wikilink missing`` for pages that do not exist yet), ``tag``, ``attachment``, ``embed``,
``highlight`` (Pygments, see :func:`pygments_css`), ``checked``/``unchecked`` task items, ``footnotes``,
``render-error``.
"""

from __future__ import annotations

from .allowlist import sanitize
from .highlight import pygments_css
from .model import Heading, RenderedPage, WikiLink
from .pipeline import extract, extract_for_index, render
from .slug import slugify

# Bump whenever render() output or extraction changes, so caches and the search index know to rebuild.
RENDER_VERSION = 2

__all__ = [
    "RENDER_VERSION",
    "Heading",
    "RenderedPage",
    "WikiLink",
    "extract",
    "extract_for_index",
    "pygments_css",
    "render",
    "sanitize",
    "slugify",
]
