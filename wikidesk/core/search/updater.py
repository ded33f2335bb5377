"""Keep the index in step with a wiki while it is open: every save, rename, delete and synced change.

Changes arrive through ``Wiki.subscribe`` on whatever thread made them; they are only queued there. One
background thread reads and renders the changed pages, queues the index updates and commits them. If the
writer is busy (a build in this process, or another wikidesk process), the updates stay queued and are retried
until they are in: none is dropped.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from wikidesk.core import pacing
from wikidesk.core.errors import WikiError
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.source import read_doc

log = logging.getLogger(__name__)
RETRY_DELAY = 0.2
IDLE_RELEASE = 2.0  # seconds without changes before the writer is given back
MAX_RETRY_DELAY = 2.0


class LiveUpdater:
    """Applies wiki changes to a :class:`SearchIndex` on a background thread."""

    def __init__(self, index: SearchIndex, root: Path):
        self.index = index
        self.root = Path(root)
        self._changes: list[Any] = []
        self._cond = threading.Condition()
        self._busy = False
        self._stop = False
        self._unsubscribe: Callable[[], None] | None = None
        self._thread = threading.Thread(target=self._run, name="wikidesk-search-updater", daemon=True)
        self.last_error: str | None = None
        # Called on the updater's thread each time it has given the writer back (idle): the app hands the heap the
        # writer and its merges freed back to the OS there (~38 MB after two rounds of 5 changes at 100,000 pages).
        self.after_release: Callable[[], object] | None = None
        # Paced (:mod:`wikidesk.core.pacing`): the thread rests briefly between pages, so that a window's thread gets
        # the interpreter lock at once while a big batch (a sync round that took in 2,000 pages) is indexed.
        self.paced = False

    def attach(self, wiki: Any) -> None:
        """Subscribe to ``wiki`` and start the thread."""
        self._unsubscribe = wiki.subscribe(self.on_change)
        if not self._thread.is_alive():
            self._thread.start()

    def start(self) -> None:
        if not self._thread.is_alive():
            self._thread.start()

    def on_change(self, change: Any) -> None:
        """A ``WikiChange`` (kind, page_id, path, old_path); cheap, safe from any thread."""
        with self._cond:
            self._changes.append(change)
            self._cond.notify_all()

    def _take(self) -> list[Any] | None:
        """The next batch of changes; None after :data:`IDLE_RELEASE` seconds without any (while holding the writer)."""
        with self._cond:
            deadline = time.monotonic() + IDLE_RELEASE
            while not self._changes and not self._stop and not self.index.pending:
                if not self.index.holds_writer:
                    self._cond.wait()
                    continue
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                self._cond.wait(timeout=left)
            batch, self._changes = self._changes, []
            self._busy = True
            return batch

    def _run(self) -> None:
        delay = RETRY_DELAY
        while True:
            batch = self._take()
            if batch is None:
                self.index.release_writer()  # idle: let merges finish and other processes write
                if self.after_release is not None:
                    self.after_release()
                continue
            try:
                with pacing.paced() if self.paced else nullcontext():
                    if batch:
                        self._queue_updates(batch)
                    done = self.index.flush(wait=False)
                self.last_error = None
            except WikiError as exc:  # busy for long, or the disk refuses: keep the updates, try again
                done = False
                self.last_error = str(exc)
            except Exception as exc:
                log.exception("search index update failed")
                done = False
                self.last_error = f"{type(exc).__name__}: {exc}"
            with self._cond:
                self._busy = False
                self._cond.notify_all()
                if self._stop and (done or not self.index.pending):
                    return
            if done:
                delay = RETRY_DELAY
            else:
                with self._cond:
                    self._cond.wait(timeout=delay)
                    if self._stop and not self.index.pending:
                        return
                delay = min(delay * 2, MAX_RETRY_DELAY)

    def _queue_updates(self, batch: list[Any]) -> None:
        queue_changes(self.index, self.root, batch)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every change so far is committed and searchable; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while self._changes or self._busy or self.index.pending:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.notify_all()
                self._cond.wait(timeout=min(left, 0.05))
        return True

    def close(self, timeout: float = 10.0) -> None:
        """Unsubscribe, commit what is queued and stop the thread."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        with self._cond:
            self._stop = True
            self._cond.notify_all()
        if self._thread.is_alive():
            self._thread.join(timeout)


def queue_changes(index: SearchIndex, root: Path, batch: list[Any]) -> None:
    """Queue index updates for a batch of ``WikiChange``s (the latest state of each changed page wins)."""
    latest: dict[str, Any] = {}
    removed: list[str] = []
    for change in batch:
        path = str(change.path)
        old = getattr(change, "old_path", None)
        if old and old != path:
            removed.append(str(old))
            latest.pop(str(old), None)
        if change.kind == "delete":
            removed.append(path)
            latest.pop(path, None)
        elif path.lower().endswith(".md"):
            latest[path] = change
    docs = []
    for path in latest:
        pacing.pause()
        doc = read_doc(root, path)
        if doc is None:
            removed.append(path)  # saved and gone again before we got to it
        else:
            docs.append(doc)
    index.submit(upserts=docs, deleted_paths=removed)
