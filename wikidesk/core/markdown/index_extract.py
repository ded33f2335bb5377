"""The search index's extraction of a page body: pulldown-cmark's events, mistune only if that parser fails.

Kept apart from :mod:`.pipeline` so that a process that only indexes (the build's parse workers) never imports
mistune, nh3 or Pygments (~13 MB and ~0.1 s a process).
"""

from __future__ import annotations

import logging

from .cmark_extract import extract_events
from .model import RenderedPage
from .source_text import MAX_FORMAT_CHARS, plain_page, prepare_source

_log = logging.getLogger(__name__)


def extract_for_index(markdown: str) -> RenderedPage:
    """The text, sections, tags and links the search index needs, parsed by pulldown-cmark (~3x faster than
    :func:`~.pipeline.extract`; see :mod:`.cmark_extract`). Falls back to that if this parser fails; never raises."""
    if len(markdown) > MAX_FORMAT_CHARS:
        return plain_page(markdown)
    source = prepare_source(markdown)
    try:
        return extract_events(source)
    except Exception:  # noqa: BLE001 - a parser bug must not stop a build: the mistune extraction takes over
        _log.warning("Fast Markdown extraction failed; using the full parser", exc_info=True)
        from .pipeline import extract

        return extract(markdown, autolinks=False, emphasis=False)
