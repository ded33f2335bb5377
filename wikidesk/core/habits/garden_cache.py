"""The gardening report's memory between runs, so a report after the first reads only the pages that changed.

A SQLite file in the wiki's own local folder (``.wikidesk/garden.sqlite``: never on the share, never synced) holds

- per page file, keyed by its stamp (path, mtime_ns, size) as the search index keys its pages: the page info, the
  :class:`~.page_facts.PageFacts` and the :class:`~.page_facts.PageKeys` worked out from that version of the file;
- per page id, the time of its newest page revision, followed through history's ``added`` counter (only the
  revisions added since the last report are read; one value with its CRC-32, read in one go);
- the groups of near-duplicate titles, for the set of title keys they were worked out for;
- a digest of the page list the last report was given (the app's background fill skips a wiki it already filled).

Nothing here may make a report wrong, so every doubt means "read it again": a row whose stamp differs from the file's,
or whose CRC-32 does not match its text (which names its path and stamp again), is a miss; a file younger than
:data:`SETTLE_NS` is not kept (another write in the same clock tick could keep its stamp); a cache written by other
rules (any change to the code that extracts the facts or keys, or to the Markdown parser) is emptied; edit times whose
history counter points at another revision, or whose value is damaged, are read from history again; title groups
kept for another set of keys are brought up to date; a file that is not a database is replaced. A cache busy in
another process, or a folder that cannot hold one, gives a report that keeps nothing. (A damaged row that still
matches its CRC-32, one chance in four billion, is the one doubt not caught.)
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from wikidesk.core.history.store import History
from wikidesk.core.local_db import SharedConnection
from wikidesk.core.pages import PageInfo

from . import garden_history, garden_rows, near_titles
from .garden_rows import Entry, Row, crc
from .page_facts import Stamp

FILE_NAME = "garden.sqlite"
FORMAT = 4
SETTLE_NS = 2_000_000_000
BUSY_SECONDS = 5.0  # how long a write waits for another process's report; then this report keeps nothing
_SCHEMA = """
CREATE TABLE IF NOT EXISTS state(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages(path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
  data TEXT NOT NULL, crc INTEGER NOT NULL);
DROP TABLE IF EXISTS last_edit;
"""


def rules_version() -> str:
    """A digest of everything that decides what the cache holds: this format, the source of the modules that read a
    page file's info and facts, and the Markdown parser's version. Any change to them throws the cache away."""
    from wikidesk.core import catalog, frontmatter, fuzzy_titles, names, page_ids
    from wikidesk.core.markdown import syntax, targets

    from . import garden_rows, inline, page_facts

    digest = hashlib.sha256(f"{FORMAT}".encode())
    for module in (catalog, frontmatter, fuzzy_titles, names, page_ids, syntax, targets, inline, page_facts,
                   near_titles, garden_rows):
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:  # a frozen build has no sources: its version stands for them
            digest.update(_version("wikidesk").encode())
    digest.update(_version("pyromark").encode())
    return digest.hexdigest()[:32]


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


class GardenCache(SharedConnection):
    """The cache file of one wiki; use :func:`open_cache`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.broken = False  # a read failed: nothing more is read or written, and the file is removed on close
        self._lock = threading.RLock()
        self._depth = 0
        self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                     timeout=BUSY_SECONDS)
        try:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.executescript(_SCHEMA)
            rules = rules_version()
            if self._state("rules") != rules:
                with self.transaction() as conn:
                    conn.execute("DELETE FROM pages")
                    conn.execute("DELETE FROM state")
                    conn.execute("INSERT INTO state VALUES ('rules', ?)", (rules,))
        except BaseException:
            self._conn.close()
            raise

    def _state(self, key: str) -> str | None:
        rows = self.query("SELECT value FROM state WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    # ----- pages ----------------------------------------------------------------------------------------------
    def entries(self) -> dict[str, tuple[Stamp, Entry]]:
        """Every row that is intact, by path: ``(stamp, entry)``."""
        try:
            rows = self.query("SELECT path, mtime_ns, size, data, crc FROM pages")
        except sqlite3.OperationalError:  # busy: every page is read this time
            return {}
        except sqlite3.DatabaseError:
            self.broken = True
            return {}
        return garden_rows.entries(rows)

    def has_pages(self) -> bool:
        """Whether any page row is kept (False for a new cache, or one thrown away: every page is to be read)."""
        try:
            return bool(self.query("SELECT 1 FROM pages LIMIT 1"))
        except sqlite3.DatabaseError:
            return False

    def store(self, fresh: Iterable[Row], gone: Iterable[str] = ()) -> None:
        """Keep rows (:func:`garden_rows.row`; files younger than :data:`SETTLE_NS` are left out) and forget ``gone``
        paths."""
        settled = time.time_ns() - SETTLE_NS
        rows = [row for row in fresh if row[1] < settled]
        forget = [(path,) for path in gone]
        if self.broken or (not rows and not forget):
            return
        try:
            with self.transaction() as conn:
                conn.executemany("DELETE FROM pages WHERE path = ?", forget)
                conn.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.OperationalError:  # busy or read-only: this report is right, the next one reads more
            pass
        except sqlite3.DatabaseError:
            self.broken = True

    # ----- history --------------------------------------------------------------------------------------------
    def last_edits(self, history: History) -> dict[str, str]:
        """The time of each page's newest page revision, by page id (after taking in what history added since)."""
        if self.broken:
            return garden_history.last_edits(history)
        try:
            kept = self._kept_last_edits()
        except sqlite3.OperationalError:  # busy: read history this time
            return garden_history.last_edits(history)
        except sqlite3.DatabaseError:
            self.broken = True
            return garden_history.last_edits(history)
        start, last = kept if kept is not None else (0, {})
        if start and history.revision_added_at(start) != self._state("added_id"):
            start, last = 0, {}  # not the history this cache followed: read it all again
        added, _changed = garden_history.take_in(history, start, last)
        if start and added == start:
            return last
        value = json.dumps([added, last], ensure_ascii=False, separators=(",", ":"))
        try:
            with self.transaction() as conn:
                conn.execute("INSERT OR REPLACE INTO state VALUES ('last_edit', ?)", (value,))
                conn.execute("INSERT OR REPLACE INTO state VALUES ('last_edit_crc', ?)", (str(crc(value)),))
                conn.execute("INSERT OR REPLACE INTO state VALUES ('added_id', ?)",
                             (history.revision_added_at(added) or "",))
        except sqlite3.OperationalError:  # busy or read-only: kept next time
            pass
        except sqlite3.DatabaseError:
            self.broken = True
        return last

    def _kept_last_edits(self) -> tuple[int, dict[str, str]] | None:
        """``(history's added counter, newest page revision time by page id)`` as the last report left them, if
        intact (one value with its CRC-32: read in one go, not a row a page)."""
        kept = self._state("last_edit")
        if kept is None or crc(kept) != int(self._state("last_edit_crc") or -1):
            return None
        try:
            added, last = json.loads(kept)
        except (ValueError, TypeError):
            return None
        if not (isinstance(added, int) and isinstance(last, dict)
                and all(isinstance(when, str) for when in last.values())):
            return None
        return added, last

    # ----- near-duplicate titles --------------------------------------------------------------------------------
    def components(self, keys: Iterable[str], work: near_titles.Components = near_titles.components,
                   ) -> list[list[str]]:
        """:func:`near_titles.components` of ``keys``: kept for the same set of keys (titles rarely change), and
        brought up to date (:func:`near_titles.update`) when a few titles came or went; else ``work`` works them out
        (from the sorted fuzzy keys)."""
        fuzzy = near_titles.fuzzy_keys(keys)
        digest = _digest(fuzzy)
        kept = None if self.broken else self._kept_components()
        if kept is not None and kept[0] == digest:
            return kept[1]
        groups = near_titles.update(kept[2], kept[1], fuzzy) if kept else work(fuzzy)
        if not self.broken:
            value = json.dumps([digest, groups, fuzzy], ensure_ascii=False, separators=(",", ":"))
            try:
                with self.transaction() as conn:
                    conn.execute("INSERT OR REPLACE INTO state VALUES ('near', ?)", (value,))
                    conn.execute("INSERT OR REPLACE INTO state VALUES ('near_crc', ?)",
                                 (str(zlib.crc32(value.encode())),))
            except sqlite3.DatabaseError:  # busy, read-only or damaged: worked out again next time
                pass
        return groups

    def _kept_components(self) -> tuple[str, list[list[str]], list[str]] | None:
        """``(digest, groups, keys)`` as the last report left them, if intact."""
        try:
            kept = self._state("near")
            if kept is None or zlib.crc32(kept.encode()) != int(self._state("near_crc") or -1):
                return None
            digest, groups, keys = json.loads(kept)
        except (sqlite3.DatabaseError, ValueError, TypeError):
            return None
        if not (_is_groups(groups) and _is_groups([keys]) and digest == _digest(keys)):
            return None
        return digest, groups, keys

    # ----- the page list of the last report ----------------------------------------------------------------------
    def note_pages(self, digest: str) -> None:
        """Note the :func:`pages_digest` of the page list a report was just made for."""
        if not self.broken:
            try:
                with self.transaction() as conn:
                    conn.execute("INSERT OR REPLACE INTO state VALUES ('pages', ?)", (digest,))
            except sqlite3.DatabaseError:  # busy, read-only or damaged: the next fill makes the report again
                pass

    def pages_noted(self) -> str | None:
        try:
            return None if self.broken else self._state("pages")
        except sqlite3.DatabaseError:
            return None

    def close(self) -> None:
        """Close the file; a file found damaged is removed (the next report starts a new one)."""
        super().close()
        if self.broken:
            remove(self.path)


def pages_digest(pages: Iterable[PageInfo]) -> str:
    """A digest of a page list: each page's path, modified time and size."""
    digest = hashlib.sha256()
    for page in pages:
        digest.update(f"{page.path}\0{page.modified!r}\0{page.size}\n".encode())
    return digest.hexdigest()


def _digest(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()


def _is_groups(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(group, list) and all(isinstance(key, str) for key in group) for group in value)


def remove(path: Path) -> bool:
    """Remove the cache file and its journal; False if it could not be removed."""
    for suffix in ("", "-wal", "-shm"):
        try:
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        except OSError:
            return False
    return True


def open_cache(meta_dir: Path) -> GardenCache | None:
    """The wiki's gardening cache, created if missing and replaced if it cannot be read; None if the folder cannot
    hold one (read-only): the report then reads every page."""
    path = meta_dir / FILE_NAME
    for attempt in range(2):
        try:
            meta_dir.mkdir(parents=True, exist_ok=True)
            return GardenCache(path)
        except (sqlite3.OperationalError, OSError):  # busy, or a folder that cannot hold it
            return None
        except sqlite3.DatabaseError:  # not a database, or damaged: start a new one
            if attempt or not remove(path):
                return None
    return None
