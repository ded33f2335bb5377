"""The search index of one wiki: open (or recreate) it, apply updates, and answer queries.

The index lives in the per-user cache folder, never on a share. Opening checks it: a missing, corrupt (files that
fail to load) or incompatible (tantivy's ``Index.is_compatible``, or our own schema version) index is replaced by
an empty one and :attr:`SearchIndex.problem` says why, so the caller can rebuild it from the pages.

Documents are keyed by page path (a copied file may repeat another page's id; paths are unique), so a rename
is a delete of the old path plus an upsert of the new one. Updates are queued and committed in order by whoever
holds the writer; a writer held by another process (tantivy's ``LockBusy``) is waited for with back-off and, if
it stays busy, the updates stay queued for the next :meth:`SearchIndex.flush`. Nothing is dropped. After each
commit the reader is reloaded by hand, so a change is searchable as soon as :meth:`flush` returns.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tantivy

from wikidesk.core import pacing
from wikidesk.core.errors import StorageError, WikiError
from wikidesk.core.search import schema as s
from wikidesk.core.search.searching import DocFreqs, run_search
from wikidesk.core.search.texts import PageTexts, StoredPage

if TYPE_CHECKING:  # the writing side (documents) is imported where it is used: a search does not load it
    from wikidesk.core.search.document import IndexDoc
    from wikidesk.core.search.results import SearchResults

MARKER = "wikidesk-index.json"
UPDATE_HEAP = 32_000_000
BUILD_HEAP = 64_000_000  # 256 MB: the build's main process 203 MB, 64 MB: 150 MB, the same CPU (20,000 pages)
RELOAD_INTERVAL = 1.0  # seconds; picks up commits made by another process
COMPACT_MIN = 256_000_000  # texts.bin garbage (records of changed pages) that, beyond twice the live records,
# makes opening rebuild the index


class IndexBusyError(WikiError):
    """Another process holds the index writer for longer than we wait."""


class IndexClosedError(WikiError):
    """The index was used after :meth:`SearchIndex.close`."""


def _is_lock_busy(exc: BaseException) -> bool:
    return "LockBusy" in str(exc)


Op = tuple[str, Any]  # ("upsert", fields) | ("delete", page_id) | ("delete_path", path)


class SearchIndex:
    """One tantivy index on disk plus a queue of pending updates."""

    def __init__(self, path: Path, *, lock_timeout: float = 5.0):
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.problem: str | None = None  # "missing" | "corrupt" | "incompatible" when opening had to start over
        self.schema = s.build_schema()
        self._write_lock = threading.RLock()
        self._pending_lock = threading.Lock()
        self._pending: list[Op] = []
        self._reload_at = 0.0
        self._loaded_stamp: tuple[int, int, int] | None = None
        self._doc_freqs: DocFreqs | None = None
        self._complete: bool | None = None
        self._writer: tantivy.IndexWriter | None = None
        self.texts = PageTexts(self.path)
        self._index: tantivy.Index | None = self._open()

    # --- opening ---------------------------------------------------------------------------------------------------

    def _read_marker(self) -> dict[str, Any] | None:
        try:
            data = json.loads((self.path / MARKER).read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None

    def _write_marker(self, **changes: Any) -> None:
        data = self._read_marker() or {}
        data.update(schema=s.SCHEMA_VERSION, **changes)
        tmp = self.path / (MARKER + ".tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        tmp.replace(self.path / MARKER)

    def _open(self) -> tantivy.Index:
        self.path.mkdir(parents=True, exist_ok=True)
        marker = self._read_marker()
        if not (self.path / "meta.json").exists():
            return self._create("missing" if marker is None else "corrupt")
        if marker is None or marker.get("schema") != s.SCHEMA_VERSION:
            return self._create("incompatible")
        if not self.texts.check():
            return self._create("corrupt")
        live = marker.get("texts_live")
        if isinstance(live, int) and self.texts.size() - live > max(COMPACT_MIN, 2 * live):
            return self._create("compact")
        try:
            if not tantivy.Index.is_compatible(str(self.path)):
                return self._create("incompatible")
            index = tantivy.Index.open(str(self.path))
            self._prepare(index)
            searcher = index.searcher()
            # The record written last must be whole (texts.bin cut short, or replaced, fails here).
            last = searcher.search(tantivy.Query.all_query(), 1, count=False, order_by_field=s.TEXT_AT).hits
            for _, address in last:
                if self.page(address, searcher) is None:
                    return self._create("corrupt")
            return index
        except BaseException as exc:  # tantivy raises ValueError, or a PanicException (a BaseException)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            return self._create("corrupt")

    def _prepare(self, index: tantivy.Index) -> None:
        s.register_analyzers(index)
        index.config_reader(reload_policy="manual")
        self._reload(index)

    def _create(self, reason: str) -> tantivy.Index:
        import shutil  # only when the index is (re)created

        try:
            self.texts.close()
            if self.path.exists():
                shutil.rmtree(self.path)
            self.path.mkdir(parents=True)
            self.texts.create()
            index = tantivy.Index(self.schema, path=str(self.path), reuse=False)
        except (OSError, ValueError) as exc:
            raise StorageError(f"The search index at {self.path} cannot be recreated ({exc}).") from exc
        self._prepare(index)
        self._write_marker(complete=False)
        self._complete = False
        self.problem = reason
        return index

    def reset(self) -> None:
        """Throw the index away and start empty (for a full rebuild)."""
        with self._write_lock:
            self._live()
            self.release_writer()
            self._index = self._create("rebuild")

    @property
    def build_complete(self) -> bool:
        """False until a full build has finished once (an interrupted build leaves it False)."""
        if self._complete is None:
            self._complete = bool((self._read_marker() or {}).get("complete"))
        return self._complete

    def mark_build_complete(self, complete: bool = True, *, measure: bool = False) -> None:
        """Record whether a full build has finished; ``measure`` also notes how much of texts.bin is live (after
        a full build), against which its garbage is judged when the index is next opened."""
        changes: dict[str, Any] = {"complete": complete}
        if measure:
            searcher = self.searcher()
            hits = searcher.search(tantivy.Query.all_query(), max(1, searcher.num_docs), count=False).hits
            offsets = searcher.fast_field_values(s.TEXT_AT, [a for _, a in hits]) if hits else []
            changes["texts_live"] = self.texts.live_bytes([int(o or 0) for o in offsets])
        self._write_marker(**changes)
        self._complete = complete
        if complete:
            self.problem = None

    # --- reading ---------------------------------------------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        if time.monotonic() - self._reload_at > RELOAD_INTERVAL:
            self._reload_at = time.monotonic()
            if self._meta_stamp() != self._loaded_stamp:  # another process committed
                self.reload()
        return self._live().searcher()

    def _live(self) -> tantivy.Index:
        index = self._index
        if index is None:
            raise IndexClosedError(f"The search index at {self.path} is closed.")
        return index

    def _meta_stamp(self) -> tuple[int, int, int] | None:
        """What changes whenever anyone commits to the index (tantivy replaces ``meta.json`` atomically)."""
        try:
            st = (self.path / "meta.json").stat()
        except OSError:
            return None
        return st.st_ino, st.st_mtime_ns, st.st_size

    def reload(self) -> None:
        self._reload(self._live())

    def _reload(self, index: tantivy.Index) -> None:
        """Read what was last committed; remembered term counts belong to the previous generation."""
        self._loaded_stamp = self._meta_stamp()
        self.texts.refresh()
        index.reload()
        self._reload_at = time.monotonic()
        self._doc_freqs = None

    def doc_freqs(self, searcher: tantivy.Searcher) -> DocFreqs:
        """Term counts remembered until the next reload."""
        freqs = self._doc_freqs
        if freqs is None:
            freqs = self._doc_freqs = DocFreqs(searcher)
        return freqs

    @property
    def num_docs(self) -> int:
        return self.searcher().num_docs

    def stamps(self) -> dict[str, str]:
        """``path → stamp`` of every page in the index (what a resumed build compares against)."""
        from wikidesk.core.search.document import stamp_path

        terms = self.searcher().terms_with_prefix(s.STAMP, "", filter_query=tantivy.Query.all_query())
        return {stamp_path(term): term for term, _ in terms}

    def search(self, text: str, limit: int = 10, offset: int = 0, snippet_chars: int = 200) -> SearchResults:
        """Run a query typed by a person; never raises for odd input."""
        searcher = self.searcher()
        return run_search(
            searcher,
            self.schema,
            self.texts,
            text,
            limit=limit,
            offset=offset,
            snippet_chars=snippet_chars,
            doc_freq=self.doc_freqs(searcher),
        )

    def page(self, address: tantivy.DocAddress, searcher: tantivy.Searcher | None = None) -> StoredPage | None:
        """What the index shows for the document at ``address`` (title, text, ...)."""
        searcher = searcher or self.searcher()
        (offset,) = searcher.fast_field_values(s.TEXT_AT, [address])
        return self.texts.read(int(offset or 0))

    # --- writing ---------------------------------------------------------------------------------------------------

    def submit(self, upserts: Iterable[IndexDoc] = (), deletes: Iterable[str] = (), deleted_paths: Iterable[str] = ()):
        """Queue changes; they become searchable at the next :meth:`flush`."""
        from wikidesk.core.search.document import to_fields

        self._live()
        ops: list[Op] = [("delete_path", p) for p in deleted_paths]
        ops += [("delete", pid) for pid in deletes]
        for doc in upserts:
            pacing.pause()  # a paced thread (the app's live updater) lets the window have the lock between pages
            ops.append(("upsert", to_fields(doc)))
        with self._pending_lock:
            self._pending.extend(ops)

    def apply(self, upserts: Iterable[IndexDoc] = (), deletes: Iterable[str] = (), deleted_paths: Iterable[str] = ()):
        """Queue changes and commit them now (raises :class:`IndexBusyError` if another process keeps the writer)."""
        self.submit(upserts, deletes, deleted_paths)
        self.flush()

    @property
    def pending(self) -> int:
        with self._pending_lock:
            return len(self._pending)

    def flush(self, wait: bool = True) -> bool:
        """Commit queued changes. Returns False (changes stay queued) if the writer is busy and ``wait`` is False.

        The writer stays open afterwards, so the next change commits at once while segment merges go on in the
        background; :meth:`release_writer` (the live updater calls it when idle) lets other processes write.
        """
        if not self._write_lock.acquire(blocking=wait):
            return False
        try:
            while True:
                with self._pending_lock:
                    ops = list(self._pending)
                if not ops:
                    return True
                writer = self._writer or self._acquire_writer(UPDATE_HEAP, 1, wait)
                if writer is None:
                    return False
                self._writer = writer
                try:
                    _commit_ops(writer, self.texts, ops)
                except BaseException:
                    self._writer = None
                    writer.rollback()
                    raise
                with self._pending_lock:
                    del self._pending[: len(ops)]
                self.reload()
        finally:
            self._write_lock.release()

    @property
    def holds_writer(self) -> bool:
        return self._writer is not None

    def release_writer(self) -> None:
        """Let background merges finish and give the writer lock back (to other processes)."""
        with self._write_lock:
            writer, self._writer = self._writer, None
            if writer is not None:
                writer.wait_merging_threads()
                if self._index is not None:  # let go of the segments merged away: their mapped pages leave RSS
                    self._reload(self._index)
            self.texts.release()

    def _acquire_writer(self, heap: int, threads: int, wait: bool = True) -> tantivy.IndexWriter | None:
        deadline = time.monotonic() + (self.lock_timeout if wait else 0.0)
        delay = 0.01
        while True:
            try:
                return self._live().writer(heap, threads)
            except ValueError as exc:
                if not _is_lock_busy(exc):
                    raise StorageError(f"The search index cannot be written ({exc}).") from exc
                if time.monotonic() >= deadline:
                    if not wait:
                        return None
                    raise IndexBusyError(
                        "The search index is busy in another wikidesk window; "
                        "your change will be indexed when it is free."
                    ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 0.25)

    @contextmanager
    def bulk(self, threads: int = 1, heap: int = BUILD_HEAP, fresh: bool = False) -> Iterator[BulkWriter]:
        """Hold the writer for a long job (a full build); queued updates are committed along with it."""
        with self._write_lock:
            self.release_writer()
            writer = self._acquire_writer(heap, threads)
            assert writer is not None
            bulk = BulkWriter(self, writer, fresh)
            try:
                yield bulk
            except BaseException as exc:
                if isinstance(exc, (GeneratorExit, KeyboardInterrupt)):
                    bulk.commit()  # keep what was indexed, so the next build resumes from here
                    writer.wait_merging_threads()
                else:
                    writer.rollback()
                raise
            else:
                bulk.commit()
                writer.wait_merging_threads()
            finally:
                self.texts.release()
        self.flush(wait=False)

    def close(self) -> None:
        """Commit what is queued (best effort), give the writer back and let go of the index and its reader, so
        none of tantivy's threads outlives the index (its file watcher ends within half a second). Any later use
        raises :class:`IndexClosedError`; closing again does nothing."""
        if self._index is None:
            return
        try:
            self.flush(wait=True)
        except WikiError:
            pass
        with self._write_lock:
            self.release_writer()
            self._index = None
            self._doc_freqs = None
            self.texts.close()


class BulkWriter:
    """A writer held for a long job; :meth:`commit` also applies updates queued meanwhile."""

    def __init__(self, index: SearchIndex, writer: tantivy.IndexWriter, fresh: bool):
        self._owner = index
        self._writer = writer
        self._fresh = fresh
        self.added = 0

    def add(self, fields: dict[str, Any]) -> None:
        if not self._fresh:
            self._writer.delete_documents_by_term(s.PATH, fields[s.PATH])
        self._writer.add_document(_document(self._owner.texts, fields))
        self.added += 1

    def delete_path(self, path: str) -> None:
        self._writer.delete_documents_by_term(s.PATH, path)

    def commit(self) -> None:
        owner = self._owner
        with owner._pending_lock:
            ops = list(owner._pending)
        _commit_ops(self._writer, owner.texts, ops)
        with owner._pending_lock:
            del owner._pending[: len(ops)]
        owner.reload()


def _document(texts: PageTexts, fields: dict[str, Any]) -> tantivy.Document:
    """The page's record appended to texts.bin, and its tantivy document pointing at it."""
    from wikidesk.core.search.document import to_document

    return to_document(fields, texts.append(fields))


def _commit_ops(writer: tantivy.IndexWriter, texts: PageTexts, ops: list[Op]) -> None:
    """Apply ``ops`` and commit; the records they appended are on disk before the commit that points at them."""
    try:
        for kind, value in ops:
            pacing.pause()
            if kind == "upsert":
                writer.delete_documents_by_term(s.PATH, value[s.PATH])
                writer.add_document(_document(texts, value))
            elif kind == "delete":
                writer.delete_documents_by_term(s.ID, value)
            elif kind == "delete_path":
                writer.delete_documents_by_term(s.PATH, value)
        texts.sync()
        writer.commit()
    except BaseException:
        texts.abandon()  # the writer is given up: the texts file's end must be asked again next time
        raise
