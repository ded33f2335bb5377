"""The local history database: one SQLite file in ``<wiki>/.wikidesk/`` (never on the share).

Holds every revision this client knows (its own and pulled ones), their contents, the DAG edges, the heads of
each page, what the working folder holds (``worktree``) and small key/value state (client id, clock). History's
private detail: everything else asks :class:`~wikidesk.core.history.store.History`. All access goes through one
connection guarded by a lock; other processes on the same wiki are handled by SQLite's own locking (WAL mode,
busy timeout). Sync keeps its own tables in the same file through a connection of its own
(:mod:`wikidesk.core.sync.state`); this module neither declares nor reads them.
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from wikidesk.core.history.model import Revision
from wikidesk.core.local_db import SharedConnection

SCHEMA_VERSION = 1
SCHEMA = """
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
CREATE INDEX IF NOT EXISTS rev_blob ON revisions(blob);
CREATE INDEX IF NOT EXISTS rev_added ON revisions(added);
CREATE INDEX IF NOT EXISTS rev_clock ON revisions(clock DESC, id DESC);
CREATE INDEX IF NOT EXISTS rev_unpublished_added ON revisions(added) WHERE published = 0;
"""
# The pages with more than one head, kept by SQLite itself on every change of ``heads`` (so also by any other
# writer of this file), and asked in O(pages in conflict) instead of reading every head.
CONFLICTED = "CREATE TABLE IF NOT EXISTS conflicted(page_id TEXT PRIMARY KEY)"
CONFLICTED_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS heads_added AFTER INSERT ON heads "
    "WHEN (SELECT COUNT(*) FROM heads WHERE page_id = NEW.page_id) > 1 "
    "BEGIN INSERT OR IGNORE INTO conflicted(page_id) VALUES(NEW.page_id); END",
    "CREATE TRIGGER IF NOT EXISTS heads_removed AFTER DELETE ON heads "
    "WHEN (SELECT COUNT(*) FROM heads WHERE page_id = OLD.page_id) < 2 "
    "BEGIN DELETE FROM conflicted WHERE page_id = OLD.page_id; END",
)
FILL_CONFLICTED = ("INSERT OR IGNORE INTO conflicted(page_id) "
                   "SELECT page_id FROM heads GROUP BY page_id HAVING COUNT(*) > 1")
_COLUMNS = "id, page_id, kind, path, blob, size, parents, author, time, clock, summary"
_IN_LIMIT = 500  # values in one SQL IN (...) list (SQLite allows 32,766 since 3.32; older ones 999)


@dataclass(frozen=True)
class WorktreeEntry:
    """What sync last put in (or recorded from) the working folder for one page."""

    page_id: str
    path: str
    rev_id: str | None
    etag: str | None
    mtime_ns: int | None = None
    size: int | None = None


def _row_to_rev(row: tuple) -> Revision:
    parents = tuple(p for p in row[6].split(",") if p)
    return Revision(page_id=row[1], kind=row[2], path=row[3], blob=row[4], size=row[5], parents=parents,
                    author=row[7], time=row[8], clock=row[9], summary=row[10], id=row[0])


class HistoryDB(SharedConnection):
    """Thin typed wrapper over the SQLite file; callers group writes with :meth:`transaction`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
        self._lock = threading.RLock()
        self._depth = 0
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        with self.transaction() as conn:
            for statement in SCHEMA.strip().split(";"):
                if statement.strip():
                    conn.execute(statement)
            new = not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'conflicted'"
                                   ).fetchone()
            conn.execute(CONFLICTED)
            for trigger in CONFLICTED_TRIGGERS:
                conn.execute(trigger)
            if new:  # a history made before the table: read every head once
                conn.execute(FILL_CONFLICTED)
        self.set_state_default("schema", str(SCHEMA_VERSION))

    # ----- state ----------------------------------------------------------------------------------------------
    def get_state(self, key: str, default: str | None = None) -> str | None:
        rows = self.query("SELECT value FROM state WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_state(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES(?, ?)", (key, value))

    def set_state_default(self, key: str, value: str) -> str:
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO state(key, value) VALUES(?, ?)", (key, value))
        return self.get_state(key) or value

    # ----- blobs ----------------------------------------------------------------------------------------------
    def put_blob(self, digest: str, data: bytes) -> None:
        packed = zlib.compress(data, 6)
        zipped = len(packed) < len(data)
        with self.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO blobs(hash, data, zipped) VALUES(?, ?, ?)",
                         (digest, packed if zipped else data, int(zipped)))

    def get_blob(self, digest: str) -> bytes | None:
        rows = self.query("SELECT data, zipped FROM blobs WHERE hash = ?", (digest,))
        if not rows:
            return None
        data, zipped = rows[0]
        return zlib.decompress(data) if zipped else bytes(data)

    def has_blob(self, digest: str) -> bool:
        return bool(self.query("SELECT 1 FROM blobs WHERE hash = ?", (digest,)))

    # ----- revisions ------------------------------------------------------------------------------------------
    def insert_revision(self, rev: Revision, *, published: bool, origin: str | None = None,
                        seq: int | None = None) -> bool:
        """Add a revision and update the page's heads; returns False if it was already known."""
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM revisions WHERE id = ?", (rev.id,)).fetchone():
                return False
            added = conn.execute("SELECT COALESCE(MAX(added), 0) + 1 FROM revisions").fetchone()[0]
            conn.execute(
                f"INSERT INTO revisions({_COLUMNS}, published, origin, seq, added) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rev.id, rev.page_id, rev.kind, rev.path, rev.blob, rev.size, ",".join(rev.parents), rev.author,
                 rev.time, rev.clock, rev.summary, int(published), origin, seq, added),
            )
            for parent in rev.parents:
                conn.execute("INSERT OR IGNORE INTO edges(parent, child) VALUES(?, ?)", (parent, rev.id))
                conn.execute("DELETE FROM heads WHERE page_id = ? AND rev_id = ?", (rev.page_id, parent))
            has_child = conn.execute("SELECT 1 FROM edges e JOIN revisions r ON r.id = e.child "
                                     "WHERE e.parent = ? AND r.page_id = ?", (rev.id, rev.page_id)).fetchone()
            if not has_child:
                conn.execute("INSERT OR IGNORE INTO heads(page_id, rev_id) VALUES(?, ?)", (rev.page_id, rev.id))
            return True

    def get_revision(self, rev_id: str) -> Revision | None:
        rows = self.query(f"SELECT {_COLUMNS} FROM revisions WHERE id = ?", (rev_id,))
        return _row_to_rev(rows[0]) if rows else None

    def find_revisions(self, prefix: str) -> list[Revision]:
        rows = self.query(f"SELECT {_COLUMNS} FROM revisions WHERE id >= ? AND id < ? LIMIT 5",
                          (prefix, prefix + "\uffff"))
        return [_row_to_rev(r) for r in rows]

    def added_since(self, added: int, limit: int, kind: str) -> list[tuple[int, Revision]]:
        """``(added, revision)`` of up to ``limit`` revisions of ``kind`` added to this history after ``added``
        (a local, increasing counter), in the order they were added."""
        rows = self.query(f"SELECT {_COLUMNS}, added FROM revisions WHERE added > ? AND kind = ? ORDER BY added "
                          "LIMIT ?", (added, kind, limit))
        return [(r[11], _row_to_rev(r)) for r in rows]

    def added_counts(self, added: int) -> tuple[int, int]:
        """``(the last added counter, how many revisions were added after ``added``)``: both through the index on
        ``added``, so the cost follows the revisions after ``added``, not the history's size."""
        with self._lock:
            last = self._conn.execute("SELECT COALESCE(MAX(added), 0) FROM revisions").fetchone()[0]
            after = self._conn.execute("SELECT COUNT(*) FROM revisions WHERE added > ?", (added,)).fetchone()[0]
        return int(last), int(after)

    def revision_added_at(self, added: int) -> str | None:
        rows = self.query("SELECT id FROM revisions WHERE added = ?", (added,))
        return rows[0][0] if rows else None

    def newest_revisions(self, limit: int, before: tuple[int, str] | None = None) -> list[Revision]:
        """Up to ``limit`` revisions, newest (highest clock, then id) first, older than ``before`` if given."""
        if before is None:
            rows = self.query(f"SELECT {_COLUMNS} FROM revisions ORDER BY clock DESC, id DESC LIMIT ?", (limit,))
        else:
            rows = self.query(f"SELECT {_COLUMNS} FROM revisions WHERE clock < ? OR (clock = ? AND id < ?) "
                              "ORDER BY clock DESC, id DESC LIMIT ?", (before[0], before[0], before[1], limit))
        return [_row_to_rev(r) for r in rows]

    def page_revisions(self, page_id: str) -> list[Revision]:
        rows = self.query(f"SELECT {_COLUMNS} FROM revisions WHERE page_id = ? ORDER BY clock, time, id", (page_id,))
        return [_row_to_rev(r) for r in rows]

    def heads(self, page_id: str) -> list[Revision]:
        rows = self.query(f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))} FROM heads h "
                          "JOIN revisions r ON r.id = h.rev_id WHERE h.page_id = ?", (page_id,))
        return sorted((_row_to_rev(r) for r in rows), key=Revision.rank, reverse=True)

    def pages_behind_history(self) -> list[str]:
        """Pages whose working file is not at one of their heads: a round that pulled them was interrupted
        before it wrote the file (or a local edit kept it back). A deleted page without a file is not behind."""
        return [r[0] for r in self.query(
            "SELECT DISTINCT h.page_id FROM heads h JOIN revisions r ON r.id = h.rev_id "
            "LEFT JOIN worktree w ON w.page_id = h.page_id "
            "WHERE (w.page_id IS NULL AND r.blob IS NOT NULL) OR (w.page_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM heads h2 WHERE h2.page_id = h.page_id AND h2.rev_id = w.rev_id))")]

    def multi_head_pages(self) -> list[str]:
        """Pages with more than one head, sorted (the ``conflicted`` table the triggers keep)."""
        return [r[0] for r in self.query("SELECT page_id FROM conflicted ORDER BY page_id")]

    def unpublished(self, limit: int | None = None) -> list[Revision]:
        """Unpublished revisions in the order they were added; the first ``limit`` of them if given."""
        sql = f"SELECT {_COLUMNS} FROM revisions WHERE published = 0 ORDER BY added"
        rows = self.query(sql + " LIMIT ?", (limit,)) if limit is not None else self.query(sql)
        return [_row_to_rev(r) for r in rows]

    def unpublished_pages(self) -> set[str]:
        return {r[0] for r in self.query("SELECT DISTINCT page_id FROM revisions WHERE published = 0")}

    def unpublished_count(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM revisions WHERE published = 0")[0][0])

    def mark_published(self, rev_ids: Iterable[str], seq: int, origin: str) -> None:
        with self.transaction() as conn:
            conn.executemany("UPDATE revisions SET published = 1, origin = COALESCE(origin, ?), "
                             "seq = COALESCE(seq, ?) WHERE id = ?", [(origin, seq, r) for r in rev_ids])

    def revisions_from(self, origin: str, after_seq: int) -> list[Revision]:
        rows = self.query(f"SELECT {_COLUMNS} FROM revisions WHERE origin = ? AND seq > ? ORDER BY added",
                          (origin, after_seq))
        return [_row_to_rev(r) for r in rows]

    def unpublish(self, origin: str, *, seq: int | None = None, after: int | None = None) -> int:
        """Mark the revisions that came in ``origin``'s segment ``seq`` (or every segment after ``after``) as not
        published, so they are sent again; returns how many."""
        with self.transaction() as conn:
            if seq is not None:
                return conn.execute("UPDATE revisions SET published = 0 WHERE origin = ? AND seq = ?",
                                    (origin, seq)).rowcount
            return conn.execute("UPDATE revisions SET published = 0 WHERE origin = ? AND seq > ?",
                                (origin, after or 0)).rowcount

    def has_blob_revision(self, digest: str) -> bool:
        return bool(self.query("SELECT 1 FROM revisions WHERE blob = ? LIMIT 1", (digest,)))

    def revision_with_blob(self, page_id: str, digest: str) -> str | None:
        rows = self.query("SELECT id FROM revisions WHERE page_id = ? AND blob = ? ORDER BY clock DESC LIMIT 1",
                          (page_id, digest))
        return rows[0][0] if rows else None

    def pages_with_blob(self, digest: str) -> list[tuple[str, str]]:
        return [(p, path) for p, path in self.query("SELECT DISTINCT page_id, path FROM revisions WHERE blob = ?",
                                                    (digest,))]

    def head_pairs(self) -> list[tuple[str, str]]:
        return [(p, r) for p, r in self.query("SELECT page_id, rev_id FROM heads ORDER BY page_id, rev_id")]

    def rebuild_heads(self) -> int:
        """Recompute the heads from the DAG if they disagree; returns how many entries were wrong."""
        with self.transaction() as conn:
            expected = set(conn.execute("SELECT r.page_id, r.id FROM revisions r WHERE NOT EXISTS ("
                                        "SELECT 1 FROM edges e JOIN revisions c ON c.id = e.child "
                                        "WHERE e.parent = r.id AND c.page_id = r.page_id)").fetchall())
            actual = set(conn.execute("SELECT page_id, rev_id FROM heads").fetchall())
            wrong = len(expected ^ actual)
            if wrong:
                conn.execute("DELETE FROM heads")
                conn.executemany("INSERT INTO heads(page_id, rev_id) VALUES(?, ?)", sorted(expected))
            several = {p for (p,) in conn.execute("SELECT page_id FROM heads GROUP BY page_id HAVING COUNT(*) > 1")}
            listed = {p for (p,) in conn.execute("SELECT page_id FROM conflicted")}
            if several != listed:  # e.g. a file edited by a tool that dropped the triggers
                conn.execute("DELETE FROM conflicted")
                conn.execute(FILL_CONFLICTED)
                wrong += len(several ^ listed)
            return wrong

    def published_after(self, after: tuple[str, int, str] | None, limit: int
                        ) -> list[tuple[Revision, str | None, int | None]]:
        """The next ``limit`` published revisions after ``after`` (page id, clock, id) with the segment each came
        in, in that order (snapshots read history a batch at a time)."""
        page, clock, rev_id = after if after is not None else ("", -1, "")
        rows = self.query(f"SELECT {_COLUMNS}, origin, seq FROM revisions WHERE published = 1 "
                          "AND (page_id, clock, id) > (?, ?, ?) ORDER BY page_id, clock, id LIMIT ?",
                          (page, clock, rev_id, limit))
        return [(_row_to_rev(r), r[11], r[12]) for r in rows]

    def stored_sizes(self, digests: Sequence[str]) -> dict[str, int]:
        """Bytes each content takes in this file (compressed or not), without reading it; absent ones left out."""
        out: dict[str, int] = {}
        for start in range(0, len(digests), _IN_LIMIT):
            part = digests[start:start + _IN_LIMIT]
            out.update(self.query(f"SELECT hash, length(data) FROM blobs WHERE hash IN ({','.join('?' * len(part))})",
                                  part))
        return out

    def get_blobs(self, digests: Sequence[str]) -> dict[str, bytes]:
        """The bytes of each content held (absent ones left out), a few hundred a query."""
        out: dict[str, bytes] = {}
        for start in range(0, len(digests), _IN_LIMIT):
            part = digests[start:start + _IN_LIMIT]
            rows = self.query(f"SELECT hash, data, zipped FROM blobs WHERE hash IN ({','.join('?' * len(part))})",
                              part)
            out.update((h, zlib.decompress(data) if zipped else bytes(data)) for h, data, zipped in rows)
        return out

    def import_bulk(self, items: list[tuple[Revision, str | None, int | None]], blobs: Iterable[tuple[str, bytes]]
                    ) -> int:
        """Add many published revisions (with their origin) and contents in one transaction, then recompute the
        heads from the DAG; returns how many revisions were new. Revisions already held are left as they are."""
        return self.import_batches([(items, blobs)])[0]

    def import_batches(self, batches: Iterable[tuple[Sequence[tuple[Revision, str | None, int | None]],
                                                     Iterable[tuple[str, bytes]]]]) -> tuple[int, int]:
        """Add published revisions and contents that arrive a batch at a time, all in one transaction (an exception
        from ``batches`` rolls every batch back), then recompute the heads from the DAG once. Returns (how many
        revisions were new, the highest clock among them all). Revisions already held are left as they are."""
        with self.transaction() as conn:
            added = conn.execute("SELECT COALESCE(MAX(added), 0) FROM revisions").fetchone()[0]
            before = conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
            top = 0
            for items, blobs in batches:
                rows = []
                for digest, data in blobs:
                    packed = zlib.compress(data, 1)  # level 1: most of the gain at a third of the time
                    zipped = len(packed) < len(data)
                    rows.append((digest, packed if zipped else data, int(zipped)))
                conn.executemany("INSERT OR IGNORE INTO blobs(hash, data, zipped) VALUES(?, ?, ?)", rows)
                conn.executemany(
                    f"INSERT OR IGNORE INTO revisions({_COLUMNS}, published, origin, seq, added) "
                    "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                    [(r.id, r.page_id, r.kind, r.path, r.blob, r.size, ",".join(r.parents), r.author, r.time,
                      r.clock, r.summary, origin, seq, added + i) for i, (r, origin, seq) in enumerate(items, 1)])
                conn.executemany("INSERT OR IGNORE INTO edges(parent, child) VALUES(?, ?)",
                                 [(p, r.id) for r, _o, _s in items for p in r.parents])
                added += len(items)
                top = max([top, *(r.clock for r, _o, _s in items)])
            new = conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] - before
            self.rebuild_heads()
            return int(new), top

    def integrity(self) -> str:
        rows = self.query("PRAGMA integrity_check")
        return str(rows[0][0]) if rows else "ok"

    def missing_blobs(self) -> list[tuple[str, str]]:
        return [(r, p) for r, p in self.query("SELECT r.id, r.path FROM revisions r LEFT JOIN blobs b "
                                              "ON b.hash = r.blob WHERE r.blob IS NOT NULL AND b.hash IS NULL")]

    def all_blobs(self) -> Iterator[bytes]:
        for data, zipped in self.query("SELECT data, zipped FROM blobs ORDER BY hash"):
            yield zlib.decompress(data) if zipped else bytes(data)

    def all_revision_ids(self) -> list[str]:
        return [r[0] for r in self.query("SELECT id FROM revisions ORDER BY id")]

    def page_ids(self) -> list[str]:
        return [r[0] for r in self.query("SELECT DISTINCT page_id FROM heads ORDER BY page_id")]

    # ----- worktree -------------------------------------------------------------------------------------------
    def worktree(self, page_id: str) -> WorktreeEntry | None:
        rows = self.query("SELECT page_id, path, rev_id, etag, mtime_ns, size FROM worktree WHERE page_id = ?",
                          (page_id,))
        return WorktreeEntry(*rows[0]) if rows else None

    def worktree_at(self, path_key: str) -> list[WorktreeEntry]:
        rows = self.query("SELECT page_id, path, rev_id, etag, mtime_ns, size FROM worktree WHERE path_key = ?",
                          (path_key,))
        return [WorktreeEntry(*r) for r in rows]

    def all_worktree(self) -> list[WorktreeEntry]:
        rows = self.query("SELECT page_id, path, rev_id, etag, mtime_ns, size FROM worktree")
        return [WorktreeEntry(*r) for r in rows]

    def set_worktree(self, entry: WorktreeEntry, path_key: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO worktree(page_id, path, path_key, rev_id, etag, mtime_ns, size) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)",
                         (entry.page_id, entry.path, path_key, entry.rev_id, entry.etag, entry.mtime_ns, entry.size))

    def drop_worktree(self, page_id: str) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM worktree WHERE page_id = ?", (page_id,))
