"""The application: the process's QApplication set up as wikidesk (:func:`create_qapplication`), and
:class:`DesktopApp` over it: settings, language, theme, task runner, and the window over one open wiki.

Tests build a :class:`DesktopApp` over a temporary wiki; the entry point :func:`wikidesk.ui.app.main` does the
same for real.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from wikidesk.core import opening
from wikidesk.core.errors import WikiError
from wikidesk.core.resources import resource
from wikidesk.core.settings import Settings
from wikidesk.core.wiki import Wiki
from wikidesk.ui import refcount_guard, services
from wikidesk.ui.i18n import Translations, effective_language
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.messages import MessageBridge
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
        self.session: WikiSession | None = None
        self.window: MainWindow | None = None
        self.services: list[SearchService | HistoryService | SyncService] = []  # also in session.search etc.

    # ----- opening a wiki -------------------------------------------------------------------------------------
    def _open(self, path: Path | str) -> Wiki:
        return opening.open_wiki(path, user=str(self.settings.get("user_name") or "") or None)

    def open_wiki_in_background(self, path: Path | str) -> None:
        """Open a wiki without blocking: the first open of a big folder reads every page into its history."""
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(self.tr("Opening the wiki…"), "", 0, 0)
        progress.setWindowTitle("wikidesk")
        progress.setCancelButton(None)
        progress.setMinimumDuration(400)
        progress.setAccessibleName(self.tr("Opening the wiki"))

        def opened(wiki: Wiki) -> None:
            progress.close()
            self.open_wiki(wiki)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.messages.error(self.tr("The wiki could not be opened."), exc)
            self.open_failed.emit(str(exc) if isinstance(exc, WikiError) else self.messages.bug_text())

        def work() -> Wiki:
            wiki = self._open(path)
            services.preload()  # import the core parts here, not on the UI thread when the window is built
            return wiki

        self.tasks.submit("open wiki", work, on_done=opened, on_error=failed, lane="long")
        self._progress = progress

    def open_wiki(self, path: Path | str | Wiki, *, show: bool = True) -> MainWindow:
        """Open a wiki (a folder, or an opened :class:`Wiki`) in a new main window, closing the previous one."""
        wiki = path if isinstance(path, Wiki) else self._open(path)
        self.close_window()
        self.session = WikiSession(wiki, self.settings, self.tasks, self.messages, self)
        self.window = MainWindow(self.session, self.theme, WindowState())
        self.window.language_requested.connect(self.switch_language)
        self.window.settings_requested.connect(self.show_settings)
        self.window.open_wiki_requested.connect(self.choose_wiki)
        self._attach_services()
        self._sync_language_actions()
        self.window.open_remembered()
        self.session.reload_pages()
        if show:
            self.window.show()
        self.window_ready.emit(self.window)
        return self.window

    def _attach_services(self) -> None:
        """The search, history and sync services of the new window."""
        assert self.window is not None and self.session is not None
        self.services = services.attach_all(self.window, self.session)

    def close_window(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        for service in self.services:
            service.stop()
        self.services = []
        self.window = self.session = None

    def shutdown(self) -> None:
        self.close_window()
        self.tasks.shutdown()

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
            self.open_wiki(str(self.settings.get("wiki_path")))
        elif changed & {"share_path", "sync_interval", "user_name"} and self.session is not None:
            if self.session.sync is not None:  # a folder chosen in Settings: this wiki syncs through it
                share = str(self.settings.get("share_path") or "") if "share_path" in changed else None
                self.session.sync.reconfigure(share)

    def choose_wiki(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Open Wiki Folder"))
        if folder:
            self.settings.set("wiki_path", folder)
            self.settings.save()
            self.open_wiki(folder)
