"""Recently changed pages, newest first (by file time; synced changes appear as they land)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wikidesk.ui.session import WikiSession


class RecentPanel(QWidget):
    open_page = Signal(str)

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recent_panel")
        self.session = session
        self.list = QListWidget(self)
        self.list.setObjectName("recent_list")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._shown: list[tuple[str, float]] = []
        session.pages_loaded.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Recently changed pages"))
        self._shown = []
        self.refresh()

    def refresh(self) -> None:
        recent = self.session.listing.recent
        shown = [(p.page_id, p.modified) for p in recent]
        if shown == self._shown:
            return
        self._shown = shown
        self.list.clear()
        locale = QLocale()
        for info in recent:
            when = dt.datetime.fromtimestamp(info.modified)
            stamp = locale.toString(when, QLocale.FormatType.ShortFormat)
            item = QListWidgetItem(f"{info.title}\n{stamp}" + (f" · {info.space}" if info.space else ""))
            item.setData(Qt.ItemDataRole.UserRole, info.page_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%1, changed %2").replace("%1", info.title).replace("%2", stamp))
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.open_page.emit(item.data(Qt.ItemDataRole.UserRole))
