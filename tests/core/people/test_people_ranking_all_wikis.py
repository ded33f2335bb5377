"""People search over all the person's wikis: one ranking, one person across wikis, each reason with its wiki."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.people.two_teams import make_two_teams
from wikidesk.core import paths
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.people.all_wikis import WikiPeople, find_people_everywhere
from wikidesk.core.people.csv_import import create_person_page
from wikidesk.core.people.directory import PeopleDirectory
from wikidesk.core.people.evidence import ranked_pages
from wikidesk.core.people.ranking import find_people
from wikidesk.core.search.build import build
from wikidesk.core.search.index import SearchIndex


@pytest.fixture
def opened() -> Iterator[list[tuple[PeopleDirectory, SearchIndex]]]:
    held: list[tuple[PeopleDirectory, SearchIndex]] = []
    yield held
    for directory, index in held:
        directory.close()
        index.close()


def open_people(root: Path, held: list[tuple[PeopleDirectory, SearchIndex]]) -> WikiPeople:
    wiki = open_wiki(root)
    directory = PeopleDirectory.open(root, wiki.history)
    wiki.history.close()
    index = SearchIndex(paths.index_dir(root))
    for _step in build(index, root, workers=0):
        pass
    held.append((directory, index))
    return WikiPeople(root.name, str(root), directory, index)


def test_one_ranking_over_both_wikis_counts_what_kari_wrote_in_each(tmp_path: Path, opened: list) -> None:
    a, b = make_two_teams(tmp_path)
    team_a, team_b = open_people(a, opened), open_people(b, opened)
    results = find_people_everywhere([team_a, team_b], "kartdata")
    assert results.wikis == ["team-a", "team-b"]
    people = {h.person.name: h for h in results.hits}
    assert sorted(people) == ["Kari Nordmann", "Ola Hansen"]  # Kari once, although she wrote in both
    kari, ola = people["Kari Nordmann"], people["Ola Hansen"]
    assert (kari.person.page, kari.person.unit, kari.wiki.name, kari.wikis) == (
        "Personer/Kari Nordmann", "Plan og bygg", "team-a", ["team-a", "team-b"])
    assert [(r.kind, r.count, r.pages, r.wiki.name) for r in kari.reasons] == [
        ("wrote", 1, ["Plan/Kartdata i plansaker"], "team-a"),
        ("wrote", 1, ["Beredskap/Kartdata for beredskap"], "team-b")]
    assert (ola.person.page, ola.wiki.name, ola.wikis) == ("Personer/Ola Hansen", "team-b", ["team-b"])
    assert [(r.kind, r.count, r.wiki.name) for r in ola.reasons] == [("wrote", 2, "team-b")]
    # ranked from what she wrote in both: more than either wiki alone gives her
    alone = [find_people(w.directory, lambda text, n, w=w: ranked_pages(w.index, text, n), "kartdata")
             for w in (team_a, team_b)]
    kari_alone = [next(h.score for h in r.hits if h.person.name.startswith("Kari") or h.person.name == "kari.nordmann")
                  for r in alone]
    assert kari.score > max(kari_alone)
    data = results.to_json()
    assert data["wikis"] == ["team-a", "team-b"]
    first = next(p for p in data["people"] if p["name"] == "Kari Nordmann")
    assert (first["wiki"], first["wiki_folder"], first["wikis"]) == ("team-a", str(a), ["team-a", "team-b"])
    assert [(r["wiki"], r["wiki_folder"]) for r in first["reasons"]] == [("team-a", str(a)), ("team-b", str(b))]


def test_a_colleague_known_only_as_an_author_gets_the_page_of_the_other_wiki(tmp_path: Path, opened: list) -> None:
    a, b = make_two_teams(tmp_path)
    results = find_people_everywhere([open_people(a, opened), open_people(b, opened)], "flom")
    kari = next(h for h in results.hits if h.person.name == "Kari Nordmann")  # she wrote about flom in team-b only
    assert (kari.person.page, kari.person.unit, kari.wiki.name, kari.wikis) == (
        "Personer/Kari Nordmann", "Plan og bygg", "team-a", ["team-b"])
    assert [(r.kind, r.wiki.name) for r in kari.reasons] == [("wrote", "team-b")]


def test_the_same_name_with_different_user_ids_stays_two_people(tmp_path: Path, opened: list) -> None:
    one = init_wiki(tmp_path / "one", user="ola.h1")
    create_person_page(one, "Ola Hansen", {"user": "ola.h1", "unit": "Skole"})
    one.create("Timeplaner", body="Timeplaner for skoleåret.\n")
    two = init_wiki(tmp_path / "two", user="ola.h2")
    create_person_page(two, "Ola Hansen", {"user": "ola.h2", "unit": "Vei"})
    two.create("Timeplaner for brøyting", body="Timeplaner for brøytemannskapene.\n")
    for wiki in (one, two):
        wiki.history.close()
    results = find_people_everywhere([open_people(one.root, opened), open_people(two.root, opened)], "timeplaner")
    assert sorted((h.person.name, h.person.unit, h.wiki.name) for h in results.hits) == [
        ("Ola Hansen", "Skole", "one"), ("Ola Hansen", "Vei", "two")]


def test_a_skill_counts_once_and_a_single_wiki_answer_has_no_wiki_fields(tmp_path: Path, opened: list) -> None:
    a, b = make_two_teams(tmp_path)
    team_a, team_b = open_people(a, opened), open_people(b, opened)
    results = find_people_everywhere([team_a, team_b], "GIS")
    assert [(h.person.name, [(r.kind, r.subject, r.wiki.name) for r in h.reasons]) for h in results.hits] == [
        ("Kari Nordmann", [("skill", "GIS", "team-a")])]
    single = find_people(team_a.directory, lambda text, n: ranked_pages(team_a.index, text, n), "GIS").to_json()
    assert "wikis" not in single
    assert set(single["people"][0]) == {"name", "page", "unit", "role", "score", "reasons"}
    assert set(single["people"][0]["reasons"][0]) == {"kind", "text", "pages", "subject", "count"}
