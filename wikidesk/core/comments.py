"""Comments on pages: threaded discussions that never conflict.

A comment is an immutable object, content-addressed like a revision: its id is a hash over the page id, the
comment it replies to (``parent``), the comment it supersedes (``supersedes``), the deleted flag, author, wall
time, Lamport clock and text. Editing or deleting a comment writes a new object that supersedes the old one; the
old one stays (comments are in history: every version is kept). Two people commenting at once write two objects:
there is nothing to merge. Two concurrent edits of one comment both stay; the one with the highest
(clock, id) is shown on every client.

Sync moves comments through the shared folder inside the log segments (``wikidesk.core.sync``); locally they are
kept in their own tables in ``.wikidesk/history.sqlite``, reached only through :class:`CommentStore`'s own
connection (the same pattern as sync's state: one file, one write-ahead log, history's database untouched).

API (Qt-free; for the UI, the CLI and the exporter)::

    store = CommentStore.of(wiki)                       # or CommentStore(meta_dir); close() it (or ``with``)
    c = store.add(history, page_id, "text", author="Kari", parent=None)   # -> Comment (unpublished)
    store.edit(history, page_id, c.id, "new text", author="Kari")          # -> Comment superseding c
    store.delete(history, page_id, c.id, author="Kari")                    # -> Comment (deleted=True)
    store.thread(page_id)          -> list[Thread]   # top-level comments, oldest first, each with .replies
    store.page_comments(page_id)   -> list[Comment]  # every version of every comment of the page (history)
    store.all_comments()           -> Iterator[Comment]  # every comment object (exports, snapshots)
    store.find(page_id, "ab12")    -> Thread         # a comment of the page by id prefix (any version's id)
    store.unread_pages()           -> set[str]       # pages with comments not seen here yet
    store.mark_read(page_id)
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wikidesk.core.errors import NotFoundError, StorageError, WikiError
from wikidesk.core.history.store import DB_NAME, History
from wikidesk.core.local_db import SharedConnection

if TYPE_CHECKING:
    from wikidesk.core.wiki import Wiki

COMMENT_ID_LEN = 32
MAX_TEXT = 100_000  # characters of one comment
MAX_AUTHOR = 200
_ID = re.compile(r"[0-9a-f]{32}")
SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS comments(
  id TEXT PRIMARY KEY, page_id TEXT NOT NULL, parent TEXT, supersedes TEXT, deleted INTEGER NOT NULL,
  author TEXT NOT NULL, time TEXT NOT NULL, clock INTEGER NOT NULL, text TEXT NOT NULL,
  published INTEGER NOT NULL DEFAULT 0, origin TEXT, seq INTEGER, added INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS comment_page ON comments(page_id);
CREATE INDEX IF NOT EXISTS comment_unpublished ON comments(published) WHERE published = 0;
CREATE INDEX IF NOT EXISTS comment_origin ON comments(origin, seq);
CREATE INDEX IF NOT EXISTS comment_added ON comments(added);
CREATE TABLE IF NOT EXISTS comment_unread(page_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS comment_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_COLUMNS = "id, page_id, parent, supersedes, deleted, author, time, clock, text"


class CommentNotFoundError(NotFoundError):
    """No comment of this page has that id."""


class AmbiguousCommentError(WikiError):
    """A comment id prefix that matches several comments."""

    exit_code = 2


@dataclass(frozen=True)
class Comment:
    """One immutable comment object (one version of a comment)."""

    page_id: str
    parent: str | None  # the comment replied to (any version's id), None for a top-level comment
    supersedes: str | None  # the version this one replaces (an edit or a deletion), None for a new comment
    deleted: bool
    author: str
    time: str  # wall time (ISO 8601, UTC), shown only
    clock: int  # Lamport clock (shared with page history): orders versions and breaks ties
    text: str
    id: str = field(default="")

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", compute_comment_id(self))

    def rank(self) -> tuple[int, str]:
        return (self.clock, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "page": self.page_id, "parent": self.parent, "supersedes": self.supersedes,
                "deleted": self.deleted, "author": self.author, "time": self.time, "clock": self.clock,
                "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, verify: bool = True) -> Comment:
        """Build from the dict form; ValueError/TypeError/KeyError for anything not of the documented shape, and
        (with ``verify``) ValueError if the id does not match."""
        parent, supersedes, clock = data.get("parent"), data.get("supersedes"), data["clock"]
        if not (isinstance(data["page"], str) and isinstance(data["text"], str) and isinstance(clock, int)
                and not isinstance(clock, bool) and isinstance(data["deleted"], bool)
                and isinstance(data.get("author", ""), str) and isinstance(data.get("time", ""), str)
                and (parent is None or isinstance(parent, str))
                and (supersedes is None or isinstance(supersedes, str))):
            raise TypeError("a comment field has the wrong type")
        comment = cls(page_id=data["page"], parent=parent, supersedes=supersedes, deleted=data["deleted"],
                      author=data.get("author", ""), time=data.get("time", ""), clock=clock, text=data["text"])
        if verify and data.get("id") != comment.id:
            raise ValueError("comment id does not match its content")
        return comment


def compute_comment_id(c: Comment) -> str:
    payload = {"page": c.page_id, "parent": c.parent, "supersedes": c.supersedes, "deleted": c.deleted,
               "author": c.author, "time": c.time, "clock": c.clock, "text": c.text}
    text = "wikidesk-comment-1\n" + json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:COMMENT_ID_LEN]


def comment_problem(c: Comment) -> str | None:
    """Why a comment from the share may not be taken in (None if it may). Sync sets such a comment aside."""
    if not c.page_id or len(c.page_id) > 200 or any(ord(ch) < 32 for ch in c.page_id):
        return "its page id is malformed"
    if any(ref is not None and not _ID.fullmatch(ref) for ref in (c.parent, c.supersedes)):
        return "the comment it answers or replaces is malformed"
    if not 0 <= c.clock < 2**53:
        return "its clock is out of range"
    if len(c.text) > MAX_TEXT or len(c.author) > MAX_AUTHOR:
        return "it is too long"
    if c.deleted and c.text:
        return "a deletion with text"
    try:
        for text in (c.page_id, c.author, c.time, c.text):
            text.encode("utf-8")
    except UnicodeEncodeError:
        return "it holds text that cannot be stored"
    return None


@dataclass
class Thread:
    """A comment as shown: its current version, every version's id, and its replies (oldest first).

    ``id`` is the comment's first version (stable across edits: replies and the CLI use it); ``current`` is the
    version shown (the highest (clock, id) among versions nobody supersedes); ``created`` is when it was first
    written, ``author`` who wrote it (the first version's author: the app offers Edit and Delete to them);
    ``edited`` is True once a later version exists.
    """

    id: str
    current: Comment
    created: str
    versions: list[str]
    replies: list[Thread] = field(default_factory=list)
    author: str = ""

    @property
    def deleted(self) -> bool:
        return self.current.deleted

    @property
    def edited(self) -> bool:
        return len(self.versions) > 1

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (``comments PAGE --json``)."""
        c = self.current
        return {"id": self.id, "version": c.id, "author": c.author, "created": self.created, "time": c.time,
                "text": c.text, "deleted": c.deleted, "edited": self.edited, "versions": self.versions,
                "replies": [r.to_dict() for r in self.replies]}

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Thread]]:
        yield depth, self
        for reply in self.replies:
            yield from reply.walk(depth + 1)


def _row(row: tuple) -> Comment:
    return Comment(page_id=row[1], parent=row[2], supersedes=row[3], deleted=bool(row[4]), author=row[5],
                   time=row[6], clock=row[7], text=row[8], id=row[0])


def build_threads(comments: Iterable[Comment]) -> list[Thread]:
    """Thread one page's comment objects: versions grouped by their first version, replies under their parent.

    A ``supersedes`` or ``parent`` naming a comment that is not there (not pulled yet, or of another page)
    is ignored: the object then stands as a comment of its own, at the top level.
    """
    by_id = {c.id: c for c in comments}
    page_of = {c.id: c.page_id for c in by_id.values()}

    def first_version(cid: str) -> str:
        seen: set[str] = set()
        while True:
            c = by_id[cid]
            up = c.supersedes
            if up is None or up not in by_id or page_of[up] != c.page_id or up in seen:
                return cid
            seen.add(cid)
            cid = up

    groups: dict[str, list[Comment]] = {}
    for c in by_id.values():
        groups.setdefault(first_version(c.id), []).append(c)
    superseded = {c.supersedes for c in by_id.values() if c.supersedes}
    threads: dict[str, Thread] = {}
    for origin, versions in groups.items():
        tips = [c for c in versions if c.id not in superseded] or versions
        current = max(tips, key=Comment.rank)
        ordered = sorted(versions, key=Comment.rank)
        threads[origin] = Thread(origin, current, by_id[origin].time, [c.id for c in ordered],
                                 author=by_id[origin].author)
    top: list[Thread] = []
    for origin, thread in threads.items():
        parent = by_id[origin].parent
        parent_origin = first_version(parent) if parent in by_id and page_of[parent] == page_of[origin] else None
        if parent_origin is not None and parent_origin != origin and not _is_below(threads, by_id, parent_origin,
                                                                                  origin, first_version):
            threads[parent_origin].replies.append(thread)
        else:
            top.append(thread)
    for thread in threads.values():
        thread.replies.sort(key=lambda t: by_id[t.id].rank())
    top.sort(key=lambda t: by_id[t.id].rank())
    return top


def _is_below(threads: dict[str, Thread], by_id: dict[str, Comment], start: str, target: str,
              first_version: Any) -> bool:
    """True if ``start``'s chain of parents reaches ``target`` (a cycle made by hand-written objects)."""
    seen: set[str] = set()
    cur: str | None = start
    while cur is not None and cur not in seen:
        if cur == target:
            return True
        seen.add(cur)
        parent = by_id[cur].parent
        cur = first_version(parent) if parent in by_id else None
    return False


class CommentStore(SharedConnection):
    """This client's comments (its own and pulled ones), through a connection of its own to history.sqlite."""

    def __init__(self, meta_dir: Path) -> None:
        path = Path(meta_dir) / DB_NAME
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"The comments in {path} could not be opened: {exc}.") from exc
        self._lock = threading.RLock()
        self._depth = 0
        try:
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    @classmethod
    def of(cls, wiki: Wiki) -> CommentStore:
        return cls(wiki.meta_dir)

    def __enter__(self) -> CommentStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    _write = SharedConnection.transaction
    _query = SharedConnection.query

    def _migrate(self) -> None:
        try:
            rows = self._query("SELECT value FROM comment_meta WHERE key = 'schema'")
            if rows and int(rows[0][0]) == SCHEMA_VERSION:
                return
        except sqlite3.OperationalError:
            pass
        with self._write() as conn:
            for statement in SCHEMA.strip().split(";"):
                if statement.strip():
                    conn.execute(statement)
            row = conn.execute("SELECT value FROM comment_meta WHERE key = 'schema'").fetchone()
            if row and int(row[0]) > SCHEMA_VERSION:
                raise StorageError(f"The comments in {self.path} were written by a newer wikidesk; update wikidesk.")
            conn.execute("INSERT OR REPLACE INTO comment_meta(key, value) VALUES('schema', ?)", (str(SCHEMA_VERSION),))

    # ----- writing ------------------------------------------------------------------------------------------
    def _insert(self, conn: sqlite3.Connection, c: Comment, *, published: bool, origin: str | None,
                seq: int | None, added: int) -> bool:
        cur = conn.execute(
            f"INSERT OR IGNORE INTO comments({_COLUMNS}, published, origin, seq, added) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (c.id, c.page_id, c.parent, c.supersedes, int(c.deleted), c.author, c.time, c.clock, c.text,
             int(published), origin, seq, added))
        return cur.rowcount > 0

    def _next_added(self, conn: sqlite3.Connection) -> int:
        return int(conn.execute("SELECT COALESCE(MAX(added), 0) + 1 FROM comments").fetchone()[0])

    def _new(self, history: History, c_fields: dict[str, Any]) -> Comment:
        comment = Comment(**c_fields, time=history.now(), clock=history.tick())
        problem = comment_problem(comment)
        if problem:
            raise WikiError(f"The comment cannot be saved: {problem}.")
        with self._write() as conn:
            self._insert(conn, comment, published=False, origin=None, seq=None, added=self._next_added(conn))
            self._mark_read(conn, comment.page_id)
        return comment

    def add(self, history: History, page_id: str, text: str, *, author: str, parent: str | None = None
            ) -> Comment:
        """A new comment on ``page_id`` (a reply to ``parent``, any version's id or a unique prefix of it)."""
        if not text.strip():
            raise WikiError("A comment needs some text.")
        parent_id = self.find(page_id, parent).id if parent else None
        return self._new(history, {"page_id": page_id, "parent": parent_id, "supersedes": None, "deleted": False,
                                   "author": author or "unknown", "text": text})

    def edit(self, history: History, page_id: str, ref: str, text: str, *, author: str) -> Comment:
        """A new version of a comment (``ref``: its id or a unique prefix) with new text."""
        if not text.strip():
            raise WikiError("A comment needs some text; to remove it, delete it.")
        thread = self.find(page_id, ref)
        return self._new(history, {"page_id": page_id, "parent": thread.current.parent,
                                   "supersedes": thread.current.id, "deleted": False, "author": author or "unknown",
                                   "text": text})

    def delete(self, history: History, page_id: str, ref: str, *, author: str) -> Comment:
        """A version of the comment that marks it deleted (earlier versions stay in history)."""
        thread = self.find(page_id, ref)
        return self._new(history, {"page_id": page_id, "parent": thread.current.parent,
                                   "supersedes": thread.current.id, "deleted": True, "author": author or "unknown",
                                   "text": ""})

    def add_all(self, history: History, comments: Iterable[Comment], *, published: bool, origin: str | None = None,
                seq: int | None = None) -> list[Comment]:
        """Store comments made elsewhere (pulled) in one transaction; returns those that were new."""
        items = list(comments)
        if not items:
            return []
        history.observe(max(c.clock for c in items))
        new: list[Comment] = []
        with self._write() as conn:
            added = self._next_added(conn)
            for c in items:
                if self._insert(conn, c, published=published, origin=origin, seq=seq, added=added):
                    new.append(c)
                    added += 1
            conn.executemany("INSERT OR IGNORE INTO comment_unread(page_id) VALUES(?)",
                             [(p,) for p in sorted({c.page_id for c in new})])
        return new

    def import_bulk(self, items: Iterable[tuple[Comment, str | None, int | None]]) -> int:
        """Every comment of a snapshot (comment, origin, seq), published and not marked new (a new member's
        page tree would otherwise light up everywhere); returns how many were new."""
        count = 0
        with self._write() as conn:
            added = self._next_added(conn)
            for c, origin, seq in items:
                if self._insert(conn, c, published=True, origin=origin, seq=seq, added=added):
                    added += 1
                    count += 1
        return count

    # ----- publishing (sync) --------------------------------------------------------------------------------
    def unpublished(self) -> list[Comment]:
        rows = self._query(f"SELECT {_COLUMNS} FROM comments WHERE published = 0 ORDER BY added")
        return [_row(r) for r in rows]

    def mark_published(self, ids: Iterable[str], seq: int, origin: str) -> None:
        with self._write() as conn:
            conn.executemany("UPDATE comments SET published = 1, origin = COALESCE(origin, ?), "
                             "seq = COALESCE(seq, ?) WHERE id = ?", [(origin, seq, i) for i in ids])

    def unpublish(self, origin: str, *, seq: int | None = None, after: int | None = None) -> int:
        """Send again what came in ``origin``'s segment ``seq`` (or its segments after ``after``)."""
        with self._write() as conn:
            if seq is not None:
                return conn.execute("UPDATE comments SET published = 0 WHERE origin = ? AND seq = ?",
                                    (origin, seq)).rowcount
            return conn.execute("UPDATE comments SET published = 0 WHERE origin = ? AND seq > ?",
                                (origin, after or 0)).rowcount

    def published_with_origin(self) -> list[tuple[Comment, str | None, int | None]]:
        """Every published comment with the segment it came in (for snapshots)."""
        rows = self._query(f"SELECT {_COLUMNS}, origin, seq FROM comments WHERE published = 1 ORDER BY page_id, "
                           "clock, id")
        return [(_row(r), r[9], r[10]) for r in rows]

    # ----- reading ------------------------------------------------------------------------------------------
    def page_comments(self, page_id: str) -> list[Comment]:
        """Every version of every comment of the page, oldest first (the page's discussion history)."""
        rows = self._query(f"SELECT {_COLUMNS} FROM comments WHERE page_id = ? ORDER BY clock, id", (page_id,))
        return [_row(r) for r in rows]

    def thread(self, page_id: str) -> list[Thread]:
        """The page's discussion: top-level comments oldest first, replies under them."""
        return build_threads(self.page_comments(page_id))

    def get(self, comment_id: str) -> Comment | None:
        rows = self._query(f"SELECT {_COLUMNS} FROM comments WHERE id = ?", (comment_id,))
        return _row(rows[0]) if rows else None

    def all_comments(self) -> Iterator[Comment]:
        """Every comment object, by page then clock (exports)."""
        for r in self._query(f"SELECT {_COLUMNS} FROM comments ORDER BY page_id, clock, id"):
            yield _row(r)

    def ids(self) -> list[str]:
        return [r[0] for r in self._query("SELECT id FROM comments ORDER BY id")]

    def pages_with_comments(self) -> list[str]:
        return [r[0] for r in self._query("SELECT DISTINCT page_id FROM comments ORDER BY page_id")]

    def find(self, page_id: str, ref: str) -> Thread:
        """The comment of ``page_id`` one of whose versions has the id (or unique prefix, >= 4 chars) ``ref``."""
        ref = ref.strip().lower()
        if len(ref) < 4:
            raise CommentNotFoundError(f"Give at least 4 characters of the comment id (got “{ref}”).")
        matches: dict[str, Thread] = {}
        for _depth, thread in (w for t in self.thread(page_id) for w in t.walk()):
            if any(v.startswith(ref) for v in thread.versions):
                matches[thread.id] = thread
        if not matches:
            raise CommentNotFoundError(f"This page has no comment “{ref}”.")
        if len(matches) > 1:
            raise AmbiguousCommentError(f"The comment id “{ref}” matches several comments; give more of it.")
        return next(iter(matches.values()))

    # ----- read marks ---------------------------------------------------------------------------------------
    def _mark_read(self, conn: sqlite3.Connection, page_id: str) -> None:
        conn.execute("DELETE FROM comment_unread WHERE page_id = ?", (page_id,))

    def mark_read(self, page_id: str) -> None:
        """The person has seen the page's discussion as it is now."""
        with self._write() as conn:
            self._mark_read(conn, page_id)

    def unread_pages(self) -> set[str]:
        """Pages with comments that arrived from others since the page's discussion was last seen here (kept
        as a small table of its own: the page tree asks often)."""
        return {r[0] for r in self._query("SELECT page_id FROM comment_unread")}

