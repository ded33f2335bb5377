"""Markdown pages: one parse gives sanitized HTML plus wikilinks, tags, headings and plain text.

Qt-free; used by the preview, the search indexer, the link graph and the CLI. CSS classes in the HTML:
``wikilink`` (``wikilink missing`` for pages that do not exist yet), ``tag``, ``attachment``, ``embed``,
``highlight`` (Pygments, see :func:`pygments_css`), ``checked``/``unchecked`` task items, ``footnotes``,
``render-error``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .allowlist import sanitize
    from .highlight import pygments_css
    from .index_extract import extract_for_index
    from .model import Heading, RenderedPage, WikiLink
    from .pipeline import extract, render
    from .slug import slugify

# Bump whenever render() output or extraction changes, so caches and the search index know to rebuild.
RENDER_VERSION = 2

# Each name is imported from its module when first asked for (PEP 562): a process that only indexes (the build's
# parse workers, the CLI's search) never loads mistune, nh3 or Pygments.
_HOMES = {
    "Heading": "model",
    "RenderedPage": "model",
    "WikiLink": "model",
    "extract": "pipeline",
    "extract_for_index": "index_extract",
    "pygments_css": "highlight",
    "render": "pipeline",
    "sanitize": "allowlist",
    "slugify": "slug",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


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
