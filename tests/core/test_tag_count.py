"""The tag count takes a page's tags from the page list when its file is the version listed and has no place an
inline #tag could start, and reads and parses the page otherwise: the counts are those of the files as they are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wikidesk.core import links, markdown
from wikidesk.core.opening import init_wiki


def counts(by_tag: dict[str, list[object]]) -> dict[str, int]:
    return {tag: len(pages) for tag, pages in by_tag.items()}


def test_tags_from_front_matter_inline_and_tables(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="ola")
    wiki.create("Skriver", tags=["it", "utstyr"], body="# Oppsett\n\n## Steg\n\nIngen tagger her.\n")
    wiki.create("Vakt", tags=["hr"], body="Se #turnus og #it.\n")
    wiki.create("Tabell", body="| a | b |\n|---|---|\n|#budsjett| x |\n")
    (wiki.root / "Fargekode.md").write_text("Farge #f3f4f4 og overskrift\n# Ikke tagg\n", "utf-8")
    assert counts(links.tags(wiki)) == {"it": 2, "budsjett": 1, "hr": 1, "turnus": 1, "utstyr": 1}


def test_a_file_changed_since_the_list_was_made_is_read_again(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="ola")
    wiki.create("Skriver", tags=["it"], body="Tekst.\n")
    listed = wiki.pages()
    path = wiki.root / "Skriver.md"
    st = path.stat()
    path.write_text(path.read_text("utf-8").replace("[it]", "[ut]"), "utf-8")  # same size: only the time differs
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    assert path.stat().st_size == st.st_size
    assert counts(links.tags(wiki, listed)) == {"ut": 1}


def test_a_second_count_with_the_memo_reads_no_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wiki = init_wiki(tmp_path / "w", user="ola")
    wiki.create("Skriver", tags=["it"], body="Se #utstyr.\n")
    wiki.create("Vakt", tags=["hr"], body="Tekst.\n")
    listed, memo = wiki.pages(), {}
    first = counts(links.tags(wiki, listed, memo))

    def no_reading(*_args: object) -> None:
        raise AssertionError("a page was read again")

    monkeypatch.setattr(links, "_listed_tags", no_reading)
    monkeypatch.setattr(wiki, "read", no_reading)
    assert counts(links.tags(wiki, listed, memo)) == first == {"hr": 1, "it": 1, "utstyr": 1}


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from([*"#aæ1_|*[]()\\&;/{} \n>-=^~`<:!\"'ø.,", "\ufeff", "\t", "| ", "\n\n", "#a"]),
                max_size=40).map("".join))
def test_a_text_without_a_place_a_tag_could_start_has_no_inline_tag(text: str) -> None:
    """The tag count takes a page's tags from its front matter when ``_TAG_START`` finds nothing: the parser must
    find no inline tag in such a text (lists, tables, emphasis, links, entities, escapes)."""
    if not links._TAG_START.search(text):
        assert markdown.extract(text).tags == []
