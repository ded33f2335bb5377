"""Markdown pages: one parse gives sanitized HTML plus wikilinks, tags, headings and plain text.

Qt-free; used by the preview, the search indexer, the link graph and the CLI.
"""

from __future__ import annotations

from .allowlist import sanitize
from .highlight import pygments_css
from .model import Heading, RenderedPage, WikiLink
from .pipeline import render
from .slug import slugify

__all__ = ["Heading", "RenderedPage", "WikiLink", "pygments_css", "render", "sanitize", "slugify"]
