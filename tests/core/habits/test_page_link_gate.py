"""The gardening facts parse a page for its links to pages only when ``inline.may_link_to_pages`` says it could have
one: a text it turns away has no link to a page for the event walk (``inline.page_link_targets``)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core import frontmatter
from wikidesk.core.habits import inline

_PIECES = ["[", "]", "(", ")", "](", "]:", "]: ", "<", ">", ".md", ".MD", ".markdown", ".mdx", "md", "%2E", "%2e",
           "%6Dd", "%", "&#46;", "&period;", "&#x2E;", "&amp;", "&", ";", "a", "Side", "/", "../", "#", "?", " ", "\n",
           "\t", "\\", "`", "[[", "]]", "|", "*", "!", "\u00a0", "\x0b", "    ", "\n\n", "- ", "> ", "```\n", "\"t\""]
_MARKDOWN = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def assert_no_target_when_turned_away(body: str) -> None:
    if not inline.may_link_to_pages(body):
        assert inline.page_link_targets(body) == [], body


@settings(max_examples=5000, deadline=None)
@given(_MARKDOWN)
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
        "[x][r]\n\n[r]: Side.md\n": ["Side"],
        "[x][r]\n\n[r]:\n  <Side.md>\n": ["Side"],
        "[[Side]]": ["Side"],
    }
    for body, targets in bodies.items():
        assert inline.may_link_to_pages(body), body
        assert inline.page_link_targets(body) == targets, body


def test_text_without_a_link_destination_naming_a_page_is_turned_away() -> None:
    for body in ("Se README.md for mer.", "[x](https://a.no/side)", "[x] (Side.md)", "`[x]`(a.md)",
                 "Se [x](bilde.png) og notater.md"):
        assert not inline.may_link_to_pages(body), body


def _bodies(folder: Path) -> list[str]:
    return [frontmatter.parse(f.read_text(encoding="utf-8")).body for f in sorted(folder.rglob("*.md"))]


def test_every_corpus_page_turned_away_has_no_link_to_a_page(corpus: Path) -> None:
    bodies = _bodies(corpus)
    assert len(bodies) > 500
    for body in bodies:
        assert_no_target_when_turned_away(body)
    assert sum(1 for body in bodies if inline.page_link_targets(body)) > 10


def test_every_sample_wiki_page_turned_away_has_no_link_to_a_page(sample_wiki: Path) -> None:
    bodies = _bodies(sample_wiki)
    for body in bodies:
        assert_no_target_when_turned_away(body)
    assert any(inline.page_link_targets(body) for body in bodies)
