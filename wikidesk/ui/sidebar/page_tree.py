"""The page tree panel: spaces and pages, a filter field, drag to move, context menu for new/rename/delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from wikidesk.core.pages import PageInfo
from wikidesk.ui.session import WikiSession
from wikidesk.ui.sidebar.tree_model import PAGE_ID_ROLE, SPACE_ROLE, PageTreeModel
from wikidesk.ui.widgets import name_clear_button


class PageTreePanel(QWidget):
    open_page = Signal(str)  # page id
    new_page_requested = Signal(str)  # space
    rename_requested = Signal(object)  # PageInfo
    delete_requested = Signal(object)  # PageInfo

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_tree_panel")
        self.session = session
        self.model = PageTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("tree_filter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.view = QTreeView(self)
        self.view.setObjectName("page_tree")
        self.view.setModel(self.proxy)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.view, 1)
        self.model.move_requested.connect(self.move_pages)
        session.pages_loaded.connect(self.refresh)
        self.current_id: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter pages"))
        self.filter.setAccessibleName(self.tr("Filter the page tree"))
        name_clear_button(self.filter, self.tr("Clear the filter"))
        self.view.setAccessibleName(self.tr("Pages and spaces"))
        self.view.setAccessibleDescription(
            self.tr("Enter opens a page. F2 renames, the context menu key shows more actions."))

    def refresh(self) -> None:
        listing = self.session.listing
        if listing.tree is None or listing.tree_key == self.model.signature:
            return
        expanded = self._expanded_spaces()
        self.model.set_tree(listing.tree, listing.tree_key, listing.tree_pages)
        for space in expanded:
            self.view.expand(self.proxy.mapFromSource(self.model.index_of_space(space)))
        if self.current_id:
            self.select_page(self.current_id)

    def set_unread(self, page_ids: set[str]) -> None:
        """Mark the pages with comments not seen here yet (bold title, a trailing "•", "new comments" said)."""
        self.model.set_unread(page_ids)

    def _expanded_spaces(self) -> list[str]:
        found, stack = [], [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.proxy.data(index, PAGE_ID_ROLE) is None and self.view.isExpanded(index):
                    found.append(self.proxy.data(index, SPACE_ROLE))
                    stack.append(index)
        return found

    def _filter(self, text: str) -> None:
        if text:
            self.model.show_all()  # the filter looks at every page, not only the rows shown so far
        self.proxy.setFilterFixedString(text)
        if text:
            self.view.expandAll()

    def select_page(self, page_id: str) -> None:
        self.current_id = page_id
        index = self.proxy.mapFromSource(self.model.index_of_page(page_id))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        page_id = self.proxy.data(index, PAGE_ID_ROLE)
        if page_id:
            self.open_page.emit(page_id)

    def selected_info(self) -> PageInfo | None:
        index = self.view.currentIndex()
        page_id = self.proxy.data(index, PAGE_ID_ROLE) if index.isValid() else None
        return self.session.page_by_id(page_id) if page_id else None

    def selected_space(self) -> str:
        index = self.view.currentIndex()
        return str(self.proxy.data(index, SPACE_ROLE) or "") if index.isValid() else ""

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        info = self.selected_info()
        space = self.selected_space()
        new = QAction(self.tr("New Page Here…"), menu)
        new.triggered.connect(lambda: self.new_page_requested.emit(space))
        menu.addAction(new)
        if info is not None:
            rename = QAction(self.tr("Rename or Move…"), menu)
            rename.triggered.connect(lambda: self.rename_requested.emit(info))
            delete = QAction(self.tr("Delete…"), menu)
            delete.triggered.connect(lambda: self.delete_requested.emit(info))
            menu.addAction(rename)
            menu.addAction(delete)
        menu.popup(self.view.viewport().mapToGlobal(point))
        self.context_menu = menu

    def move_pages(self, page_ids: list[str], space: str) -> None:
        for page_id in page_ids:
            info = self.session.page_by_id(page_id)
            if info is not None and info.space != space:
                self.session.rename(info, info.title, space)
