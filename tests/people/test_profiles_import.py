"""People pages: reading profiles leniently, the staff-list import (idempotent, never touching what a person
wrote), and the contributions cache's incremental update."""

from __future__ import annotations

from pathlib import Path

import pytest

from wikidesk.core.errors import WikiError
from wikidesk.core.opening import init_wiki
from wikidesk.core.people.contributions import ContributionCache
from wikidesk.core.people.csv_import import import_csv
from wikidesk.core.people.directory import PeopleDirectory
from wikidesk.core.people.profiles import person_key, profile_from_text

HEADER = "name,user id,unit,title,e-mail,phone\n"


def test_profile_fields_nested_flat_norwegian_and_strings() -> None:
    nested = profile_from_text("Personer/Kari.md", "---\ntitle: Kari Nordmann\nperson:\n  user: kari\n"
                               "  skills: [GIS, kartdata, gis]\n  languages: norsk; engelsk\n---\nTekst\n")
    assert (nested.name, nested.user, nested.skills, nested.languages, nested.text) == (
        "Kari Nordmann", "kari", ["GIS", "kartdata"], ["norsk", "engelsk"], "Tekst\n")
    flat = profile_from_text("Personer/Ola Hansen.md", "---\nbrukernavn: ola\nenhet: Økonomi\n"
                             "ferdigheter: lønn, budsjett\nskills: {bad: value}\n---\n")
    assert (flat.name, flat.user, flat.unit, flat.skills) == ("Ola Hansen", "ola", "Økonomi", ["lønn", "budsjett"])
    broken = profile_from_text("Personer/Per.md", "---\nperson: [unclosed\n---\nhei\n")
    assert (broken.name, broken.skills, broken.user) == ("Per", [], "")


def test_person_key_ignores_case_accents_spacing_and_domain() -> None:
    assert person_key("KOMMUNE\\Åse  Sæther") == person_key("åse sæther") == person_key("Ase Sæther")


def test_import_is_idempotent_and_keeps_what_the_person_wrote(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="it")
    staff = tmp_path / "staff.csv"
    staff.write_text(HEADER + "Kari Nordmann,kari,Plan,Rådgiver,kari@k.no,1\nOla Hansen,ola,Økonomi,,ola@k.no,\n",
                     encoding="utf-8")
    first = import_csv(wiki, staff)
    assert (first.created, first.updated, first.unchanged) == (["Personer/Kari Nordmann", "Personer/Ola Hansen"],
                                                              [], 0)
    page = wiki.read("Personer/Kari Nordmann")  # Kari writes her own part: skills and free text
    person = {**page.doc.meta["person"], "skills": ["GIS"], "unit": "Kart og plan"}
    wiki.save(page.info, page.doc.body + "Jeg kan kart.\n", expected_etag=page.etag, meta_updates={"person": person})
    revisions = len(wiki.history.page_revisions(page.info.page_id))  # type: ignore[union-attr]
    again = import_csv(wiki, staff)
    assert (again.created, again.updated, again.unchanged) == ([], ["Personer/Kari Nordmann"], 1)
    after = wiki.read("Personer/Kari Nordmann")
    assert after.doc.body.endswith("Jeg kan kart.\n")
    assert after.doc.meta["person"]["skills"] == ["GIS"]
    assert after.doc.meta["person"]["unit"] == "Plan"  # the staff list's fields are IT's
    third = import_csv(wiki, staff)
    assert (third.created, third.updated, third.unchanged) == ([], [], 2)
    assert len(wiki.history.page_revisions(page.info.page_id)) == revisions + 1  # type: ignore[union-attr]
    assert wiki.read("Personer/Kari Nordmann").etag == after.etag


def test_import_renames_on_a_new_name_and_reports_bad_lines(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="it")
    staff = tmp_path / "staff.csv"
    staff.write_text("Navn;Brukernavn\nKari Nordmann;kari\n", encoding="utf-8")
    import_csv(wiki, staff)
    page_id = wiki.find("Personer/Kari Nordmann").page_id
    staff.write_bytes("Navn;Brukernavn\nKari Sæther;kari\n;nobody\n".encode("cp1252"))
    report = import_csv(wiki, staff)
    assert report.updated == ["Personer/Kari Sæther"]
    assert report.problems == ["Line 3 has no name."]
    assert wiki.find("Personer/Kari Sæther").page_id == page_id


def test_import_without_a_name_column_is_refused(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="it")
    staff = tmp_path / "staff.csv"
    staff.write_text("foo,bar\n1,2\n", encoding="utf-8")
    with pytest.raises(WikiError, match="has no name column"):
        import_csv(wiki, staff)


def test_contributions_are_updated_from_new_revisions_only(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "w", user="anne")
    wiki.create("Rutine", body="En linje fra Anne.\n\nEnda en linje fra Anne.\n")
    cache = ContributionCache.for_wiki(wiki.root)
    assert cache.update(wiki.history) == 1  # type: ignore[arg-type]
    assert cache.update(wiki.history) == 0  # type: ignore[arg-type]
    wiki.user = "bjørn"
    page = wiki.read("Rutine")
    wiki.save(page.info, page.doc.body + "\nBjørns lengre linje om samme rutine her.\n", expected_etag=page.etag)
    assert cache.update(wiki.history) == 1  # type: ignore[arg-type]
    shares = {c.author: round(c.share, 2) for c in cache.for_pages([page.info.page_id])[page.info.page_id]}
    total = len("En linje fra Anne.") + len("Enda en linje fra Anne.") + len("Bjørns lengre linje om samme rutine her.")
    assert shares == {"anne": round(41 / total, 2), "bjørn": round(40 / total, 2)}
    directory = PeopleDirectory(wiki.root, cache)
    directory.refresh(wiki.history)
    assert {p.name for p in directory.people} == {"anne", "bjørn"}
    cache.close()


def test_a_revision_pulled_before_its_parent_is_blamed_against_it(tmp_path: Path) -> None:
    source = init_wiki(tmp_path / "a", user="anne")
    source.create("Rutine", body="Annes første linje.\n\nAnnes andre linje.\n")
    source.user = "bjørn"
    page = source.read("Rutine")
    source.save(page.info, page.doc.body + "\nBjørn la til denne.\n", expected_etag=page.etag)
    revs = source.history.page_revisions(page.info.page_id)  # type: ignore[union-attr]
    target = init_wiki(tmp_path / "b", user="cecilie")
    for rev in reversed(revs):  # the child first, as a sync may bring them
        target.history.add(rev, source.history.content(rev), published=True)  # type: ignore[union-attr]
    cache = ContributionCache.for_wiki(target.root)
    cache.update(target.history)  # type: ignore[arg-type]
    shares = {c.author: c.chars for c in cache.for_pages([page.info.page_id])[page.info.page_id]}
    assert shares == {"anne": len("Annes første linje.") + len("Annes andre linje."),
                      "bjørn": len("Bjørn la til denne.")}
    cache.close()


def test_a_persons_totals_follow_changes_of_tags_and_authors(tmp_path: Path) -> None:
    from wikidesk.core.people.person_view import person_view

    wiki = init_wiki(tmp_path / "w", user="anne")
    wiki.create("Rutine", space="Drift", tags=["backup"], body="Annes lange linje om sikkerhetskopier.\n")
    directory = PeopleDirectory(wiki.root, ContributionCache.for_wiki(wiki.root))
    directory.refresh(wiki.history)
    anne = directory.find("anne")
    view = person_view(directory, anne)
    assert (view.pages, view.tags, view.spaces, view.coauthors) == (1, [("backup", 1.0)], [("Drift", 1.0)], [])
    wiki.user = "bjørn"
    page = wiki.read("Rutine")
    wiki.save(page.info, page.doc.body + "Bjørns lange linje om gjenoppretting.\n", expected_etag=page.etag,
              meta_updates={"tags": ["restore"]})
    directory.refresh(wiki.history)
    view = person_view(directory, directory.find("anne"))
    assert view.pages == 1
    assert [t for t, _ in view.tags] == ["restore"]
    assert [(p.name, n) for p, n in view.coauthors] == [("bjørn", 1)]
    assert [(w.title, w.kind) for w in view.recent] == [("Rutine", "wrote")]
    wiki.delete("Rutine")
    directory.refresh(wiki.history)
    assert [p.name for p in directory.people] == []  # no page and nothing written: not in the directory
    view = person_view(directory, anne)
    assert (view.pages, view.tags, view.spaces, view.coauthors, view.recent) == (0, [], [], [], [])
    directory.close()
