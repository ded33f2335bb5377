"""A light tree model of spaces and pages (plain Python nodes, no item objects: fast at 10,000 pages)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from wikidesk.core import pacing
from wikidesk.core.names import name_key
from wikidesk.core.pages import PageInfo

MIME = "application/x-wikidesk-page-ids"
Index = QModelIndex | QPersistentModelIndex
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPACE_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
SPACE_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
ROOT_ROWS = 500  # top-level rows shown at first; more as the view scrolls to its end (``fetchMore``)
UNREAD_MARK = " •"  # after the title of a page with comments not seen here yet (the title is bold too)


class Node:
    """A space in the tree (the root too): its pages and subspaces in the order shown, and its row there."""

    __slots__ = ("children", "info", "name", "parent", "row", "space")

    def __init__(self, name: str, space: str, info: None, parent: Node | None) -> None:
        self.name, self.space, self.info, self.parent = name, space, info, parent
        self.children: list[Node | PageNode] = []
        self.row = 0


class PageNode:
    """A page in the tree: its page info and its space's node, the rest read from them (48 bytes a page; a node that
    kept its own name, space and row cost 80 and an int, ~5 MB more at 100,000 pages)."""

    __slots__ = ("info", "parent")
    children: tuple[()] = ()  # a page has no children

    def __init__(self, info: PageInfo, parent: Node) -> None:
        self.info, self.parent = info, parent

    @property
    def name(self) -> str:
        return self.info.title

    @property
    def space(self) -> str:
        return self.info.space

    @property
    def row(self) -> int:
        """Its row among its space's children (looked for: only selecting a page or marking one asks)."""
        return self.parent.children.index(self)


TreeNode = Node | PageNode


def build_tree(pages: list[PageInfo], by_id: dict[str, PageNode] | None = None) -> Node:
    """Spaces first (by name), then pages (by title), case-insensitively; ``by_id`` is filled with the page nodes
    by page id (of pages that share an id, the last listed)."""
    root = Node("", "", None, None)
    spaces: dict[str, Node] = {"": root}
    for info in pages:
        parent = _space_node(spaces, info.space)
        node = PageNode(info, parent)
        parent.children.append(node)
        if by_id is not None:
            by_id[info.page_id] = node
        pacing.pause()  # built in the worker that lists the pages: the window gets the interpreter lock meanwhile
    stack = [root]
    while stack:
        node = stack.pop()
        pacing.pause()
        node.children.sort(key=lambda n: (n.info is not None, n.name.casefold()))
        for row, child in enumerate(node.children):
            if isinstance(child, Node):
                child.row = row
                stack.append(child)
    return root


def _space_node(spaces: dict[str, Node], space: str) -> Node:
    """The node of ``space`` in the tree being built (made, with its parents, if new). A module function, not a
    closure: a closure that calls itself is a cycle, and would keep the spaces alive until a full collection."""
    key = name_key(space)
    if key in spaces:
        return spaces[key]
    parent_space, _, name = space.rpartition("/")
    parent = _space_node(spaces, parent_space)
    node = Node(name, space, None, parent)
    parent.children.append(node)
    spaces[key] = node
    return node


def release_tree(root: Node) -> None:
    """Break the parent/children cycles of a tree no longer shown, so it is freed as soon as nothing holds it: a
    frozen tree (``wikidesk.ui.heap``) is never visited by the cyclic garbage collector. Only spaces are visited."""
    stack = [root]
    while stack:
        node = stack.pop()
        children, node.children = node.children, []
        stack.extend(child for child in children if isinstance(child, Node))


def pages_by_id(root: Node) -> dict[str, PageNode]:
    """Every page node of a tree from :func:`build_tree`, by page id (made off the UI thread, with the tree)."""
    found: dict[str, PageNode] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.children:
            if isinstance(child, PageNode):
                found[child.info.page_id] = child
            else:
                stack.append(child)
    return found


class PageTreeModel(QAbstractItemModel):
    move_requested = Signal(list, str)  # page ids, target space

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.root = Node("", "", None, None)
        self.signature: int | None = None
        self.by_id: dict[str, PageNode] = {}
        # A view lays out every row of a level it shows: 14,000 pages at the top of a 100,000-page wiki cost the UI
        # thread ~0.15 s per new tree. The top level is shown in slices instead (spaces come first, in the first).
        self._root_rows = 0
        self.unread: set[str] = set()  # ids of pages with new comments (marked; kept across new trees)

    def set_tree(self, root: Node, key: int, by_id: dict[str, PageNode] | None = None) -> bool:
        """Show a tree built by :func:`build_tree`; False (nothing done) when ``key`` says it is unchanged.

        ``by_id`` is :func:`pages_by_id` of the tree, made with it in the worker: walking 100,000 nodes here took
        ~0.1 s of the UI thread."""
        if key == self.signature:
            return False
        if by_id is None:
            by_id = pages_by_id(root)
        self.beginResetModel()
        old, self.signature, self.root, self.by_id = self.root, key, root, by_id
        self._root_rows = min(len(root.children), ROOT_ROWS)
        self.endResetModel()
        if old is not root:
            release_tree(old)
        return True

    def set_unread(self, page_ids: set[str]) -> None:
        """Mark the pages with comments not seen here yet (and unmark the others)."""
        changed = self.unread ^ set(page_ids)
        self.unread = set(page_ids)
        for page_id in changed:
            node = self.by_id.get(page_id)
            if node is None:
                continue
            top = node
            while top.parent is not None and top.parent is not self.root:
                top = top.parent
            if top.parent is self.root and top.row < self._root_rows:  # a row the view may show
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(index, index)

    def show_all(self) -> None:
        """Show every top-level row (before filtering: the filter must see every page)."""
        self._show_root(len(self.root.children))

    def _show_root(self, rows: int) -> None:
        rows = min(rows, len(self.root.children))
        if rows > self._root_rows:
            self.beginInsertRows(QModelIndex(), self._root_rows, rows - 1)
            self._root_rows = rows
            self.endInsertRows()

    def _reveal(self, node: TreeNode) -> None:
        """Make sure the top-level row that holds ``node`` is shown."""
        while node.parent is not None and node.parent is not self.root:
            node = node.parent
        if node.parent is self.root and node.row >= self._root_rows:
            self._show_root(node.row + 1)

    def _rows(self, node: TreeNode) -> int:
        return self._root_rows if node is self.root else len(node.children)

    def node(self, index: Index) -> TreeNode:
        return index.internalPointer() if index.isValid() else self.root

    def index_of_page(self, page_id: str) -> QModelIndex:
        node = self.by_id.get(page_id)
        if node is None:
            return QModelIndex()
        self._reveal(node)
        return self.createIndex(node.row, 0, node)

    def index_of_space(self, space: str) -> QModelIndex:
        node = self.root
        for part in [p for p in space.split("/") if p]:
            node = next((c for c in node.children if c.info is None and name_key(c.name) == name_key(part)), None)
            if node is None:
                return QModelIndex()
        if node is self.root:
            return QModelIndex()
        self._reveal(node)
        return self.createIndex(node.row, 0, node)

    # ----- QAbstractItemModel ---------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self.node(parent)
        if column != 0 or not 0 <= row < self._rows(node):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        parent = self.node(index).parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        node = self.node(parent)
        return self._rows(node) if node.info is None else 0

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._root_rows < len(self.root.children)

    def fetchMore(self, parent: Index) -> None:
        if not parent.isValid():
            self._show_root(self._root_rows + ROOT_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        node = self.node(parent)
        return node.info is None and bool(node.children)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node = self.node(index)
        unread = node.info is not None and node.info.page_id in self.unread
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name + UNREAD_MARK if unread else node.name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1, new comments").replace("%1", node.name) if unread else node.name
        if role == Qt.ItemDataRole.FontRole:
            if not unread:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.info.path if node.info else node.space
        if role == PAGE_ID_ROLE:
            return node.info.page_id if node.info else None
        if role == SPACE_ROLE:
            return node.space
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return PAGE_FLAGS if self.node(index).info else SPACE_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.node(i).info.page_id for i in indexes if i.isValid() and self.node(i).info]
        data.setData(MIME, "\n".join(ids).encode("utf-8"))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME) and self.node(parent).info is None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        """Ask for the move; the tree is rebuilt from the wiki once it happened (so nothing is moved here)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in bytes(data.data(MIME).data()).decode("utf-8").split("\n") if i]
        if ids:
            self.move_requested.emit(ids, self.node(parent).space)
        return False
