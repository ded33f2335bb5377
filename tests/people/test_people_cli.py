"""``wikidesk people``: the first word picks the action; every failing exit says one sentence on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.cli.main import main
from wikidesk.core.opening import init_wiki


@pytest.fixture
def wiki_dir(tmp_path: Path) -> Path:
    wiki = init_wiki(tmp_path / "w", user="kari.nordmann")
    wiki.create("Import av data", space="IT", body="# Import\n\nSlik importerer du data fra fagsystemet.\n")
    return wiki.root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_people_without_words_exits_2(wiki_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--wiki", str(wiki_dir), "people")
    assert code == 2
    assert err.startswith("wikidesk: Say what to look for (wikidesk people QUERY)")


def test_import_of_a_missing_file_exits_3(wiki_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--wiki", str(wiki_dir), "people", "import", str(wiki_dir / "nope.csv"))
    assert code == 3
    assert err == f"wikidesk: There is no file {wiki_dir / 'nope.csv'}.\n"


def test_import_with_unusable_lines_applies_the_rest_and_exits_1(wiki_dir: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    staff = tmp_path / "staff.csv"
    staff.write_text("name;user\nKari Nordmann;kari.nordmann\n;x\n", encoding="utf-8")
    code, out, err = run(capsys, "--wiki", str(wiki_dir), "people", "import", str(staff), "--json")
    assert code == 1
    assert json.loads(out) == {"created": ["Personer/Kari Nordmann"], "updated": [], "unchanged": 0,
                               "problems": ["Line 3 has no name."]}
    assert err == "wikidesk: 1 line of the staff list could not be used.\n  problem: Line 3 has no name.\n"


def test_find_searches_for_an_action_word(wiki_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--wiki", str(wiki_dir), "people", "find", "import", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["query"] == "import"
    assert [(p["name"], p["page"], p["reasons"][0]["text"]) for p in found["people"]] == [
        ("kari.nordmann", None, "wrote 1 page about import")]
