"""``render()``: one parse of a page body → sanitized HTML plus links, tags, headings and plain text.

``extract()``: the same parse and the same extracted data without any HTML (for the search index).
"""

from __future__ import annotations

import logging
import re

import mistune
from mistune import BlockState
from mistune.plugins.footnotes import footnotes
from mistune.plugins.formatting import strikethrough
from mistune.plugins.table import table
from mistune.plugins.task_lists import task_lists
from mistune.plugins.url import url

from .allowlist import sanitize
from .collector import ENV_KEY, AttachmentUrl, CallbackError, Collector, Resolver
from .model import RenderedPage
from .renderer import CHECKED, UNCHECKED, PageRenderer
from .source_text import MAX_FORMAT_CHARS, plain_page, prepare_source
from .syntax import wiki_syntax

CHECKBOX = '<input class="task-list-item-checkbox" type="checkbox" disabled="disabled"{} />'
FALLBACK_NOTE = '<p class="render-error">This page could not be formatted, so it is shown as plain text.</p>\n'
TOO_LARGE_NOTE = '<p class="render-error">This page is too large to format, so it is shown as plain text.</p>\n'
_log = logging.getLogger(__name__)
_PLACEHOLDER = re.compile("\ue000([0-9a-f]{16})([" + CHECKED + UNCHECKED + "])\ue001")


def _build(html: bool = True, autolinks: bool = True, emphasis: bool = True) -> mistune.Markdown:
    """A shared Markdown instance. Parser state lives in the per-call BlockState/InlineState and our
    Collector sits in ``state.env``, so concurrent ``render()`` calls do not share mutable data (the only
    shared writes are mistune's idempotent compiled-regex caches)."""
    renderer = PageRenderer(html=html, emphasis=emphasis)
    md = mistune.Markdown(renderer=renderer)
    for plugin in (strikethrough, footnotes, table, url, task_lists, wiki_syntax):
        if autolinks or plugin is not url:
            md.use(plugin)
    if not emphasis:
        md.inline.rules = [rule for rule in md.inline.rules if rule != "emphasis"]
    warm_up = BlockState()
    warm_up.env[ENV_KEY] = Collector(None, None)
    md.parse("# a\n\n*b* [c](d) `e` <f> [[g]] #h\n", warm_up)  # fill the regex caches before threads share md
    return md


_MARKDOWN = _build()
_EXTRACTOR = _build(html=False)
# Other variants are built on first use: extract(autolinks=False, emphasis=False) is the search index's fallback
# (bare URLs stay text, emphasis delimiters are dropped: ~25 % faster than _EXTRACTOR, same words).
_EXTRACTORS = {(True, True): _EXTRACTOR}


def render(
    markdown: str,
    *,
    resolve: Resolver | None = None,
    attachment_url: AttachmentUrl | None = None,
) -> RenderedPage:
    """Render a page body (front matter already removed; CRLF accepted).

    ``resolve(link)`` gives the href of an existing page or None for a missing one (rendered as a
    "create this page" link); without it links go to ``wikidesk:page/<target>``. ``attachment_url(path)``
    maps a relative attachment path to a URL. Never raises for any input text: if the parser fails, the
    text is shown escaped in a ``<pre>``. Exceptions raised by the two callbacks are passed on unchanged.
    """
    if len(markdown) > MAX_FORMAT_CHARS:
        return plain_page(markdown, TOO_LARGE_NOTE)
    collector = Collector(resolve, attachment_url)
    source = prepare_source(markdown)
    try:
        state = BlockState()
        state.env[ENV_KEY] = collector
        body, _ = _MARKDOWN.parse(source, state)
    except CallbackError as exc:
        raise exc.__cause__ from None  # type: ignore[misc]
    except Exception:  # noqa: BLE001 - RecursionError or any parser bug must not reach the user
        _log.warning("Markdown rendering failed; showing the page as plain text", exc_info=True)
        return plain_page(markdown, FALLBACK_NOTE)
    clean = sanitize(str(body))
    return collector.page(_insert_checkboxes(clean, collector.nonce))


def extract(markdown: str, *, autolinks: bool = True, emphasis: bool = True) -> RenderedPage:
    """What :func:`render` extracts (``text``, ``sections``, ``headings``, ``tags``, ``links``, ``attachments``,
    ``external_links``) from the same parse, with ``html=""``: no HTML is written, highlighted or sanitized.

    For indexing, where only the text and links matter; about a third faster than ``render()``. Links are
    collected as ``render(markdown)`` without a resolver would; never raises for any input text. With
    ``autolinks=False`` bare URLs are not recognised as links (their text is kept; ``external_links`` then lacks
    them), which saves ~12 % of the parse; with ``emphasis=False`` emphasis is not parsed (its ``*``/``_``
    delimiters are dropped from the text instead), ~13 % more. The search index needs neither.
    """
    if len(markdown) > MAX_FORMAT_CHARS:
        return plain_page(markdown)
    collector = Collector(None, None)
    source = prepare_source(markdown)
    try:
        state = BlockState()
        state.env[ENV_KEY] = collector
        md = _EXTRACTORS.get((autolinks, emphasis))
        if md is None:
            md = _EXTRACTORS[autolinks, emphasis] = _build(html=False, autolinks=autolinks, emphasis=emphasis)
        md.parse(source, state)
    except Exception:  # noqa: BLE001 - RecursionError or any parser bug: index the text as it is
        _log.warning("Markdown extraction failed; indexing the page as plain text", exc_info=True)
        return plain_page(markdown)
    return collector.page("")


def _insert_checkboxes(html_text: str, nonce: str) -> str:
    if "\ue000" not in html_text:
        return html_text

    def checkbox(m: re.Match[str]) -> str:
        if m.group(1) != nonce:
            return m.group(0)
        return CHECKBOX.format(' checked="checked"' if m.group(2) == CHECKED else "")

    return _PLACEHOLDER.sub(checkbox, html_text)
