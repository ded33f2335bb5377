"""Fenced code blocks coloured by Pygments, using CSS classes (``.highlight .k`` ...) so themes stay in CSS."""

from __future__ import annotations

import html
from functools import lru_cache

from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.util import ClassNotFound

CSS_CLASS = "highlight"
LIGHT_STYLE = "default"
DARK_STYLE = "github-dark"
# Bigger blocks are shown uncoloured: Pygments' regex lexers are slow and this is a wiki, not an IDE.
MAX_HIGHLIGHT_CHARS = 100_000

_FORMATTER = HtmlFormatter(cssclass=CSS_CLASS)


@lru_cache(maxsize=256)
def _lexer(name: str) -> Lexer | None:
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=True)
    except (ClassNotFound, ValueError):
        return None


def lexer_for(language: str) -> Lexer | None:
    """The Pygments lexer a code block in ``language`` (a lowercased name, as :func:`language_of` gives) is
    coloured with, or None if it is shown uncoloured."""
    return _lexer(language)


def language_of(info: str | None) -> str | None:
    """The language name from a fence's info string (```` ```python title=x ```` → ``python``)."""
    if not info:
        return None
    word = info.strip().split(None, 1)[0] if info.strip() else ""
    word = word.strip("{}.").lower()
    return word or None


def highlight_code(code: str, info: str | None) -> str:
    """HTML for a code block: a Pygments ``<div class="highlight">`` if the language is known, else plain."""
    language = language_of(info)
    lexer = lexer_for(language) if language and len(code) <= MAX_HIGHLIGHT_CHARS else None
    if lexer is None:
        attrs = f' class="language-{html.escape(language)}"' if language else ""
        return f"<pre><code{attrs}>{html.escape(code, quote=False)}</code></pre>\n"
    return highlight(code, lexer, _FORMATTER)


def pygments_css(dark: bool = False) -> str:
    """The stylesheet for highlighted code, light or dark theme, scoped to ``.highlight``."""
    style = DARK_STYLE if dark else LIGHT_STYLE
    return HtmlFormatter(style=style, cssclass=CSS_CLASS).get_style_defs(f".{CSS_CLASS}")
