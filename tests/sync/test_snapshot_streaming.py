"""Snapshots written and read a piece at a time (format 2: a head and parts): the same history as replaying the log,
history asked a batch at a time, a killed writer leaves nothing a reader takes, a damaged part leaves history as it
was, and a format-1 snapshot of an older wikidesk still joins."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest

from tests.sync.helpers import make_client, sync
from tests.sync.multiclient import REPO
from tests.sync.snapshot_format1 import write_format1_snapshot
from tests.sync.test_snapshots import everything, make_team, run_join
from wikidesk.core.comments import CommentStore
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.sync import snapshot, snapshot_format
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.check import check
from wikidesk.core.sync.snapshot import (
    bootstrap,
    list_snapshots,
    snapshot_path,
    snapshot_records,
    verify_snapshot,
    write_if_due,
)
from wikidesk.core.sync.snapshot_format import PART_NAME, PartWriter, part_records
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.wiki import Wiki

LOGO = b"\x89PNG same bytes on several pages" * 40


def open_store(share: Path) -> ShareStore:
    store = ShareStore(LocalBackend(share))
    store.open()
    return store


def parts_on(share: Path) -> set[str]:
    return {p.name for p in (share / "snapshots").iterdir() if PART_NAME.fullmatch(p.name)}


def named_parts(share: Path) -> set[str]:
    store = open_store(share)
    return {name for s in list_snapshots(store)
            for name, _sha, _len in verify_snapshot(store, (share / snapshot_path(*s)).read_bytes(), s).parts}


def write_now(wiki: Wiki, share: Path) -> str | None:
    """``wiki`` writes a snapshot now if anything was added since its last one."""
    store = open_store(share)
    assert wiki.history is not None
    with SyncState.of(wiki.meta_dir) as state, CommentStore.of(wiki) as notes:
        return write_if_due(wiki.history, notes, state, store, store.list_heads(), every=1)


def replayed(share: Path, tmp_path: Path) -> dict[str, object]:
    """Everything a member holds who joined by replaying the whole log (no snapshot)."""
    shutil.move(share / "snapshots", tmp_path / "snapshots-away")
    report, _ = run_join(share, tmp_path / "replayed")
    shutil.move(tmp_path / "snapshots-away", share / "snapshots")
    assert report.snapshot == ""
    return everything(open_wiki(tmp_path / "replayed"))


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Wiki, Wiki]:
    share, a, b = make_team(tmp_path)
    for i in (0, 1, 2, 4):  # the same content on several pages: a part carries it once, each part that needs it
        b.attach(b.find(f"IT/Side {i}"), "logo.png", LOGO)
    sync(b, snapshot_every=0)
    sync(a, snapshot_every=0)
    return share, a, b


def test_parts_are_cut_at_their_compressed_size_and_read_back_record_by_record(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot_format, "PART_BYTES", 64 * 1024)
    stored: list[bytes] = []
    writer = PartWriter(lambda data: stored.append(data) or f"part {len(stored)}")
    rng = random.Random(7)
    written = []
    for i in range(40):  # 400 KB that do not compress
        data = rng.randbytes(10_000)
        rev = Revision(f"p{i}", "page", f"P{i}.md", blob_hash(data), len(data), (), "a", "2026-01-01T00:00:00Z",
                       i + 1, "")
        writer.revision(rev, "c0ffee", 1)
        writer.content(rev.blob or "", data)
        written += [("r", (rev, "c0ffee", 1)), ("b", (rev.blob, data))]
    parts = writer.close()
    assert len(parts) >= 5 and [name for name, _sha, _len in parts] == [f"part {n}" for n in range(1, len(parts) + 1)]
    assert all(length <= 64 * 1024 + 64 * 1024 for _name, _sha, length in parts)  # zlib holds back a block at most
    read = [record for (_name, sha, length), data in zip(parts, stored, strict=True)
            for record in part_records(data, sha, length)]
    assert read == written
    with pytest.raises(snapshot_format.DamagedFileError, match="checksum"):
        list(part_records(stored[0][:-1], parts[0][1], parts[0][2]))


def test_a_snapshot_in_many_parts_equals_replaying_the_log(team: tuple[Path, Wiki, Wiki], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    share, a, _b = team
    monkeypatch.setattr(PartWriter, "full", lambda self: self.in_part >= 2)  # a part every two revisions
    monkeypatch.setattr(snapshot, "BATCH", 4)
    rel = write_now(a, share)
    assert rel is not None and list_snapshots(open_store(share))[0] == snapshot.parse_snapshot_name(rel[10:])
    parts = named_parts(share)
    assert len(parts) > 10 and parts <= parts_on(share)
    joined, _ = run_join(share, tmp_path / "joined")
    assert joined.snapshot == rel and joined.pulled == 0  # nothing after it: the snapshot holds everything
    assert everything(open_wiki(tmp_path / "joined")) == replayed(share, tmp_path)
    assert check(open_wiki(tmp_path / "joined")).ok and check(a).ok


def test_the_writer_asks_history_a_batch_at_a_time(team: tuple[Path, Wiki, Wiki],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    share, a, _b = team
    history = a.history
    assert history is not None
    published = sum(len(b) for b in history.published_batches())
    monkeypatch.setattr(snapshot, "BATCH", 5)
    revisions, contents = [], []
    real_after, real_blobs = history.db.published_after, history.db.get_blobs

    def published_after(after: tuple[str, int, str] | None, limit: int) -> list:
        rows = real_after(after, limit)
        revisions.append(len(rows))
        return rows

    def get_blobs(digests: list[str]) -> dict[str, bytes]:
        found = real_blobs(digests)
        contents.append(len(found))
        return found

    monkeypatch.setattr(history.db, "published_after", published_after)
    monkeypatch.setattr(history.db, "get_blobs", get_blobs)
    assert write_now(a, share)
    assert max(revisions) == 5 and sum(revisions) == published  # every revision asked for once, 5 at a time
    assert len(revisions) >= published // 5 and max(contents) <= 5 and sum(contents) > 0


def test_the_reader_hands_history_a_batch_at_a_time(team: tuple[Path, Wiki, Wiki], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    share, a, _b = team
    monkeypatch.setattr(PartWriter, "full", lambda self: self.in_part >= 5)
    assert write_now(a, share)
    monkeypatch.setattr(snapshot, "BATCH", 3)
    wiki = init_wiki(tmp_path / "new", user="ny")
    history = wiki.history
    assert history is not None
    sizes: list[int] = []
    real_import = history.db.import_batches

    def import_batches(batches: Iterable[tuple[list, list]]) -> tuple[int, int]:
        def counted() -> Iterable[tuple[list, list]]:
            for items, contents in batches:
                sizes.append(len(items))
                yield items, contents
        return real_import(counted())

    monkeypatch.setattr(history.db, "import_batches", import_batches)
    with SyncState.of(wiki.meta_dir) as state, CommentStore.of(wiki) as notes:
        boot = bootstrap(history, notes, state, open_store(share))
    published = sum(len(b) for b in a.history.published_batches())  # type: ignore[union-attr]
    assert boot.revisions == published == len(history.revision_ids()) and boot.comments == 3
    assert max(sizes) == 3 and len(sizes) >= published // 3


KILL_WRITER = """
import os, signal, sys
from wikidesk.core.comments import CommentStore
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync import snapshot_format
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.snapshot import write_if_due
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore

wiki, share, where = open_wiki(sys.argv[1]), sys.argv[2], sys.argv[3]
snapshot_format.PartWriter.full = lambda self: self.in_part >= 2
real_create, real_write = ShareStore.create_new, LocalBackend.write_new
parts = []

def create_new(self, rel, data):
    if rel.endswith(".part"):
        parts.append(rel)
    if (where == "part" and len(parts) == 3) or (where == "head" and rel.endswith(".snap")):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_create(self, rel, data)

def write_new(self, rel, data):  # "torn": dies half-way through writing the third part's temp file
    if where == "torn" and len(parts) == 3:
        with open(self._path(rel), "xb") as handle:
            handle.write(data[: len(data) // 2])
        os.kill(os.getpid(), signal.SIGKILL)
    return real_write(self, rel, data)

ShareStore.create_new, LocalBackend.write_new = create_new, write_new
store = ShareStore(LocalBackend(share))
store.open()
with SyncState.of(wiki.meta_dir) as state, CommentStore.of(wiki) as notes:
    write_if_due(wiki.history, notes, state, store, store.list_heads(), every=1)
"""


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
@pytest.mark.parametrize("where", ["part", "torn", "head"])
def test_a_killed_writer_leaves_nothing_a_reader_takes_as_a_snapshot(team: tuple[Path, Wiki, Wiki], tmp_path: Path,
                                                                     where: str) -> None:
    share, a, b = team
    before = list_snapshots(open_store(share))
    assert a.history is not None
    a.history.close()
    died = subprocess.run([sys.executable, "-c", KILL_WRITER, str(a.root), str(share), where],
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True, timeout=120)
    assert died.returncode == -signal.SIGKILL, died.stderr
    left = parts_on(share) - named_parts(share)
    assert len(left) >= 2  # the killed writer's parts (and, "torn", its temp file) stay behind...
    assert list_snapshots(open_store(share)) == before  # ...but no snapshot names them
    joined, _ = run_join(share, tmp_path / "joined")
    assert joined.snapshot == snapshot_path(*before[0]) and joined.problems == []
    assert everything(open_wiki(tmp_path / "joined")) == replayed(share, tmp_path)

    a = open_wiki(a.root)
    for i in range(4):  # later snapshots (by a and by b): the killed writer's parts go when older than all kept
        (a if i % 2 else b).create(f"Senere {i}", body=f"{i}\n")
        sync(a if i % 2 else b, snapshot_every=1)
    sync(b, snapshot_every=1)
    assert len(list_snapshots(open_store(share))) == snapshot.KEEP
    assert parts_on(share) == named_parts(share)


def test_a_damaged_part_leaves_history_as_it_was_and_an_older_snapshot_is_taken(
        team: tuple[Path, Wiki, Wiki], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share, a, _b = team
    older = list_snapshots(open_store(share))[0]
    monkeypatch.setattr(PartWriter, "full", lambda self: self.in_part >= 3)
    assert write_now(a, share)
    store = open_store(share)
    newest = list_snapshots(store)[0]
    head = verify_snapshot(store, (share / snapshot_path(*newest)).read_bytes(), newest)
    last = share / "snapshots" / head.parts[-1][0]
    raw = last.read_bytes()
    last.write_bytes(raw[:-40] + bytes(b ^ 1 for b in raw[-40:-20]) + raw[-20:])
    wiki = init_wiki(tmp_path / "new", user="ny")
    assert wiki.history is not None
    with SyncState.of(wiki.meta_dir) as state, CommentStore.of(wiki) as notes:
        boot = bootstrap(wiki.history, notes, state, store)
    assert boot.snapshot == snapshot_path(*older)
    assert len(boot.skipped) == 1 and "checksum" in boot.skipped[0] and snapshot_path(*newest) in boot.skipped[0]
    older_revisions = {value[0].id for kind, value in snapshot_records(store, verify_snapshot(
        store, (share / snapshot_path(*older)).read_bytes(), older)) if kind == "r"}
    assert set(wiki.history.revision_ids()) == older_revisions  # nothing of the newer one's first parts
    assert any(snapshot_path(*newest) in p and "checksum" in p for p in check(a).problems)
    last.unlink()
    joined, _ = run_join(share, tmp_path / "joined")
    assert joined.snapshot == snapshot_path(*older)
    assert any("is not on the shared folder" in p for p in joined.problems)
    assert everything(open_wiki(tmp_path / "joined")) == replayed(share, tmp_path)


def test_a_format_1_snapshot_of_an_older_wikidesk_still_joins(team: tuple[Path, Wiki, Wiki], tmp_path: Path) -> None:
    share, a, _b = team
    rel = write_format1_snapshot(a, open_store(share))
    assert list_snapshots(open_store(share))[0] == snapshot.parse_snapshot_name(rel[10:])
    joined, _ = run_join(share, tmp_path / "joined")
    assert joined.snapshot == rel and joined.pulled == 0 and joined.comments_from_snapshot == 3
    assert everything(open_wiki(tmp_path / "joined")) == replayed(share, tmp_path)
    assert check(open_wiki(tmp_path / "joined")).ok and check(a).ok  # check reads format 1 too
    a.create("Etter format 1", body="ny\n")
    written = sync(a, snapshot_every=1).snapshot  # the next one is format 2, beside it
    assert written and (share / written).read_bytes().startswith(b"WIKIDESK-SNAPSHOT 2 ")
    assert {snapshot_path(*s) for s in list_snapshots(open_store(share))} >= {rel, written}


def test_two_writers_at_once_keep_each_others_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    for i in range(5):
        a.create(f"A{i}", body="a\n" * i)
        sync(a, snapshot_every=0)
        sync(b, snapshot_every=0)
    monkeypatch.setattr(PartWriter, "full", lambda self: self.in_part >= 2)
    first = write_now(a, share)
    assert first
    shutil.move(share / first, tmp_path / "in-flight")  # b lists while a has written its parts, not its head
    assert write_now(b, share)
    shutil.move(tmp_path / "in-flight", share / first)
    snaps = list_snapshots(open_store(share))
    assert len(snaps) == 2 and snaps[0][0] == snaps[1][0]
    assert parts_on(share) == named_parts(share)
    first, _ = run_join(share, tmp_path / "j1")
    (share / first.snapshot).unlink()
    second, _ = run_join(share, tmp_path / "j2")
    assert first.snapshot != second.snapshot
    assert everything(open_wiki(tmp_path / "j1")) == everything(open_wiki(tmp_path / "j2"))


def test_history_hands_out_contents_a_few_at_a_time_and_big_ones_unread(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    history = init_wiki(tmp_path / "w", user="u").history
    assert history is not None
    rng = random.Random(3)
    small = [rng.randbytes(3000) for _ in range(9)]  # do not compress: 3,000 bytes stored each
    big = rng.randbytes(snapshot_format.INLINE_LIMIT + 1)
    revs = [history.record(page_id=f"p{i}", path=f"P{i}.md", data=data, author="u", summary="")
            for i, data in enumerate([*small, big])]
    digests = [r.blob for r in revs if r is not None and r.blob]
    asked: list[list[str]] = []
    real = history.db.get_blobs

    def get_blobs(wanted: list[str]) -> dict[str, bytes]:
        asked.append(list(wanted))
        return real(wanted)

    monkeypatch.setattr(history.db, "get_blobs", get_blobs)
    absent = "0" * 64
    out = list(history.contents_of([digests[0], absent, *digests, digests[3]], larger=snapshot_format.INLINE_LIMIT,
                                   budget=7000))
    assert out == [*zip(digests[:9], small, strict=True), (digests[9], None)]  # in order, once, absent left out
    assert [len(group) for group in asked] == [2, 2, 2, 2, 1]  # 7,000 stored bytes at most a query
    assert all(digests[9] not in group for group in asked)  # the big one is never read
