"""The person's bookmarks, in their order (their own, not synced); activating one opens the page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from wikidesk.core.habits.bookmarks import Bookmark
from wikidesk.ui.habits.service import HabitsService
from wikidesk.ui.session import WikiSession


class BookmarksPanel(QWidget):
    open_page = Signal(str)
    shown = Signal()

    def __init__(self, session: WikiSession, habits: HabitsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookmarks_panel")
        self.session, self.habits = session, habits
        self.list = QListWidget(self)
        self.list.setObjectName("bookmarks_list")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("bookmarks_remove")
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.marks: list[Bookmark] = []
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.refresh)
        session.pages_loaded.connect(self._timer.start)
        habits.bookmarks_changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Bookmarks"))
        self.remove_button.setText(self.tr("&Remove Bookmark"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen bookmark"))

    def refresh(self) -> None:
        if self.session.loaded:
            self.habits.bookmarks(self._show)

    def _show(self, marks: list[Bookmark]) -> None:
        self.marks = marks
        self.list.clear()
        for mark in marks:
            title = mark.page.title if mark.page else self.tr("(deleted page)")
            item = QListWidgetItem(title + (f" · {mark.page.space}" if mark.page and mark.page.space else ""))
            item.setData(Qt.ItemDataRole.UserRole, mark.page_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            self.list.addItem(item)
        self.remove_button.setEnabled(bool(marks))
        self.shown.emit()

    def _chosen(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        if page_id and self.session.page_by_id(page_id) is not None:
            self.open_page.emit(page_id)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.habits.toggle_bookmark(item.data(Qt.ItemDataRole.UserRole))
