"""Tags in use (front matter and inline ``#tags``, counted by the core off the UI thread), most used first;
activating one lists its pages."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wikidesk.ui.session import WikiSession


class TagsPanel(QWidget):
    tag_chosen = Signal(str)

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags_panel")
        self.session = session
        self.list = QListWidget(self)
        self.list.setObjectName("tags_list")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        self._counts: list[tuple[str, int]] = []
        session.tags_loaded.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Tags"))

    def refresh(self) -> None:
        ordered = self.session.tags
        if ordered == self._counts:
            return
        self._counts = ordered
        self.list.clear()
        for tag, count in ordered:
            item = QListWidgetItem(f"#{tag}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            spoken = self.tr("Tag %1, %n page(s)", "", count).replace("%1", tag)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.tag_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
