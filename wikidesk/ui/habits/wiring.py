"""The habits in the window, assembled in one place (so the main window needs one line): the Bookmarks tab, the
Watch and Bookmark actions for the open page, the gardening report, "changed since you looked" after a sync, the
tag archive's pages opening, opening a page noting it as seen, and the gardening cache filled in the background
(:mod:`.garden_warm`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from wikidesk.core.pages import Page
from wikidesk.ui.habits.garden_dialog import GardenDialog
from wikidesk.ui.habits.garden_warm import GardenWarmer
from wikidesk.ui.habits.service import service_for
from wikidesk.ui.sidebar.bookmarks_panel import BookmarksPanel

if TYPE_CHECKING:
    from wikidesk.ui.main_window import MainWindow


class HabitsUI(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        session = window.session
        self.service = service_for(session)
        self.bookmarks = BookmarksPanel(session, self.service, window)
        window.sidebar.addTab(self.bookmarks, "")
        self.garden: GardenDialog | None = None
        self.warmer = GardenWarmer(session, self)
        view, actions = window.view, window.actions
        self.bookmarks.open_page.connect(view.open)
        window.tags.open_page.connect(view.open)
        actions.connect("watch_page", self.toggle_watch)
        actions.connect("bookmark_page", self.toggle_bookmark)
        actions.connect("garden", self.open_garden)
        view.page_opened.connect(self._opened)
        view.navigator.changed.connect(self._update)
        view.page_closed.connect(self._update)
        self.service.unseen_counted.connect(self._announce)
        window.installEventFilter(self)
        self.retranslate()
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.warmer.stop()  # before the window's closeEvent waits for the tasks
        return False

    def retranslate(self) -> None:
        self.window.sidebar.setTabText(self.window.sidebar.indexOf(self.bookmarks), self.tr("Bookmarks"))
        self.bookmarks.retranslate()

    def _update(self, *_args: object) -> None:
        has_page = self.window.view.page is not None
        for action_id in ("watch_page", "bookmark_page"):
            self.window.actions[action_id].setEnabled(has_page)

    def _opened(self, page: Page) -> None:
        self._update()
        self.service.page_opened(page.info.page_id)

    def toggle_watch(self) -> None:
        page = self.window.view.page
        if page is None:
            return
        title = page.info.title
        self.service.toggle_watch(page.info.page_id, lambda now: self.window.statusBar().showMessage(
            (self.tr("Watching “%1”: its changes show under Recent → Pages I watch.") if now
             else self.tr("No longer watching “%1”.")).replace("%1", title), 6000))

    def toggle_bookmark(self) -> None:
        page = self.window.view.page
        if page is None:
            return
        title = page.info.title
        self.service.toggle_bookmark(page.info.page_id, lambda now: self.window.statusBar().showMessage(
            (self.tr("Bookmarked “%1”.") if now else self.tr("Removed the bookmark of “%1”.")).replace("%1", title),
            6000))

    def open_garden(self) -> GardenDialog:
        self.warmer.give_way()
        dialog = GardenDialog(self.window.session, self.window)
        dialog.page_chosen.connect(self.window.view.open)
        dialog.missing_chosen.connect(self.window.create_missing)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.garden = dialog
        return dialog

    def _announce(self, count: int) -> None:
        if count:
            self.window.statusBar().showMessage(
                self.tr("%n watched page(s) changed since you looked (Recent → Pages I watch).", "", count), 10000)
