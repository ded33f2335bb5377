"""Raw HTML inside Markdown: its readable text (for search) and a nesting guard (for speed).

This is NOT the security boundary (that is :mod:`.sanitize` on the final HTML); it only keeps pathological
input (100,000 nested ``<div>``) from making the sanitizer crawl, and pulls text out of HTML blocks.
"""

from __future__ import annotations

import html
import re

# Raw HTML nested deeper than this is shown as text: html5ever's cost grows with nesting depth squared.
MAX_RAW_HTML_DEPTH = 200

_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:[^<>\"']|\"[^\"]{0,500}\"|'[^']{0,500}'){0,500}?)(/?)>")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_HIDDEN = re.compile(r"<(script|style|template|noscript|textarea|title)\b.*?(?:</\1\s*>|$)", re.S | re.I)
_ANY_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|tr|td|th|h[1-6]|table|ul|ol|dl|dt|dd|pre|blockquote|section|hr)\b[^<>]*>", re.I
)
_SPACES = re.compile(r"[ \t\r\f\v]+")

# Elements with no end tag, or whose end tag is implied by the next sibling: they do not deepen nesting.
_FLAT = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "colgroup",
        "rt", "rp", "optgroup",
    }
)  # fmt: skip


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment: tags removed, entities decoded, script/style bodies dropped."""
    if "<" not in fragment and "&" not in fragment:
        return fragment
    text = _COMMENT.sub(" ", fragment)
    text = _HIDDEN.sub(" ", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = html.unescape(text)
    return _SPACES.sub(" ", text)


class DepthGuard:
    """Tracks how deeply raw HTML tags nest across one page's HTML tokens."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.depth = 0

    def admit(self, fragment: str) -> bool:
        """Count the fragment's tags; False (and nothing counted) if it would nest deeper than the limit."""
        if "<" not in fragment:
            return True
        depth = peak = self.depth
        for closing, name, _attrs, self_closing in _TAG.findall(fragment):
            if self_closing or name.lower() in _FLAT:
                continue
            if closing:
                depth = max(depth - 1, 0)
            else:
                depth += 1
                peak = max(peak, depth)
        if peak > self.limit:
            return False
        self.depth = depth
        return True
