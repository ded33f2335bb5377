"""The gardening report's cache filled in the background, once per open wiki, so Page → Gardening Report… later is
met warm: after the search index's catch-up build has ended and while no sync round runs, as a low-priority task on
the long lane (its parser processes inherit the lowered priority). A sync round that starts cancels it (it is tried
again later); closing the window stops it."""

from __future__ import annotations

import logging
import os
from collections.abc import Generator

from PySide6.QtCore import QObject, QTimer, Signal

from wikidesk.core.habits import warm_process
from wikidesk.ui.session import WikiSession
from wikidesk.ui.tasks import Cancelled, Task

IDLE_MS = 3000  # after the build ends: the window's own start-up reads settle first
RETRY_MS = 20000  # the app was busy (a build or a sync round): look again after this
log = logging.getLogger(__name__)


def warm_workers() -> int:
    """Parser processes for the fill: one core is left to the window, as for an index build."""
    return max(1, (os.cpu_count() or 2) - 1)


class GardenWarmer(QObject):
    warmed = Signal(int)  # the cache was filled (the number of pages looked at)

    def __init__(self, session: WikiSession, parent: QObject | None = None, *, idle_ms: int | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.done = False
        self._stopped = False
        self._timer = QTimer(self, singleShot=True, interval=IDLE_MS if idle_ms is None else idle_ms)
        self._timer.timeout.connect(self._start)
        QTimer.singleShot(0, self, self._attach)  # the search and sync services are attached after the window

    def _attach(self) -> None:
        session = self.session
        if session.search is not None:
            session.search.built.connect(self._built)
        if session.sync is not None:
            session.sync.state_changed.connect(self._sync_state)

    def _built(self, message: str) -> None:
        if message != "cancelled" and not self.done and self.task is None and not self._stopped:
            self._timer.start()

    def _busy(self) -> bool:
        search, sync = self.session.search, self.session.sync
        return ((search is not None and search.building is not None)
                or (sync is not None and sync.task is not None and sync.task.running))

    def _start(self) -> None:
        if self.done or self.task is not None or self._stopped:
            return
        if self._busy():
            self._timer.start(RETRY_MS)
            return
        wiki, pages, workers = self.session.wiki, list(self.session.pages), warm_workers()

        def work() -> Generator[tuple[int, int, str], None, int]:
            return (yield from warm_process.warm_elsewhere(wiki, pages=pages or None, workers=workers))

        self.task = self.session.tasks.submit("gardening cache", work, on_done=self._finished,
                                              on_error=self._failed, lane="long")
        if not self.task.running:  # the app is quitting
            self.task = None

    def _sync_state(self, state: str) -> None:
        if state == "syncing" and self.task is not None:
            self.task.cancel()  # tried again after the round

    def _finished(self, pages: int) -> None:
        self.task, self.done = None, True
        self.warmed.emit(pages)

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, Cancelled):
            if not self._stopped and not self.done:
                self._timer.start(RETRY_MS)
            return
        self.done = True  # a report opened later reads the pages itself and says what went wrong
        log.warning("filling the gardening cache failed: %s", exc)

    def give_way(self) -> None:
        """The person asked for a report: it fills the cache itself, so a fill still running is cancelled."""
        self.done = True
        self._timer.stop()
        if self.task is not None:
            self.task.cancel()

    def stop(self) -> None:
        """The window closes: start nothing more, cancel what runs."""
        self._stopped = True
        self._timer.stop()
        if self.task is not None:
            self.task.cancel()
