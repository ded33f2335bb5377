"""Local page history: records each local change as a revision and answers history questions.

``History`` is what ``wiki.history`` holds. It owns the SQLite database (:class:`~.db.HistoryDB`, its private
detail), this client's identity (the client id sync writes under) and the Lamport clock, and answers sync's
questions by methods (what is unpublished, which pages lag behind, which revision holds some bytes, ...). Sync's
own state (cursors, outbox, segment numbers, mirror) is sync's: :mod:`wikidesk.core.sync.state`. Queries and
diffs live in :mod:`~.queries`, restore and conflict resolution in :mod:`~.revising`, picking up edits made
outside the app in :mod:`~.scan`.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from wikidesk.core.errors import StorageError
from wikidesk.core.history.db import HistoryDB, WorktreeEntry
from wikidesk.core.history.errors import AmbiguousRevisionError, HistoryStoreError, RevisionNotFoundError
from wikidesk.core.history.model import Revision, blob_hash, utc_now_iso
from wikidesk.core.names import name_key

DB_NAME = "history.sqlite"
IMPORT_CACHE_KIB = 65_536  # SQLite's page cache while a snapshot is taken in (then back to its default)


@contextmanager
def _page_cache(db: HistoryDB, kib: int) -> Iterator[None]:
    """A larger page cache for one bulk insert: its index inserts land all over the indexes, and with SQLite's
    default 2 MB cache most of them go to the disk and back (a 200,000-revision snapshot: 23 s -> 8 s). 64 MB
    took that snapshot in with the CPU time of 128 MB and 74 MB less peak memory (32 MB: ~10 % more CPU)."""
    before = db.query("PRAGMA cache_size")[0][0]
    db.query(f"PRAGMA cache_size = -{int(kib)}")
    try:
        yield
    finally:
        db.query(f"PRAGMA cache_size = {int(before)}")  # SQLite frees the pages beyond it


def new_client_id() -> str:
    return secrets.token_hex(6)


class History:
    """Every revision this client knows, with this client's identity and logical clock."""

    def __init__(self, root: Path, meta_dir: Path, *, now: Callable[[], str] = utc_now_iso) -> None:
        self.root = Path(root)
        try:
            self.db = HistoryDB(Path(meta_dir) / DB_NAME)
        except (OSError, sqlite3.Error) as exc:  # a read-only, full or broken disk; a bug still surfaces
            raise HistoryStoreError(f"The page history in {meta_dir} could not be opened: {exc}.") from exc
        self.now = now
        self.lock = threading.RLock()
        self.db.set_state_default("client_id", new_client_id())
        self.db.set_state_default("clock", "0")

    # ----- identity and clock -------------------------------------------------------------------------------
    @property
    def client_id(self) -> str:
        return self.db.get_state("client_id") or ""

    def take_new_identity(self) -> str:
        """Become a new client (after sync found another writer with our identity); returns the new id. Sync
        keeps its segment numbers per client id, so the new identity starts at 1."""
        client = new_client_id()
        self.db.set_state("client_id", client)
        return client

    def clock(self) -> int:
        return int(self.db.get_state("clock") or 0)

    def tick(self, *seen: int) -> int:
        """Advance the Lamport clock past everything seen; returns the new value."""
        with self.db.transaction():
            value = max(self.clock(), *seen, 0) + 1
            self.db.set_state("clock", str(value))
            return value

    def observe(self, clock: int) -> None:
        with self.db.transaction():
            if clock > self.clock():
                self.db.set_state("clock", str(clock))

    # ----- recording ----------------------------------------------------------------------------------------
    def record(self, *, page_id: str, path: str, data: bytes | None, author: str, summary: str,
               kind: str = "page", parents: list[str] | None = None) -> Revision | None:
        """Record a local change (``data=None``: deleted) as a new unpublished revision.

        Parents default to the revision the working file came from (or the page's heads). Returns None when
        nothing changed (same content and path as the parent).
        """
        with self.lock, self.db.transaction():
            current = self.db.worktree(page_id)
            if parents is None:
                if current is not None and current.rev_id and self.db.get_revision(current.rev_id):
                    parents = [current.rev_id]
                else:
                    parents = [h.id for h in self.db.heads(page_id)]
            parent_revs = [r for r in (self.db.get_revision(p) for p in parents) if r is not None]
            digest = None if data is None else blob_hash(data)
            if len(parent_revs) == 1 and parent_revs[0].blob == digest and parent_revs[0].path == path:
                self._track(page_id, path, parent_revs[0].id, digest)
                return None
            if data is None and not parent_revs:
                return None  # never known: nothing to remember
            rev = Revision(page_id=page_id, kind=kind, path=path, blob=digest, size=len(data or b""),
                           parents=tuple(parents), author=author or "unknown", time=self.now(),
                           clock=self.tick(*(r.clock for r in parent_revs)), summary=summary)
            if data is not None:
                self.db.put_blob(rev.blob or "", data)
            self.db.insert_revision(rev, published=False)
            self._track(page_id, path, rev.id, digest)
            return rev

    def add(self, rev: Revision, data: bytes | None, *, published: bool, origin: str | None = None,
            seq: int | None = None) -> bool:
        """Store a revision made elsewhere (pulled) or by sync (a merge); returns False if already known."""
        with self.lock, self.db.transaction():
            if data is not None:
                self.db.put_blob(blob_hash(data), data)
            self.observe(rev.clock)
            return self.db.insert_revision(rev, published=published, origin=origin, seq=seq)

    def add_all(self, items: Iterable[tuple[Revision, bytes | None]], *, published: bool,
                origin: str | None = None, seq: int | None = None) -> list[Revision]:
        """Store several revisions (e.g. one segment's) in one transaction; returns those that were new."""
        with self.lock, self.db.transaction():
            return [rev for rev, data in items
                    if self.add(rev, data, published=published, origin=origin, seq=seq)]

    def _track(self, page_id: str, path: str, rev_id: str | None, etag: str | None) -> None:
        """Remember what the working folder now holds for this page (``etag=None``: no file)."""
        if etag is None:
            self.db.drop_worktree(page_id)
            return
        try:
            st = (self.root / path).stat()
            sig: tuple[int | None, int | None] = (st.st_mtime_ns, st.st_size)
        except OSError:
            sig = (None, None)
        self.db.set_worktree(WorktreeEntry(page_id, path, rev_id, etag, *sig), name_key(path))

    def track(self, page_id: str, path: str | None, rev_id: str | None, etag: str | None) -> None:
        with self.lock:
            if path is None or etag is None:
                self.db.drop_worktree(page_id)
            else:
                self._track(page_id, path, rev_id, etag)

    def track_all(self, entries: Iterable[tuple[str, str | None, str | None, str | None]]) -> None:
        """:meth:`track` for many ``(page_id, path, rev_id, etag)`` in one transaction (sync, after a batch)."""
        with self.lock, self.db.transaction():
            for page_id, path, rev_id, etag in entries:
                self.track(page_id, path, rev_id, etag)

    # ----- reading ------------------------------------------------------------------------------------------
    def content(self, rev: Revision) -> bytes | None:
        """The file bytes of a revision (None for a deletion)."""
        if rev.blob is None:
            return None
        data = self.db.get_blob(rev.blob)
        if data is None:
            raise StorageError(f"The content of revision {rev.id[:8]} is missing from the local history.")
        return data

    def revision(self, ref: str, page_id: str | None = None) -> Revision:
        """A revision by id or unique id prefix (at least 4 characters), optionally within one page."""
        ref = ref.strip().lower()
        if len(ref) < 4:
            raise RevisionNotFoundError(f"Give at least 4 characters of the revision id (got “{ref}”).")
        found = [r for r in self.db.find_revisions(ref) if page_id is None or r.page_id == page_id]
        if not found:
            raise RevisionNotFoundError(f"There is no revision “{ref}”" + (" of this page." if page_id else "."))
        if len(found) > 1:
            raise AmbiguousRevisionError(f"The revision id “{ref}” matches several revisions; give more of it.")
        return found[0]

    def page_revisions(self, page_id: str) -> list[Revision]:
        return self.db.page_revisions(page_id)

    def heads(self, page_id: str) -> list[Revision]:
        return self.db.heads(page_id)

    def added_since(self, added: int, limit: int, *, kind: str = "page") -> list[tuple[int, Revision]]:
        """Revisions in the order this history took them in (``added`` is a local counter, 0 before the first), for
        caches that follow history: ``(added, revision)`` of up to ``limit`` of ``kind`` after ``added``."""
        return self.db.added_since(added, limit, kind)

    def added_counts(self, added: int) -> tuple[int, int]:
        """``(the newest added counter, how many revisions came after ``added``)``."""
        return self.db.added_counts(added)

    def revision_added_at(self, added: int) -> str | None:
        """The id of the revision with that added counter (None if there is none: another history file)."""
        return self.db.revision_added_at(added)

    def newest(self, batch: int = 256) -> Iterator[Revision]:
        """Every revision, newest (highest logical clock) first, read a batch at a time as the caller goes on."""
        before: tuple[int, str] | None = None
        while True:
            revisions = self.db.newest_revisions(batch, before)
            yield from revisions
            if len(revisions) < batch:
                return
            before = (revisions[-1].clock, revisions[-1].id)

    def needs_first_scan(self) -> bool:
        """True until the pages already in the folder were taken in, the first time history was opened."""
        return self.db.get_state("initial_scan") is None

    def first_scan_done(self) -> None:
        self.db.set_state("initial_scan", utc_now_iso())

    def pages_in_conflict(self) -> list[str]:
        """Ids of the pages with more than one head (concurrent versions not merged), sorted; kept up to date as
        heads change, so asking costs O(pages in conflict), not O(pages)."""
        return self.db.multi_head_pages()

    def page_last_at(self, *path_keys: str) -> str | None:
        """The page whose newest revision at any of these paths (:func:`name_key` form) is the newest; None if
        no revision was ever there."""
        for page_id, path in self.db.query("SELECT page_id, path FROM revisions ORDER BY clock DESC"):
            if name_key(path) in path_keys:
                return page_id
        return None

    def worktree(self, page_id: str) -> WorktreeEntry | None:
        return self.db.worktree(page_id)

    def worktree_at(self, path: str) -> list[WorktreeEntry]:
        """The working files recorded under this name (ignoring case and Unicode form)."""
        return self.db.worktree_at(name_key(path))

    def get_revision(self, rev_id: str) -> Revision | None:
        """The revision with exactly this id, or None."""
        return self.db.get_revision(rev_id)

    def revision_ids(self) -> list[str]:
        """The id of every revision, sorted."""
        return self.db.all_revision_ids()

    def page_ids(self) -> list[str]:
        """Every page history knows (with at least one head, deleted ones too), sorted."""
        return self.db.page_ids()

    def all_heads(self) -> list[tuple[str, str]]:
        """(page id, head revision id) of every page, sorted."""
        return self.db.head_pairs()

    def blob(self, digest: str) -> bytes | None:
        """The bytes with this content hash, if history holds them."""
        return self.db.get_blob(digest)

    def all_contents(self) -> Iterator[bytes]:
        """The bytes of every content history holds (for checks and tests)."""
        return self.db.all_blobs()

    def knows_content(self, digest: str) -> bool:
        """True if some revision holds exactly these bytes."""
        return self.db.has_blob_revision(digest)

    def revision_with_content(self, page_id: str, digest: str) -> str | None:
        """The newest revision of ``page_id`` that holds these bytes."""
        return self.db.revision_with_blob(page_id, digest)

    def names_of_content(self, digest: str) -> list[tuple[str, str]]:
        """(page id, path) of every revision that holds these bytes."""
        return self.db.pages_with_blob(digest)

    def pages_behind_history(self) -> list[str]:
        """Pages whose working file is not at one of their heads: a round that pulled them was interrupted before
        it wrote the file (or a local edit kept it back). A deleted page without a file is not behind."""
        return self.db.pages_behind_history()

    # ----- publishing (sync) --------------------------------------------------------------------------------
    def unpublished(self, limit: int | None = None) -> list[Revision]:
        """Revisions not on the share yet, in the order they were added (the first ``limit`` if given: a push
        takes them a segment at a time)."""
        return self.db.unpublished(limit)

    def unpublished_pages(self) -> set[str]:
        """The pages with revisions not on the share yet."""
        return self.db.unpublished_pages()

    def unpublished_count(self) -> int:
        """How many revisions are not on the share yet."""
        return self.db.unpublished_count()

    def mark_published(self, rev_ids: Iterable[str], seq: int, origin: str) -> None:
        """These revisions are on the share in ``origin``'s segment ``seq`` (a revision keeps its first origin)."""
        with self.lock:
            self.db.mark_published(list(rev_ids), seq, origin)

    def unpublish(self, origin: str, seq: int) -> int:
        """Send again what came in ``origin``'s segment ``seq`` (it vanished or is damaged); returns how many."""
        with self.lock:
            return self.db.unpublish(origin, seq=seq)

    def unpublish_after(self, origin: str, seq: int) -> int:
        """Send again what came in ``origin``'s segments after ``seq`` (they vanished); returns how many."""
        with self.lock:
            return self.db.unpublish(origin, after=seq)

    # ----- snapshots (sync) ---------------------------------------------------------------------------------
    def published_batches(self, size: int = 1000) -> Iterator[list[tuple[Revision, str | None, int | None]]]:
        """Every published revision with the client and segment number it came in, by page then clock, ``size``
        at a time (one query each: memory stays at one batch whatever the history's size)."""
        after: tuple[str, int, str] | None = None
        while batch := self.db.published_after(after, size):
            yield batch
            last = batch[-1][0]
            after = (last.page_id, last.clock, last.id)

    def contents_of(self, digests: Sequence[str], *, larger: int | None = None, budget: int = 8 << 20
                    ) -> Iterator[tuple[str, bytes | None]]:
        """(hash, bytes) of each of ``digests`` held (absent ones left out; none twice), in their order, read a few
        at a time: at most ``budget`` stored bytes at once (one content bigger than that alone). A content that
        takes more than ``larger`` bytes here (so is larger than that) comes as (hash, None), unread."""
        wanted = list(dict.fromkeys(digests))
        sizes = self.db.stored_sizes(wanted)
        group: list[str] = []
        held = 0
        for digest in (d for d in wanted if d in sizes):
            if larger is not None and sizes[digest] > larger:
                yield from self._contents(group)
                group, held = [], 0
                yield digest, None
                continue
            if group and held + sizes[digest] > budget:
                yield from self._contents(group)
                group, held = [], 0
            group.append(digest)
            held += sizes[digest]
        yield from self._contents(group)

    def _contents(self, digests: list[str]) -> Iterator[tuple[str, bytes | None]]:
        found = self.db.get_blobs(digests) if digests else {}
        yield from ((d, found[d]) for d in digests if d in found)

    def import_published(self, items: list[tuple[Revision, str | None, int | None]],
                         contents: Iterable[tuple[str, bytes]]) -> int:
        """Take in a snapshot's revisions (published, with their origin) and contents in one transaction; heads
        are recomputed from the DAG and the clock moves past every revision. Returns how many were new."""
        return self.import_published_batches([(items, contents)])

    def import_published_batches(self, batches: Iterable[tuple[Sequence[tuple[Revision, str | None, int | None]],
                                                               Iterable[tuple[str, bytes]]]]) -> int:
        """:meth:`import_published` for revisions and contents that arrive a batch at a time (a snapshot read
        part by part): one transaction for all of them, so an exception raised by ``batches`` (a damaged part)
        leaves history as it was. Returns how many revisions were new."""
        with self.lock, _page_cache(self.db, IMPORT_CACHE_KIB), self.db.transaction():
            new, top = self.db.import_batches(batches)
            if top:
                self.observe(top)
            return new

    # ----- checking -----------------------------------------------------------------------------------------
    def integrity_problem(self) -> str | None:
        """SQLite's verdict on the history file, None if it is sound."""
        verdict = self.db.integrity()
        return None if verdict == "ok" else verdict

    def missing_contents(self) -> list[tuple[str, str]]:
        """(revision id, path) of revisions whose content is missing."""
        return self.db.missing_blobs()

    def rebuild_heads(self) -> int:
        """Recompute every page's heads from the revision DAG (and the pages in conflict from the heads) if they
        disagree; returns entries fixed."""
        with self.lock:
            return self.db.rebuild_heads()

    def close(self) -> None:
        self.db.close()

