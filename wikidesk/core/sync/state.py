"""Sync's local state: what this client has read from the share, what it is sending, and what its mirror holds.

:class:`SyncState` owns, declares and migrates these tables (nothing else reads or writes them):

* ``own_segments``: per identity (client id), the next segment number (reserved, never reused), the newest
  segment pushed, the newest heads marker created and the markers of ours that may still exist. Keyed by client
  id, so taking a new identity (history changes its client id) starts the new one at 1 with nothing to undo;
* ``cursors`` (per client: the newest segment read), ``pending_segments`` (not visible yet, damaged, waiting for
  contents), ``outbox`` (a reserved segment's bytes until it is on the share), ``replacements`` (vanished
  segments this client republishes) and ``replaced_segments`` (vanished segments a segment on the share
  carries again), ``set_aside`` (invalid revisions from the share, never applied);
* ``mirror`` and ``mirror_suspects`` (the readable copy under ``pages/``), and small keys in ``sync_state``
  (the round mark, the mirror audit's position and extra folders, the schema version).

The tables live in the same SQLite file as the page history (``.wikidesk/history.sqlite``) but are reached only
through this class's own connection. One file means one write-ahead log: commits of both connections are
ordered, so after any crash (even a power loss, which may drop the newest commits) a sync-state change that
survived implies every history change committed before it survived too. Every operation that touches both
commits history first, then sync state, each in its own transaction (see ``docs/sync-design.md``). No method
here calls history, and callers never hold a transaction of this class, so the two connections never nest
write transactions in one thread (SQLite's single writer would make the inner one wait and fail).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from wikidesk.core.errors import StorageError
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.history.store import DB_NAME
from wikidesk.core.local_db import SharedConnection
from wikidesk.core.names import name_key

SCHEMA_VERSION = 1
# Version 1 is the layout history.sqlite already had (sync's tables were declared by history.db, same names and
# columns), plus ``sync_state`` and ``own_segments``; the sync keys of history's ``state`` table move there.
SCHEMA = """
CREATE TABLE IF NOT EXISTS sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS own_segments(client TEXT PRIMARY KEY, next_seq INTEGER NOT NULL DEFAULT 1,
  pushed_seq INTEGER NOT NULL DEFAULT 0, marker_seq INTEGER NOT NULL DEFAULT 0, markers TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS cursors(client TEXT PRIMARY KEY, seq INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pending_segments(
  client TEXT NOT NULL, seq INTEGER NOT NULL, reason TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(client, seq));
CREATE TABLE IF NOT EXISTS outbox(seq INTEGER PRIMARY KEY, payload BLOB NOT NULL, rev_ids TEXT NOT NULL);
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
CREATE TABLE IF NOT EXISTS mirror_owed(page_id TEXT PRIMARY KEY);
"""
# Added to schema 1 without a new version (an older wikidesk leaves the table alone and still opens the file): the
# pages this client pushed whose mirror files it has not written yet.
ADDED_TABLES = ("mirror_owed",)
# Keys sync kept in history's ``state`` table before it owned its state (schema 0): per identity ...
LEGACY_OWN_KEYS = ("next_seq", "pushed_seq", "marker_seq", "own_markers")
# ... and for the wiki
LEGACY_KEYS = ("round_apply", "mirror_audit_pos", "mirror_extra_dirs")

ROUND_MARK = "round_apply"


@dataclass(frozen=True)
class OwnSegments:
    """This identity's segment numbers: next to reserve, newest pushed, newest marker, markers maybe left."""

    next_seq: int = 1
    pushed_seq: int = 0
    marker_seq: int = 0
    markers: tuple[int, ...] = ()


@dataclass(frozen=True)
class MirrorRow:
    """What sync believes the mirror file of one page holds (``rev_id``: the revision last seen there)."""

    page_id: str
    path: str
    blob: str | None
    rev_id: str | None
    size: int | None
    mtime: float | None


@dataclass(frozen=True)
class Suspect:
    """A mirror file with bytes history does not know (a person's edit, or a version not pulled yet)."""

    path_key: str
    path: str
    blob: str
    mtime: float
    rounds: int
    first_seen: float


@dataclass(frozen=True)
class SetAside:
    """A revision from the share refused as invalid (never added to history)."""

    rev_id: str
    page_id: str
    path: str
    sentence: str


_MIRROR_COLUMNS = "page_id, path, blob, rev_id, size, mtime"


class SyncState(SharedConnection):
    """Sync's tables, through a connection of their own (open one per round; close it, or use ``with``)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self._conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        except sqlite3.Error as exc:
            raise StorageError(f"Sync's local state in {path} could not be opened: {exc}.") from exc
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def of(cls, meta_dir: Path) -> SyncState:
        """The sync state of the wiki whose metadata folder is ``meta_dir``."""
        return cls(Path(meta_dir) / DB_NAME)

    def __enter__(self) -> SyncState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    _write = SharedConnection.transaction  # one write transaction of this connection; never call history inside
    _query = SharedConnection.query

    # ----- schema ---------------------------------------------------------------------------------------------
    def _migrate(self) -> None:
        try:
            if self.schema_version() == SCHEMA_VERSION and self._has_tables(ADDED_TABLES):
                return  # the usual case: opening takes no write lock
        except sqlite3.OperationalError:
            pass  # no sync_state table yet
        with self._write() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS sync_state(key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            row = conn.execute("SELECT value FROM sync_state WHERE key = 'schema'").fetchone()
            version = int(row[0]) if row else 0
            if version > SCHEMA_VERSION:
                raise StorageError(f"Sync's local state in {self.path} was written by a newer wikidesk (schema "
                                   f"{version}); update wikidesk to sync this wiki.")
            for statement in SCHEMA.strip().split(";"):
                if statement.strip():
                    conn.execute(statement)
            if version < 1:
                self._take_over_legacy_keys(conn)
            conn.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES('schema', ?)", (str(SCHEMA_VERSION),))

    @staticmethod
    def _take_over_legacy_keys(conn: sqlite3.Connection) -> None:
        """Schema 0 to 1, in the migration's transaction: sync's keys in history's ``state`` table move here.

        Sync's tables themselves already have their version-1 names and columns (history.sqlite held them), so
        their rows (cursors, pending segments, outbox, mirror, ...) stay where they are. The only time sync reads
        or writes history's ``state`` table; the counters belong to the client id of that time.
        """
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'state'").fetchone():
            return
        keys = (*LEGACY_OWN_KEYS, *LEGACY_KEYS)
        marks = ", ".join("?" * len(keys))
        legacy = dict(conn.execute(f"SELECT key, value FROM state WHERE key IN ({marks})", keys).fetchall())
        client = conn.execute("SELECT value FROM state WHERE key = 'client_id'").fetchone()
        if client and any(legacy.get(k) for k in LEGACY_OWN_KEYS):
            conn.execute("INSERT OR IGNORE INTO own_segments(client, next_seq, pushed_seq, marker_seq, markers) "
                         "VALUES(?, ?, ?, ?, ?)",
                         (client[0], int(legacy.get("next_seq") or 1), int(legacy.get("pushed_seq") or 0),
                          int(legacy.get("marker_seq") or 0), legacy.get("own_markers") or ""))
        for key in LEGACY_KEYS:
            if key in legacy:
                conn.execute("INSERT OR IGNORE INTO sync_state(key, value) VALUES(?, ?)", (key, legacy[key]))
        conn.execute(f"DELETE FROM state WHERE key IN ({marks})", keys)

    def _has_tables(self, names: Iterable[str]) -> bool:
        marks = ", ".join("?" for _ in names)
        found = self._query(f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ({marks})",
                            tuple(names))
        return found[0][0] == len(tuple(names))

    def schema_version(self) -> int:
        rows = self._query("SELECT value FROM sync_state WHERE key = 'schema'")
        return int(rows[0][0]) if rows else 0

    # ----- small keys -----------------------------------------------------------------------------------------
    def _get(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM sync_state WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def _set(self, key: str, value: str) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES(?, ?)", (key, value))

    def round_interrupted(self) -> bool:
        """True if a round opened its mark (before pulling) and never closed it (after writing pulled pages)."""
        return self._get(ROUND_MARK) == "open"

    def open_round(self) -> None:
        self._set(ROUND_MARK, "open")

    def close_round(self) -> None:
        self._set(ROUND_MARK, "done")

    # ----- this identity's segments ---------------------------------------------------------------------------
    def own(self, client: str) -> OwnSegments:
        rows = self._query("SELECT next_seq, pushed_seq, marker_seq, markers FROM own_segments WHERE client = ?",
                           (client,))
        if not rows:
            return OwnSegments()
        next_seq, pushed, marker, markers = rows[0]
        return OwnSegments(next_seq, pushed, marker, tuple(int(x) for x in markers.split(",") if x))

    def _update_own(self, conn: sqlite3.Connection, client: str, **values: object) -> None:
        conn.execute("INSERT OR IGNORE INTO own_segments(client) VALUES(?)", (client,))
        sets = ", ".join(f"{k} = ?" for k in values)
        conn.execute(f"UPDATE own_segments SET {sets} WHERE client = ?", (*values.values(), client))

    def set_markers(self, client: str, *, marker_seq: int | None = None, markers: Iterable[int]) -> None:
        """Remember the newest marker created (if given) and the markers of ours that may still exist."""
        values: dict[str, object] = {"markers": ",".join(str(s) for s in sorted(set(markers)))}
        if marker_seq is not None:
            values["marker_seq"] = marker_seq
        with self._write() as conn:
            self._update_own(conn, client, **values)

    # ----- the outbox -----------------------------------------------------------------------------------------
    def outbox(self) -> tuple[int, bytes, list[str]] | None:
        """The oldest reserved segment not known to be on the share: (seq, bytes, revision ids)."""
        rows = self._query("SELECT seq, payload, rev_ids FROM outbox ORDER BY seq LIMIT 1")
        if not rows:
            return None
        return rows[0][0], bytes(rows[0][1]), json.loads(rows[0][2])

    def unsent_replacements(self) -> list[tuple[str, int]]:
        """Vanished segments this client republishes and no reserved segment names yet."""
        return [(c, s) for c, s in self._query("SELECT client, seq FROM replacements WHERE out_seq IS NULL "
                                               "ORDER BY client, seq")]

    def reserve(self, client: str, rev_ids: list[str], replaces: list[tuple[str, int]],
                encode: Callable[[int], bytes]) -> tuple[int, bytes]:
        """Reserve the next segment number and save the segment's bytes (``encode(seq)``, which must not touch
        history) in the outbox, in one transaction: a retry after a crash sends identical bytes, and the number
        is never used again even if this push fails."""
        with self._write() as conn:
            seq = self.own(client).next_seq
            payload = encode(seq)
            conn.executemany("UPDATE replacements SET out_seq = ? WHERE client = ? AND seq = ?",
                             [(seq, c, n) for c, n in replaces])
            conn.execute("INSERT INTO outbox(seq, payload, rev_ids) VALUES(?, ?, ?)",
                         (seq, payload, json.dumps(rev_ids)))
            self._update_own(conn, client, next_seq=seq + 1)
        return seq, payload

    def sent(self, client: str, seq: int) -> None:
        """Segment ``seq`` is on the share (history has marked its revisions published): drop it from the outbox,
        note the vanished segments it carries again, and move our own cursor."""
        with self._write() as conn:
            conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
            conn.execute("INSERT OR IGNORE INTO replaced_segments(client, seq) "
                         "SELECT client, seq FROM replacements WHERE out_seq = ?", (seq,))
            conn.execute("DELETE FROM replacements WHERE out_seq = ?", (seq,))
            conn.execute("INSERT OR REPLACE INTO cursors(client, seq) VALUES(?, ?)", (client, seq))
            self._update_own(conn, client, pushed_seq=seq)

    def forget_outbox(self) -> None:
        """Before this client takes a new identity: nothing reserved under the old one may be sent under the
        new one (its bytes name the old client); its revisions are still unpublished and go out again."""
        with self._write() as conn:
            conn.execute("DELETE FROM outbox")
            conn.execute("UPDATE replacements SET out_seq = NULL")

    # ----- reading others' segments ---------------------------------------------------------------------------
    def cursors(self) -> dict[str, int]:
        return dict(self._query("SELECT client, seq FROM cursors"))

    def set_cursor(self, client: str, seq: int) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO cursors(client, seq) VALUES(?, ?)", (client, seq))

    def pending(self) -> list[tuple[str, int, int]]:
        """Segments to retry: (client, seq, failed attempts)."""
        return [(c, s, n) for c, s, n in
                self._query("SELECT client, seq, attempts FROM pending_segments ORDER BY client, seq")]

    def is_pending(self, client: str, seq: int) -> bool:
        return bool(self._query("SELECT 1 FROM pending_segments WHERE client = ? AND seq = ?", (client, seq)))

    def mark_pending(self, client: str, seq: int, reason: str) -> None:
        with self._write() as conn:
            row = conn.execute("SELECT attempts FROM pending_segments WHERE client = ? AND seq = ?",
                               (client, seq)).fetchone()
            attempts = (row[0] + 1) if row else 0
            conn.execute("INSERT OR REPLACE INTO pending_segments(client, seq, reason, attempts) "
                         "VALUES(?, ?, ?, ?)", (client, seq, reason, attempts))

    def skip_pending(self, client: str, seq: int, attempts: int) -> None:
        """A pending segment not retried this round still counts the round."""
        with self._write() as conn:
            conn.execute("UPDATE pending_segments SET attempts = ? WHERE client = ? AND seq = ?",
                         (attempts + 1, client, seq))

    def drop_pending(self, client: str, seq: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", (client, seq))

    def is_replaced(self, client: str, seq: int) -> bool:
        """True if a segment on the share (or one we send) carries again everything this vanished one held."""
        args = (client, seq)
        return bool(self._query("SELECT 1 FROM replaced_segments WHERE client = ? AND seq = ?", args)
                    or self._query("SELECT 1 FROM replacements WHERE client = ? AND seq = ?", args))

    def taken_in(self, client: str, seq: int, *, set_aside: Iterable[SetAside] = (),
                 replaces: Iterable[tuple[str, int]] = ()) -> list[str]:
        """Segment ``seq`` of ``client`` is in history (its valid revisions): no longer pending; its invalid
        revisions are set aside and the vanished segments it carries again are noted, in one transaction.
        Returns the sentences of revisions set aside now for the first time."""
        new: list[str] = []
        with self._write() as conn:
            for item in set_aside:
                if conn.execute("INSERT OR IGNORE INTO set_aside(rev_id, page_id, path, origin, seq, reason, seen) "
                                "VALUES(?, ?, ?, ?, ?, ?, ?)", (item.rev_id, item.page_id, item.path, client, seq,
                                                                item.sentence, utc_now_iso())).rowcount:
                    new.append(item.sentence)
            conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", (client, seq))
            for gone in replaces:
                conn.execute("INSERT OR IGNORE INTO replaced_segments(client, seq) VALUES(?, ?)", tuple(gone))
                conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", tuple(gone))
        return new

    def set_aside_problems(self) -> list[str]:
        """Every revision from the share this client set aside, one sentence each."""
        return [r[0] for r in self._query("SELECT reason FROM set_aside ORDER BY origin, seq, rev_id")]

    def rolled_back(self, client: str, top: int, cursor: int, *, mine: bool) -> None:
        """``client``'s segments after ``top`` vanished (history has unpublished what we hold of them): those we
        read whole are republished and named as replaced; we stop waiting for the others."""
        with self._write() as conn:
            not_held = {s for (s,) in conn.execute("SELECT seq FROM pending_segments WHERE client = ?", (client,))}
            conn.executemany("INSERT OR IGNORE INTO replacements(client, seq) VALUES(?, ?)",
                             [(client, s) for s in range(top + 1, cursor + 1) if s not in not_held])
            conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq > ?", (client, top))
            if not mine:
                conn.execute("UPDATE cursors SET seq = ? WHERE client = ?", (top, client))

    def read_whole(self, client: str, seq: int) -> bool:
        """True if this client read segment ``seq`` of ``client`` whole (so it can say it republishes it)."""
        return seq <= self.cursors().get(client, 0) and not self.is_pending(client, seq)

    def republishing(self, client: str, seq: int) -> None:
        """The next segment we send carries again what segment ``seq`` of ``client`` held."""
        with self._write() as conn:
            conn.execute("INSERT OR IGNORE INTO replacements(client, seq) VALUES(?, ?)", (client, seq))

    # ----- snapshots --------------------------------------------------------------------------------------
    def replaced(self) -> list[tuple[str, int]]:
        """Vanished segments a segment on the share carries again."""
        return [(c, s) for c, s in self._query("SELECT client, seq FROM replaced_segments ORDER BY client, seq")]

    def snapshot_coverage(self) -> int:
        """The coverage (segments it summarises) of the newest snapshot this client knows of on the share."""
        return int(self._get("snapshot_coverage") or 0)

    def set_snapshot_coverage(self, coverage: int) -> None:
        self._set("snapshot_coverage", str(coverage))

    def joined_from_snapshot(self, cursors: dict[str, int], pending: Iterable[tuple[str, int]],
                             replaced: Iterable[tuple[str, int]], coverage: int) -> None:
        """History holds a snapshot's revisions (and comments): read on from its cursors, retry the segments it
        lacked, never wait for the vanished ones it names, and write every page in the next round (the round
        mark is left open, so the round applies every page that lags behind history). One transaction."""
        with self._write() as conn:
            for client, seq in cursors.items():
                row = conn.execute("SELECT seq FROM cursors WHERE client = ?", (client,)).fetchone()
                if row is None or row[0] < seq:
                    conn.execute("INSERT OR REPLACE INTO cursors(client, seq) VALUES(?, ?)", (client, seq))
            for client, seq in pending:
                conn.execute("INSERT OR IGNORE INTO pending_segments(client, seq, reason, attempts) "
                             "VALUES(?, ?, 'not in the snapshot', 0)", (client, seq))
            conn.executemany("INSERT OR IGNORE INTO replaced_segments(client, seq) VALUES(?, ?)", list(replaced))
            conn.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES(?, ?)", (ROUND_MARK, "open"))
            conn.execute("INSERT OR REPLACE INTO sync_state(key, value) VALUES('snapshot_coverage', ?)",
                         (str(coverage),))

    # ----- the readable mirror --------------------------------------------------------------------------------
    def mirror_row(self, page_id: str) -> MirrorRow | None:
        rows = self._query(f"SELECT {_MIRROR_COLUMNS} FROM mirror WHERE page_id = ?", (page_id,))
        return MirrorRow(*rows[0]) if rows else None

    def mirror_rows_in(self, folder: str) -> list[MirrorRow]:
        return [MirrorRow(*r) for r in self._query(f"SELECT {_MIRROR_COLUMNS} FROM mirror WHERE folder = ?",
                                                   (folder,))]

    def mirror_at(self, path: str) -> list[MirrorRow]:
        """The pages whose mirror file has this name (ignoring case and Unicode form)."""
        return [MirrorRow(*r) for r in self._query(f"SELECT {_MIRROR_COLUMNS} FROM mirror WHERE path_key = ?",
                                                   (name_key(path),))]

    def set_mirror(self, page_id: str, path: str, blob: str | None, rev_id: str | None, *, size: int | None,
                   mtime: float | None) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO mirror(page_id, path, path_key, blob, rev_id, size, mtime, folder) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?, ?)",
                         (page_id, path, name_key(path), blob, rev_id, size, mtime, path.rpartition("/")[0]))

    def set_mirrors(self, rows: Iterable[MirrorRow], *, written: bool = False) -> None:
        """Several :meth:`set_mirror` in one transaction (seeding a big wiki); ``written``: their files were just
        written, and are no longer owed."""
        with self._write() as conn:
            for r in rows:
                self.set_mirror(r.page_id, r.path, r.blob, r.rev_id, size=r.size, mtime=r.mtime)
                if written:
                    conn.execute("DELETE FROM mirror_owed WHERE page_id = ?", (r.page_id,))

    def owe_mirror(self, page_ids: Iterable[str]) -> None:
        """Before a push: the mirror files of these pages are to be written by this client (kept until written,
        so a round cut short between the push and the mirror leaves the next round the list)."""
        with self._write() as conn:
            conn.executemany("INSERT OR IGNORE INTO mirror_owed(page_id) VALUES(?)", [(p,) for p in page_ids])

    def mirror_owed(self) -> set[str]:
        return {p for (p,) in self._query("SELECT page_id FROM mirror_owed")}

    def mirror_paid(self, page_ids: Iterable[str]) -> None:
        """The mirror has been brought up to date for these pages (written, or nothing to write)."""
        with self._write() as conn:
            conn.executemany("DELETE FROM mirror_owed WHERE page_id = ?", [(p,) for p in page_ids])

    def drop_mirror(self, page_id: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM mirror WHERE page_id = ?", (page_id,))

    def mirror_folders(self) -> set[str]:
        return {f for (f,) in self._query("SELECT DISTINCT folder FROM mirror")}

    def mirror_extra_dirs(self) -> set[str]:
        """Mirror folders found by listing (folders no mirror row names)."""
        return set(json.loads(self._get("mirror_extra_dirs") or "[]"))

    def set_mirror_extra_dirs(self, folders: Iterable[str]) -> None:
        self._set("mirror_extra_dirs", json.dumps(sorted(folders)))

    def audit_position(self) -> int:
        return int(self._get("mirror_audit_pos") or 0)

    def set_audit_position(self, pos: int) -> None:
        self._set("mirror_audit_pos", str(pos))

    def suspects(self) -> list[Suspect]:
        return [Suspect(*r) for r in self._query(
            "SELECT path_key, path, blob, mtime, rounds, first_seen FROM mirror_suspects")]

    def suspect(self, path: str, digest: str, mtime: float, *, now: float | None = None) -> None:
        """Note unknown bytes in a mirror file (the same bytes already noted keep their first sighting)."""
        with self._write() as conn:
            row = conn.execute("SELECT blob FROM mirror_suspects WHERE path_key = ?", (name_key(path),)).fetchone()
            if row and row[0] == digest:
                return
            conn.execute("INSERT OR REPLACE INTO mirror_suspects(path_key, path, blob, mtime, rounds, first_seen) "
                         "VALUES(?, ?, ?, ?, 0, ?)",
                         (name_key(path), path, digest, mtime, time.time() if now is None else now))

    def suspect_seen_again(self, path_key: str) -> None:
        with self._write() as conn:
            conn.execute("UPDATE mirror_suspects SET rounds = rounds + 1 WHERE path_key = ?", (path_key,))

    def forget_suspect(self, path_key: str) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM mirror_suspects WHERE path_key = ?", (path_key,))
