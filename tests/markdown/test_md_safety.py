"""Nothing executable survives render(): hostile files, obfuscation matrix, fuzzing, checker self-test."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from md_safety import assert_safe, problems

from wikidesk.core.markdown import render, sanitize

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
HOSTILE_FILES = sorted(HOSTILE.glob("*.md"))


def test_hostile_corpus_is_there():
    assert len(HOSTILE_FILES) >= 10


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.name)
def test_hostile_file_renders_safely(path: Path):
    page = render(path.read_text(encoding="utf-8"))
    assert_safe(page.html)
    assert page.html.strip(), "hostile input still shows something"
    assert page.headings, "the file's heading is kept"


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda p: p.name)
def test_hostile_file_safe_through_every_callback(path: Path):
    """Even resolvers and attachment mappers that echo the attacker's text cannot smuggle a scheme in."""
    page = render(
        path.read_text(encoding="utf-8"),
        resolve=lambda link: link.target,
        attachment_url=lambda target: target,
    )
    assert_safe(page.html)


def test_checker_catches_what_it_must():
    """The checker itself can fail: each of these must be reported."""
    bad = [
        "<script>x</script>",
        '<img src="x" onerror="alert(1)">',
        '<a href="javascript:alert(1)">x</a>',
        '<a href=" JaVa&#x09;ScRiPt:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        '<img src="data:image/svg+xml,<svg>">',
        '<iframe src="https://x"></iframe>',
        '<p style="color:red">x</p>',
        '<input type="text">',
        '<meta http-equiv="refresh" content="0">',
        '<svg onload="x"></svg>',
        "<form><button>x</button></form>",
        '<blockquote cite="vbscript:x">q</blockquote>',
    ]
    for html in bad:
        assert problems(html), html
    assert problems('<img src="data:image/png;base64,AAAA"><a href="wikidesk:page/x">x</a>') == []


SCHEMES = ["javascript", "JaVaScRiPt", "vbscript", "data", "file", "livescript"]
WRAPPERS = [
    "{s}:alert(1)",
    " {s}:alert(1)",
    "\t{s}:alert(1)",
    "{a}\t{b}:alert(1)",
    "{a}\n{b}:alert(1)",
    "{a}&#9;{b}:alert(1)",
    "{a}&#x0A;{b}:alert(1)",
    "&#{o};{r}:alert(1)",
    "&#x{h};{r}&colon;alert(1)",
    "{s}&#58;alert(1)",
    "&#1;{s}:alert(1)",
]


def _variants() -> list[str]:
    out = []
    for scheme, wrapper in itertools.product(SCHEMES, WRAPPERS):
        half = len(scheme) // 2
        out.append(
            wrapper.format(
                s=scheme, a=scheme[:half], b=scheme[half:], o=ord(scheme[0]), h=f"{ord(scheme[0]):x}", r=scheme[1:]
            )
        )
    return out


@pytest.mark.parametrize("url", _variants())
def test_obfuscated_urls_in_every_position(url: str):
    source = (
        f'<a href="{url}">a</a> <a href={url.replace(" ", "")}>b</a> <img src="{url}"> '
        f"<blockquote cite='{url}'>c</blockquote>\n\n"
        f"[md]({url.replace(' ', '')}) ![img]({url.replace(' ', '')}) [ref][r]\n\n[r]: {url.replace(' ', '')}\n"
    )
    assert_safe(render(source).html)


def test_allowed_data_image_survives_and_others_do_not():
    png = "data:image/png;base64,iVBORw0KGgo="
    page = render(f'<img src="{png}" alt="ok"> <img src="data:image/svg+xml,x"> <a href="{png}">link</a>')
    assert f'<img src="{png}" alt="ok">' in page.html
    assert page.html.count("data:") == 1


def test_sanitize_is_usable_on_its_own():
    assert sanitize('<p onclick="x">hei<script>y</script></p>') == "<p>hei</p>"


_SNIPPETS = [
    "[[",
    "]]",
    "](",
    "javascript:",
    "data:",
    "<script>",
    "<img ",
    " onerror=",
    "<a href=",
    "```",
    "> ",
    "- ",
    "1. ",
    "| ",
    "---",
    "&#",
    "æøå",
    "\r\n",
    "<svg",
    "<!--",
    "-->",
    "[^1]",
    "[^1]: ",
    "{% x %}",
    "- [ ] ",
]
_MARKDOWN_ALPHABET = st.sampled_from([*"ab #*_`[]()!<>/\\|:=\"'&;-~^\n\t ", *_SNIPPETS])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKDOWN_ALPHABET, max_size=80).map("".join))
def test_fuzz_markdownish_text_never_raises_and_is_always_safe(source: str):
    page = render(source)
    assert_safe(page.html)
    assert isinstance(page.text, str)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_any_unicode_never_raises_and_is_always_safe(source: str):
    page = render(source)
    assert_safe(page.html)
    if source.strip(" \t\n\r\x0b\x0c"):
        assert page.html.strip() or page.text == ""
