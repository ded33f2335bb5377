"""File names that are legal on Windows and Linux, for any title a person can type."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core import names
from wikidesk.core.errors import InvalidNameError

WINDOWS_FORBIDDEN = set('<>:"/\\|?*')
RESERVED = ["CON", "PRN", "AUX", "NUL"] + [f"COM{i}" for i in range(1, 10)] + [f"LPT{i}" for i in range(1, 10)]
RESERVED += ["COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$"]


def assert_windows_legal(filename: str) -> None:
    assert filename, "empty file name"
    assert not (set(filename) & WINDOWS_FORBIDDEN), filename
    assert all(ord(ch) >= 32 for ch in filename), filename
    assert filename[-1] not in ". ", filename
    assert not filename.startswith("."), filename
    base = filename.split(".", 1)[0].rstrip(" ").upper()
    assert base not in {r.upper() for r in RESERVED}, filename
    assert len(filename) <= names.MAX_STEM + len(names.PAGE_SUFFIX)


@pytest.mark.parametrize("reserved", RESERVED)
@pytest.mark.parametrize("variant", ["{}", "{}.txt", "{} ", "{}.tar.gz", "{} .md"])
def test_every_reserved_device_name_is_escaped(reserved: str, variant: str) -> None:
    for title in (variant.format(reserved), variant.format(reserved.lower()), variant.format(reserved.title())):
        if not names.normalize_title(title):
            continue
        filename = names.title_to_filename(title)
        assert_windows_legal(filename)
        assert names.stem_to_title(names.title_to_stem(title)) == names.normalize_title(title)


@pytest.mark.parametrize("title", ['a<b>c', 'Hva: nå?', 'x/y\\z', 'sitat "hei"', 'pipe | star *', "50 %", "%41"])
def test_forbidden_characters_round_trip(title: str) -> None:
    filename = names.title_to_filename(title)
    assert_windows_legal(filename)
    assert names.stem_to_title(filename[:-3]) == title


@pytest.mark.parametrize("title", ["slutt.", "slutt...", "...", ".skjult", "..", "a. "])
def test_dots_and_spaces_at_the_ends(title: str) -> None:
    filename = names.title_to_filename(title)
    assert_windows_legal(filename)
    assert names.stem_to_title(filename[:-3]) == names.normalize_title(title)


def test_names_other_editors_made_read_back_literally() -> None:
    assert names.stem_to_title("100%20 rabatt") == "100%20 rabatt"
    assert names.stem_to_title("50% ferdig") == "50% ferdig"
    assert names.stem_to_title("%zz") == "%zz"


def test_empty_and_whitespace_titles_are_refused() -> None:
    for title in ("", "   ", "\n\t", "\u200b"):
        with pytest.raises(InvalidNameError):
            names.title_to_stem(title)


def test_long_titles_are_bounded_and_unique() -> None:
    a, b = "Å" * 300 + "en", "Å" * 300 + "to"
    sa, sb = names.title_to_stem(a), names.title_to_stem(b)
    assert len(sa) <= names.MAX_STEM and len(sb) <= names.MAX_STEM
    assert sa != sb
    assert_windows_legal(sa + ".md")


def test_case_insensitive_key() -> None:
    assert names.name_key("Skriver") == names.name_key("SKRIVER")
    assert names.name_key("Å") == names.name_key("A\u030a")  # NFC and NFD forms are one name


def test_attachment_names_are_safe() -> None:
    assert names.attachment_name("C:\\Users\\kari\\Skjermbilde 1.PNG") == "Skjermbilde 1.PNG"
    assert names.attachment_name("con.pdf") == "%63on.pdf"
    assert_windows_legal(names.attachment_name("what?.docx"))


printable = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=150)


@settings(max_examples=400, deadline=None)
@given(printable)
def test_any_title_maps_to_a_legal_name_and_back(title: str) -> None:
    normalized = names.normalize_title(title)
    if not normalized:
        with pytest.raises(InvalidNameError):
            names.title_to_stem(title)
        return
    stem = names.title_to_stem(title)
    assert_windows_legal(stem + ".md")
    if not stem.rpartition("~")[2] or len(names.escape_component(normalized)) <= names.MAX_STEM:
        assert names.stem_to_title(stem) == normalized


@settings(max_examples=300, deadline=None)
@given(printable, printable)
def test_different_titles_give_different_names(a: str, b: str) -> None:
    na, nb = names.normalize_title(a), names.normalize_title(b)
    if not na or not nb or na == nb:
        return
    assert names.title_to_stem(a) != names.title_to_stem(b)


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_any_file_name_reads_back_to_a_title_that_maps_to_a_legal_name(stem: str) -> None:
    title = names.stem_to_title(stem)
    if names.normalize_title(title):
        assert_windows_legal(names.title_to_filename(title))


@pytest.mark.parametrize(("title", "expected"), [
    ("Skriveroppsett", "Skriveroppsett"),
    ("  Møte   med\tIT \n", "Møte med IT"),
    ("Se\u0301rvice", "Sérvice"),  # decomposed é becomes one character
    ("zero\u200bwidth", "zerowidth"),  # a format character is dropped
    ("no\u00a0break", "no break"),  # any whitespace becomes a space
    ("bell\x07", "bell"),
])
def test_normalize_title_examples(title: str, expected: str) -> None:
    assert names.normalize_title(title) == expected


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=40) | st.text(st.sampled_from(" \t\n\u00a0\u200be\u0301\u00e9aA\x07\u2028"), max_size=12))
def test_normalize_title_fast_path_agrees_with_the_character_check(title: str) -> None:
    assert names.normalize_title(title) == names._normalize_title_slowly(title)
