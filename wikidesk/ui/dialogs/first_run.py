"""First run: open the sample wiki, create a new wiki, or join a team's shared folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core import wikis
from wikidesk.core.errors import WikiError
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import connect_share

if TYPE_CHECKING:
    from wikidesk.core.settings import Settings
    from wikidesk.ui.application import DesktopApp


PATH_CHARS = 40  # a path field shows at least this many characters of average width


def suggested_wiki_folder() -> Path:
    """A visible folder for a new wiki, where people look for their files: Documents/wikidesk."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "wikidesk"


def _path_width(field: QLineEdit) -> int:
    """Wide enough for the field's text (or PATH_CHARS characters), at most half the screen."""
    metrics = field.fontMetrics()
    frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
    wanted = max(metrics.horizontalAdvance(field.text()), metrics.averageCharWidth() * PATH_CHARS)
    wanted += 2 * frame + 4 + metrics.averageCharWidth()  # QLineEdit's margins, and room for the cursor
    screen = field.screen()
    return min(wanted, screen.availableGeometry().width() // 2) if screen is not None else wanted


def _folder_row(parent: QWidget, field: QLineEdit, button: QPushButton) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self.setWindowTitle(self.tr("Welcome to wikidesk"))
        intro = QLabel(self.tr("How do you want to start?"), self)
        self.sample = QRadioButton(self.tr("Open the &sample wiki to look around"), self)
        self.create = QRadioButton(self.tr("&Create a new wiki in a folder"), self)
        self.join = QRadioButton(self.tr("&Join your team's shared folder"), self)
        self.group = QButtonGroup(self)
        for button in (self.sample, self.create, self.join):
            self.group.addButton(button)
        self.sample.setChecked(True)
        self.wiki_field = QLineEdit(str(suggested_wiki_folder()), self)
        self.wiki_field.setAccessibleName(self.tr("Folder for your wiki"))
        self.wiki_field.textChanged.connect(self.wiki_field.setToolTip)  # the whole path, also when it is long
        self.wiki_field.setToolTip(self.wiki_field.text())
        self.share_field = QLineEdit(self)
        self.share_field.setAccessibleName(self.tr("The team's shared folder"))
        self.share_field.setPlaceholderText(self.tr("for example U:\\Team\\wiki"))
        self.share_field.textChanged.connect(self.share_field.setToolTip)
        for field in (self.wiki_field, self.share_field):  # show a whole path, up to half the screen wide
            field.setMinimumWidth(_path_width(field))
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Your name"))
        wiki_browse, share_browse = QPushButton(self.tr("Browse…"), self), QPushButton(self.tr("Browse…"), self)
        wiki_browse.setAccessibleName(self.tr("Choose the folder for your wiki"))
        share_browse.setAccessibleName(self.tr("Choose the team's shared folder"))
        wiki_browse.clicked.connect(lambda: self._browse(self.wiki_field))
        share_browse.clicked.connect(lambda: self._browse(self.share_field))
        self.error = QLabel(self)
        self.error.setObjectName("first_run_error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Wiki folder:"), _folder_row(self, self.wiki_field, wiki_browse))
        self.team_field = QComboBox(self)  # the team wikis IT set up on this machine (hidden when there are none)
        self.team_field.setAccessibleName(self.tr("Team wikis your IT department set up"))
        self.team_field.activated.connect(self._team_chosen)
        self.team_label = QLabel(self.tr("&Team wiki:"), self)
        self.team_label.setBuddy(self.team_field)
        form.addRow(self.team_label, self.team_field)
        form.addRow(self.tr("S&hared folder:"), _folder_row(self, self.share_field, share_browse))
        form.addRow(self.tr("Your &name:"), self.name_field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for button in (self.sample, self.create, self.join):
            layout.addWidget(button)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.share_locked = False
        if settings is not None:
            self._offer_it_defaults(settings)
        self._update()

    def _offer_it_defaults(self, settings: Settings) -> None:
        """What IT preset on this machine (the team's shared folder, the wiki folder) is offered; a locked one is
        shown but cannot be changed."""
        share, wiki = str(settings.get("share_path") or ""), str(settings.get("wiki_path") or "")
        if wiki:
            self.wiki_field.setText(wiki)
        if share:
            self.share_field.setText(share)
            self.join.setChecked(True)
        self.share_locked = settings.is_locked("share_path")
        self._offer_team_shares()
        for field, key in ((self.wiki_field, "wiki_path"), (self.share_field, "share_path")):
            if settings.is_locked(key):
                field.setReadOnly(True)
                field.setToolTip(self.tr("Set by your IT department") + "\n" + field.text())

    def _offer_team_shares(self) -> None:
        """IT's preconfigured team wikis the person has not joined: choosing one fills in its shared folder."""
        try:
            offered = wikis.offered_team_shares()
        except (OSError, WikiError):
            offered = []
        for team in offered:
            self.team_field.addItem(team.name, team.share)
        if offered and not self.share_field.text():
            self.join.setChecked(True)
            self._team_chosen(0)

    def _team_chosen(self, index: int) -> None:
        share, name = self.team_field.itemData(index), self.team_field.itemText(index)
        if share and not self.share_field.isReadOnly():
            self.share_field.setText(str(share))
            self.wiki_field.setText(str(suggested_wiki_folder().parent / name))

    def _browse(self, field: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder"), field.text())
        if folder:
            field.setText(folder)

    def _update(self) -> None:
        self.wiki_field.setEnabled(not self.sample.isChecked())
        self.share_field.setEnabled(self.join.isChecked())
        offered = self.team_field.count() > 0
        self.team_field.setVisible(offered)
        self.team_label.setVisible(offered)
        self.team_field.setEnabled(self.join.isChecked())

    @property
    def choice(self) -> str:
        return "sample" if self.sample.isChecked() else "create" if self.create.isChecked() else "join"

    def _check(self) -> None:
        if self.choice != "sample" and not self.wiki_field.text().strip():
            self.error.setText(self.tr("Choose a folder for your wiki."))
            return
        if self.choice == "join" and not Path(self.share_field.text().strip()).is_dir():
            self.error.setText(self.tr("The shared folder cannot be reached. Check the path, or that you are "
                                       "connected to the network."))
            return
        self.accept()

    def apply(self, desktop: DesktopApp) -> Path:
        """Carry out the choice: store the settings and return the wiki folder to open."""
        settings = desktop.settings
        name = self.name_field.text().strip()
        if name:
            settings.set("user_name", name)
        if self.choice == "sample":
            from wikidesk.core.sample import sample_wiki_path

            path = sample_wiki_path()
        else:
            path = Path(self.wiki_field.text().strip())
            wiki = init_wiki(path, user=name or None)
            if self.choice == "join":  # the wiki's own setting, as `wikidesk init DIR --share PATH` writes it
                share = self.share_field.text().strip()
                connect_share(wiki, share)
                if not settings.is_locked("share_path"):
                    settings.set("share_path", share)  # offered again the next time a wiki is made or joined
        if not settings.is_locked("wiki_path"):
            settings.set("wiki_path", str(path))
        settings.save()
        return path


def run_first_run(desktop: DesktopApp, error: str = "") -> bool:
    """Ask until a wiki opens or the user cancels; returns False on cancel."""
    dialog = FirstRunDialog(settings=desktop.settings)
    dialog.error.setText(error)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            window = desktop.open_wiki(dialog.apply(desktop))
            if dialog.choice != "sample":  # your own page in the people directory, with the name you gave
                from wikidesk.ui.people.profile_offer import offer_own_profile

                offer_own_profile(window, dialog.name_field.text())
            return True
        except (WikiError, OSError) as exc:
            dialog.error.setText(str(exc))
    return False
