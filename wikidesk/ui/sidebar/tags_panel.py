"""The tag archive: tags in use (front matter and inline ``#tags``, counted by the core off the UI thread), most
used first; selecting a tag lists its pages (found off the UI thread), activating one searches for it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from wikidesk.ui.session import WikiSession


class TagsPanel(QWidget):
    tag_chosen = Signal(str)
    open_page = Signal(str)
    pages_shown = Signal(str)  # the tag whose pages are listed

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tags_panel")
        self.session = session
        self.list = QListWidget(self)
        self.list.setObjectName("tags_list")
        self.list.itemActivated.connect(self._chosen)
        self.list.currentItemChanged.connect(lambda item, _old: self.show_pages(
            item.data(Qt.ItemDataRole.UserRole) if item is not None else None))
        self.heading = QLabel(self)
        self.heading.setObjectName("tag_pages_heading")
        self.pages = QListWidget(self)
        self.pages.setObjectName("tag_pages_list")
        self.pages.itemActivated.connect(self._page_chosen)
        self.pages.itemClicked.connect(self._page_chosen)
        self.heading.setBuddy(self.pages)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.heading)
        lower_layout.addWidget(self.pages, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._counts: list[tuple[str, int]] = []
        self._wanted: str | None = None
        session.tags_loaded.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Tags"))
        self.pages.setAccessibleName(self.tr("Pages with the chosen tag"))
        if self._wanted is None:
            self.heading.setText(self.tr("Choose a tag to see its pages."))

    def refresh(self) -> None:
        ordered = self.session.tags
        if ordered == self._counts:
            if self._wanted is not None:  # the same counts, but a tagged page may have been renamed
                self.show_pages(self._wanted)
            return
        self._counts = ordered
        self.list.clear()
        for tag, count in ordered:
            item = QListWidgetItem(f"#{tag}  ({count})")
            item.setData(Qt.ItemDataRole.UserRole, tag)
            spoken = self.tr("Tag %1, %n page(s)", "", count).replace("%1", tag)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.list.addItem(item)
        if self._wanted is not None:
            self.show_pages(self._wanted)

    def show_pages(self, tag: str | None) -> None:
        """List the pages of ``tag``, from the session's last tag count (the one the counts shown come from)."""
        self._wanted = tag
        if tag is None:
            self.pages.clear()
            self.retranslate()
            return
        found = self.session.tag_pages.get(tag, [])
        self.pages.clear()
        self.heading.setText(self.tr("#%1: %n page(s)", "", len(found)).replace("%1", tag))
        for info in sorted(found, key=lambda p: (p.title.casefold(), p.space.casefold())):
            item = QListWidgetItem(info.title + (f" · {info.space}" if info.space else ""))
            item.setData(Qt.ItemDataRole.UserRole, info.page_id)
            self.pages.addItem(item)
        self.pages_shown.emit(tag)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.tag_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _page_chosen(self, item: QListWidgetItem) -> None:
        self.open_page.emit(item.data(Qt.ItemDataRole.UserRole))
