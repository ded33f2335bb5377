"""Recent changes across the wiki (who changed which page when, newest first, merges and incoming changes
included, each with its diff), or the pages the person watches with what changed since they looked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from wikidesk.core.habits.changes import Change
from wikidesk.core.habits.watch import WatchedPage
from wikidesk.ui.habits.diff_dialog import DiffDialog
from wikidesk.ui.habits.service import service_for
from wikidesk.ui.session import WikiSession

CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(utc: str) -> str:
    try:
        when = dt.datetime.fromisoformat(utc.replace("Z", "+00:00")).astimezone().replace(tzinfo=None)
    except ValueError:
        return utc
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


class RecentPanel(QWidget):
    open_page = Signal(str)
    shown = Signal()  # the list was filled (tests wait for it)

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent_panel")
        self.session = session
        self.habits = habits = service_for(session)
        self.mode = QComboBox(self)
        self.mode.setObjectName("recent_mode")
        self.mode.addItems(["", ""])
        self.mode.currentIndexChanged.connect(lambda _i: self.refresh())
        self.list = QListWidget(self)
        self.list.setObjectName("recent_list")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.diff_button = QPushButton(self)
        self.diff_button.setObjectName("recent_diff_button")
        self.diff_button.clicked.connect(self.show_diff)
        self.list.currentItemChanged.connect(lambda item, _old: self.diff_button.setEnabled(
            item is not None and item.data(CHANGE_ROLE) is not None))
        self.diff_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.diff_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.changes: list[Change] = []
        self.watched: list[WatchedPage] = []
        self.dialog: DiffDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        session.pages_loaded.connect(self._timer.start)
        habits.watch_changed.connect(self._timer.start)
        self.retranslate()

    @property
    def watching(self) -> bool:
        return self.mode.currentIndex() == 1

    def retranslate(self) -> None:
        self.mode.setItemText(0, self.tr("All recent changes"))
        self.mode.setItemText(1, self.tr("Pages I watch"))
        self.mode.setAccessibleName(self.tr("Show"))
        self.diff_button.setText(self.tr("Show &Changes"))
        self.diff_button.setAccessibleName(self.tr("Show the changes made in this revision"))
        self.list.setAccessibleName(self.tr("Recent changes") if not self.watching else self.tr("Watched pages"))
        self.changes = []  # shown again in the new language
        self.refresh()

    def refresh(self) -> None:
        if not self.session.loaded or self.session.wiki.history is None:
            return
        if self.watching:
            self.habits.watched(self._show_watched)
        else:
            self.habits.recent(self._show_changes)

    def _show_changes(self, listed: list[Change]) -> None:
        if self.watching:
            return
        if listed and listed == self.changes:  # after a save or sync round that changed no listed entry
            return
        self.changes = listed
        self.list.clear()
        self.list.setAccessibleName(self.tr("Recent changes"))
        kinds = {"create": self.tr("created"), "edit": self.tr("edited"), "rename": self.tr("renamed"),
                 "delete": self.tr("deleted"), "merge": self.tr("merged")}
        for change in listed:
            rev = change.revision
            stamp = local_time(rev.time)
            what = kinds.get(change.kind, change.kind)
            incoming = self.tr(" (from a colleague)") if change.incoming and change.kind != "merge" else ""
            text = f"{change.title}\n{what} · {rev.author} · {stamp}" + (f" · {change.space}" if change.space else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, change.page_id)
            item.setData(CHANGE_ROLE, change)
            spoken = self.tr("%1, %2 by %3, %4").replace("%1", change.title).replace("%2", what).replace(
                "%3", rev.author).replace("%4", stamp) + incoming
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(rev.summary or spoken)
            self.list.addItem(item)
        self.shown.emit()

    def _show_watched(self, listed: list[WatchedPage]) -> None:
        if not self.watching:
            return
        self.changes = []  # the list now shows the watched pages
        self.watched = listed
        self.list.clear()
        self.list.setAccessibleName(self.tr("Watched pages"))
        for page in listed:
            if page.unseen:
                who = ", ".join(sorted({r.author for r in page.unseen}, key=str.casefold))
                news = self.tr("%n change(s) since you looked", "", len(page.unseen)) + f" ({who})"
                text = f"● {page.title}\n{news}"
            else:
                news = self.tr("no changes since you looked")
                text = f"{page.title}\n{news}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, page.page_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.title}, {news}")
            self.list.addItem(item)
        if not listed:
            item = QListWidgetItem(self.tr("You watch no pages yet (Page → Watch This Page)."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.shown.emit()

    def _chosen(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        change = item.data(CHANGE_ROLE)
        if page_id and (change is None or change.kind != "delete"):
            self.open_page.emit(page_id)

    def show_diff(self) -> DiffDialog | None:
        item = self.list.currentItem()
        change = item.data(CHANGE_ROLE) if item is not None else None
        if change is None:
            return None
        dialog = DiffDialog(self.session, change, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog
