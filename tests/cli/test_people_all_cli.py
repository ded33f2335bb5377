"""``wikidesk people QUERY --all``: people of every wiki of the person in one ranking, labelled with their wiki."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.people.two_teams import make_two_teams
from wikidesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_all_lists_people_of_both_wikis_with_their_wiki(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = make_two_teams(tmp_path)
    code, out, _err = run(capsys, "--wiki", str(a), "people", "kartdata", "--all", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["wikis"] == ["team-a", "team-b"]
    people = {p["name"]: p for p in found["people"]}
    assert sorted(people) == ["Kari Nordmann", "Ola Hansen"]
    kari = people["Kari Nordmann"]
    assert {k: kari[k] for k in ("page", "unit", "wiki", "wiki_folder", "wikis")} == {
        "page": "Personer/Kari Nordmann", "unit": "Plan og bygg", "wiki": "team-a", "wiki_folder": str(a),
        "wikis": ["team-a", "team-b"]}
    assert [(r["text"], r["pages"], r["wiki"], r["wiki_folder"]) for r in kari["reasons"]] == [
        ("wrote 1 page about kartdata", ["Plan/Kartdata i plansaker"], "team-a", str(a)),
        ("wrote 1 page about kartdata", ["Beredskap/Kartdata for beredskap"], "team-b", str(b))]
    assert (people["Ola Hansen"]["wiki"], people["Ola Hansen"]["unit"]) == ("team-b", "Beredskap")


def test_all_in_text_puts_the_wiki_before_each_name_and_reason(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    a, _b = make_two_teams(tmp_path)
    code, out, _err = run(capsys, "--wiki", str(a), "people", "flom", "--all", "--limit", "1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1 person in 2 wikis"
    # Kari wrote about flom in team-b only; her page is in team-a
    assert lines[1].startswith("[team-a] Kari Nordmann  (Personer/Kari Nordmann)  Plan og bygg  score ")
    assert lines[2:] == ["  [team-b] wrote 1 page about flom: Beredskap/Kartdata for beredskap"]


def test_without_all_only_this_wiki_and_no_new_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _b = make_two_teams(tmp_path)
    code, out, _err = run(capsys, "--wiki", str(a), "people", "kartdata", "--json")
    assert code == 0
    found = json.loads(out)
    assert set(found) == {"query", "elapsed_ms", "notes", "people"}
    assert [(p["name"], sorted(p)) for p in found["people"]] == [
        ("Kari Nordmann", ["name", "page", "reasons", "role", "score", "unit"])]


def test_all_with_show_says_it_works_in_one_wiki(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _b = make_two_teams(tmp_path)
    code, out, err = run(capsys, "--wiki", str(a), "people", "show", "Kari", "--all")
    assert (code, out) == (2, "")
    assert err == "wikidesk: --all finds people in all your wikis; “people show” works in one wiki.\n"
