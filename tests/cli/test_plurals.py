"""The command line counts in English as people write it: "1 page", "2 pages"."""

from __future__ import annotations

from pathlib import Path

from tests.robustness.helpers import assert_ok, cli
from wikidesk.core.opening import init_wiki


def test_search_counts_one_page_and_two_pages(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    wiki.create("Skrivere", body="Skriveren står i andre etasje.\n")
    wiki.create("Møterom", body="Møterommet har en skriver og en skjerm.\n")
    one = assert_ok(cli("search", "etasje", wiki=wiki.root)).splitlines()
    two = assert_ok(cli("search", "skriver", wiki=wiki.root)).splitlines()
    assert one[0] == "1 page"
    assert two[0] == "2 pages"
