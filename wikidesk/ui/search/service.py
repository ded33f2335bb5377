"""Keeps the search index in step with the wiki and gives the search panel something to search.

At start the index is opened and caught up with the folder (a resumable build, in the background, with progress
and Cancel). Afterwards every change the wiki announces is indexed off the UI thread, coalesced over a short
delay. Searching works while a build runs (on what is indexed so far) and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wikidesk.core.pages import WikiChange
from wikidesk.core.paths import index_dir
from wikidesk.core.search import SearchIndex
from wikidesk.core.search.build import build
from wikidesk.core.search.source import read_doc
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.session import WikiSession
from wikidesk.ui.tasks import Cancelled, Task


class SearchService(QObject):
    ready = Signal()  # the index is open (maybe still building)
    built = Signal(str)  # the catch-up build finished, with its last message
    indexed = Signal()  # a batch of wiki changes is searchable

    def __init__(self, window: MainWindow, session: WikiSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.index: SearchIndex | None = None
        self.building: Task | None = None
        self._changes: dict[str, WikiChange] = {}
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self._index_changes)
        self._stopped = False
        window.search.unavailable = self.tr("The search index is being opened…")
        session.wiki_changed.connect(self._on_change)
        path = index_dir(session.root)
        session.run("open index", lambda: SearchIndex(path), self.tr("The search index could not be opened."),
                    self._opened, lane="long")

    def _opened(self, index: SearchIndex) -> None:
        if self._stopped:
            index.close()
            return
        self.index = index
        self.window.search.search = self.search
        self.window.search.unavailable = ""
        self.ready.emit()
        self.rebuild(full=False)
        if self.window.search.field.text():
            self.window.search.run()

    def search(self, query: str, limit: int) -> Any:
        assert self.index is not None
        results = self.index.search(query, limit)
        if self.building is not None:
            results.notes.append(self.tr("The index is still being built; more results may follow."))
        return results

    def rebuild(self, *, full: bool = False) -> Task | None:
        """Catch the index up with the folder (``full``: from scratch), cancellable, with progress."""
        if self.index is None or self.building is not None:
            return None
        index, root = self.index, self.session.root
        title = self.tr("Updating the search index")
        if index.problem in ("corrupt", "incompatible"):
            self.session.messages.info(self.tr("The search index was damaged or outdated and is being rebuilt."))
        task = self.session.tasks.submit("index build", lambda: build(index, root, full=full),
                                         on_done=lambda _r: self._built(task), on_error=self._build_failed,
                                         lane="long")
        task.progress.connect(lambda _d, _t, message: setattr(self, "last_message", message))
        self.window.work.track(task, title)
        self.building = task
        return task

    def _built(self, task: Task) -> None:
        self.building = None
        self.built.emit(getattr(self, "last_message", ""))
        if self._changes:
            self._timer.start()

    def _build_failed(self, exc: BaseException) -> None:
        self.building = None
        if isinstance(exc, Cancelled):
            self.session.messages.info(self.tr("Indexing was stopped; it continues where it left off next time."))
            self.built.emit("cancelled")
            return
        self.session.messages.error(self.tr("The search index could not be updated."), exc)

    # ----- following the wiki ---------------------------------------------------------------------------------
    def _on_change(self, change: WikiChange) -> None:
        if not change.path.lower().endswith(".md") and change.kind != "delete":
            return
        self._changes[change.page_id] = change
        self._timer.start()

    def _index_changes(self) -> None:
        if self.index is None or not self._changes:
            return
        changes, self._changes = list(self._changes.values()), {}
        index, root = self.index, self.session.root

        def work() -> None:
            upserts, deletes, gone = [], [], []
            for change in changes:
                if change.old_path and change.old_path != change.path:
                    gone.append(change.old_path)
                if change.kind == "delete":
                    deletes.append(change.page_id)
                    gone.append(change.path)
                    continue
                doc = read_doc(root, change.path)
                if doc is None:
                    gone.append(change.path)
                else:
                    upserts.append(doc)
            index.submit(upserts, deletes, gone)
            index.flush(wait=False)  # during a build, the build commits these when it ends

        self.session.run("index changes", work, self.tr("A change could not be added to the search index."),
                         lambda _r: self.indexed.emit(), lane="write")

    def stop(self) -> None:
        self._stopped = True
        self._timer.stop()
        if self.building is not None:
            self.building.cancel()
        if self.index is not None and self.session.tasks.shutdown():
            self.index.close()  # commit what is queued


def attach(window: MainWindow, session: WikiSession) -> SearchService:
    return SearchService(window, session)
