"""Sync rounds between real clients (real folders, real SQLite) through one real share folder."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.sync.helpers import assert_converged, files, make_client, share_tree, sync
from wikidesk.core.history import queries, revising
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.wrappers import FaultBackend
from wikidesk.core.wiki import Wiki


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return tmp_path / "share"


@pytest.fixture
def pair(tmp_path: Path, share: Path) -> tuple[Wiki, Wiki]:
    return make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)


def body_of(wiki: Wiki, ref: str) -> str:
    return wiki.read(ref).body


def test_new_page_reaches_other_client_and_mirror(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    a.create("Møte", space="IT", body="Agenda\n")
    first = sync(a)
    assert (first.status, first.pulled, first.pushed) == ("synced", 0, 1)  # the page's one revision
    report = sync(b)
    assert report.status == "synced" and report.pulled == 1
    assert body_of(b, "IT/Møte") == "Agenda\n"
    assert (share / "pages" / "IT" / "Møte.md").read_bytes() == (a.root / "IT" / "Møte.md").read_bytes()


def test_concurrent_edits_to_different_lines_merge(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    page = a.create("Rutiner", body="en\nto\ntre\nfire\n")
    sync(a), sync(b)
    a.save(page.info, "EN\nto\ntre\nfire\n")
    b.save(b.find("Rutiner"), "en\nto\ntre\nFIRE\n")
    sync(a)
    report = sync(b)
    assert report.merged == 1 and report.status == "synced"
    sync(a)
    assert body_of(a, "Rutiner") == body_of(b, "Rutiner") == "EN\nto\ntre\nFIRE\n"
    assert_converged(a, b)


def test_same_merge_on_two_clients_gives_same_revision(tmp_path: Path, share: Path) -> None:
    a, b, c = (make_client(tmp_path, n, share) for n in ("a", "b", "c"))
    page = a.create("P", body="1\n2\n3\n4\n5\n")
    for w in (a, b, c):
        sync(w)
    a.save(page.info, "1a\n2\n3\n4\n5\n")
    b.save(b.find("P"), "1\n2\n3\n4\n5b\n")
    sync(a), sync(b)  # b merges a+b
    # c pulls both edits and the merge; a pulls b's edit and merge too: nobody makes a second merge revision
    sync(c), sync(a)
    for w in (a, b, c):
        sync(w)
    merges = [r for r in queries.revisions(c, "P") if len(r.parents) == 2]
    assert len(merges) == 1
    assert_converged(a, b, c)


def test_same_lines_conflict_keeps_both_and_resolves(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    page = a.create("Vakt", body="mandag: Ola\n")
    sync(a), sync(b)
    a.save(page.info, "mandag: Kari\n")
    b.save(b.find("Vakt"), "mandag: Per\n")
    sync(a)
    report = sync(b)
    assert report.status == "conflicts" and report.conflicts == ["Vakt.md"]
    sync(a)
    assert_converged(a, b)  # both show the same deterministic version while in conflict
    conflict = queries.conflicts(a)[0]
    texts = {queries.revision_text(a, h) for h in conflict.heads}
    assert any("Kari" in t for t in texts) and any("Per" in t for t in texts)
    assert "<<<<<<<" in conflict.merged_text and "Kari" in conflict.merged_text and "Per" in conflict.merged_text
    resolved = conflict.merged_text.split("<<<<<<<")[0] + "mandag: Kari og Per\n"
    rev = revising.resolve(a, "Vakt", resolved)
    assert set(rev.parents) == {h.id for h in conflict.heads}
    sync(a), sync(b)
    assert queries.conflicts(b) == []
    assert "Kari og Per" in body_of(b, "Vakt")
    assert_converged(a, b)


def test_delete_against_concurrent_edit_keeps_the_edit(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    page = a.create("Gammel", body="tekst\n")
    sync(a), sync(b)
    a.delete(page.info)
    b.save(b.find("Gammel"), "tekst\nviktig tillegg\n")
    sync(a), sync(b), sync(a)
    assert "viktig tillegg" in body_of(a, "Gammel")
    assert_converged(a, b)


def test_delete_and_rename_and_attachment_sync(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    p1 = a.create("Skal bort", body="x\n")
    p2 = a.create("Flyttes", body="y\n")
    a.attach(p2.info, "logo.png", b"\x89PNG\x00binary")
    sync(a), sync(b)
    assert (b.root / "logo.png").read_bytes() == b"\x89PNG\x00binary"
    a.delete(p1.info)
    a.rename(a.find("Flyttes"), "Flyttet", new_space="Arkiv")
    sync(a), sync(b)
    assert not b.exists("Skal bort")
    assert body_of(b, "Arkiv/Flyttet") == "y\n"
    assert not (b.root / "Flyttes.md").exists()
    assert not (share / "pages" / "Flyttes.md").exists()
    assert (share / "pages" / "Arkiv" / "Flyttet.md").exists()
    assert_converged(a, b)
    # deleted page keeps its history
    assert len(queries.revisions(b, "Skal bort")) == 2


def test_concurrent_rename_and_edit_merge(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    a.create("Navn", body="linje\n")
    sync(a), sync(b)
    a.rename(a.find("Navn"), "Nytt navn")
    b.save(b.find("Navn"), "linje\nendret\n")
    sync(a), sync(b), sync(a)
    assert body_of(a, "Nytt navn") == "linje\nendret\n"
    assert not (a.root / "Navn.md").exists()
    assert_converged(a, b)


def test_same_title_created_on_two_clients_both_survive(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    a.create("Referat", body="fra a\n")
    b.create("Referat", body="fra b\n")
    sync(a), sync(b), sync(a), sync(b)
    bodies = sorted(p.read_bytes().decode() for p in a.root.glob("Referat*.md"))
    assert len(bodies) == 2 and any("fra a" in t for t in bodies) and any("fra b" in t for t in bodies)
    assert_converged(a, b)


def test_outside_edit_is_recorded_and_synced(pair: tuple[Wiki, Wiki]) -> None:
    a, b = pair
    a.create("Notat", body="start\n")
    sync(a), sync(b)
    path = a.root / "Notat.md"
    path.write_bytes(path.read_bytes() + b"lagt til i Notisblokk\n")
    report = sync(a)
    assert report.recorded == 1
    sync(b)
    assert "Notisblokk" in body_of(b, "Notat")
    last = queries.revisions(a, "Notat")[-1]
    assert last.author == "ola" and last.summary == "Edited outside wikidesk"


def test_mirror_edit_by_person_without_app_is_taken_in(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    a.create("Telefonliste", body="Ola 1\n--\nKari 2\n")
    sync(a), sync(b)
    mirror = share / "pages" / "Telefonliste.md"
    mirror.write_bytes(mirror.read_bytes().replace(b"Kari 2", b"Kari 3"))
    b.save(b.find("Telefonliste"), "Ola 9\n--\nKari 2\n")  # a concurrent edit in the app
    for w in (a, b, a, b, a, b):
        sync(w)
    assert body_of(a, "Telefonliste") == "Ola 9\n--\nKari 3\n"
    assert mirror.read_bytes() == (a.root / "Telefonliste.md").read_bytes()
    authors = {r.author for r in queries.revisions(a, "Telefonliste")}
    assert "shared folder" in authors
    assert_converged(a, b)


def test_empty_or_missing_share_is_offline_never_deletion(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    a.create("Viktig", body="må ikke forsvinne\n")
    sync(a), sync(b)
    moved = share.with_name("share-away")
    share.rename(moved)
    report = sync(b)
    assert report.status == "offline" and "offline" in report.message
    assert not share.exists()  # nothing recreated
    share.mkdir()  # an empty folder in its place (unmounted drive, fresh mount point)
    b.save(b.find("Viktig"), "endret offline\n")
    report = sync(b)
    assert report.status == "offline" and list(share.iterdir()) == []
    assert body_of(b, "Viktig") == "endret offline\n"
    share.rmdir()
    moved.rename(share)
    assert sync(b).status == "synced"
    sync(a)
    assert body_of(a, "Viktig") == "endret offline\n"


def test_read_only_share_pulls_and_says_it_cannot_push(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    a.create("Les", body="fra a\n")
    sync(a)
    b.create("Lokal", body="fra b\n")
    before = share_tree(share)
    report = sync(b, backend=FaultBackend(LocalBackend(share), read_only=True))
    assert report.status == "read-only"
    assert "cannot be sent" in report.message and report.waiting == 1  # the revision of "Lokal"
    assert body_of(b, "Les") == "fra a\n"
    assert share_tree(share) == before
    assert sync(b).pushed == 1  # writable again: everything waiting goes out


def test_newer_store_format_is_refused_untouched(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, _b = pair
    a.create("X", body="x\n")
    sync(a)
    marker = share / "wikidesk-store.json"
    marker.write_text(re.sub(r'"format": \d+', '"format": 99', marker.read_text()))
    before = share_tree(share)
    a.create("Y", body="y\n")
    report = sync(a)
    assert report.status == "incompatible" and "newer wikidesk" in report.message
    assert share_tree(share) == before


def test_damaged_segment_is_skipped_reported_and_retried(pair: tuple[Wiki, Wiki], share: Path) -> None:
    a, b = pair
    a.create("En", body="1\n")
    sync(a)
    a.create("To", body="2\n")
    sync(a)
    seg = sorted((share / "log").rglob("*.seg"))[-1]
    good = seg.read_bytes()
    seg.write_bytes(good[: len(good) // 2])  # torn
    report = sync(b)
    assert report.status == "synced" and any("damaged" in p for p in report.problems)
    assert b.exists("En") and not b.exists("To")
    seg.write_bytes(good)  # e.g. the sync tool finished the copy
    sync(b)
    assert b.exists("To")


def test_copied_wiki_folder_takes_a_new_identity(tmp_path: Path, share: Path) -> None:
    a = make_client(tmp_path, "a", share)
    a.create("Felles", body="0\n")
    sync(a)
    shutil.copytree(a.root, tmp_path / "a-copy")
    copy = open_wiki(tmp_path / "a-copy")
    assert copy.history.client_id == a.history.client_id  # type: ignore[union-attr]
    a.create("Fra original", body="o\n")
    copy.create("Fra kopi", body="k\n")
    sync(a)
    report = sync(copy)
    assert report.status == "synced"
    assert copy.history.client_id != a.history.client_id  # type: ignore[union-attr]
    for w in (a, copy, a, copy):
        sync(w)
    assert a.exists("Fra kopi") and copy.exists("Fra original")
    assert_converged(a, copy)


def test_identity_clash_found_while_pulling_is_reported(tmp_path: Path, share: Path) -> None:
    a = make_client(tmp_path, "a", share)
    a.create("Felles", body="0\n")
    sync(a)
    shutil.copytree(a.root, tmp_path / "a-copy")
    copy = open_wiki(tmp_path / "a-copy")
    a.create("Fra original", body="o\n")
    sync(a)
    report = sync(copy)
    assert copy.history.client_id != a.history.client_id  # type: ignore[union-attr]
    assert [p for p in report.problems if "same identity" in p] == [
        "Another copy of this wiki folder syncs with the same identity; this copy took a new one."], report.problems


def test_share_restored_from_backup_gets_revisions_republished(pair: tuple[Wiki, Wiki], share: Path,
                                                               tmp_path: Path) -> None:
    a, b = pair
    a.create("Før", body="1\n")
    sync(a), sync(b)
    backup = tmp_path / "backup"
    shutil.copytree(share, backup)
    a.create("Etter", body="2\n")
    sync(a), sync(b)
    shutil.rmtree(share)
    shutil.copytree(backup, share)  # the IT department restores last night's backup
    c = make_client(tmp_path, "c", share)
    for w in (a, b, c, a, b, c):
        sync(w)
    assert c.exists("Etter")
    assert_converged(a, b, c)


def test_interrupted_rounds_lose_nothing(pair: tuple[Wiki, Wiki], share: Path) -> None:
    """Cut the share off after every possible number of operations; then a normal round finishes the job."""
    a, b = pair
    a.create("Side", body="a\nb\nc\n")
    sync(a), sync(b)
    for cut in range(0, 40):
        lines_a, lines_b = body_of(a, "Side").splitlines(), body_of(b, "Side").splitlines()
        a.save(a.find("Side"), f"a{cut}\nb\n{lines_a[2]}\n")
        b.save(b.find("Side"), f"{lines_b[0]}\nb\nc{cut}\n")
        b.create(f"Ny {cut}", body=f"{cut}\n")
        sync(a, backend=FaultBackend(LocalBackend(share), fail_after=cut))
        sync(b, backend=FaultBackend(LocalBackend(share), fail_after=cut))
        for w in (a, b, a, b):
            assert sync(w).status == "synced"
        assert body_of(a, "Side") == f"a{cut}\nb\nc{cut}\n"
        assert a.exists(f"Ny {cut}")
        assert_converged(a, b)
    assert files(a) == files(b)


def test_round_stopped_between_pull_and_apply_is_finished_by_the_next(pair: tuple[Wiki, Wiki]) -> None:
    """kill -9 after the pull was committed but before the files were written: the next round writes them."""
    from wikidesk.core.sync.engine import SyncEngine

    a, b = pair
    page = a.create("Vakt", body="en\n")
    sync(a), sync(b)
    a.save(page.info, "en\nto\n")
    a.create("Ny side", body="ny\n")
    sync(a)
    rounds = SyncEngine(b).round()
    for _done, _total, message in rounds:
        if message == "Updating the wiki folder":
            rounds.close()  # the process dies here: history has the revisions, the folder does not
            break
    assert body_of(b, "Vakt") == "en\n" and not b.exists("Ny side")
    report = sync(b)
    assert report.status == "synced" and report.pulled == 0
    assert body_of(b, "Vakt") == "en\nto\n" and body_of(b, "Ny side") == "ny\n"
    assert_converged(a, b)


def test_a_page_that_could_not_be_written_is_written_by_the_next_round(pair: tuple[Wiki, Wiki]) -> None:
    """A storage failure while writing pulled pages keeps the round's mark open, so the next round writes them
    although it pulls nothing new."""
    a, b = pair
    a.create("Side", space="Rom", body="innhold\n")
    a.create("Annen", body="også\n")
    sync(a)
    (b.root / "Rom").write_bytes(b"")  # a file where the space's folder must go: the page cannot be written
    report = sync(b, scan_first=False)
    assert report.pulled == 2 and any("Could not update" in p for p in report.problems)
    assert body_of(b, "Annen") == "også\n" and not (b.root / "Rom" / "Side.md").exists()
    (b.root / "Rom").unlink()
    report = sync(b, scan_first=False)
    assert report.pulled == 0 and report.problems == [] and body_of(b, "Rom/Side") == "innhold\n"
    assert_converged(a, b)
