"""Joining from snapshots: the same pages, history, heads and comments as replaying the whole log."""

from __future__ import annotations

import shutil
from collections.abc import Generator
from pathlib import Path

import pytest

from tests.sync.helpers import assert_converged, files, heads_of, make_client, revision_ids, sync
from wikidesk.core.comments import CommentStore
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.backend import Entry, LocalBackend
from wikidesk.core.sync.check import check
from wikidesk.core.sync.join import JoinReport, join
from wikidesk.core.sync.snapshot import (
    EVERY,
    SNAPSHOT_FORMAT,
    list_snapshots,
    snapshot_path,
    snapshot_records,
    verify_snapshot,
    write_if_due,
)
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.wiki import Wiki

BIG = bytes(range(256)) * 3000  # 768 KB: above the inline limit, stored under objects/


class NoSnapshotsListed(LocalBackend):
    """A share whose listing of snapshots/ lags: it shows none of them yet."""

    def list(self, rel: str) -> list[Entry]:
        return [] if rel == "snapshots" else super().list(rel)


def run_join(share: Path, folder: Path, user: str = "ny") -> tuple[JoinReport, list[tuple[int, int, str]]]:
    gen: Generator = join(str(share), folder, user=user)
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as stop:
            return stop.value, steps


def everything(wiki: Wiki) -> dict[str, object]:
    """What "the same pages, history and heads" means: files, every revision (all fields, its content and the
    segment it came in), heads, and every comment."""
    h = wiki.history
    assert h is not None
    revs = {r.id: (r.to_dict(), h.content(r), origin, seq) for batch in h.published_batches()
            for r, origin, seq in batch}
    with CommentStore.of(wiki) as store:
        comments = {c.id: c.to_dict() for c in store.all_comments()}
        threads = {p: [t.to_dict() for t in store.thread(p)] for p in store.pages_with_comments()}
    return {"files": files(wiki), "revisions": revs, "ids": revision_ids(wiki), "heads": heads_of(wiki),
            "comments": comments, "threads": threads}


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Wiki, Wiki]:
    return make_team(tmp_path)


def make_team(tmp_path: Path) -> tuple[Path, Wiki, Wiki]:
    """Two members with a history: edits, a rename, a deletion, a conflict, a big attachment and comments; a
    snapshot written in the middle, and changes after it."""
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    for i in range(6):
        a.create(f"Side {i}", space="IT", body=f"linje 1\nlinje 2 {i}\nlinje 3\n")
    a.attach(a.find("IT/Side 0"), "stor.bin", BIG)
    sync(a, snapshot_every=0)
    sync(b, snapshot_every=0)
    assert b.history is not None and a.history is not None
    with CommentStore.of(a) as sa:
        first = sa.add(a.history, a.find("IT/Side 1").page_id, "Stemmer dette?", author="a")
    for i in range(3):
        a.write_text(a.find(f"IT/Side {i}"), f"linje 1 a{i}\nlinje 2 {i}\nlinje 3\n")
        b.write_text(b.find(f"IT/Side {i}"), f"linje 1\nlinje 2 {i}\nlinje 3 b{i}\n")  # merges cleanly
        sync(a, snapshot_every=0)
        sync(b, snapshot_every=0)
    a.write_text(a.find("IT/Side 4"), "a sin versjon\n")
    b.write_text(b.find("IT/Side 4"), "b sin versjon\n")  # a conflict: both heads stay
    b.rename(b.find("IT/Side 5"), "Omdøpt")
    b.delete(b.find("IT/Side 3"))
    with CommentStore.of(b) as sb:
        sb.add(b.history, b.find("IT/Side 1").page_id, "Ja.", author="b", parent=first.id)
    sync(a, snapshot_every=0)
    sync(b, snapshot_every=0)
    report = sync(a, snapshot_every=3)
    assert report.snapshot and report.snapshot.startswith("snapshots/")
    # after the snapshot
    a.create("Etter", body="skrevet etter øyeblikksbildet\n")
    with CommentStore.of(a) as sa:
        sa.add(a.history, a.find("IT/Side 2").page_id, "Ny kommentar etter", author="a")
    sync(a, snapshot_every=0)
    sync(b, snapshot_every=0)
    sync(a, snapshot_every=0)
    return share, a, b


def test_joining_from_a_snapshot_equals_replaying_the_log(team: tuple[Path, Wiki, Wiki], tmp_path: Path) -> None:
    share, a, b = team
    fast, steps = run_join(share, tmp_path / "fast")
    assert fast.snapshot == snapshot_path(*list_snapshots(ShareStore(LocalBackend(share)))[0])
    assert fast.status in ("synced", "conflicts") and fast.from_snapshot > 0 and fast.comments_from_snapshot == 2
    assert 0 < fast.pulled < fast.from_snapshot  # only what came after the snapshot was read from the log
    assert [s[0] for s in steps] == sorted(s[0] for s in steps) and steps[-1][:2] == (10, 10)  # progress
    shutil.move(share / "snapshots", tmp_path / "snapshots-away")
    slow, _ = run_join(share, tmp_path / "slow")
    shutil.move(tmp_path / "snapshots-away", share / "snapshots")
    assert slow.snapshot == "" and slow.pulled > fast.pulled
    joined, replayed = open_wiki(tmp_path / "fast"), open_wiki(tmp_path / "slow")
    assert everything(joined) == everything(replayed)
    assert_converged(a, b, joined, replayed)
    with CommentStore.of(a) as sa:
        assert sa.ids() == CommentStore.of(joined).ids()
    assert queries_conflicted(joined) == ["IT/Side 4.md"]
    assert check(joined).ok and check(replayed).ok
    with CommentStore.of(joined) as sj:
        assert sj.unread_pages() == {a.find("IT/Side 2").page_id}  # what came after the snapshot is new


def queries_conflicted(wiki: Wiki) -> list[str]:
    assert wiki.history is not None
    return sorted(wiki.history.heads(p)[0].path for p in wiki.history.pages_in_conflict())


def test_joined_member_works_on_and_others_see_it(team: tuple[Path, Wiki, Wiki], tmp_path: Path) -> None:
    share, a, _b = team
    report, _ = run_join(share, tmp_path / "ny")
    new = open_wiki(tmp_path / "ny")
    new.write_text(new.find("IT/Side 0"), "fra den nye\n")
    assert sync(new).pushed == 1
    sync(a)
    assert a.read("IT/Side 0").body.strip() == "fra den nye" and report.snapshot


def test_two_snapshots_written_at_once_are_both_valid_and_readers_agree(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    for i in range(4):
        a.create(f"A{i}", body="a\n")
        b.create(f"B{i}", body="b\n")
        sync(a, snapshot_every=0)
        sync(b, snapshot_every=0)
    sync(a, snapshot_every=0)
    store = ShareStore(LocalBackend(share))
    store.open()
    listing = store.list_heads()
    written = []
    for w in (a, b):  # both notice it is due, each before it can see the other's snapshot (a lagging listing)
        with SyncState.of(w.meta_dir) as state, CommentStore.of(w) as notes:
            assert w.history is not None
            writer = ShareStore(NoSnapshotsListed(share))
            writer.open()
            written.append(write_if_due(w.history, notes, state, writer, listing, every=2))
    assert all(written) and written[0] != written[1]
    snaps = list_snapshots(store)
    assert len(snaps) == 2 and snaps[0][0] == snaps[1][0]  # same coverage, two writers
    held = [{value[0].id for kind, value in snapshot_records(store, verify_snapshot(
        store, (share / snapshot_path(*s)).read_bytes(), s)) if kind == "r"} for s in snaps]
    assert held[0] == held[1] and len(held[0]) == 8
    first, _ = run_join(share, tmp_path / "j1")
    assert first.snapshot == snapshot_path(*max(snaps))  # the one whose name sorts last, on every reader
    (share / first.snapshot).unlink()
    second, _ = run_join(share, tmp_path / "j2")
    assert second.snapshot == snapshot_path(*min(snaps))
    assert everything(open_wiki(tmp_path / "j1")) == everything(open_wiki(tmp_path / "j2"))


def test_a_damaged_or_newer_snapshot_is_passed_over(team: tuple[Path, Wiki, Wiki], tmp_path: Path) -> None:
    share, a, _b = team
    sync(a, snapshot_every=1)  # a newer one, so there are two
    snaps = list_snapshots(ShareStore(LocalBackend(share)))
    assert len(snaps) == 2
    newest = share / snapshot_path(*snaps[0])
    raw = newest.read_bytes()
    newest.write_bytes(raw[:-10])  # torn
    report, _ = run_join(share, tmp_path / "j1")
    assert report.snapshot == snapshot_path(*snaps[1])
    assert any("damaged snapshot" in p and "checksum" in p for p in report.problems)
    assert any(snapshot_path(*snaps[0]) in p and "damaged" in p for p in check(a).problems)
    newest.write_bytes(raw.replace(f"WIKIDESK-SNAPSHOT {SNAPSHOT_FORMAT} ".encode(), b"WIKIDESK-SNAPSHOT 9 ", 1))
    report, _ = run_join(share, tmp_path / "j2")
    assert report.snapshot == snapshot_path(*snaps[1])
    assert any("snapshot format 9 is newer" in p for p in report.problems)
    assert everything(open_wiki(tmp_path / "j1")) == everything(open_wiki(tmp_path / "j2"))


def test_snapshots_are_due_every_n_segments_and_old_ones_go(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a = make_client(tmp_path, "a", share)
    written = []
    for i in range(12):
        a.create(f"P{i}", body="x\n")
        written.append(sync(a, snapshot_every=3).snapshot)
    assert [bool(w) for w in written] == [False, False, True] * 4
    assert len(list_snapshots(ShareStore(LocalBackend(share)))) == 3  # only the newest three are kept
    assert EVERY > 0


def test_join_refuses_a_folder_in_use_and_a_missing_share(tmp_path: Path) -> None:
    from wikidesk.core.errors import AlreadyExistsError
    from wikidesk.core.sync.errors import ShareOfflineError

    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.md").write_text("x")
    with pytest.raises(AlreadyExistsError):
        run_join(tmp_path / "share", tmp_path / "full")
    with pytest.raises(ShareOfflineError):
        run_join(tmp_path / "no-share", tmp_path / "new")
    assert not (tmp_path / "new").exists()
