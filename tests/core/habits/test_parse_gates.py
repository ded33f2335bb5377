"""The cheap tests that let the gardening facts (and the tag count) skip parsing a page are necessary conditions of
what the parsers find:

- the one "could a tag start here" test (``syntax.TAG_START_PATTERN``): a text it finds nothing in has no inline tag
  for the event walk (``inline._tags_as_read``, the report and the tag rename) nor for the index's reader
  (``markdown.extract``);
- ``inline.may_link_to_pages``: a text it turns away has no link to a page for the event walk
  (``inline.page_link_targets``)."""

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


def test_the_tag_count_and_the_gardening_facts_share_the_test() -> None:
    assert links._TAG_START.pattern == inline._TAG_START.pattern == TAG_START_PATTERN

_LINK_PIECES = ["[", "]", "(", ")", "](", "]:", "]: ", "<", ">", ".md", ".MD", ".markdown", ".mdx", "md", "%2E",
                "%2e", "%6Dd", "%", "&#46;", "&period;", "&#x2E;", "&amp;", "&", ";", "a", "Side", "/", "../", "#",
                "?", " ", "\n", "\t", "\\", "`", "[[", "]]", "|", "*", "!", "\u00a0", "\x0b", "    ", "\n\n", "- ",
                "> ", "```\n", "\"t\"", "&percnt;", "&#37;", "2E", "%20", "%C3%A5", "%41", "&#109;", "&fjlig;"]
_LINK_MARKDOWN = st.lists(st.sampled_from(_LINK_PIECES), max_size=40).map("".join)


def assert_no_target_when_turned_away(body: str) -> None:
    if not inline.may_link_to_pages(body):
        assert inline.page_link_targets(body) == [], body


@settings(max_examples=5000, deadline=None)
@given(_LINK_MARKDOWN)
def test_generated_markdown_turned_away_has_no_link_to_a_page(body: str) -> None:
    assert_no_target_when_turned_away(body)


def test_links_written_in_every_way_are_let_through_and_found() -> None:
    bodies = {
        "[x](Side.md)": ["Side"],
        "[x](../IT/Skriver.MD#Oppsett)": ["../IT/Skriver"],
        "[x](<Min side.md>)": ["Min side"],
        "[x](\n  Side.markdown)": ["Side"],
        "[x](Side%2Emd)": ["Side"],
        "[x](Side&#46;md)": ["Side"],
        "[x](Side&period;md)": ["Side"],
        "[x](Side&percnt;2Emd)": ["Side"],
        "[x](Side&#37;2Emd)": ["Side"],
        "[x](Side.%6Dd)": ["Side"],
        "[x](Side.m&#x64;)": ["Side"],
        "[x][r]\n\n[r]: Side.md\n": ["Side"],
        "[x][r]\n\n[r]:\n  <Side.md>\n": ["Side"],
        "[[Side]]": ["Side"],
    }
    for body, targets in bodies.items():
        assert inline.may_link_to_pages(body), body
        assert inline.page_link_targets(body) == targets, body


def test_text_without_a_link_destination_naming_a_page_is_turned_away() -> None:
    for body in ("Se README.md for mer.", "[x](https://a.no/s%C3%A5%20side?a=1&amp;b=2)", "[x](https://a.no/side)",
                 "[x] (Side.md)", "`[x]`(a.md)", "Se [x](bilde.png) og notater.md"):
        assert not inline.may_link_to_pages(body), body


def _bodies(folder: Path) -> list[str]:
    return [frontmatter.parse(f.read_text(encoding="utf-8")).body for f in sorted(folder.rglob("*.md"))]


def test_every_corpus_page_passes_both_tests(corpus: Path) -> None:
    bodies = _bodies(corpus)
    assert len(bodies) > 500
    for body in bodies:
        assert_no_tag_without_a_start(body)
        assert_no_target_when_turned_away(body)
    assert sum(1 for body in bodies if inline.has_tag(body)) > 0
    assert sum(1 for body in bodies if inline.page_link_targets(body)) > 10


def test_every_sample_wiki_page_passes_both_tests(sample_wiki: Path) -> None:
    bodies = _bodies(sample_wiki)
    for body in bodies:
        assert_no_tag_without_a_start(body)
        assert_no_target_when_turned_away(body)
    assert any(inline.page_link_targets(body) for body in bodies)
