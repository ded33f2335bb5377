"""The application: the process's QApplication set up as wikidesk (:func:`create_qapplication`), and
:class:`DesktopApp` over it: settings, language, theme, task runner, and the windows over the person's wikis.

Several wikis are open at once (the person's list, :mod:`wikidesk.core.wikis`), each with its own
:class:`WikiSession`, window and services (search index, history, background sync); one window shows at a time and
the others stay built but hidden, so switching (the sidebar's wiki list, Ctrl+Shift+W) is instant and every wiki
keeps syncing in the background. The other wikis open shortly after the first one shows.

A folder opened for the first time shows its window at once: history's first import of the pages already there
(every file read and recorded, minutes at 100,000 pages) then runs in the background with its progress in the
status bar (:meth:`WikiSession.take_in`).

Tests build a :class:`DesktopApp` over a temporary wiki; the entry point :func:`wikidesk.ui.app.main` does the
same for real.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wikidesk.core import opening, wikis
from wikidesk.core.errors import WikiError
from wikidesk.core.resources import resource
from wikidesk.core.search.multi import search_all
from wikidesk.core.settings import Settings
from wikidesk.core.wiki import Wiki
from wikidesk.ui import heap, refcount_guard, services
from wikidesk.ui.i18n import Translations, effective_language
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.messages import MessageBridge
from wikidesk.ui.people.service import people_everywhere
from wikidesk.ui.session import WikiSession
from wikidesk.ui.tasks import TaskRunner
from wikidesk.ui.theme import Theme
from wikidesk.ui.window_state import WindowState

if TYPE_CHECKING:
    from wikidesk.ui.history.service import HistoryService
    from wikidesk.ui.search.service import SearchService
    from wikidesk.ui.sync.service import SyncService

log = logging.getLogger(__name__)


def create_qapplication(argv: list[str]) -> QApplication:
    """The process's QApplication (created from ``argv`` unless one exists), named and styled as wikidesk."""
    QCoreApplication.setOrganizationName("wikidesk")
    QCoreApplication.setApplicationName("wikidesk")
    qapp = cast(QApplication, QApplication.instance() or QApplication(argv))
    qapp.setStyle("Fusion")
    qapp.setWindowIcon(QIcon(str(resource("icons", "wikidesk.svg"))))
    qapp.setDesktopFileName("wikidesk")
    return qapp


class DesktopApp(QObject):
    window_ready = Signal(object)  # MainWindow
    wiki_opened = Signal(object)  # MainWindow of any wiki opened, shown or kept hidden
    open_failed = Signal(str)

    def __init__(self, qapp: QApplication, settings: Settings | None = None) -> None:
        super().__init__(qapp)
        refcount_guard.install(qapp)
        self.qapp = qapp
        self.settings = settings or Settings.load()
        self.translations = Translations()
        self.translations.apply(effective_language(str(self.settings.get("language"))))
        self.theme = Theme(qapp, self)
        self.theme.apply()
        self.messages = MessageBridge(self)
        self.tasks = TaskRunner(self)
        self.session: WikiSession | None = None  # the wiki shown
        self.window: MainWindow | None = None
        self.services: list[SearchService | HistoryService | SyncService] = []  # also in session.search etc.
        # every open wiki by folder key: (session, window, services); the shown one is self.session/self.window
        self.opened: dict[str, tuple[WikiSession, MainWindow, list[SearchService | HistoryService | SyncService]]] = {}
        self._opening: set[str] = set()
        # what start-up made (modules, Qt's wrappers, settings, translations) lives as long as the process: the full
        # collections of the first open (history's import of every page) need not visit it (~47,000 objects, 20 ms a
        # collection; none of them garbage at this point)
        heap.freeze()

    # ----- opening a wiki -------------------------------------------------------------------------------------
    def _open(self, path: Path | str, *, take_in: bool = True) -> Wiki:
        return opening.open_wiki(path, user=str(self.settings.get("user_name") or "") or None, take_in=take_in)

    def _open_for_window(self, path: Path | str) -> tuple[Wiki, bool]:
        """In a worker: the wiki, and whether its history has yet to take in the pages already there (the window
        does that in the background once it shows)."""
        wiki = self._open(path, take_in=False)
        return wiki, wiki.history is not None and wiki.history.needs_first_scan()

    def open_wiki_in_background(self, path: Path | str) -> None:
        """Open a wiki without blocking: the first open of a big folder reads every page into its history."""
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.tr("Opening the wiki…"), "", 0, 0)
        progress.setWindowTitle("wikidesk")
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setAccessibleName(self.tr("Opening the wiki"))

        def opened(found: tuple[Wiki, bool]) -> None:
            progress.close()
            wiki, take_in = found
            key = wikis.folder_key(wiki.root)
            if key in self.opened:  # opened meanwhile
                self.switch_to(wiki.root)
                return
            first = not self.opened
            window = self._build(wiki, take_in=take_in)

            def show() -> None:  # in a turn of its own: the window's first layout is ~5-10 ms more
                if self.opened.get(key, (None, None))[1] is not window:
                    return  # closed meanwhile
                self._show(key)
                self.window_ready.emit(window)
                if first:  # the rest of the person's wikis, once this one shows
                    QTimer.singleShot(1000, self.open_other_wikis)

            QTimer.singleShot(0, self, show)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.messages.error(self.tr("The wiki could not be opened."), exc)
            self.open_failed.emit(str(exc) if isinstance(exc, WikiError) else self.messages.bug_text())

        def work() -> tuple[Wiki, bool]:
            found = self._open_for_window(path)
            services.preload()  # import the core parts here, not on the UI thread when the window is built
            return found

        self.tasks.submit("open wiki", work, on_done=opened, on_error=failed, lane="long")
        self._progress = progress

    def open_wiki(self, path: Path | str | Wiki, *, show: bool = True, take_in: bool = False) -> MainWindow:
        """Open a wiki (a folder, or an opened :class:`Wiki`) in its own main window and show it; the other open
        wikis stay open (hidden, syncing). A wiki that is open already is just shown. ``take_in``: an opened wiki's
        history has yet to take in the pages already there (a folder given here is taken in before the window)."""
        folder = path.root if isinstance(path, Wiki) else Path(path)
        key = wikis.folder_key(folder)
        if key in self.opened:
            return self.switch_to(folder) if show else self.opened[key][1]
        wiki = path if isinstance(path, Wiki) else self._open(path)
        window = self._build(wiki, take_in=take_in and isinstance(path, Wiki))
        if show:
            self._show(key)
        self.window_ready.emit(window)
        return window

    def _build(self, wiki: Wiki, *, take_in: bool = False) -> MainWindow:
        """A session, window and services for ``wiki`` (not shown yet); with ``take_in``, history's first import
        starts in the background, before any of the services' long work."""
        session = WikiSession(wiki, self.settings, self.tasks, self.messages, self)
        window = MainWindow(session, self.theme, WindowState())
        window.language_requested.connect(self.switch_language)
        window.settings_requested.connect(self.show_settings)
        window.open_wiki_requested.connect(self.choose_wiki)
        window.wiki_switcher.wiki_chosen.connect(self.switch_to)
        window.search.search_everywhere = self._search_everywhere
        window.search.hit_in_wiki.connect(self._open_in_wiki)
        window.people.everywhere = lambda: people_everywhere(  # People tab, "All my wikis"
            (self._wiki_names().get(k) or wikis.default_name(s.root), w.people_service, s.search)
            for k, (s, w, _a) in self.opened.items())
        window.people.page_in_wiki.connect(lambda folder, page_id: self._open_in_wiki(folder, page_id, ""))
        window.actions.connect("next_wiki", self.show_next_wiki)
        attached = services.attach_all(window, session)
        key = wikis.folder_key(wiki.root)
        self.opened[key] = (session, window, attached)
        window.closed.connect(lambda k=key, w=window: self._forget(k, w))
        if session.sync is not None:
            session.sync.read_only_changed.connect(lambda on, w=window: self._mark_read_only(w, on))
            session.sync.round_finished.connect(lambda _report: self._refresh_switchers())
        if take_in:  # in this event-loop turn, before the services' tasks start: they wait for it
            window.work.track(session.take_in(), self.tr("Taking in the pages already in the folder"),
                              cancellable=False)
        window.open_remembered()
        session.reload_pages()
        self._refresh_switchers()
        self.wiki_opened.emit(window)
        return window

    def _show(self, key: str) -> None:
        session, window, attached = self.opened[key]
        previous = self.window
        self.session, self.window, self.services = session, window, attached
        self._sync_language_actions()
        if previous is not None and previous is not window:
            previous.view.editor.save()
            window.setGeometry(previous.geometry())
            window.show()
            previous.hide()
        else:
            window.show()
        window.activateWindow()
        self._refresh_switchers()

    def switch_to(self, folder: str | Path) -> MainWindow | None:
        """Show the wiki at ``folder``: at once when it is open, else after opening it in the background."""
        key = wikis.folder_key(folder)
        if key in self.opened:
            self._show(key)
            try:
                wikis.set_current(folder)
            except (OSError, WikiError) as exc:
                log.warning("Could not remember the current wiki: %s", exc)
            return self.window
        self.open_wiki_in_background(folder)
        return None

    def show_next_wiki(self) -> None:
        if self.window is not None:
            folder = self.window.wiki_switcher.next_folder()
            if folder:
                self.switch_to(folder)

    def open_other_wikis(self) -> None:
        """Open the person's other wikis, hidden, one after another (each syncs in the background)."""
        for entry in wikis.entries():
            key = wikis.folder_key(entry.folder)
            if key in self.opened or key in self._opening or not entry.path.is_dir():
                continue
            self._opening.add(key)

            def opened(found: tuple[Wiki, bool], key: str = key) -> None:
                self._opening.discard(key)
                if key not in self.opened:
                    self._build(found[0], take_in=found[1])

            def failed(exc: BaseException, key: str = key, name: str = entry.name) -> None:
                self._opening.discard(key)
                log.warning("Could not open the wiki %s: %s", name, exc)

            self.tasks.submit("open wiki", lambda f=entry.folder: self._open_for_window(f), on_done=opened,
                              on_error=failed, lane="long")

    def _refresh_switchers(self) -> None:
        try:
            listed = wikis.entries()
        except (OSError, WikiError):
            return
        known = {wikis.folder_key(e.folder) for e in listed}
        for key, (session, _window, _services) in self.opened.items():
            if key not in known:  # open but not one of the person's wikis (the sample wiki, --wiki DIR)
                listed.append(wikis.WikiEntry(folder=str(session.root), name=wikis.default_name(session.root)))
        for _session, window, _services in self.opened.values():
            window.wiki_switcher.fill(listed, str(window.session.root))

    def _mark_read_only(self, window: MainWindow, read_only: bool) -> None:
        """The wiki's share is read-only for the person: say so above the wiki and in the editor, before typing."""
        window.wiki_switcher.set_read_only(read_only)
        window.view.editor.set_read_only(
            self.tr("This wiki's shared folder is read-only for you, so pages here cannot be changed. Ask the "
                    "folder's owner for write access.") if read_only else "")

    def _search_everywhere(self) -> Callable[[str, int], Any]:
        """The search over every open wiki whose index is ready, ranked together (core.search.multi); the list of
        indexes is taken here, on the UI thread, and the search runs in the worker."""
        names = self._wiki_names()
        indexes = []
        for key, (session, _window, _attached) in self.opened.items():
            if session.search is not None and session.search.engine is not None:
                name = names.get(key) or wikis.default_name(session.root)
                indexes.append((name, str(session.root), session.search.engine.index))
        return lambda query, limit: search_all(indexes, query, limit=limit)

    def _wiki_names(self) -> dict[str, str]:
        try:
            return {wikis.folder_key(e.folder): e.name for e in wikis.entries()}
        except (OSError, WikiError):
            return {}

    def _open_in_wiki(self, folder: str, page_id: str, heading: str) -> None:
        """A hit in another open wiki: show that wiki, then the page."""
        window = self.switch_to(folder)
        if window is not None:
            window.view.open_at_heading(page_id, heading)

    def _forget(self, key: str, window: MainWindow) -> None:
        """A wiki's window was closed: stop its services; opening the wiki again builds a new window."""
        entry = self.opened.get(key)
        if entry is None or entry[1] is not window:
            return
        del self.opened[key]
        for service in entry[2]:
            service.stop()
        if self.window is window:
            self.window = self.session = None
            self.services = []

    def close_window(self) -> None:
        """Close every open wiki's window and stop its services."""
        for key, (_session, window, _attached) in list(self.opened.items()):
            window.close()
            self._forget(key, window)  # a hidden window may not see a close event: stop its services here too
            window.deleteLater()
        self.opened.clear()
        self.services = []
        self.window = self.session = None

    def shutdown(self) -> None:
        self.close_window()
        self.tasks.close()

    # ----- language, settings -----------------------------------------------------------------------------------
    def switch_language(self, language: str) -> None:
        """Switch the whole UI to ``language`` ("nb" or "en") now, and remember it."""
        self.translations.apply(language)
        if self.window is not None:
            self.window.retranslate()  # at once; Qt's LanguageChange event follows later
        self.settings.set("language", language)
        try:
            self.settings.save()
        except (OSError, WikiError) as exc:
            log.warning("Could not save the language setting: %s", exc)
        self._sync_language_actions()

    def _sync_language_actions(self) -> None:
        if self.window is not None:
            locked = self.settings.is_locked("language")  # IT chose the language on this machine
            for language in ("nb", "en"):
                action = self.window.actions[f"language_{language}"]
                action.setChecked(self.translations.language == language)
                action.setEnabled(not locked)

    def show_settings(self) -> None:
        from wikidesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.window)
        dialog.applied.connect(self._settings_applied)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.settings_dialog = dialog

    def _settings_applied(self, changed: set[str]) -> None:
        if "language" in changed:
            self.translations.apply(effective_language(str(self.settings.get("language"))))
            if self.window is not None:
                self.window.retranslate()
            self._sync_language_actions()
        if "wiki_path" in changed and self.settings.get("wiki_path"):
            self.switch_to(str(self.settings.get("wiki_path")))
        elif changed & {"share_path", "sync_interval", "user_name"} and self.session is not None:
            if self.session.sync is not None:  # a folder chosen in Settings: this wiki syncs through it
                share = str(self.settings.get("share_path") or "") if "share_path" in changed else None
                self.session.sync.reconfigure(share)

    def choose_wiki(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open Wiki Folder"))
        if folder:
            self.settings.set("wiki_path", folder)  # the one that opens first
            self.settings.save()
            wikis.register(folder, make_current=True)  # and one of the person's wikis
            self.switch_to(folder)
