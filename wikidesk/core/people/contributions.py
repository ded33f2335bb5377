"""Who wrote what: each author's share of every page's current text, from the revision DAG.

Every revision carries its author. For each revision this module works out who wrote each line of the page's text
(below the front matter) the way ``git blame`` does: the lines the revision shares with a parent (by a line diff)
keep the parent's authors, the rest are the revision's author's. A merge revision takes each line from whichever
parent has it, so the "A + B" author of a merge sync made owns only lines neither version had (rare). A page's
contributions are then its shown head's line authors, weighted by characters (a long paragraph counts more than a
heading), plus each author's number of edits and last edit time.

Everything is kept in a per-user cache file beside the search index (``people.sqlite`` in the wiki's cache folder,
never in the wiki or on the share), keyed by revision id: an update reads only the revisions history added since
the last one (history's insertion order), and starts over only when history was replaced. A second process on the
same wiki may update at the same time: each batch is written in one transaction that first checks the cursor.

Pages imported "before history was kept" are credited to the ``author`` their front matter names, when it names one.
"""

from __future__ import annotations

import difflib
import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from wikidesk.core import frontmatter, paths
from wikidesk.core.catalog import normalize_tags
from wikidesk.core.names import dir_to_space, stem_to_title
from wikidesk.core.opening import INITIAL_SUMMARY
from wikidesk.core.people.profiles import is_person_path

if TYPE_CHECKING:
    from wikidesk.core.history.model import Revision
    from wikidesk.core.history.store import History

CACHE_FILE = "people.sqlite"
CACHE_VERSION = "2"
MIN_SHARE = 0.1  # a page counts as a person's when they wrote this much of it ...
MIN_EDITS = 2  # ... or edited it this often ("wrote or substantially edited")
BATCH = 2000
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS authors(idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS blame(rev_id TEXT PRIMARY KEY, runs TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages(page_id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL,
  space TEXT NOT NULL, tags TEXT NOT NULL, chars INTEGER NOT NULL, head TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contrib(page_id TEXT NOT NULL, author TEXT NOT NULL, chars INTEGER NOT NULL,
  share REAL NOT NULL, edits INTEGER NOT NULL, last TEXT NOT NULL, PRIMARY KEY(page_id, author));
CREATE INDEX IF NOT EXISTS contrib_author ON contrib(author, last);
CREATE TABLE IF NOT EXISTS author_pages(author TEXT PRIMARY KEY, pages INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS author_tags(author TEXT NOT NULL, tag TEXT NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY(author, tag));
CREATE TABLE IF NOT EXISTS author_spaces(author TEXT NOT NULL, space TEXT NOT NULL, weight REAL NOT NULL,
  PRIMARY KEY(author, space));
CREATE TABLE IF NOT EXISTS coauthors(author TEXT NOT NULL, other TEXT NOT NULL, pages INTEGER NOT NULL,
  PRIMARY KEY(author, other));
CREATE TABLE IF NOT EXISTS person_paths(page_id TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY(page_id, path));
CREATE TABLE IF NOT EXISTS profiles(path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL, size INTEGER NOT NULL,
  data TEXT NOT NULL)
"""


@dataclass(frozen=True)
class Contribution:
    """One author's part in one page as it is now."""

    page_id: str
    author: str  # as revisions name them (a merge's "A + B" is split: each name gets half of its lines)
    share: float  # of the page's text (characters of the lines this author wrote), 0..1
    chars: int
    edits: int  # revisions this author made to the page (merges made by sync not counted)
    last: str  # time of this author's last edit of the page (ISO 8601)


@dataclass(frozen=True)
class PageSummary:
    page_id: str
    path: str
    title: str
    space: str
    tags: tuple[str, ...]
    chars: int

    @property
    def page(self) -> str:
        return self.path[:-3] if self.path.endswith(".md") else self.path


@dataclass
class _Rev:
    id: str
    page_id: str
    path: str
    blob: str | None
    parents: tuple[str, ...]
    author: str
    time: str
    summary: str
    added: int


def cache_path(wiki_root: Path) -> Path:
    return paths.wiki_cache_dir(wiki_root) / CACHE_FILE


def body_lines(data: bytes | None) -> list[str]:
    """The Markdown body's lines of a page file (front matter left out)."""
    if data is None:
        return []
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
    return frontmatter.split(text)[1].split("\n")


def _encode(owners: list[int]) -> str:
    runs: list[str] = []
    prev, count = None, 0
    for owner in owners:
        if owner == prev:
            count += 1
            continue
        if prev is not None:
            runs.append(f"{prev}*{count}")
        prev, count = owner, 1
    if prev is not None:
        runs.append(f"{prev}*{count}")
    return ",".join(runs)


def _decode(runs: str) -> list[int]:
    out: list[int] = []
    for run in runs.split(","):
        if run:
            owner, _, count = run.partition("*")
            out.extend([int(owner)] * int(count))
    return out


def blame(lines: list[str], parents: list[tuple[list[str], list[int]]], author: int) -> list[int]:
    """The author of each line: lines a parent has keep that parent's author, the rest are ``author``'s."""
    owners: list[int | None] = [None] * len(lines)
    for parent_lines, parent_owners in parents:
        matcher = difflib.SequenceMatcher(None, parent_lines, lines, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            for k in range(size):
                if owners[b + k] is None and a + k < len(parent_owners):
                    owners[b + k] = parent_owners[a + k]
        if all(o is not None for o in owners):
            break
    return [author if o is None else o for o in owners]


class ContributionCache:
    """The per-user cache of line authorship and per-page contributions for one wiki."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(self.path), timeout=30.0, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        with self._lock:
            version = self._meta_raw("version")
            if version not in (None, CACHE_VERSION):
                self._conn.executescript(
                    "DROP TABLE IF EXISTS authors; DROP TABLE IF EXISTS blame; DROP TABLE IF EXISTS pages; "
                    "DROP TABLE IF EXISTS contrib; DROP TABLE IF EXISTS person_paths; "
                    "DROP TABLE IF EXISTS profiles; DROP TABLE IF EXISTS author_pages; "
                    "DROP TABLE IF EXISTS author_tags; DROP TABLE IF EXISTS author_spaces; "
                    "DROP TABLE IF EXISTS coauthors; DELETE FROM meta;")
            self._conn.executescript(SCHEMA)
            self._conn.execute("INSERT OR IGNORE INTO meta(key, value) VALUES('version', ?)", (CACHE_VERSION,))
        self._authors: dict[str, int] = {}
        self._names: dict[int, str] = {}

    @classmethod
    def for_wiki(cls, wiki_root: Path) -> ContributionCache:
        return cls(cache_path(wiki_root))

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _meta_raw(self, key: str) -> str | None:
        try:
            row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:
            return None
        return row[0] if row else None

    def query(self, sql: str, args: Iterable[object] = ()) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, tuple(args)).fetchall()

    # ----- keeping up with history -------------------------------------------------------------------------
    def update(self, history: History) -> int:
        """Take in every revision history added since the last update; returns how many were new."""
        return sum(n for n, _ in self.update_steps(history))

    def update_steps(self, history: History) -> Iterator[tuple[int, int]]:
        """The update as a generator of ``(revisions done in this step, revisions left)`` (for progress)."""
        cursor = self._cursor(history)
        while True:
            rows = history.added_since(cursor, BATCH, kind="page")
            if not rows:
                last, _ = history.added_counts(cursor)
                if last > cursor:  # only attachments since: move past them
                    self._set_cursor(history, cursor, last)
                return
            revs = [_Rev(r.id, r.page_id, r.path, r.blob, r.parents, r.author, r.time, r.summary, added)
                    for added, r in rows]
            new_cursor = revs[-1].added
            if not self._take(history, revs, cursor, new_cursor):
                cursor = self._cursor(history)  # another process took them in first
                continue
            cursor = new_cursor
            yield len(revs), history.added_counts(cursor)[1]

    def _cursor(self, history: History) -> int:
        """Where the last update stopped; 0 (start over) when history is not the one the cache was made from."""
        with self._lock:
            cursor = int(self._meta_raw("cursor") or 0)
            rev_at = self._meta_raw("cursor_rev") or ""
        if cursor:
            at = history.revision_added_at(cursor)
            if at is None or (rev_at and at != rev_at):
                self.clear()
                return 0
        return cursor

    def clear(self) -> None:
        with self._lock:
            self._conn.executescript("BEGIN IMMEDIATE; DELETE FROM authors; DELETE FROM blame; DELETE FROM pages; "
                                     "DELETE FROM contrib; DELETE FROM person_paths; DELETE FROM author_pages; "
                                     "DELETE FROM author_tags; DELETE FROM author_spaces; DELETE FROM coauthors; "
                                     "DELETE FROM meta WHERE key IN ('cursor', 'cursor_rev'); COMMIT;")
            self._authors.clear()
            self._names.clear()

    def _set_cursor(self, history: History, old: int, new: int) -> None:
        rev = history.revision_added_at(new)
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if int(self._meta_raw("cursor") or 0) == old:
                    self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('cursor', ?)", (str(new),))
                    self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('cursor_rev', ?)",
                                       (rev or "",))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def _author_idx(self, name: str) -> int:
        idx = self._authors.get(name)
        if idx is None:
            row = self._conn.execute("SELECT idx FROM authors WHERE name = ?", (name,)).fetchone()
            if row is None:
                idx = self._conn.execute("INSERT INTO authors(name) VALUES(?)", (name,)).lastrowid
            else:
                idx = row[0]
            assert idx is not None
            self._authors[name] = idx
            self._names[idx] = name
        return idx

    def _author_name(self, idx: int) -> str:
        name = self._names.get(idx)
        if name is None:
            row = self._conn.execute("SELECT name FROM authors WHERE idx = ?", (idx,)).fetchone()
            name = row[0] if row else "unknown"
            self._names[idx] = name
        return name

    def _take(self, history: History, revs: list[_Rev], old: int, new: int) -> bool:
        """Blame a batch of revisions and update the pages they touch, in one transaction."""
        texts: dict[str, list[str]] = {}  # revision id -> body lines, for this batch
        owners: dict[str, list[int]] = {}
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                if int(self._meta_raw("cursor") or 0) != old:
                    self._conn.execute("ROLLBACK")
                    return False
                touched: dict[str, _Rev] = {}
                for rev in revs:
                    if is_person_path(rev.path):
                        self._conn.execute("INSERT OR IGNORE INTO person_paths(page_id, path) VALUES(?, ?)",
                                           (rev.page_id, rev.path))
                    self._blamed(history, rev, texts, owners)
                    touched[rev.page_id] = rev
                for page_id in touched:
                    self._summarize(history, page_id, texts, owners)
                for table, column in (("author_pages", "pages"), ("coauthors", "pages"),
                                      ("author_tags", "weight"), ("author_spaces", "weight")):
                    self._conn.execute(f"DELETE FROM {table} WHERE {column} < 1e-9")
                rev_row = revs[-1].id
                self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('cursor', ?)", (str(new),))
                self._conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('cursor_rev', ?)", (rev_row,))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._authors.clear()
                self._names.clear()
                raise
        return True

    def _parent(self, history: History, rev_id: str, texts: dict[str, list[str]], owners: dict[str, list[int]]
                ) -> tuple[list[str], list[int]] | None:
        """A revision's lines and their authors (blamed now if history has it and it was not blamed yet); None
        when history does not have it (not pulled yet: the child is blamed as if the page started there)."""
        if rev_id in texts:
            return texts[rev_id], owners[rev_id]
        rev = history.get_revision(rev_id)
        if rev is None:
            return None
        self._blamed(history, rev, texts, owners)
        return texts[rev_id], owners[rev_id]

    def _blamed(self, history: History, first: _Rev | Revision, texts: dict[str, list[str]],
                owners: dict[str, list[int]]) -> None:
        """Blame ``first`` (into ``texts``/``owners`` and the cache), its parents before it: a sync may add a
        revision to history before the parent it was made from (segments of different clients come in any
        order), and a revision is blamed only once."""
        stack: list[_Rev | Revision] = [first]
        while stack:
            rev = stack[-1]
            if rev.id in texts:
                stack.pop()
                continue
            data = history.blob(rev.blob) if rev.blob else None
            row = self._conn.execute("SELECT runs FROM blame WHERE rev_id = ?", (rev.id,)).fetchone()
            if row is not None:
                texts[rev.id], owners[rev.id] = body_lines(data), _decode(row[0])
                stack.pop()
                continue
            waiting = [p for p in (history.get_revision(pid) for pid in rev.parents if pid not in texts)
                       if p is not None and p.kind == "page" and p.id not in texts]
            if waiting:
                stack.extend(waiting)
                continue
            lines = body_lines(data)
            author = self._author_idx(_credited_author(rev, data))
            parents = [(texts[p], owners[p]) for p in rev.parents if p in texts]
            mine = blame(lines, parents, author)
            texts[rev.id], owners[rev.id] = lines, mine
            self._conn.execute("INSERT OR REPLACE INTO blame(rev_id, runs) VALUES(?, ?)", (rev.id, _encode(mine)))
            stack.pop()

    def _summarize(self, history: History, page_id: str, texts: dict[str, list[str]],
                   owners: dict[str, list[int]]) -> None:
        before = self._conn.execute("SELECT space, tags FROM pages WHERE page_id = ?", (page_id,)).fetchone()
        if before is not None:
            old = self._conn.execute("SELECT author, share FROM contrib WHERE page_id = ? AND (share >= ? OR "
                                     "edits >= ?)", (page_id, MIN_SHARE, MIN_EDITS)).fetchall()
            self._aggregate(old, before[0], json.loads(before[1]), -1)
        self._conn.execute("DELETE FROM contrib WHERE page_id = ?", (page_id,))
        self._conn.execute("DELETE FROM pages WHERE page_id = ?", (page_id,))
        heads = history.heads(page_id)
        if not heads or heads[0].blob is None or is_person_path(heads[0].path) \
                or not heads[0].path.lower().endswith(".md"):
            return  # deleted, or a person's own page (that is their profile, not evidence)
        head = heads[0]
        parent = self._parent(history, head.id, texts, owners)
        if parent is None:
            return
        lines, who = parent
        data = history.blob(head.blob or "")
        meta = frontmatter.parse(data.decode("utf-8", errors="replace")).meta if data else {}
        chars: dict[str, float] = {}
        total = 0
        for line, owner in zip(lines, who, strict=False):
            size = len(line.strip())
            if not size:
                continue
            total += size
            names = [n.strip() for n in self._author_name(owner).split(" + ") if n.strip()] or ["unknown"]
            for name in names:
                chars[name] = chars.get(name, 0.0) + size / len(names)
        edits: dict[str, int] = {}
        last: dict[str, str] = {}
        for rev in history.page_revisions(page_id):
            names = [n.strip() for n in rev.author.split(" + ") if n.strip()]
            if len(rev.parents) > 1 and len(names) > 1:
                continue  # a merge sync made
            for name in names:
                edits[name] = edits.get(name, 0) + 1
                last[name] = max(last.get(name, ""), rev.time)
        folder, _, filename = head.path.rpartition("/")
        raw_title = meta.get("title")
        title = str(raw_title).strip() if isinstance(raw_title, (str, int, float)) and str(raw_title).strip() \
            else stem_to_title(filename[:-3])
        self._conn.execute("INSERT INTO pages(page_id, path, title, space, tags, chars, head) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?)",
                           (page_id, head.path, title, dir_to_space(folder),
                            json.dumps(list(normalize_tags(meta.get("tags"))), ensure_ascii=False), total, head.id))
        rows = []
        for name in set(chars) | set(edits):
            owned = chars.get(name, 0.0)
            rows.append((page_id, name, round(owned), owned / total if total else 0.0, edits.get(name, 0),
                         last.get(name, head.time)))
        self._conn.executemany("INSERT INTO contrib(page_id, author, chars, share, edits, last) "
                               "VALUES(?, ?, ?, ?, ?, ?)", rows)
        self._aggregate([(r[1], r[3]) for r in rows if r[3] >= MIN_SHARE or r[4] >= MIN_EDITS],
                        dir_to_space(folder), list(normalize_tags(meta.get("tags"))), 1)

    def _aggregate(self, counted: list[tuple[str, float]], space: str, tags: list[str], sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) one page's part in its authors' totals: pages, topics (tags and
        space weighted by share) and co-authors, so a person's page needs no walk over all their pages."""
        c = self._conn
        c.executemany("INSERT INTO author_pages(author, pages) VALUES(?, ?) ON CONFLICT(author) DO UPDATE SET "
                      "pages = pages + excluded.pages", [(a, sign) for a, _ in counted])
        c.executemany("INSERT INTO author_tags(author, tag, weight) VALUES(?, ?, ?) ON CONFLICT(author, tag) "
                      "DO UPDATE SET weight = weight + excluded.weight",
                      [(a, t, sign * w) for a, w in counted for t in tags])
        if space:
            c.executemany("INSERT INTO author_spaces(author, space, weight) VALUES(?, ?, ?) "
                          "ON CONFLICT(author, space) DO UPDATE SET weight = weight + excluded.weight",
                          [(a, space, sign * w) for a, w in counted])
        c.executemany("INSERT INTO coauthors(author, other, pages) VALUES(?, ?, ?) ON CONFLICT(author, other) "
                      "DO UPDATE SET pages = pages + excluded.pages",
                      [(a, b, sign) for a, _ in counted for b, _ in counted if a != b])

    # ----- questions ----------------------------------------------------------------------------------------
    def for_pages(self, page_ids: Iterable[str]) -> dict[str, list[Contribution]]:
        """The contributions to each of these pages (pages without any are left out)."""
        ids = list(dict.fromkeys(page_ids))
        out: dict[str, list[Contribution]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            rows = self.query("SELECT page_id, author, share, chars, edits, last FROM contrib "
                              f"WHERE page_id IN ({','.join('?' * len(chunk))})", chunk)
            for row in rows:
                out.setdefault(row[0], []).append(Contribution(*row))
        return out

    def by_authors(self, authors: Iterable[str]) -> list[Contribution]:
        """Every contribution of these author names (exact names as revisions give them)."""
        names = list(dict.fromkeys(authors))
        if not names:
            return []
        rows = self.query("SELECT page_id, author, share, chars, edits, last FROM contrib "
                          f"WHERE author IN ({','.join('?' * len(names))})", names)
        return [Contribution(*row) for row in rows]

    def recent(self, authors: Iterable[str], limit: int) -> list[Contribution]:
        """The pages these authors wrote or substantially edited, their last edit first (at most ``limit``)."""
        names = list(dict.fromkeys(authors))
        if not names:
            return []
        rows = self.query("SELECT page_id, author, share, chars, edits, last FROM contrib "
                          f"WHERE author IN ({','.join('?' * len(names))}) AND (share >= ? OR edits >= ?) "
                          "ORDER BY last DESC LIMIT ?", [*names, MIN_SHARE, MIN_EDITS, limit])
        return [Contribution(*row) for row in rows]

    def page_count(self, authors: Iterable[str]) -> int:
        """Pages these authors wrote or substantially edited (a page two of the names share counts twice)."""
        names = list(dict.fromkeys(authors))
        if not names:
            return 0
        return int(self.query(f"SELECT COALESCE(SUM(pages), 0) FROM author_pages "
                              f"WHERE author IN ({','.join('?' * len(names))})", names)[0][0])

    def topics(self, authors: Iterable[str], limit: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        """(tags, spaces) of the pages these authors wrote or substantially edited, each weighted by their share
        of the page, heaviest first."""
        names = list(dict.fromkeys(authors))
        if not names:
            return [], []
        marks = ",".join("?" * len(names))
        tags = self.query(f"SELECT tag, SUM(weight) AS w FROM author_tags WHERE author IN ({marks}) GROUP BY tag "
                          "ORDER BY w DESC, tag LIMIT ?", [*names, limit])
        spaces = self.query(f"SELECT space, SUM(weight) AS w FROM author_spaces WHERE author IN ({marks}) "
                            "GROUP BY space ORDER BY w DESC, space LIMIT ?", [*names, limit])
        return [(str(t), float(w)) for t, w in tags], [(str(sp), float(w)) for sp, w in spaces]

    def coauthors(self, authors: Iterable[str], limit: int) -> list[tuple[str, int]]:
        """Other authors who wrote or substantially edited the same pages: (name, pages in common), most first."""
        names = list(dict.fromkeys(authors))
        if not names:
            return []
        marks = ",".join("?" * len(names))
        rows = self.query(f"SELECT other, SUM(pages) AS n FROM coauthors WHERE author IN ({marks}) AND other NOT IN "
                          f"({marks}) GROUP BY other ORDER BY n DESC, other LIMIT ?", [*names, *names, limit])
        return [(str(a), int(n)) for a, n in rows]

    def pages(self, page_ids: Iterable[str]) -> dict[str, PageSummary]:
        ids = list(dict.fromkeys(page_ids))
        out: dict[str, PageSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            for row in self.query("SELECT page_id, path, title, space, tags, chars FROM pages "
                                  f"WHERE page_id IN ({','.join('?' * len(chunk))})", chunk):
                out[row[0]] = PageSummary(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])), row[5])
        return out

    def authors(self) -> list[str]:
        """Every author name with a contribution to a page that exists."""
        return [r[0] for r in self.query("SELECT DISTINCT author FROM contrib")]

    def person_paths(self) -> dict[str, list[str]]:
        """Every path each person page had (page id -> paths), for the names a person had before a rename."""
        out: dict[str, list[str]] = {}
        for page_id, path in self.query("SELECT page_id, path FROM person_paths"):
            out.setdefault(page_id, []).append(path)
        return out

    # ----- parsed people pages (read by the directory; cached here so a CLI run need not parse them all) ------
    def stored_profiles(self) -> dict[str, tuple[int, int, str]]:
        return {r[0]: (r[1], r[2], r[3]) for r in self.query("SELECT path, mtime_ns, size, data FROM profiles")}

    def store_profiles(self, changed: list[tuple[str, int, int, str]], gone: list[str]) -> None:
        if not changed and not gone:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT OR REPLACE INTO profiles(path, mtime_ns, size, data) "
                                       "VALUES(?, ?, ?, ?)", changed)
                self._conn.executemany("DELETE FROM profiles WHERE path = ?", [(p,) for p in gone])
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise


def _credited_author(rev: _Rev | Revision, data: bytes | None) -> str:
    """The revision's author; for a page taken in before history was kept, the author its front matter names."""
    if not rev.parents and rev.summary == INITIAL_SUMMARY and data:
        meta = frontmatter.parse(data.decode("utf-8", errors="replace")).meta
        named = meta.get("author")
        if isinstance(named, str) and named.strip():
            return named.strip()
    return rev.author or "unknown"
