"""The conflict resolver: pages in conflict, every version side by side, and the merged text (with conflict
regions marked) to edit and save as the resolution.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core.history import queries, revising
from wikidesk.core.history.three_way import END, MID, START
from wikidesk.ui.history.dialog import local_time
from wikidesk.ui.session import WikiSession

PAGE_ROLE = Qt.ItemDataRole.UserRole


def has_markers(text: str) -> bool:
    return any(line.startswith((START, MID, END)) for line in text.splitlines())


class ConflictDialog(QDialog):
    loaded = Signal()
    conflict_shown = Signal(object)  # Conflict
    resolved = Signal(str)  # page id

    def __init__(self, session: WikiSession, page_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.session, self.wanted = session, page_id
        self.setWindowTitle(self.tr("Resolve Conflicts"))
        self.conflicts: list[Any] = []
        self.current: Any = None
        self.version_texts: list[str] = []
        self.pages = QListWidget(self)
        self.pages.setObjectName("conflict_pages")
        self.pages.setAccessibleName(self.tr("Pages in conflict"))
        self.versions = QTabWidget(self)
        self.versions.setObjectName("conflict_versions")
        self.versions.setAccessibleName(self.tr("The versions in conflict"))
        self.versions.tabBar().setAccessibleName(self.tr("The versions in conflict"))
        self.versions.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.merged = QPlainTextEdit(self)
        self.merged.setObjectName("merged_text")
        self.merged.setAccessibleName(self.tr("Merged text to save"))
        self.merged.setAccessibleDescription(
            self.tr("Conflict regions start with <<<<<<<, are split by ======= and end with >>>>>>>."))
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.use_version = QPushButton(self.tr("&Use the Shown Version"), self)
        self.use_version.setObjectName("use_version")
        self.save_button = QPushButton(self.tr("&Save Resolution"), self)
        self.save_button.setObjectName("save_resolution")
        self.status = QLabel(self)
        self.status.setObjectName("conflict_status")
        self.status.setWordWrap(True)
        merged_box = QWidget(self)
        merged_layout = QVBoxLayout(merged_box)
        merged_layout.setContentsMargins(0, 0, 0, 0)
        merged_label = QLabel(self.tr("&Merged result (edit it until it is right):"), merged_box)
        merged_label.setBuddy(self.merged)
        merged_layout.addWidget(merged_label)
        merged_layout.addWidget(self.merged, 1)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.use_version)
        buttons_row.addStretch(1)
        buttons_row.addWidget(self.save_button)
        merged_layout.addLayout(buttons_row)
        middle = QSplitter(Qt.Orientation.Horizontal, self)
        middle.addWidget(self.versions)
        middle.addWidget(merged_box)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.addWidget(self.pages)
        outer.addWidget(middle)
        outer.setSizes([180, 920])
        middle.setSizes([540, 480])
        middle.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(outer, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.explain.setText(self.tr("The same lines were changed in two places. Both versions are kept until you "
                                     "save the text that should win."))
        self.pages.currentRowChanged.connect(self._page_changed)
        self.use_version.clicked.connect(self.use_shown_version)
        self.save_button.clicked.connect(self.save)
        self.merged.textChanged.connect(self._mark_regions)
        self.resize(1200, 680)
        self.reload()

    def reload(self) -> None:
        wiki = self.session.wiki
        self.session.run("conflicts", lambda: queries.conflicts(wiki), self.tr("The conflicts could not be read."),
                         self._show_list, lane="read")

    def _show_list(self, conflicts: list[Any]) -> None:
        self.conflicts = conflicts
        self.pages.clear()
        for conflict in conflicts:
            info = self.session.page_by_id(conflict.page_id)
            item = QListWidgetItem(info.title if info else conflict.path)
            item.setData(PAGE_ROLE, conflict.page_id)
            self.pages.addItem(item)
        if not conflicts:
            self.status.setText(self.tr("No pages are in conflict."))
            self._clear()
        else:
            ids = [c.page_id for c in conflicts]
            self.pages.setCurrentRow(ids.index(self.wanted) if self.wanted in ids else 0)
        self.loaded.emit()

    def _clear(self) -> None:
        self.current = None
        self.versions.clear()
        self.merged.clear()
        self.save_button.setEnabled(False)
        self.use_version.setEnabled(False)

    def _page_changed(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            self._clear()
            return
        conflict = self.conflicts[row]
        wiki = self.session.wiki
        self.session.run("conflict versions", lambda: [queries.revision_text(wiki, head) for head in conflict.heads],
                         self.tr("The versions could not be read."),
                         lambda texts: self._show_conflict(conflict, texts), lane="read")

    def _show_conflict(self, conflict: Any, texts: list[str]) -> None:
        self.current, self.version_texts = conflict, texts
        self.versions.clear()
        for index, (head, text) in enumerate(zip(conflict.heads, texts, strict=True)):
            view = QPlainTextEdit(text, self.versions)
            view.setReadOnly(True)
            label = self.tr("Version %1: %2, %3").replace("%1", str(index + 1)).replace(
                "%2", head.author).replace("%3", local_time(head.time))
            view.setAccessibleName(label)
            self.versions.addTab(view, f"{head.author}, {local_time(head.time)}")  # whole, never cut
            self.versions.setTabToolTip(index, label)
        self.versions.setMinimumWidth(self.versions.tabBar().sizeHint().width() + 8)  # every tab in sight
        self.status.clear()
        self.merged.setPlainText(conflict.merged_text)
        self.save_button.setEnabled(True)
        self.use_version.setEnabled(True)
        self.conflict_shown.emit(conflict)

    def _mark_regions(self) -> None:
        """Underline the conflict regions in the merged text (and report how many are left)."""
        doc: QTextDocument = self.merged.document()
        selections = []
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setFontWeight(700)
        regions, inside = 0, False
        block = doc.begin()
        while block.isValid():
            text = block.text()
            if text.startswith(START):
                inside, regions = True, regions + 1
            if inside:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = QTextCursor(block)
                selection.cursor.select(QTextCursor.SelectionType.LineUnderCursor)
                selection.format = fmt
                selections.append(selection)
            if text.startswith(END):
                inside = False
            block = block.next()
        self.merged.setExtraSelections(selections)
        if self.current is not None:
            self.status.setText(self.tr("%n conflict region(s) left.", "", regions) if regions else
                                self.tr("No conflict regions left: ready to save."))

    def use_shown_version(self) -> None:
        index = self.versions.currentIndex()
        if 0 <= index < len(self.version_texts):
            self.merged.setPlainText(self.version_texts[index])

    def save(self) -> None:
        if self.current is None:
            return
        text = self.merged.toPlainText()
        lost_front_matter = self.current.merged_text.startswith("---") and not text.startswith("---")
        if (has_markers(text) or lost_front_matter) and not getattr(self, "_confirmed_markers", False):
            if lost_front_matter:
                self.status.setText(self.tr("The lines between --- at the top (the page's title and id) are gone. "
                                            "Put them back, or press Save Resolution again to save anyway."))
            else:
                self.status.setText(self.tr("The text still has conflict markers. Remove them, or press Save "
                                            "Resolution again to keep them as they are."))
            self._confirmed_markers = True
            return
        self._confirmed_markers = False
        wiki, page_id = self.session.wiki, self.current.page_id
        if not text.endswith("\n"):
            text += "\n"

        def done(_rev: Any) -> None:
            self.resolved.emit(page_id)
            self.wanted = None
            self.reload()

        self.session.run("resolve", lambda: revising.resolve(wiki, page_id, text),
                         self.tr("The resolution could not be saved."), done)
