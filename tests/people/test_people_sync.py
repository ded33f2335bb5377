"""Competence search over a wiki built through real syncs from several client processes.

Four people, each in their own process with their own wiki folder and user name, write pages and sync through one
shared folder; IT imports the staff list on one client. Profiles: Kari's is empty (only what the staff list gives),
Ola's thin (a unit), Ingrid's full (skills, languages, text) and Per's page is renamed after he wrote his pages
under his old name. Then every query runs through the real CLI on a client that wrote none of it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("client.py")
USERS = {"kari": "kari.nordmann", "ola": "Ola Hansen", "ingrid": "ingrid.berg", "per": "Per Olsen"}
GIS = ["Kartdata fra Kartverket", "GIS i byggesaker", "Kartlag for vann og avløp", "Adressekart", "Kartdata i planer"]


def gis_body(i: int) -> str:
    return (f"# {GIS[i]}\n\nSlik bruker vi GIS og kartdata i kommunen (del {i}).\n\n"
            "Kartdataene hentes fra Geonorge og legges i kartløsningen.\n\nSpør oss om koordinater og kartlag.\n")


class World:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.share = tmp / "share"
        self.share.mkdir()
        self.imports: list[dict] = []

    def env(self, name: str) -> dict[str, str]:
        env = dict(os.environ)
        env.update({"WIKIDESK_HOME": str(self.tmp / f"home-{name}"), "PYTHONPATH": str(REPO)})
        env.pop("WIKIDESK_WIKI", None)
        return env

    def client(self, name: str, *steps: dict) -> str:
        proc = subprocess.run([sys.executable, str(CLIENT), str(self.tmp / name), USERS[name], str(self.share),
                               json.dumps(list(steps))], capture_output=True, text=True, env=self.env(name),
                              cwd=REPO, timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    def cli(self, name: str, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "wikidesk", "--wiki", str(self.tmp / name), *args],
                              capture_output=True, text=True, env=self.env(name), cwd=REPO, timeout=120)

    def people(self, query: str) -> list[dict]:
        proc = self.cli("reader", "people", query, "--json")
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)["people"]


SYNC = {"op": "sync"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    w = World(tmp_path_factory.mktemp("people-sync"))
    USERS["reader"] = "leser"
    w.client("kari", *[{"op": "new", "title": GIS[i], "space": "Kart", "tags": ["gis"], "body": gis_body(i)}
                       for i in range(5)], SYNC)
    w.client("ola",
             {"op": "new", "title": "Lønnskjøring", "space": "Økonomi", "tags": ["lønn"],
              "body": "# Lønnskjøring\n\nLønn utbetales den 12. hver måned.\n\nFrister for lønn og trekk.\n"},
             {"op": "new", "title": "Budsjettprosessen", "space": "Økonomi",
              "body": "# Budsjett\n\nBudsjettet for neste år og lønnsmidler.\n"},
             {"op": "person", "name": "Ola Hansen", "person": {"unit": "Økonomi"}}, SYNC)
    w.client("ingrid", {"op": "person", "name": "Ingrid Berg",
                        "person": {"user": "ingrid.berg", "unit": "Oppvekst", "role": "Rådgiver"},
                        "extra": {"skills": ["barnevern", "skolehelsetjeneste"], "languages": ["norsk", "samisk"]},
                        "body": "Jeg har jobbet med barn og unge i tjue år.\n"},
             {"op": "new", "title": "Skolerute", "space": "Oppvekst",
              "body": "# Skolerute\n\nFerier og fridager for skoleåret.\n"}, SYNC)
    w.client("per", *[{"op": "new", "title": title, "space": "Beredskap", "tags": ["brann"],
                       "body": f"# {title}\n\nBrannvern og brannøvelser i kommunale bygg.\n\nRømningsveier.\n"}
                      for title in ("Brannøvelse", "Brannvernleder", "Rømningsplan")],
             {"op": "person", "name": "Per Olsen", "person": {"unit": "Beredskap"}}, SYNC)
    csv = w.tmp / "ansatte.csv"
    csv.write_text("Navn;Brukernavn;Enhet;Stilling;E-post;Telefon\n"
                   "Kari Nordmann;kari.nordmann;Plan og bygg;Rådgiver;kari.nordmann@kommune.no;+47 400 00 001\n"
                   "Ola Hansen;ola.hansen;Økonomi;Konsulent;ola.hansen@kommune.no;\n"
                   "Ingrid Berg;ingrid.berg;Oppvekst;Seniorrådgiver;ingrid.berg@kommune.no;+47 400 00 003\n",
                   encoding="utf-8")
    w.client("ola", SYNC, {"op": "append", "page": "Kart/GIS i byggesaker",
                           "text": "\nLønnsmidler til GIS-lisenser: se budsjettet.\n"}, SYNC)
    w.imports = [json.loads(w.client("kari", SYNC, {"op": "import", "csv": str(csv)}, SYNC).strip()),
                 json.loads(w.client("kari", {"op": "import", "csv": str(csv)}, SYNC).strip())]
    w.client("per", SYNC, {"op": "rename", "page": "Personer/Per Olsen", "title": "Per Dahl"}, SYNC)
    for name in ("kari", "ola", "ingrid", "per"):
        w.client(name, SYNC)
    w.client("reader", SYNC)
    return w


pytestmark = pytest.mark.slow


def test_contributions_alone_find_the_writer_of_gis_pages_for_gis_and_kartdata(world: World) -> None:
    for query in ("GIS", "kartdata", "kartlag"):
        found = world.people(query)
        assert found[0]["name"] == "Kari Nordmann", query
        assert found[0]["page"] == "Personer/Kari Nordmann"
        wrote = next(r for r in found[0]["reasons"] if r["kind"] == "wrote")
        assert wrote["count"] == 5 if query != "kartlag" else wrote["count"] >= 1
    gis = world.people("GIS")[0]
    assert gis["unit"] == "Plan og bygg"
    assert gis["reasons"][0]["text"] == "wrote 5 pages about GIS"
    assert set(gis["reasons"][0]["pages"]) == {f"Kart/{t}" for t in GIS}


def test_a_thin_profile_is_found_by_what_he_wrote(world: World) -> None:
    assert world.people("lønn")[0]["name"] == "Ola Hansen"
    assert world.people("budsjett")[0]["name"] == "Ola Hansen"


def test_skills_alone_find_the_person_who_declared_them(world: World) -> None:
    found = world.people("barnevern")
    assert [p["name"] for p in found] == ["Ingrid Berg"]
    assert found[0]["reasons"][0] == {"kind": "skill", "text": "skill: barnevern", "pages": [],
                                      "subject": "barnevern", "count": 0}
    assert world.people("skolehelse")[0]["name"] == "Ingrid Berg"  # the start of a compound skill


def test_a_renamed_person_keeps_their_contributions(world: World) -> None:
    found = world.people("brannvern")
    assert found[0]["name"] == "Per Dahl"
    assert found[0]["page"] == "Personer/Per Dahl"
    assert found[0]["reasons"][0]["count"] == 3
    shown = json.loads(world.cli("reader", "people", "show", "Per Dahl", "--json").stdout)
    assert shown["former_names"] == ["Per Olsen"]
    assert shown["pages"] == 3


def test_person_page_shows_recent_work_topics_and_coauthors(world: World) -> None:
    proc = world.cli("reader", "people", "show", "kari.nordmann", "--json")
    assert proc.returncode == 0, proc.stderr
    shown = json.loads(proc.stdout)
    assert shown["name"] == "Kari Nordmann"
    assert {item["title"] for item in shown["recent"]} == set(GIS)
    assert shown["topics"]["tags"][0]["tag"] == "gis"
    assert shown["topics"]["spaces"][0]["space"] == "Kart"
    assert [c["name"] for c in shown["coauthors"]] == ["Ola Hansen"]
    assert shown["profile"]["email"] == "kari.nordmann@kommune.no"


def test_the_staff_list_import_ran_twice_changes_nothing_the_second_time(world: World) -> None:
    first, second = world.imports  # type: ignore[attr-defined]
    assert first["created"] == ["Personer/Kari Nordmann"]
    assert sorted(first["updated"]) == ["Personer/Ingrid Berg", "Personer/Ola Hansen"]
    assert second == {"created": [], "updated": [], "unchanged": 3, "problems": []}
    text = (world.tmp / "reader" / "Personer" / "Ingrid Berg.md").read_text("utf-8")
    assert "Jeg har jobbet med barn og unge i tjue år." in text
    assert "skolehelsetjeneste" in text and "Seniorrådgiver" in text


def test_people_show_unknown_name_exits_3_with_a_sentence(world: World) -> None:
    proc = world.cli("reader", "people", "show", "Nobody Here")
    assert proc.returncode == 3
    assert proc.stderr.strip() == "wikidesk: There is no person called “Nobody Here” in the people directory."
