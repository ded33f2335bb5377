"""The HTML allow-list, in one place, and the sanitizer every rendered page goes through.

Pages may contain raw HTML, so the FINAL HTML (after Markdown rendering) is cleaned with ``nh3`` (ammonia):
only the tags and attributes below survive; ``script``/``style`` are dropped with their content; every URL
must use an allowed scheme or be relative; ``data:`` is allowed only for raster images in ``<img src>``.
There is no ``style`` attribute and no ``on*`` attribute anywhere. Nothing executable can survive.
"""

from __future__ import annotations

import re

import nh3

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "acronym", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code",
        "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre",
        "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike", "strong", "sub",
        "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "tt", "u", "ul", "var", "wbr",
    }
)  # fmt: skip

# Removed together with everything inside them (other disallowed tags are removed but keep their text).
DROPPED_WITH_CONTENT: frozenset[str] = frozenset(
    {"script", "style", "template", "noscript", "iframe", "object", "embed", "svg", "math", "textarea",
     "select", "title", "xmp", "noembed", "noframes", "frameset", "applet"}
)  # fmt: skip

GENERIC_ATTRIBUTES: frozenset[str] = frozenset({"class", "id", "title", "lang", "dir"})
TAG_ATTRIBUTES: dict[str, frozenset[str]] = {
    "a": frozenset({"href", "name"}),
    "img": frozenset({"src", "alt", "width", "height"}),
    "ol": frozenset({"start", "type", "reversed"}),
    "li": frozenset({"value"}),
    "td": frozenset({"align", "colspan", "rowspan", "valign"}),
    "th": frozenset({"align", "colspan", "rowspan", "valign", "scope"}),
    "col": frozenset({"span", "align"}),
    "colgroup": frozenset({"span", "align"}),
    "table": frozenset({"summary"}),
    "del": frozenset({"datetime"}),
    "ins": frozenset({"datetime"}),
    "abbr": frozenset({"title"}),
    "details": frozenset({"open"}),
    "p": frozenset({"align"}),
    "div": frozenset({"align"}),
}

# Schemes a link or image may use; anything else (javascript:, vbscript:, file:, ...) is removed.
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "tel", "wikidesk"})
# data: URLs only for raster images shown inline, never for links.
DATA_IMAGE = re.compile(r"data:image/(?:png|jpeg|gif|webp)[;,]")
URL_ATTRIBUTES: frozenset[str] = frozenset({"href", "src", "cite", "longdesc", "action", "background"})

_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    """Second line of defence after ammonia: every URL attribute (ammonia skips some, e.g. ``cite``) must be
    relative or use an allowed scheme, and only ``<img src>`` may carry a data: URL (raster images only)."""
    if attr not in URL_ATTRIBUTES:
        return value
    normalized = _CONTROL.sub("", value).lower()
    m = _SCHEME.match(normalized)
    if m is None or m.group(1) in URL_SCHEMES:
        return value
    if tag == "img" and attr == "src" and DATA_IMAGE.match(normalized):
        return value
    return None


def allowed_url(url: str) -> bool:
    """Whether a link's URL keeps its ``href`` through :func:`sanitize` (relative, or an allowed scheme)."""
    return _filter_attribute("a", "href", url) is not None


# Immutable once built and safe to share between threads.
_CLEANER = nh3.Cleaner(
    tags=set(ALLOWED_TAGS),
    clean_content_tags=set(DROPPED_WITH_CONTENT),
    attributes={"*": set(GENERIC_ATTRIBUTES), **{tag: set(names) for tag, names in TAG_ATTRIBUTES.items()}},
    url_schemes=set(URL_SCHEMES | {"data"}),  # data: is narrowed to raster <img src> by _filter_attribute
    attribute_filter=_filter_attribute,
    strip_comments=True,
    link_rel=None,
)


def sanitize(html: str) -> str:
    """Clean an HTML fragment against the allow-list above."""
    return _CLEANER.clean(html)
