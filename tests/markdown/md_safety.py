"""An independent checker that rendered HTML contains nothing executable (used by the safety tests).

It parses the HTML with the standard library's ``html.parser`` (which decodes entities in attribute
values the way a browser does) and reports every problem instead of stopping at the first.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements that may appear (anything else is a finding).
SAFE_ELEMENTS = frozenset(
    "a abbr acronym b bdi bdo blockquote br caption center cite code col colgroup dd del details dfn div dl dt "
    "em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp section small "
    "span strike strong sub summary sup table tbody td tfoot th thead tr tt u ul var wbr input".split()
)
URL_ATTRIBUTES = frozenset(
    {"href", "src", "action", "formaction", "xlink:href", "background", "poster", "cite", "data", "codebase",
     "srcset", "longdesc", "dynsrc", "lowsrc", "manifest", "ping", "usemap", "icon", "profile", "classid"}
)  # fmt: skip
FORBIDDEN_ATTRIBUTES = frozenset({"style", "srcdoc", "formaction", "http-equiv", "xmlns", "is", "autofocus"})
SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel", "wikidesk"})
DATA_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp)[;,]")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
CHECKBOX_ATTRS = {"class": "task-list-item-checkbox", "type": "checkbox", "disabled": "disabled"}


def url_problem(tag: str, attr: str, value: str) -> str | None:
    """Why this URL attribute is unsafe, or None. Mirrors a browser: controls/whitespace ignored, any case."""
    normalized = _CONTROL.sub("", value).lower()
    m = _SCHEME.match(normalized)
    if m is None:
        return None
    scheme = m.group(1)
    if scheme in SAFE_SCHEMES:
        return None
    if scheme == "data" and tag == "img" and attr == "src" and DATA_IMAGE.match(normalized):
        return None
    return f"<{tag} {attr}={value!r}> uses the {scheme}: scheme"


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def handle_comment(self, data: str) -> None:
        self.problems.append(f"comment survived: {data[:40]!r}")

    def handle_decl(self, decl: str) -> None:
        self.problems.append(f"declaration survived: {decl[:40]!r}")

    def handle_pi(self, data: str) -> None:
        self.problems.append(f"processing instruction survived: {data[:40]!r}")

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in SAFE_ELEMENTS:
            self.problems.append(f"forbidden element <{tag}>")
        if tag == "input":
            given = {name: (value or "") for name, value in attrs}
            extra = {name for name in given if name not in (*CHECKBOX_ATTRS, "checked")}
            if extra or any(given.get(k) != v for k, v in CHECKBOX_ATTRS.items()):
                self.problems.append(f"<input> that is not a disabled task checkbox: {given}")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"event attribute <{tag} {name}=...>")
            if name in FORBIDDEN_ATTRIBUTES:
                self.problems.append(f"forbidden attribute <{tag} {name}=...>")
            if name in URL_ATTRIBUTES and value is not None:
                problem = url_problem(tag, name, value)
                if problem:
                    self.problems.append(problem)


def problems(html: str) -> list[str]:
    """Every reason ``html`` is not safe to show (empty list: safe)."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    lowered = html.lower()
    for needle in ("<script", "<iframe", "<object", "<embed", "<svg", "<style", "<meta", "<base", "<form"):
        if needle in lowered:
            checker.problems.append(f"{needle} appears in the markup")
    return checker.problems


def assert_safe(html: str) -> None:
    found = problems(html)
    assert not found, "unsafe HTML:\n  " + "\n  ".join(found[:20]) + f"\n--- html ---\n{html[:3000]}"
