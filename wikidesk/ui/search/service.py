"""Connects the core's :class:`WikiSearch` (index + live updates) to the window.

The index is opened off the UI thread; the core's live updater follows every wiki change on its own thread; the
catch-up build (or rebuild of a damaged index) runs as a cancellable task with progress in the status bar.
Searching works while a build runs, on what is indexed so far, and the results say so.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal

from wikidesk.core.search.build import Progress
from wikidesk.core.search.service import WikiSearch
from wikidesk.ui import heap
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.session import WikiSession
from wikidesk.ui.tasks import Cancelled, Task


def build_workers() -> int:
    """Parser processes for a build: leave one core to the window, so typing never waits on indexing."""
    return max(1, (os.cpu_count() or 2) - 1)


def build_and_trim(engine: WikiSearch, full: bool) -> Iterator[Progress]:
    """The index build, then its freed heap handed back to the OS (in the build's worker, before the build is reported
    done): glibc keeps what the writer and the build's buffers freed (at 100,000 pages RssAnon was ~100 MB higher
    at that moment than after a trim)."""
    yield from engine.update_job(full=full)
    heap.trim_heap()


class SearchService(QObject):
    ready = Signal()  # the index is open (maybe still building)
    built = Signal(str)  # the catch-up build ended, with its last message ("cancelled" if stopped)

    def __init__(self, window: MainWindow, session: WikiSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.engine: WikiSearch | None = None
        self.building: Task | None = None
        self.last_message = ""
        self._stopped = False
        window.search.unavailable = self.tr("The search index is being opened…")
        wiki = session.wiki

        def open_index() -> WikiSearch:
            engine = WikiSearch(wiki, workers=build_workers())
            engine.updater.after_release = heap.trim_heap  # what the writer and its merges freed goes back to the OS
            engine.updater.paced = True  # a big batch (a round that took in many pages) leaves the window the lock
            engine.updater.attach(wiki)
            return engine

        session.run("open index", open_index, self.tr("The search index could not be opened."), self._opened,
                    lane="long")

    def _opened(self, engine: WikiSearch) -> None:
        if self._stopped:
            engine.close()
            return
        self.engine = engine
        self.window.search.search = self.search
        self.window.search.unavailable = ""
        self.ready.emit()
        self.rebuild(full=False)
        if self.window.search.field.text():
            self.window.search.run()

    def search(self, query: str, limit: int) -> Any:
        assert self.engine is not None
        return self.engine.search(query, limit)

    def rebuild(self, *, full: bool = False) -> Task | None:
        """Catch the index up with the folder (``full``: from scratch), cancellable, with progress."""
        engine = self.engine
        if engine is None or self.building is not None:
            return None
        if engine.index.problem in ("corrupt", "incompatible"):
            self.session.messages.info(self.tr("The search index was damaged or outdated and is being rebuilt."))
        task = self.session.tasks.submit("index build", lambda: build_and_trim(engine, full),
                                         on_done=self._built, on_error=self._build_failed, lane="long",
                                         paced=True)
        task.progress.connect(self._progress)
        self.window.work.track(task, self.tr("Updating the search index"))
        self.building = task
        return task

    def _progress(self, _done: int, _total: int, message: str) -> None:
        self.last_message = message

    def _built(self, _result: object) -> None:
        self.building = None
        self.built.emit(self.last_message)

    def _build_failed(self, exc: BaseException) -> None:
        self.building = None
        if self.engine is not None:
            self.engine.progress = None
        if isinstance(exc, Cancelled):
            self.session.messages.info(self.tr("Indexing was stopped; it continues where it left off next time."))
            self.built.emit("cancelled")
            return
        self.session.messages.error(self.tr("The search index could not be updated."), exc)

    def stop(self) -> None:
        self._stopped = True
        if self.building is not None:
            self.building.cancel()
        if self.engine is not None and self.session.tasks.shutdown():
            self.engine.close()
