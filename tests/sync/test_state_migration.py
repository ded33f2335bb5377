"""Upgrading a wiki whose sync state lived in history's tables (before sync owned its state, issue 18 item 2).

The old layout is built here from the old schema text (``history/db.py`` before the change, copied below):
history's tables and sync's tables in one ``history.sqlite``, sync's counters and marks as keys of history's
``state`` table. The upgraded client must neither read the log again from the start nor lose a segment it had
reserved but not sent.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.sync.helpers import assert_converged, make_client, sync
from wikidesk.core.history.dag import topo_order
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.segment import Segment, encode_segment
from wikidesk.core.sync.state import SCHEMA_VERSION, OwnSegments, SyncState
from wikidesk.core.sync.store import marker_path, segment_path
from wikidesk.core.wiki import Wiki

# history/db.py's SCHEMA before sync owned its state (git show f225c58:wikidesk/core/history/db.py), verbatim
OLD_SCHEMA = """
CREATE TABLE IF NOT EXISTS blobs(hash TEXT PRIMARY KEY, data BLOB NOT NULL, zipped INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS revisions(
  id TEXT PRIMARY KEY, page_id TEXT NOT NULL, kind TEXT NOT NULL, path TEXT NOT NULL, blob TEXT,
  size INTEGER NOT NULL, parents TEXT NOT NULL, author TEXT NOT NULL, time TEXT NOT NULL, clock INTEGER NOT NULL,
  summary TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0, origin TEXT, seq INTEGER,
  added INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS rev_page ON revisions(page_id);
CREATE INDEX IF NOT EXISTS rev_unpublished ON revisions(published) WHERE published = 0;
CREATE INDEX IF NOT EXISTS rev_origin ON revisions(origin, seq);
CREATE TABLE IF NOT EXISTS edges(parent TEXT NOT NULL, child TEXT NOT NULL, PRIMARY KEY(parent, child));
CREATE TABLE IF NOT EXISTS heads(page_id TEXT NOT NULL, rev_id TEXT NOT NULL, PRIMARY KEY(page_id, rev_id));
CREATE TABLE IF NOT EXISTS worktree(
  page_id TEXT PRIMARY KEY, path TEXT NOT NULL, path_key TEXT NOT NULL, rev_id TEXT, etag TEXT,
  mtime_ns INTEGER, size INTEGER);
CREATE INDEX IF NOT EXISTS worktree_path ON worktree(path_key);
CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cursors(client TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pending_segments(
  client TEXT NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(client, seq));
CREATE TABLE IF NOT EXISTS outbox(seq INTEGER PRIMARY KEY, payload BLOB NOT NULL, rev_ids TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rev_blob ON revisions(blob);
CREATE INDEX IF NOT EXISTS rev_added ON revisions(added);
CREATE TABLE IF NOT EXISTS mirror(page_id TEXT PRIMARY KEY, path TEXT NOT NULL, path_key TEXT NOT NULL,
  blob TEXT, rev_id TEXT, size INTEGER, mtime REAL, folder TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS mirror_path ON mirror(path_key);
CREATE INDEX IF NOT EXISTS mirror_folder ON mirror(folder);
CREATE TABLE IF NOT EXISTS replacements(client TEXT NOT NULL, seq INTEGER NOT NULL, out_seq INTEGER,
  PRIMARY KEY(client, seq));
CREATE TABLE IF NOT EXISTS replaced_segments(client TEXT NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY(client, seq));
CREATE TABLE IF NOT EXISTS set_aside(rev_id TEXT PRIMARY KEY, page_id TEXT NOT NULL, path TEXT NOT NULL,
  origin TEXT NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT NULL, seen TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mirror_suspects(path_key TEXT PRIMARY KEY, path TEXT NOT NULL, blob TEXT NOT NULL,
  mtime REAL NOT NULL, rounds INTEGER NOT NULL, first_seen REAL NOT NULL);
"""
HISTORY_TABLES = ("blobs", "revisions", "edges", "heads", "worktree", "state")
SYNC_TABLES = ("cursors", "pending_segments", "outbox", "mirror", "replacements", "replaced_segments", "set_aside",
               "mirror_suspects")


class ReadingBackend(LocalBackend):
    """A local share that remembers every file read."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.reads: list[str] = []

    def read(self, rel: str) -> bytes:
        self.reads.append(rel)
        return super().read(rel)


def write_old_layout(wiki: Wiki, *, outbox: tuple[int, bytes, list[str]] | None = None,
                     pending: tuple[str, int, str, int] | None = None) -> None:
    """Rewrite ``wiki``'s history.sqlite as the old code kept it (the wiki's history must be closed)."""
    path = wiki.meta_dir / "history.sqlite"
    old_path = wiki.meta_dir / "old.sqlite"
    conn = sqlite3.connect(str(old_path), isolation_level=None)
    conn.executescript(OLD_SCHEMA)
    conn.execute("ATTACH DATABASE ? AS cur", (str(path),))
    conn.execute("BEGIN")
    for table in HISTORY_TABLES + SYNC_TABLES:
        conn.execute(f"INSERT INTO main.{table} SELECT * FROM cur.{table}")
    client = conn.execute("SELECT value FROM main.state WHERE key = 'client_id'").fetchone()[0]
    next_seq, pushed, marker, markers = conn.execute(
        "SELECT next_seq, pushed_seq, marker_seq, markers FROM cur.own_segments WHERE client = ?", (client,)
    ).fetchone()
    keys = {"next_seq": str(next_seq), "pushed_seq": str(pushed), "marker_seq": str(marker), "own_markers": markers}
    keys.update(conn.execute("SELECT key, value FROM cur.sync_state WHERE key != 'schema'").fetchall())
    if outbox is not None:  # a push reserved this segment and was killed before writing it
        seq, payload, ids = outbox
        conn.execute("INSERT INTO main.outbox(seq, payload, rev_ids) VALUES(?, ?, ?)",
                     (seq, payload, "[" + ", ".join(f'"{i}"' for i in ids) + "]"))
        keys["next_seq"] = str(seq + 1)
    if pending is not None:
        conn.execute("INSERT INTO main.pending_segments(client, seq, reason, attempts) VALUES(?, ?, ?, ?)", pending)
    conn.executemany("INSERT OR REPLACE INTO main.state(key, value) VALUES(?, ?)", sorted(keys.items()))
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE cur")
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    old_path.rename(path)


def tables(path: Path) -> set[str]:
    with sqlite3.connect(str(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def state_keys(path: Path) -> dict[str, str]:
    with sqlite3.connect(str(path)) as conn:
        return dict(conn.execute("SELECT key, value FROM state").fetchall())


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return tmp_path / "share"


def test_upgrade_keeps_cursors_outbox_and_markers(tmp_path: Path, share: Path) -> None:
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    a.create("Felles", body="fra a\n")
    sync(a)
    b.create("Egen", body="fra b\n")
    sync(b)  # b read a's segment 1, sent its own segment 1 and created its marker
    sync(a)
    a_id, b_id = a.history.client_id, b.history.client_id  # type: ignore[union-attr]
    # b saves a page; its push reserves segment 2 and is killed before writing it: the outbox holds the bytes
    b.create("Uferdig", body="ikke sendt ennå\n")
    history = b.history
    assert history is not None
    unsent = history.unpublished()
    assert [r.path for r in unsent] == ["Uferdig.md"]
    store_id = (share / "wikidesk-store.json").read_text("utf-8").split('"store_id": "')[1].split('"')[0]
    with SyncState.of(b.meta_dir) as state:
        assert state.own(b_id) == OwnSegments(next_seq=2, pushed_seq=1, marker_seq=1, markers=(1,))
        assert state.cursors() == {a_id: 1, b_id: 1}
        mirror_before = state.mirror_row(unsent[0].page_id), state.mirror_at("Egen.md")
    blobs = {r.blob: history.content(r) for r in unsent if r.blob}
    payload = encode_segment(Segment(store_id, b_id, 2, utc_now_iso(), topo_order(unsent), blobs, [], []))
    history.close()
    write_old_layout(b, outbox=(2, payload, [r.id for r in unsent]), pending=("feed00000001", 3, "not visible yet", 4))
    db = b.meta_dir / "history.sqlite"
    assert "sync_state" not in tables(db) and "outbox" in tables(db)
    assert state_keys(db)["next_seq"] == "3" and state_keys(db)["own_markers"] == "1"

    upgraded = open_wiki(b.root)
    assert upgraded.history is not None and upgraded.history.client_id == b_id
    backend = ReadingBackend(share)
    report = sync(upgraded, backend)
    assert report.status == "synced", report.message
    # the cursor was kept: nothing already read is read again
    assert segment_path(a_id, 1) not in backend.reads and report.pulled == 0
    # the outbox was kept: the reserved segment went out byte for byte under its number, then its marker
    assert (share / segment_path(b_id, 2)).read_bytes() == payload and report.pushed == 1
    assert not upgraded.history.unpublished()
    # the own markers were kept: the older marker of ours is gone
    assert sorted(p.name for p in (share / "heads").iterdir()) == sorted(
        [marker_path(a_id, 1).split("/")[1], marker_path(b_id, 2).split("/")[1]])
    # sync's keys left history's state table; sync's rows stayed (the mirror, a pending segment)
    assert not {"next_seq", "pushed_seq", "marker_seq", "own_markers", "round_apply"} & set(state_keys(db))
    with SyncState.of(upgraded.meta_dir) as state:
        assert state.schema_version() == SCHEMA_VERSION
        assert state.own(b_id) == OwnSegments(next_seq=3, pushed_seq=2, marker_seq=2, markers=(2,))
        assert state.mirror_at("Egen.md") == mirror_before[1] and mirror_before[1]
        assert [(c, s) for c, s, _n in state.pending()] == [("feed00000001", 3)]
        assert state.cursors() == {a_id: 1, b_id: 2}

    sync(a)
    assert a.exists("Uferdig")
    sync(upgraded)
    assert_converged(a, upgraded)


def test_a_new_wiki_keeps_no_sync_tables_in_history(tmp_path: Path, share: Path) -> None:
    a = make_client(tmp_path, "a", share)
    db = a.meta_dir / "history.sqlite"
    assert not {"cursors", "outbox", "mirror", "sync_state"} & tables(db)
    sync(a)
    assert {"cursors", "outbox", "mirror", "sync_state", "own_segments"} <= tables(db)
    assert not {"next_seq", "pushed_seq", "marker_seq", "own_markers"} & set(state_keys(db))


def test_a_new_identity_starts_its_segments_at_one(tmp_path: Path) -> None:
    with SyncState(tmp_path / "s.sqlite") as state:
        state.reserve("aaaa", ["r1"], [], lambda seq: b"x%d" % seq)
        state.sent("aaaa", 1)
        assert state.own("aaaa") == OwnSegments(next_seq=2, pushed_seq=1)
        assert state.own("bbbb") == OwnSegments()
        assert state.reserve("bbbb", ["r2"], [], lambda seq: b"y%d" % seq) == (1, b"y1")


def test_state_written_by_a_newer_wikidesk_is_refused(tmp_path: Path) -> None:
    from wikidesk.core.errors import StorageError

    path = tmp_path / "s.sqlite"
    SyncState(path).close()
    with sqlite3.connect(str(path)) as conn:
        conn.execute("UPDATE sync_state SET value = ? WHERE key = 'schema'", (str(SCHEMA_VERSION + 1),))
    with pytest.raises(StorageError, match="newer wikidesk"):
        SyncState(path)
