"""HTML normalisation for comparing rendered pages with the CommonMark spec's expected HTML.

The first part re-implements what the CommonMark test suite's normaliser (``test/normalize.py`` of commonmark/cmark)
does, so that an example passes here exactly when the reference test runner would count the same HTML as equal:

- runs of whitespace outside ``<pre>`` become one space; whitespace next to block-level tags is dropped;
- a newline right after ``<br>`` is dropped;
- self-closing tags (``<br />``) are written as open tags (``<br>``);
- attributes are lowercased (by the HTML parser) and sorted, values written in double quotes with ``&<>"`` escaped;
- character and entity references become the characters, except ``& < > "``, which are written as entities.
  (cmark's normaliser meant to re-quote ``href``/``src`` values too, but its check compares the value with
  ``'href'`` instead of the name, so it never does; neither does this one: URLs must match as written.)

One difference, because wikidesk's HTML is re-serialised by the sanitizer (nh3, i.e. html5ever) and cmark's never
is: text is compared as the characters a browser reads, references decoded first. cmark's normaliser decodes a
reference only after its whitespace rules ran and writes a literal ``"`` in text as it is, so it tells ``&quot;``
from ``"`` and ``&nbsp;`` from U+00A0 (html5ever writes text ``"`` unescaped and U+00A0 as ``&nbsp;``; cmark writes
``&quot;`` and U+00A0): the same text would fail on how it is spelt. Here a text's references are decoded before the
whitespace rules, which then treat ``&nbsp;`` exactly as cmark's treat a literal U+00A0 (as whitespace: ``\\s``
matches it), and ``& < > "`` in text are written as entities whichever way they came.

The second part, :func:`project_view`, removes what wikidesk adds to every page by design, each for a stated reason
(see there). It runs on the project's HTML only, except where both sides need the same treatment to compare.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

_WHITESPACE = re.compile(r"\s+")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
BLOCK_TAGS = frozenset(
    {
        "article", "header", "aside", "hgroup", "blockquote", "hr", "iframe", "body", "li", "map", "button",
        "object", "canvas", "ol", "caption", "output", "col", "p", "colgroup", "pre", "dd", "progress", "div",
        "section", "dl", "table", "td", "dt", "tbody", "embed", "textarea", "fieldset", "tfoot", "figcaption",
        "th", "figure", "thead", "footer", "tr", "form", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "video",
        "script", "style",
    }
)  # fmt: skip
_AS_ENTITY = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}
_TEXT_ENTITIES = re.compile('[<>&"]')


class _Normalizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)  # text arrives decoded
        self.out: list[str] = []
        self.last = "starttag"  # what came last: starttag, endtag, data, comment, decl, pi
        self.last_tag = ""
        self.in_pre = False

    def _rstrip(self) -> None:
        text = "".join(self.out).rstrip()
        self.out = [text]

    def handle_data(self, data: str) -> None:
        after_tag = self.last in ("starttag", "endtag")
        if after_tag and self.last_tag == "br":
            data = data.lstrip("\n")
        if not self.in_pre:
            data = _WHITESPACE.sub(" ", data)
            if after_tag and self.last_tag in BLOCK_TAGS:
                data = data.lstrip() if self.last == "starttag" else data.strip()
        self.out.append(_TEXT_ENTITIES.sub(lambda m: _AS_ENTITY[m.group(0)], data))
        self.last = "data"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self.in_pre = True
        if tag in BLOCK_TAGS:
            self._rstrip()
        parts = ["<", tag]
        for name, value in sorted(attrs, key=lambda kv: (kv[0], kv[1] or "")):
            parts.append(" " + name)
            if value is not None:
                parts.append('="' + html.escape(value, quote=True) + '"')
        parts.append(">")
        self.out.append("".join(parts))
        self.last_tag = tag
        self.last = "starttag"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self.last = "endtag"

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.in_pre = False
        elif tag in BLOCK_TAGS:
            self._rstrip()
        self.out.append("</" + tag + ">")
        self.last_tag = tag
        self.last = "endtag"

    def handle_comment(self, data: str) -> None:
        self.out.append("<!--" + data + "-->")
        self.last = "comment"

    def handle_decl(self, decl: str) -> None:
        self.out.append("<!" + decl + ">")
        self.last = "decl"

    def unknown_decl(self, data: str) -> None:
        self.out.append("<!" + data + ">")
        self.last = "decl"

    def handle_pi(self, data: str) -> None:
        self.out.append("<?" + data + ">")
        self.last = "pi"


def normalize_html(text: str) -> str:
    """The CommonMark test suite's normal form of an HTML fragment (see the module docstring)."""
    parser = _Normalizer()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


# -- what wikidesk adds by design -------------------------------------------------------------------------------

_HEADING_ID = re.compile(r'(<h[1-6]) id="[^"]*"')
_PYGMENTS = re.compile(r'<div class="highlight"><pre>(.*?)</pre></div>', re.S)
_SPAN = re.compile(r"</?span[^>]*>")
_TAG_LINK = re.compile(r'<a class="tag" href="wikidesk:tag/[^"]*">(#[^<]*)</a>')
HIGHLIGHTED = '<pre><code class="(highlighted by Pygments)">'


def project_view(rendered: str) -> str:
    """wikidesk's HTML with what it adds to every page by design taken out (run before :func:`normalize_html`):

    - ``id`` on headings: every heading gets an anchor (GitHub-style slug) so links to sections work; the spec
      writes none.
    - Code blocks in a language Pygments knows are ``<div class="highlight"><pre>`` with ``<span class>`` colouring
      instead of ``<pre><code class="language-x">``: the colouring spans are dropped (the text stays, character for
      character) and the block marked as highlighted; :func:`expected_view` marks the spec's block the same way
      when its language is one Pygments knows, so the info string must still be read right.
    - ``#tags`` are links to the tag's page list (as in Obsidian); the link is dropped, its text ``#name`` stays.
    """
    rendered = _HEADING_ID.sub(r"\1", rendered)
    rendered = _PYGMENTS.sub(lambda m: HIGHLIGHTED + _SPAN.sub("", m.group(1)) + "</code></pre>", rendered)
    return _TAG_LINK.sub(r"\1", rendered)


_LANGUAGE_CODE = re.compile(r'<pre><code class="language-([^"]*)">')
_LINK = re.compile(r'<a href="([^"]*)"(?: title="[^"]*")?>(.*?)</a>', re.S)


def expected_view(expected: str, known_language: Callable[[str], bool], allowed_scheme: Callable[[str], bool]) -> str:
    """The spec's HTML changed where wikidesk differs on purpose (run before :func:`normalize_html`):

    - a code block in a language Pygments highlights (``known_language(name)``, the name unescaped) is marked as
      :func:`project_view` marks wikidesk's;
    - a link whose URL has a scheme the sanitizer does not allow (``allowed_scheme(scheme)`` is false, e.g.
      ``irc:``, ``made-up-scheme:``) is its text only: wikidesk writes a link it may not keep as its text (the
      allow-list is a safety property, see ``wikidesk/core/markdown/allowlist.py``). Relative URLs are kept.
    """

    def mark(m: re.Match[str]) -> str:
        return HIGHLIGHTED if known_language(html.unescape(m.group(1)).lower()) else m.group(0)

    def link(m: re.Match[str]) -> str:
        scheme = _SCHEME.match(html.unescape(m.group(1)))
        return m.group(0) if scheme is None or allowed_scheme(scheme.group(1).lower()) else m.group(2)

    return _LINK.sub(link, _LANGUAGE_CODE.sub(mark, expected))
