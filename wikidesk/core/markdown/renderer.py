"""The HTML renderer: mistune's, plus wiki tokens, heading ids, Pygments, and collecting as it writes.

Every token passes through :meth:`PageRenderer.render_token`, which writes its HTML and tells the page's
:class:`~.collector.Collector` (found in ``state.env``) about text, links, tags and headings, so one parse
gives both the HTML and the extracted data. The renderer object itself keeps no per-page state.

``PageRenderer(html=False)`` does the same walk and the same collecting but writes no HTML (every token gives
``""``): the search index needs only the extracted data. Both modes share every collecting line below, so the
extracted data cannot drift apart; each handler returns early, after collecting, when no HTML is wanted.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import quote

from mistune import BlockState, HTMLRenderer
from mistune.util import unescape

from . import targets
from .allowlist import allowed_url
from .collector import ENV_KEY, Collector, missing_href
from .highlight import highlight_code
from .model import Heading, WikiLink
from .rawhtml import html_to_text
from .slug import slugify
from .syntax import CUSTOM_ID, wikilink_text
from .targets import Kind

Token = dict[str, Any]
_Handler = Callable[["PageRenderer", Token, BlockState], str]

# Block tokens after which plain text gets a separator (cells are separated by a space, others end a line).
_BLOCK_SEPARATORS = {
    "paragraph": "\n", "block_text": "\n", "list_item": "\n", "block_quote": "\n", "table_row": "\n",
    "table_cell": " ", "thematic_break": "\n", "footnote_item": "\n", "list": "\n",
}  # fmt: skip

CHECKED, UNCHECKED = "x", "o"
# Emphasis delimiters left in the text when a page is parsed without the emphasis rule (the search index's
# extraction): a run of 1-3 ``*``/``_`` that opens a word (nothing but space or punctuation before it) or closes one
# (nothing but space or punctuation after it). ``5 * 3`` and ``snake_case`` keep theirs.
_DELIMITERS = re.compile(r"(?<![^\W_])[*_]{1,3}(?=[^\s*_])|(?<=[^\s*_])[*_]{1,3}(?![^\W_])|^[*_]{1,3}$")


def _joined_text(tokens: list[Token]) -> list[Token]:
    """Neighbouring text tokens as one (without the emphasis rule, mistune splits text at each ``*``/``_``, and
    whether a delimiter opens or closes a word depends on its neighbours)."""
    out: list[Token] = []
    for tok in tokens:
        if tok["type"] == "text" and out and out[-1]["type"] == "text":
            out[-1] = {"type": "text", "raw": out[-1]["raw"] + tok["raw"]}
        else:
            out.append(tok)
    return out


def task_placeholder(nonce: str, checked: bool) -> str:
    """Text standing in for a task checkbox until after sanitizing (raw HTML may not bring its own inputs)."""
    return f"\ue000{nonce}{CHECKED if checked else UNCHECKED}\ue001"


def plain(tokens: list[Token]) -> str:
    """Plain text of inline tokens (for heading titles and image alt text)."""
    out: list[str] = []
    for tok in tokens:
        kind = tok["type"]
        if kind == "text":
            out.append(unescape(tok["raw"]))
        elif kind == "codespan":
            out.append(tok["raw"])
        elif kind in ("softbreak", "linebreak"):
            out.append(" ")
        elif kind == "wikilink":
            out.append(_wikilink_label(tok["attrs"]))
        elif kind == "tag":
            out.append("#" + tok["raw"])
        elif kind == "inline_html":
            out.append(html_to_text(tok["raw"]))
        elif "children" in tok:
            out.append(plain(tok["children"]))
    return "".join(out)


def _wikilink_label(attrs: dict[str, Any]) -> str:
    return wikilink_text(attrs["target"], attrs["heading"] or "", attrs["label"] or "")


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _title_attr(title: str | None) -> str:
    """`` title="…"`` for a link or image title, or ``""``. mistune gives the title with backslash escapes resolved but
    entity references as written (``f&ouml;&ouml;``); CommonMark reads them as the characters (``föö``)."""
    return f' title="{_attr(unescape(title))}"' if title else ""


class PageRenderer(HTMLRenderer):
    """HTML renderer for wiki pages (raw HTML passes here; the caller sanitizes the final HTML).

    With ``html=False`` it only collects (links, tags, headings, text) and returns ``""`` for every token.
    """

    def __init__(self, html: bool = True, *, emphasis: bool = True) -> None:
        """``emphasis=False``: the parser runs without mistune's emphasis rule, whose delimiter matching costs ~13 %
        of a parse, so text tokens still hold ``*``/``_`` delimiters; they are dropped from the text collected."""
        super().__init__(escape=False)
        self.html = html
        self.parses_emphasis = emphasis  # (not "emphasis": HTMLRenderer has a method of that name)
        self._own: dict[str, _Handler] = {
            "text": PageRenderer._text,
            "codespan": PageRenderer._codespan,
            "softbreak": PageRenderer._softbreak,
            "linebreak": PageRenderer._linebreak,
            "heading": PageRenderer._heading,
            "link": PageRenderer._link,
            "image": PageRenderer._image,
            "wikilink": PageRenderer._wikilink,
            "tag": PageRenderer._tag,
            "block_code": PageRenderer._block_code,
            "inline_html": PageRenderer._inline_html,
            "block_html": PageRenderer._block_html,
            "task_list_item": PageRenderer._task_list_item,
            "table_cell": PageRenderer._table_cell,
        }

    def render_token(self, token: Token, state: BlockState) -> str:
        kind = token["type"]
        handler = self._own.get(kind)
        if handler:
            html = handler(self, token, state)
        elif self.html:
            html = super().render_token(token, state)
        else:  # what HTMLRenderer.render_token visits: the children of a token without "raw"
            html = ""
            if "raw" not in token and "children" in token:
                self._visit(token["children"], state)
        separator = _BLOCK_SEPARATORS.get(kind)
        if separator:
            state.env[ENV_KEY].end_block(separator)
        return html

    def _visit(self, tokens: list[Token], state: BlockState) -> str:
        """Render ``tokens`` (HTML mode) or only collect from them (``""``, extraction mode)."""
        if self.html:
            return self.render_tokens(tokens, state)
        if not self.parses_emphasis:
            tokens = _joined_text(tokens)
        for tok in tokens:
            self.render_token(tok, state)
        return ""

    # -- inline ------------------------------------------------------------------------------------------
    def _text(self, token: Token, state: BlockState) -> str:
        text = unescape(token["raw"])
        if not self.parses_emphasis and ("*" in text or "_" in text):
            text = _DELIMITERS.sub("", text)
        state.env[ENV_KEY].add_text(text)
        return escape(text, quote=False) if self.html else ""

    def _codespan(self, token: Token, state: BlockState) -> str:
        state.env[ENV_KEY].add_text(token["raw"])
        return "<code>" + escape(token["raw"], quote=False) + "</code>" if self.html else ""

    def _softbreak(self, token: Token, state: BlockState) -> str:
        state.env[ENV_KEY].add_text("\n")
        return "\n" if self.html else ""

    def _linebreak(self, token: Token, state: BlockState) -> str:
        state.env[ENV_KEY].add_text("\n")
        return "<br />\n" if self.html else ""

    def _link(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        url: str = token["attrs"]["url"]
        title = token["attrs"].get("title")
        col.link_depth += 1
        try:
            inner = self._visit(token["children"], state)
        finally:
            col.link_depth -= 1
        kind = targets.classify(url)
        extra = ""
        if kind is Kind.UNSAFE:
            return inner
        if kind is Kind.EXTERNAL:
            col.external_links.setdefault(url, None)
            if not allowed_url(url):  # irc:, ftp: ... are links elsewhere, but the sanitizer keeps no such href
                return inner
        elif kind is Kind.ATTACHMENT:
            path = targets.attachment_path(url)
            col.attachments.setdefault(path, None)
            if not self.html:
                return ""
            url = col.attachment_href(path, url)
            extra = ' class="attachment"'
        elif kind is Kind.PAGE:
            link = targets.page_link(url, plain(token["children"]).strip())
            col.links.setdefault(link, None)
            if not self.html:
                return ""
            href = col.page_href(link)
            if href is None:
                return _missing(link, inner)
            url, extra = href, ' class="wikilink"'
        if not self.html:
            return ""
        return f'<a{extra} href="{_attr(url)}"{_title_attr(title)}>{inner}</a>'

    def _image(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        url: str = token["attrs"]["url"]
        alt = plain(token["children"])
        col.add_text(alt)
        title = token["attrs"].get("title")
        if targets.scheme_of(url) is None and not url.startswith(("//", "#")):
            path = targets.attachment_path(url)
            col.attachments.setdefault(path, None)
            if not self.html:
                return ""
            url = col.attachment_href(path, url)
        if not self.html:
            return ""
        return f'<img src="{_attr(url)}" alt="{_attr(alt)}"{_title_attr(title)} />'

    def _wikilink(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        attrs = token["attrs"]
        label = _wikilink_label(attrs)
        col.add_text(label)
        if col.link_depth:
            return escape(label, quote=False) if self.html else ""
        target, heading = attrs["target"], attrs["heading"]
        if not target:  # [[#Heading]]: a jump within this page
            if not self.html:
                return ""
            return f'<a class="wikilink" href="#{_attr(slugify(heading or ""))}">{escape(label, quote=False)}</a>'
        if targets.is_attachment_name(target) and not heading:
            col.attachments.setdefault(target, None)
            if not self.html:
                return ""
            src = col.attachment_href(target, quote(target, safe="/"))
            if attrs["embed"] and targets.is_image_name(target):
                alt = attrs["label"] or target
                return f'<img class="embed" src="{_attr(src)}" alt="{_attr(alt)}" />'
            return f'<a class="attachment" href="{_attr(src)}">{escape(label, quote=False)}</a>'
        link = WikiLink(target=target, label=attrs["label"], heading=heading)
        col.links.setdefault(link, None)
        if not self.html:
            return ""
        href = col.page_href(link)
        if href is None:
            return _missing(link, escape(label, quote=False))
        return f'<a class="wikilink" href="{_attr(href)}">{escape(label, quote=False)}</a>'

    def _tag(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        name: str = token["raw"]
        col.add_text("#" + name)
        if col.link_depth:
            return "#" + escape(name, quote=False) if self.html else ""
        tag = name.lower()
        col.tags.setdefault(tag, None)
        if not self.html:
            return ""
        return f'<a class="tag" href="wikidesk:tag/{_attr(quote(tag, safe="/"))}">#{escape(name, quote=False)}</a>'

    def _inline_html(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        raw: str = token["raw"]
        col.add_text(html_to_text(raw))
        if not self.html:
            return ""
        return raw if col.html_guard.admit(raw) else escape(raw, quote=False)

    # -- blocks ------------------------------------------------------------------------------------------
    def _heading(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        level = int(token["attrs"]["level"])
        children, custom_id = _split_custom_id(token["children"])
        title = " ".join(plain(children).split())
        anchor = col.anchors.unique(custom_id if custom_id else title)
        heading = Heading(level=level, text=title, anchor=anchor)
        col.start_section(heading)
        col.mute += 1
        try:
            inner = self._visit(children, state)
        finally:
            col.mute -= 1
        if not self.html:
            return ""
        return f'<h{level} id="{_attr(heading.anchor)}">{inner}</h{level}>\n'

    def _block_code(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        code: str = token["raw"]
        col.add_text(code)
        col.end_block()
        if not self.html:
            return ""
        info = (token.get("attrs") or {}).get("info")
        if code and not code.endswith("\n"):  # mistune drops an indented block's last newline; CommonMark keeps it
            code += "\n"
        return highlight_code(code, unescape(info) if info else None)

    def _block_html(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        raw: str = token["raw"]
        col.add_text(html_to_text(raw))
        col.end_block()
        if not self.html:
            return ""
        if col.html_guard.admit(raw):
            return raw + "\n"
        return "<pre>" + escape(raw, quote=False) + "</pre>\n"

    def _task_list_item(self, token: Token, state: BlockState) -> str:
        col: Collector = state.env[ENV_KEY]
        checked = bool(token["attrs"]["checked"])
        box = task_placeholder(col.nonce, checked)
        text = self._visit(token["children"], state)
        if not self.html:
            return ""
        text = text.replace("<p>", "<p>" + box, 1) if text.startswith("<p>") else box + text
        # Qt's rich-text engine (QTextBrowser) draws its own checkbox for exactly class="checked"/"unchecked";
        # browsers show the <input>.
        return f'<li class="{"checked" if checked else "unchecked"}">' + text + "</li>\n"

    def _table_cell(self, token: Token, state: BlockState) -> str:
        text = self._visit(token["children"], state)
        if not self.html:
            return ""
        tag = "th" if token["attrs"].get("head") else "td"
        align = token["attrs"].get("align")
        align_attr = f' align="{align}"' if align in ("left", "center", "right") else ""
        return f"  <{tag}{align_attr}>{text}</{tag}>\n"


def _split_custom_id(children: list[Token]) -> tuple[list[Token], str | None]:
    """Children without a trailing kramdown/Pandoc ``{#custom-id}``, and that id (``## Svar {#svar}``)."""
    start = len(children)
    while start > 0 and children[start - 1]["type"] == "text":
        start -= 1
    tail = "".join(tok["raw"] for tok in children[start:])
    m = CUSTOM_ID.search(tail)
    if m is None:
        return children, None
    rest = tail[: m.start()].rstrip()
    return children[:start] + ([{"type": "text", "raw": rest}] if rest else []), m.group(1)


def _missing(link: WikiLink, inner: str) -> str:
    return f'<a class="wikilink missing" href="{_attr(missing_href(link))}" title="Create this page">{inner}</a>'
