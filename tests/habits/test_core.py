"""The habits core: templates, recent changes, watching, bookmarks, tag rename/merge and the gardening report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wikidesk.core.errors import AlreadyExistsError, InvalidNameError, NotFoundError, WikiError
from wikidesk.core.habits import bookmarks, changes, garden, tag_edit, templates, watch
from wikidesk.core.links import tags as wiki_tags
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.sync import SyncEngine, connect_share
from wikidesk.core.wiki import Wiki

NOW = dt.datetime(2026, 3, 14, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    return init_wiki(tmp_path / "wiki", user="Kari")


# ----- templates --------------------------------------------------------------------------------------------------

def test_bokmal_minutes_fill_date_author_and_title(wiki: Wiki) -> None:
    page = templates.create(wiki, "Styremøte mars", templates.find(wiki, "møtereferat"), space="Styre", now=NOW)
    text = (wiki.root / page.info.path).read_text("utf-8")
    assert "# Styremøte mars\n" in text and "**Dato:** 2026-03-14" in text and "**Referent:** Kari" in text
    assert "{{" not in text and page.info.tags == ("møtereferat",) and "description" not in page.meta
    assert page.info.title == "Styremøte mars" and page.info.space == "Styre"


def test_english_status_report_fills_its_placeholders_and_merges_tags(wiki: Wiki) -> None:
    page = templates.create(wiki, "Q1 status", templates.find(wiki, "status-report"), tags=["gis"], now=NOW)
    body = page.body
    assert body.startswith("# Q1 status\n") and "**Date:** 2026-03-14" in body and "**Reported by:** Kari" in body
    assert "## Overall status" in body and "## Deviations" in body and "## Risks" in body
    assert page.info.tags == ("status-report", "gis")


def test_every_shipped_template_fills_every_placeholder_in_both_languages(wiki: Wiki) -> None:
    names = {(t.source, t.name) for t in templates.shipped()}
    assert names == {("nb", "møtereferat"), ("nb", "statusrapport"), ("nb", "mandat"), ("nb", "rutine"),
                     ("nb", "personprofil"), ("en", "minutes"), ("en", "status-report"), ("en", "mandate"),
                     ("en", "how-to"), ("en", "person-profile")}
    for i, template in enumerate(templates.shipped()):
        page = templates.create(wiki, f"Side {i}", template, now=NOW)
        text = (wiki.root / page.info.path).read_text("utf-8")
        assert "{{" not in text and f"# Side {i}" in text, template.name


def test_person_profile_copies_its_person_block_with_the_author(wiki: Wiki) -> None:
    page = templates.create(wiki, "Kari Nordmann", templates.find(wiki, "personprofil"), space="Folk", now=NOW)
    person = wiki.read(page.info).meta["person"]
    assert person["user"] == "Kari" and person["skills"] == []
    assert len(wiki.history.page_revisions(page.info.page_id)) == 1  # the fields come with the creation


def test_create_refuses_extra_fields_the_page_sets_itself(wiki: Wiki) -> None:
    with pytest.raises(WikiError, match="author"):
        wiki.create("Notat", extra={"author": "Someone else", "unit": "IT"})
    assert wiki.create("Notat", extra={"unit": "IT"}).meta["unit"] == "IT"


def test_a_template_in_the_maler_space_overrides_the_shipped_one(wiki: Wiki) -> None:
    wiki.create("møtereferat", space="Maler", tags=["referat"],
                body="Vårt eget: {{tittel}} ({{forfatter}}, {{ dato }})\n")
    chosen = templates.find(wiki, "Møtereferat")
    assert chosen.source == "wiki"
    page = templates.create(wiki, "Fagmøte", chosen, now=NOW)
    assert page.body == "Vårt eget: Fagmøte (Kari, 2026-03-14)\n" and page.info.tags == ("referat",)
    assert [t.name for t in templates.available(wiki)].count("møtereferat") == 1


def test_an_unknown_template_is_not_found(wiki: Wiki) -> None:
    with pytest.raises(NotFoundError):
        templates.find(wiki, "finnes-ikke")


# ----- recent changes ---------------------------------------------------------------------------------------------

def test_recent_changes_newest_first_with_kinds_authors_and_diffs(wiki: Wiki) -> None:
    a = wiki.create("Skrivere", space="IT", body="Første\n")
    wiki.create("Velkommen", body="Hei\n")
    wiki.save(a.info, "Andre\n")
    wiki.rename("IT/Skrivere", "Skriveroppsett")
    wiki.delete("Velkommen")
    listed = changes.recent(wiki)
    assert [(c.kind, c.title) for c in listed] == [("delete", "Velkommen"), ("rename", "Skriveroppsett"),
                                                   ("edit", "Skrivere"), ("create", "Velkommen"),
                                                   ("create", "Skrivere")]
    assert all(c.revision.author == "Kari" and not c.incoming for c in listed)
    edit = listed[2]
    assert edit.previous == listed[4].revision.id and listed[4].previous is None
    assert edit.to_json()["diff"] == {"from": listed[4].revision.id, "to": edit.revision.id}
    assert [c.title for c in changes.recent(wiki, limit=2)] == ["Velkommen", "Skriveroppsett"]
    assert [c.kind for c in changes.recent(wiki, space="IT")] == ["rename", "edit", "create"]
    assert changes.recent(wiki, author="ola") == []
    assert changes.recent(wiki, since="2999-01-01") == []


def test_incoming_changes_and_merges_are_in_the_list(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    kari = init_wiki(tmp_path / "kari", user="Kari")
    connect_share(kari, str(share))
    kari.create("Rutiner", body="A\n\nB\n\nC\n")
    SyncEngine(kari, mirror_grace=0.0).run()
    ola = init_wiki(tmp_path / "ola", user="Ola")
    connect_share(ola, str(share))
    SyncEngine(ola, mirror_grace=0.0).run()
    page = ola.read("Rutiner")
    ola.save(page.info, "A ola\n\nB\n\nC\n")
    page = kari.read("Rutiner")
    kari.save(page.info, "A\n\nB\n\nC kari\n")
    SyncEngine(ola, mirror_grace=0.0).run()
    SyncEngine(kari, mirror_grace=0.0).run()
    listed = changes.recent(kari)
    assert listed[0].kind == "merge" and listed[0].incoming
    by_author = {c.revision.author: c for c in listed if c.kind == "edit"}
    assert by_author["Ola"].incoming and not by_author["Kari"].incoming
    assert kari.read("Rutiner").body == "A ola\n\nB\n\nC kari\n"


# ----- watching ---------------------------------------------------------------------------------------------------

def test_watching_a_page_counts_colleagues_changes_since_you_looked(wiki: Wiki) -> None:
    page = wiki.create("Rutiner", space="IT", body="v1\n")
    assert watch.watch(wiki, "IT/Rutiner") == ("page", "IT/Rutiner", True)
    assert watch.watch(wiki, "Rutiner")[2] is False
    wiki.save(page.info, "v2 by me\n")  # my own edit is no news to me
    ola = open_wiki(wiki.root, user="Ola")
    ola.save("IT/Rutiner", "v3 by Ola\n")
    ola.save("IT/Rutiner", "v4 by Ola\n")
    [item] = watch.watched(wiki)
    assert (item.name, len(item.unseen), item.via) == ("IT/Rutiner", 2, "page")
    assert watch.unseen_count(wiki) == 1
    watch.mark_seen(wiki, page.info.page_id)
    assert [len(w.unseen) for w in watch.watched(wiki)] == [0] and watch.unseen_count(wiki) == 0
    assert watch.unwatch(wiki, "IT/Rutiner")[2] is True and watch.watched(wiki) == []


def test_watching_a_space_lists_its_changed_pages(wiki: Wiki) -> None:
    wiki.create("Skrivere", space="IT", body="x\n")
    wiki.create("Lønn", space="HR", body="x\n")
    assert watch.watch(wiki, "IT")[:2] == ("space", "IT/")
    ola = open_wiki(wiki.root, user="Ola")
    ola.save("IT/Skrivere", "y\n")
    ola.save("HR/Lønn", "y\n")
    ola.create("VPN", space="IT", body="ny\n")
    found = {w.name: (len(w.unseen), w.via) for w in watch.watched(wiki)}
    assert found == {"IT/Skrivere": (1, "space:IT"), "IT/VPN": (1, "space:IT")}
    with pytest.raises(NotFoundError):
        watch.watch(wiki, "Finnes ikke")


def test_the_watch_list_is_the_persons_own_and_not_in_the_wiki(wiki: Wiki, tmp_path: Path) -> None:
    wiki.create("Rutiner", body="x\n")
    watch.watch(wiki, "Rutiner")
    bookmarks.add(wiki, wiki.find("Rutiner"))
    assert not any("Rutiner" in p.read_text("utf-8", errors="ignore") for p in wiki.meta_dir.glob("*.json"))
    assert wiki.wiki_id in watch.user_state.state_path(wiki).name


# ----- bookmarks --------------------------------------------------------------------------------------------------

def test_bookmarks_keep_order_and_follow_renames(wiki: Wiki) -> None:
    a = wiki.create("A", body="x\n")
    b = wiki.create("B", body="x\n")
    assert bookmarks.add(wiki, a.info) and bookmarks.add(wiki, b.info) and not bookmarks.add(wiki, a.info)
    bookmarks.move(wiki, b.info.page_id, 0)
    wiki.rename("A", "A2", new_space="Arkiv")
    assert [(m.page.name if m.page else None) for m in bookmarks.bookmarks(wiki, wiki.pages())] == ["B", "Arkiv/A2"]
    wiki.delete("B")
    assert [m.to_json()["exists"] for m in bookmarks.bookmarks(wiki, wiki.pages())] == [False, True]
    assert bookmarks.remove(wiki, b.info.page_id) and bookmarks.ids(wiki) == [a.info.page_id]


# ----- tags -------------------------------------------------------------------------------------------------------

BODY = ("# Drift #drift\n\nOm #drift og #Drift. `#drift` i kode, C# og [lenke #drift](x), "
        "https://x.no/side#drift, #drift-it og #drift/sub.\n\n```\n#drift\n```\n")


def test_rename_reaches_front_matter_and_inline_tags_but_not_code_or_urls(wiki: Wiki) -> None:
    wiki.create("Servere", tags=["drift", "it"], body=BODY)
    wiki.create("Nett", body="Bare inline #drift her.\n")
    wiki.create("Annet", tags=["it"], body="Ingen.\n")
    report = tag_edit.rename(wiki, "drift", "IT-drift")
    assert sorted((p.name, n) for p, n in report.changed) == [("Nett", 1), ("Servere", 4)]
    page = wiki.read("Servere")
    assert page.meta["tags"] == ["it-drift", "it"]
    assert page.body == BODY.replace("Drift #drift", "Drift #it-drift").replace("Om #drift og #Drift.",
                                                                                "Om #it-drift og #it-drift.")
    assert wiki.read("Nett").body == "Bare inline #it-drift her.\n"
    assert "drift" not in wiki_tags(wiki) and len(wiki_tags(wiki)["it-drift"]) == 2
    assert [c.revision.summary for c in changes.recent(wiki, limit=2)] == ["Renamed tag #drift to #it-drift"] * 2


def test_merge_puts_both_tags_under_one_once(wiki: Wiki) -> None:
    wiki.create("A", tags=["nett", "nettverk"], body="Om #nett.\n")
    wiki.create("B", tags=["nettverk"], body="x\n")
    report = tag_edit.merge(wiki, "nett", "nettverk")
    assert [p.name for p, _n in report.changed] == ["A"]
    page = wiki.read("A")
    assert page.meta["tags"] == ["nettverk"] and page.body == "Om #nettverk.\n"
    assert {t: len(p) for t, p in wiki_tags(wiki).items()} == {"nettverk": 2}


def test_rename_refuses_a_tag_in_use_an_unknown_tag_and_a_bad_name(wiki: Wiki) -> None:
    wiki.create("A", tags=["nett", "nettverk"], body="x\n")
    with pytest.raises(AlreadyExistsError):
        tag_edit.rename(wiki, "nett", "nettverk")
    with pytest.raises(NotFoundError):
        tag_edit.rename(wiki, "finnes", "ny")
    with pytest.raises(InvalidNameError):
        tag_edit.rename(wiki, "nett", "9x")


def test_a_tag_rename_syncs_and_merges_with_a_concurrent_edit(tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    kari = init_wiki(tmp_path / "kari", user="Kari")
    connect_share(kari, str(share))
    kari.create("Servere", tags=["drift"], body="Første avsnitt om #drift.\n\nAndre avsnitt.\n\nTredje avsnitt.\n")
    SyncEngine(kari, mirror_grace=0.0).run()
    ola = init_wiki(tmp_path / "ola", user="Ola")
    connect_share(ola, str(share))
    SyncEngine(ola, mirror_grace=0.0).run()
    page = ola.read("Servere")
    ola.save(page.info, page.body.replace("Tredje avsnitt.", "Tredje avsnitt, skrevet om av Ola."))
    tag_edit.rename(kari, "drift", "it-drift")
    for client in (kari, ola, kari):
        assert SyncEngine(client, mirror_grace=0.0).run().status == "synced"
    for client in (kari, ola):
        page = client.read("Servere")
        assert page.meta["tags"] == ["it-drift"]
        assert page.body == "Første avsnitt om #it-drift.\n\nAndre avsnitt.\n\nTredje avsnitt, skrevet om av Ola.\n"
        assert list(wiki_tags(client)) == ["it-drift"]


# ----- gardening --------------------------------------------------------------------------------------------------

def test_gardening_report_finds_each_kind_of_problem_and_changes_nothing(wiki: Wiki) -> None:
    wiki.create("Home", tags=["start"], body="Se [[Skrivere]], [[Mangler]] og [[Ny side]].\n")
    wiki.create("Skrivere", space="IT", tags=["it"], body="Se [[Mangler]].\n")
    wiki.create("Skriver", space="HR", body="Tekst med #tag.\n")
    wiki.create("Tom", tags=["x"], body="# Bare overskrift\n\n")
    wiki.create("Uten emne", body="Tekst.\n")
    wiki.create("møtereferat", space="Maler", body="")
    before = {p.path: (wiki.root / p.path).read_bytes() for p in wiki.pages()}
    result = garden.report(wiki, months=12, now=dt.datetime.now(dt.UTC) + dt.timedelta(days=400))
    assert [(w.target, w.count) for w in result.wanted] == [("Mangler", 2), ("Ny side", 1)]
    assert sorted(p.name for p in result.orphans) == ["HR/Skriver", "Tom", "Uten emne"]
    assert sorted(p.name for p in result.untagged) == ["Uten emne"]
    assert [p.name for p in result.empty] == ["Tom"]
    assert [sorted(p.name for p in g) for g in result.duplicates] == [["HR/Skriver", "IT/Skrivere"]]
    assert len(result.stale) == 6 and result.conflicts == []
    assert garden.report(wiki, months=12).stale == []
    assert {p.path: (wiki.root / p.path).read_bytes() for p in wiki.pages()} == before
    data = result.to_json()
    assert data["wanted"][0] == {"target": "Mangler", "count": 2, "linked_from": [
        {"page": "Home", "id": wiki.find("Home").page_id, "title": "Home"},
        {"page": "IT/Skrivere", "id": wiki.find("IT/Skrivere").page_id, "title": "Skrivere"}]}


def test_near_duplicate_titles_ignore_case_accents_and_punctuation() -> None:
    from wikidesk.core.pages import PageInfo

    infos = [PageInfo(str(i), f"{t}.md", t, "") for i, t in enumerate(
        ["Skriver-oppsett", "skriveroppsett", "Skriveroppset", "Lønn", "LØNN", "Lonn", "Ferie", "Ferge",
         "Søknad om permisjon"])]
    groups = [[p.title for p in g] for g in garden.near_duplicates(infos)]
    assert groups == [["Skriver-oppsett", "Skriveroppset", "skriveroppsett"], ["LØNN", "Lønn"]]
