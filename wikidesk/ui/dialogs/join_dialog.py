"""Join a team: a new wiki folder filled from the team's shared folder, as ``wikidesk join SHARE DIR`` does.

The person picks the shared folder; the wiki's name (from the shared folder's name) and a new local folder under
their documents are filled in for them. Joining runs off the UI thread (:func:`wikidesk.core.sync.join.join`, its
progress lines worded by :mod:`wikidesk.ui.core_text`), the wiki is added to the person's wikis as the current one,
and the dialog hands its folder on (:attr:`JoinDialog.joined`) to be opened at its start page. What goes wrong is
said in words: a missing or empty shared folder (offline), a folder that is not a wikidesk shared folder, one set
up by a newer wikidesk, a local folder that is not empty.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core import wikis
from wikidesk.core.errors import AlreadyExistsError, WikiError
from wikidesk.core.sync.errors import IncompatibleStoreError, NotAStoreError, ShareOfflineError
from wikidesk.ui import core_text
from wikidesk.ui.dialogs.first_run import _folder_row, _path_width, suggested_wiki_folder

if TYPE_CHECKING:
    from wikidesk.core.sync.join import JoinReport
    from wikidesk.ui.main_window import MainWindow
    from wikidesk.ui.tasks import Task, TaskRunner

GENERIC_NAMES = {"wiki", "wikidesk", "share", "shared", "delt", "felles"}  # a share's last part that says nothing


def wiki_name_for(share: str) -> str:
    """A name for the team's wiki from its shared folder: its last part, or the one above a generic one."""
    parts = [p for p in share.replace("\\", "/").split("/") if p and not p.endswith(":")]
    while len(parts) > 1 and parts[-1].casefold() in GENERIC_NAMES:
        parts.pop()
    return parts[-1] if parts else ""


def free_folder(wanted: Path) -> Path:
    """``wanted``, or ``wanted (2)``, ``(3)``… when it exists and is not empty (joining needs a new or empty one)."""
    candidate, n = wanted, 2
    while candidate.exists() and (not candidate.is_dir() or any(candidate.iterdir())):
        candidate, n = wanted.with_name(f"{wanted.name} ({n})"), n + 1
    return candidate


def joining(share: str, folder: Path, name: str, user: str | None) -> Generator[tuple[int, int, str], None,
                                                                                    JoinReport]:
    """Join (in the worker), then add the wiki to the person's wikis as the current one, as the CLI does."""
    from wikidesk.core.sync.join import join

    report = yield from join(share, folder, user=user)
    wikis.register(report.folder, share=share, name=name or None, make_current=True)
    return report


class JoinDialog(QDialog):
    joined = Signal(str)  # the new wiki's folder

    def __init__(self, tasks: TaskRunner, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.tasks, self.user = tasks, user
        self.task: Task | None = None
        self.share_field = QLineEdit(self)
        self.share_field.setObjectName("join_share")
        self.share_button = QPushButton(self)
        self.name_field = QLineEdit(self)
        self.name_field.setObjectName("join_name")
        self.folder_field = QLineEdit(self)
        self.folder_field.setObjectName("join_folder")
        self.folder_button = QPushButton(self)
        self.share_label, self.name_label, self.folder_label = QLabel(self), QLabel(self), QLabel(self)
        self.share_label.setBuddy(self.share_field)
        self.name_label.setBuddy(self.name_field)
        self.folder_label.setBuddy(self.folder_field)
        form = QFormLayout()
        form.addRow(self.share_label, _folder_row(self, self.share_field, self.share_button))
        form.addRow(self.name_label, self.name_field)
        form.addRow(self.folder_label, _folder_row(self, self.folder_field, self.folder_button))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("join_progress")
        self.progress.setRange(0, 10)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("join_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.join_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.join_button.setObjectName("join_button")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._name_typed = self._folder_typed = False
        self.share_field.textChanged.connect(self._share_changed)
        self.name_field.textEdited.connect(lambda _t: self._typed("name"))
        self.name_field.textChanged.connect(self._name_changed)
        self.folder_field.textEdited.connect(lambda _t: self._typed("folder"))
        for field in (self.share_field, self.folder_field):  # a problem said about it is gone once it is changed
            field.textEdited.connect(lambda _t, f=field: f.setAccessibleDescription(""))
        self.share_button.clicked.connect(self._browse_share)
        self.folder_button.clicked.connect(self._browse_folder)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self._name_changed("")
        for field in (self.share_field, self.folder_field):  # room for a whole path, as the first-run dialog has
            field.setMinimumWidth(_path_width(field))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Join a Team"))
        self.intro.setText(self.tr("Choose the shared folder your team's wiki syncs through. wikidesk copies the "
                                   "wiki into a new folder on this computer and keeps the two in step."))
        self.share_label.setText(self.tr("&Shared folder:"))
        self.share_field.setAccessibleName(self.tr("The team's shared folder"))
        self.share_field.setPlaceholderText(self.tr("e.g. U:\\Team\\wiki"))
        self.share_button.setText(self.tr("&Browse…"))
        self.share_button.setAccessibleName(self.tr("Choose the team's shared folder"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_field.setAccessibleName(self.tr("Name of the wiki"))
        self.folder_label.setText(self.tr("&Folder on this computer:"))
        self.folder_field.setAccessibleName(self.tr("Folder for the wiki on this computer"))
        self.folder_button.setText(self.tr("B&rowse…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder for the wiki on this computer"))
        self.join_button.setText(self.tr("&Join"))
        self.progress.setAccessibleName(self.tr("Joining"))
        self.status.setAccessibleDescription(self.tr("What is happening"))  # its name is what it says

    # ----- the fields ------------------------------------------------------------------------------------------
    def _typed(self, which: str) -> None:
        if which == "name":
            self._name_typed = True
        else:
            self._folder_typed = True

    def _share_changed(self, text: str) -> None:
        if not self._name_typed:
            self.name_field.setText(wiki_name_for(text.strip()))

    def _name_changed(self, name: str) -> None:
        if not self._folder_typed:
            base = suggested_wiki_folder()
            folder = base.with_name(f"{base.name}-{name.strip()}") if name.strip() else base.with_name(
                f"{base.name}-team")
            self.folder_field.setText(str(free_folder(folder)))

    def _browse_share(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The Team's Shared Folder"), self.share_field.text())
        if folder:
            self.share_field.setText(folder)

    def _browse_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Wiki"), self.folder_field.text())
        if folder:
            self._folder_typed = True
            self.folder_field.setText(folder)

    # ----- joining ---------------------------------------------------------------------------------------------
    def start(self) -> None:
        """Check the fields, then join in a worker."""
        share, name = self.share_field.text().strip(), self.name_field.text().strip()
        folder = Path(self.folder_field.text().strip()).expanduser()
        problem, field = "", self.share_field
        if not share:
            problem = self.tr("Choose the team's shared folder.")
        elif not self.folder_field.text().strip():
            problem, field = self.tr("Choose a folder for the wiki on this computer."), self.folder_field
        elif folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            problem, field = self._folder_not_empty(folder), self.folder_field
        if problem:
            self._say(problem, error=True, field=field)
            return
        self._running(True)
        self.progress.setFocus(Qt.FocusReason.OtherFocusReason)  # the fields are disabled: a reader follows it
        self._say(self.tr("Connecting to the shared folder…"))
        self.task = self.tasks.submit("join", lambda: joining(share, folder, name, self.user or None),
                                      on_done=self._done, on_error=self._failed, lane="long")
        self.task.progress.connect(self._progress)

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if message:
            self._say(core_text.translate(message))

    def _done(self, report: JoinReport) -> None:
        self.task = None
        self._running(False)
        self._say(self.tr("Joined: %n page(s).", "", report.pages))
        self.joined.emit(report.folder)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._running(False)
        field = self.folder_field if isinstance(exc, AlreadyExistsError) else self.share_field
        self._say(self.error_text(exc), error=True, field=field)

    def error_text(self, exc: BaseException) -> str:
        """What went wrong, in words a person can act on."""
        share = self.share_field.text().strip()
        if isinstance(exc, ShareOfflineError):
            return self.tr("The shared folder %1 is missing, empty or cannot be reached right now (offline), so "
                           "there is nothing to join yet. Check the path and your network connection.").replace(
                "%1", share)
        if isinstance(exc, NotAStoreError):
            return self.tr("%1 is not a wikidesk shared folder. Ask your team which folder their wiki syncs "
                           "through.").replace("%1", share)
        if isinstance(exc, IncompatibleStoreError):
            return self.tr("The shared folder %1 was set up by a newer version of wikidesk. Update wikidesk to "
                           "join it.").replace("%1", share)
        if isinstance(exc, AlreadyExistsError):
            return self._folder_not_empty(Path(self.folder_field.text().strip()))
        detail = str(exc) if isinstance(exc, WikiError) else type(exc).__name__
        return self.tr("Joining did not work: %1").replace("%1", detail)

    def _folder_not_empty(self, folder: Path) -> str:
        return self.tr("The folder %1 is not empty. Choose a new or empty folder for the wiki.").replace(
            "%1", str(folder))

    def _say(self, text: str, *, error: bool = False, field: QLineEdit | None = None) -> None:
        """Show ``text``; a problem with ``field`` also becomes its accessible description, and the focus goes there
        (so a screen reader reads the field and what is wrong with it)."""
        self.status.setText(text)
        self.status.setProperty("error", error)
        for each in (self.share_field, self.folder_field):
            each.setAccessibleDescription(text if each is field else "")
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

    def _running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        for widget in (self.share_field, self.share_button, self.name_field, self.folder_field, self.folder_button,
                       self.buttons):
            widget.setEnabled(not running)

    def reject(self) -> None:
        if self.task is None:  # a join that started finishes (stopping half-way would leave half a wiki)
            super().reject()


def open_join_dialog(window: MainWindow) -> JoinDialog:
    """The Join a Team dialog over ``window``; the joined wiki then opens (through the wiki switcher's signal, as
    choosing a wiki there does) at its start page."""
    settings = window.session.settings
    dialog = JoinDialog(window.session.tasks, str(settings.get("user_name") or ""), window)
    dialog.joined.connect(window.wiki_switcher.wiki_chosen.emit)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
