"""The one "could a tag start here" test (``syntax.TAG_START_PATTERN``) is a necessary condition of every tag reader:
a text it finds nothing in has no inline tag for the gardening report's and the tag rename's event walk
(``inline._tags_as_read``) nor for the index's reader (``markdown.extract``), so both may skip parsing it."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core import frontmatter, links, markdown
from wikidesk.core.habits import inline
from wikidesk.core.markdown.syntax import TAG_START_PATTERN

TAG_START = re.compile(TAG_START_PATTERN)
_PIECES = [*"#aæ1Z_|*[]()\\&;/{}= \n>-^~`<:!\"'ø.,$%+", "\ufeff", "\t", "| ", "\n\n", "#a", "#tag", "&#35;", "&amp;",
           "<a href=x>", "</a>", "[[", "]]", "```\n", "    ", "<span>", "«", "„", "\u0301", "|---|\n", "1. ", "- "]
_MARKDOWN = st.lists(st.sampled_from(_PIECES), max_size=50).map("".join)


def starts_by_definition(text: str) -> list[int]:
    """Every "#" before a letter that does not follow a letter, digit, "&", "/", "{", "#" or backslash."""
    return [i for i in range(len(text) - 1)
            if text[i] == "#" and text[i + 1].isalpha()
            and not (i > 0 and (text[i - 1].isalnum() or text[i - 1] in "&/{#\\"))]


def assert_no_tag_without_a_start(body: str) -> None:
    if TAG_START.search(body) is None:
        assert list(inline._tags_as_read(body)) == [], body
        assert markdown.extract(body).tags == [], body


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"#aZæ1_&/{\\ \n|*\u0301", "٣"]), max_size=30))
def test_the_pattern_finds_exactly_the_places_of_its_definition(text: str) -> None:
    assert [m.start() for m in TAG_START.finditer(text)] == starts_by_definition(text)


@settings(max_examples=4000, deadline=None)
@given(_MARKDOWN)
def test_generated_markdown_without_a_place_a_tag_could_start_has_no_tag(body: str) -> None:
    assert_no_tag_without_a_start(body)


def test_the_generated_markdown_has_tags_the_readers_find() -> None:
    """The generator above reaches tags both readers find, and texts the pattern tells apart from them."""
    found = {body: TAG_START.search(body) is not None
             for body in ("a #tag", "|x|#tag|\n|-|-|\n", "*#tag*", "> #tag", "[[Side]] #tag", "«#tag»")}
    assert all(found.values())
    assert all(list(inline._tags_as_read(body)) and markdown.extract(body).tags for body in found)
    for body in ("C#", "side/#anker", "&#35;x", "{#id}", "##x", "a\\#x", "1#x"):
        assert TAG_START.search(body) is None


def _bodies(folder: Path) -> list[str]:
    return [frontmatter.parse(f.read_text(encoding="utf-8")).body for f in sorted(folder.rglob("*.md"))]


def test_every_corpus_page_with_a_tag_has_a_place_one_could_start(corpus: Path) -> None:
    bodies = _bodies(corpus)
    assert len(bodies) > 500
    for body in bodies:
        assert_no_tag_without_a_start(body)
    assert sum(1 for body in bodies if inline.has_tag(body)) > 0


def test_every_sample_wiki_page_with_a_tag_has_a_place_one_could_start(sample_wiki: Path) -> None:
    bodies = _bodies(sample_wiki)
    assert bodies
    for body in bodies:
        assert_no_tag_without_a_start(body)


def test_the_tag_count_and_the_gardening_facts_share_the_test() -> None:
    assert links._TAG_START.pattern == inline._TAG_START.pattern == TAG_START_PATTERN
