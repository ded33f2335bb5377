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


def test_only_the_named_command_s_parser_is_built_and_help_still_lists_every_command(capsys) -> None:
    from wikidesk.cli import commands
    from wikidesk.cli.main import build_parser, command_named

    assert command_named(["--wiki", "W", "search", "kart"]) == "search"
    assert command_named(["--wiki=W", "people", "show", "Kari"]) == "people"
    assert command_named(["--version"]) == ""
    assert command_named(["nosuchcommand"]) is None
    assert command_named(["--help"]) is None
    sub = next(a for a in build_parser("search")._actions if a.dest == "command")
    assert sorted(sub.choices) == ["search"]
    every = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(every.choices) == commands.names() and {"search", "write", "people", "export", "garden"} <= set(
        every.choices)
