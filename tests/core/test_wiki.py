"""The local wiki: pages, spaces, ids, renames, attachments, and edits made by other programs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wikidesk.core import catalog
from wikidesk.core.errors import AlreadyExistsError, NotFoundError, OutsideEditError
from wikidesk.core.opening import init_wiki
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    return init_wiki(tmp_path / "wiki", user="Kari Nordmann")


def test_create_writes_front_matter_and_body(wiki: Wiki) -> None:
    page = wiki.create("Skriveroppsett", space="IT", tags=["IT", "#skriver"], body="Slik gjør du.")
    text = (wiki.root / "IT" / "Skriveroppsett.md").read_text("utf-8")
    assert text.startswith("---\ntitle: Skriveroppsett\nid: ")
    assert "tags: [it, skriver]" in text and "author: Kari Nordmann" in text
    assert text.endswith("---\nSlik gjør du.\n")
    assert page.info.space == "IT" and page.info.tags == ("it", "skriver")
    assert len(page.info.page_id) == 16


def test_titles_are_unique_per_space_ignoring_case(wiki: Wiki) -> None:
    wiki.create("Rutiner", space="HR")
    with pytest.raises(AlreadyExistsError):
        wiki.create("RUTINER", space="hr")
    wiki.create("Rutiner", space="IT")  # another space is fine
    with pytest.raises(NotFoundError, match="several pages"):
        wiki.find("Rutiner")
    assert wiki.find("HR/Rutiner").space == "HR"


def test_odd_titles_become_legal_files_and_read_back(wiki: Wiki) -> None:
    for title in ("CON", "Hva er 50%?", "a/b: c", "slutt.", "Æøå <3"):
        page = wiki.create(title)
        assert wiki.find(title).page_id == page.info.page_id
        assert (wiki.root / page.info.path).is_file()
    assert {p.title for p in wiki.pages()} == {"CON", "Hva er 50%?", "a/b: c", "slutt.", "Æøå <3"}


def test_find_by_path_id_title(wiki: Wiki) -> None:
    page = wiki.create("Klarspråk", space="Kommunikasjon")
    for ref in ("Kommunikasjon/Klarspråk", "Kommunikasjon/Klarspråk.md", "klarspråk", page.info.page_id,
                "kommunikasjon/KLARSPRÅK"):
        assert wiki.find(ref).page_id == page.info.page_id
    with pytest.raises(NotFoundError):
        wiki.find("Finnes ikke")


def test_rename_keeps_id_and_moves_file(wiki: Wiki) -> None:
    page = wiki.create("Gammel", space="IT")
    renamed = wiki.rename(page.info, "Ny tittel", new_space="Drift")
    assert renamed.info.page_id == page.info.page_id
    assert renamed.info.path == "Drift/Ny tittel.md"
    assert not (wiki.root / "IT" / "Gammel.md").exists()
    assert "title: Ny tittel" in (wiki.root / "Drift" / "Ny tittel.md").read_text("utf-8")


def test_rename_case_only(wiki: Wiki) -> None:
    page = wiki.create("skriver")
    renamed = wiki.rename(page.info, "Skriver")
    assert [p.path for p in wiki.pages()] == ["Skriver.md"]
    assert renamed.info.page_id == page.info.page_id


def test_outside_edit_is_detected_not_overwritten(wiki: Wiki) -> None:
    page = wiki.create("Felles")
    path = wiki.root / page.info.path
    path.write_text(path.read_text("utf-8") + "Endret i Notisblokk\n", "utf-8")
    assert wiki.changed_on_disk(page)
    with pytest.raises(OutsideEditError):
        wiki.save(page.info, "Min tekst", expected_etag=page.etag)
    assert "Endret i Notisblokk" in path.read_text("utf-8")
    fresh = wiki.read(page.info)
    saved = wiki.save(fresh.info, fresh.body + "Og min\n", expected_etag=fresh.etag)
    assert "Endret i Notisblokk\nOg min\n" in saved.body


def test_foreign_files_open_without_being_rewritten(wiki: Wiki) -> None:
    foreign = {
        "crlf.md": b"# Tittel\r\n\r\nLinje\r\n",
        "bom.md": b"\xef\xbb\xbf---\r\ntitle: Med BOM\r\n---\r\nTekst\r\n",
        "latin1.md": "Blåbær".encode("latin-1"),
        "IT/Notater fra møtet.md": b"Ingen front matter her.",
    }
    for rel, data in foreign.items():
        (wiki.root / rel).parent.mkdir(parents=True, exist_ok=True)
        (wiki.root / rel).write_bytes(data)
    stamps = {rel: (wiki.root / rel).stat().st_mtime_ns for rel in foreign}
    titles = {p.path: p.title for p in wiki.pages()}
    assert titles["bom.md"] == "Med BOM" and titles["IT/Notater fra møtet.md"] == "Notater fra møtet"
    for rel in foreign:
        page = wiki.read(rel)
        assert page.info.page_id  # derived from the path
    assert "Bl" in wiki.read("latin1").body  # undecodable bytes shown, not refused
    for rel, data in foreign.items():
        assert (wiki.root / rel).read_bytes() == data
        assert (wiki.root / rel).stat().st_mtime_ns == stamps[rel]


def test_saving_a_foreign_file_keeps_its_line_endings_and_fixes_its_id(wiki: Wiki) -> None:
    (wiki.root / "notat.md").write_bytes(b"Linje en\r\n")
    before = wiki.find("notat").page_id
    page = wiki.read("notat")
    wiki.save(page.info, page.body + "Linje to\n", expected_etag=page.etag)
    data = (wiki.root / "notat.md").read_bytes()
    assert b"Linje en\r\nLinje to\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    renamed = wiki.rename("notat", "Notat fra møte")
    assert renamed.info.page_id == before


def test_attachments_live_beside_the_page(wiki: Wiki) -> None:
    page = wiki.create("Kart", space="Plan")
    first = wiki.attach(page.info, "C:\\tmp\\kart.PNG", b"\x89PNG")
    second = wiki.attach(page.info, "kart.png", b"\x89PNG2")
    assert first == "kart.PNG" and second == "kart (2).png"
    assert wiki.attachments() == ["Plan/kart (2).png", "Plan/kart.PNG"]
    assert all(p.path.endswith(".md") for p in wiki.pages())


def test_delete_and_events(wiki: Wiki) -> None:
    seen = []
    unsubscribe = wiki.subscribe(seen.append)
    page = wiki.create("Midlertidig")
    wiki.rename(page.info, "Flyttet")
    wiki.delete("Flyttet")
    assert [c.kind for c in seen] == ["create", "rename", "delete"]
    assert seen[1].old_path == "Midlertidig.md"
    unsubscribe()
    wiki.create("Stille")
    assert len(seen) == 3
    assert [p.title for p in wiki.pages()] == ["Stille"]


def test_temp_and_lock_files_are_not_pages(wiki: Wiki) -> None:
    for name in (".~wikidesk-abc.tmp", "~$dokument.docx", "Thumbs.db", ".skjult.md", "x.md.tmp"):
        (wiki.root / name).write_bytes(b"x")
    os.makedirs(wiki.root / ".git")
    (wiki.root / ".git" / "HEAD.md").write_text("x")
    assert wiki.pages() == [] and wiki.attachments() == []


def test_a_space_typed_in_other_letter_case_is_the_same_folder(wiki: Wiki) -> None:
    wiki.create("Første", space="Kommunikasjon/Sosiale medier")
    page = wiki.create("Andre", space="kommunikasjon/SOSIALE MEDIER")
    assert page.info.path == "Kommunikasjon/Sosiale medier/Andre.md"
    assert sorted(p.name for p in (wiki.root).iterdir() if not p.name.startswith(".")) == ["Kommunikasjon"]


def test_a_batched_remote_change_shows_only_once_the_batch_commits(wiki: Wiki) -> None:
    from wikidesk.core.atomic import DurableBatch

    kept = wiki.create("Flyttes")
    seen = []
    wiki.subscribe(seen.append)
    batch = DurableBatch()
    data = b"---\ntitle: Ny\nid: 0123456789abcdef\n---\nfra en kollega\n"
    wiki.apply_remote(page_id="0123456789abcdef", path="Rom/Ny.md", data=data, batch=batch)
    moved = (wiki.root / kept.info.path).read_bytes()
    wiki.apply_remote(page_id=kept.info.page_id, path="Flyttet.md", data=moved, old_path=kept.info.path,
                      batch=batch)
    assert not (wiki.root / "Rom" / "Ny.md").exists() and (wiki.root / "Flyttes.md").exists()
    assert seen == [] and [p.title for p in wiki.pages()] == ["Flyttes"]
    with batch:
        batch.commit()
    assert (wiki.root / "Rom" / "Ny.md").read_bytes() == data and not (wiki.root / "Flyttes.md").exists()
    assert [(c.kind, c.path, c.origin) for c in seen] == [("save", "Rom/Ny.md", "sync"),
                                                          ("rename", "Flyttet.md", "sync")]
    assert sorted(p.path for p in wiki.pages(refresh=False)) == ["Flyttet.md", "Rom/Ny.md"]


def test_prepare_lookup_builds_it_once_for_later_finds(wiki: Wiki, monkeypatch: pytest.MonkeyPatch) -> None:
    """After ``prepare_lookup`` a find or a link resolution files no page again (the app prepares it in the worker
    that makes its first page list, so the first page's render does not build it)."""
    printers = wiki.create("Printers", space="IT", body="On floor 2.\n")
    fresh = Wiki(wiki.root)
    fresh.prepare_lookup()
    monkeypatch.setattr(catalog.Lookup, "_put", lambda *_a: pytest.fail("the lookup was built again"))
    assert fresh.find("IT/Printers").page_id == printers.info.page_id
    assert fresh.resolve_link("Printers", "IT") == fresh.find(printers.info.page_id)
