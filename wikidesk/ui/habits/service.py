"""The window's habits: the core's answers fetched off the UI thread, and the count of watched pages changed since
the person looked, recounted after changes come in with a sync."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wikidesk.core.habits import bookmarks, changes, watch
from wikidesk.core.pages import WikiChange
from wikidesk.ui.session import WikiSession

_SERVICES: weakref.WeakKeyDictionary[WikiSession, HabitsService] = weakref.WeakKeyDictionary()


def service_for(session: WikiSession) -> HabitsService:
    """The one habits service of a window's session (made on first use, a child of the session)."""
    found = _SERVICES.get(session)
    if found is None:
        found = _SERVICES[session] = HabitsService(session, session)
    return found


class HabitsService(QObject):
    unseen_counted = Signal(int)  # watched pages changed since the person looked (after incoming changes)
    watch_changed = Signal()  # the watch list or what was seen changed
    bookmarks_changed = Signal()

    def __init__(self, session: WikiSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.unseen = 0
        self._count_timer = QTimer(self, singleShot=True, interval=500)
        self._count_timer.timeout.connect(self.count_unseen)
        session.wiki_changed.connect(self._changed)

    def run(self, name: str, fn: Callable[[], Any], on_done: Callable[[Any], None], framing: str) -> None:
        self.session.run(name, fn, framing, on_done, lane="read")

    def _changed(self, change: WikiChange) -> None:
        if change.origin == "sync":
            self._count_timer.start()

    def count_unseen(self) -> None:
        wiki = self.session.wiki
        self.run("count watched changes", lambda: watch.unseen_count(wiki), self._counted,
                 self.tr("The watched pages could not be checked."))

    def _counted(self, count: int) -> None:
        self.unseen = count
        self.unseen_counted.emit(count)
        self.watch_changed.emit()

    # ----- reads ------------------------------------------------------------------------------------------------
    def recent(self, on_done: Callable[[list[changes.Change]], None], limit: int = 100) -> None:
        wiki = self.session.wiki
        self.run("recent changes", lambda: changes.recent(wiki, limit=limit), on_done,
                 self.tr("The recent changes could not be read."))

    def watched(self, on_done: Callable[[list[watch.WatchedPage]], None]) -> None:
        wiki = self.session.wiki
        self.run("watched pages", lambda: watch.watched(wiki), on_done,
                 self.tr("The watched pages could not be read."))

    def bookmarks(self, on_done: Callable[[list[bookmarks.Bookmark]], None]) -> None:
        wiki, pages = self.session.wiki, list(self.session.pages)
        self.run("bookmarks", lambda: bookmarks.bookmarks(wiki, pages), on_done,
                 self.tr("The bookmarks could not be read."))

    # ----- the person's choices ----------------------------------------------------------------------------------
    def toggle_watch(self, page_id: str, on_done: Callable[[bool], None] | None = None) -> None:
        """Watch the page, or stop watching it; ``on_done(True)`` when it is watched now."""
        wiki = self.session.wiki

        def work() -> bool:
            info = wiki.find(page_id)
            if watch.is_watched(wiki, info) and watch.unwatch(wiki, page_id)[2]:
                return False
            watch.watch(wiki, page_id)
            watch.mark_seen(wiki, page_id)
            return True

        def done(now: bool) -> None:
            self.watch_changed.emit()
            if on_done is not None:
                on_done(now)

        self.run("watch page", work, done, self.tr("The watch list could not be changed."))

    def watch_space(self, space: str, on_done: Callable[[bool], None] | None = None) -> None:
        wiki = self.session.wiki

        def done(added: bool) -> None:
            self.watch_changed.emit()
            if on_done is not None:
                on_done(added)

        self.run("watch space", lambda: watch.watch(wiki, space + "/", space=True)[2], done,
                 self.tr("The watch list could not be changed."))

    def page_opened(self, page_id: str) -> None:
        """The person looks at the page: its changes so far are seen."""
        wiki = self.session.wiki

        def work() -> None:
            watch.mark_seen(wiki, page_id)

        self.run("note page seen", work, lambda _r: self.watch_changed.emit(),
                 self.tr("The watch list could not be updated."))

    def toggle_bookmark(self, page_id: str, on_done: Callable[[bool], None] | None = None) -> None:
        wiki = self.session.wiki

        def work() -> bool:
            if bookmarks.remove(wiki, page_id):
                return False
            return bookmarks.add(wiki, wiki.find(page_id))

        def done(now: bool) -> None:
            self.bookmarks_changed.emit()
            if on_done is not None:
                on_done(now)

        self.run("bookmark page", work, done, self.tr("The bookmarks could not be changed."))
