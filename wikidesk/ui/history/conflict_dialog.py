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
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from wikidesk.ui.history.page_fields import (
    compose,
    fields_line,
    merge_field,
    parse_tags,
    split_page,
    tags_text,
)
from wikidesk.ui.session import WikiSession

PAGE_ROLE = Qt.ItemDataRole.UserRole


def has_markers(text: str) -> bool:
    return any(line.startswith((START, MID, END)) for line in text.splitlines())


class VersionView(QWidget):
    """One version in the resolver: title and tags as a line of fields, the page text below; the whole file (with
    its front matter) one click away."""

    def __init__(self, version: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.version = version
        self.page = split_page(version.text)
        self.fields = QLabel(fields_line(self.page), self)
        self.fields.setObjectName("conflict_fields")
        self.fields.setWordWrap(True)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(self.page.body, self)
        self.text.setObjectName("conflict_version_body")
        self.text.setReadOnly(True)
        self.raw = QPushButton(self.tr("Show the file as it is"), self)
        self.raw.setObjectName("conflict_version_raw")
        self.raw.setCheckable(True)
        self.raw.setAccessibleName(self.tr("Show the file as it is"))
        self.raw.toggled.connect(self._raw_toggled)
        row = QHBoxLayout()
        row.addWidget(self.fields, 1)
        row.addWidget(self.raw)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)

    def _raw_toggled(self, on: bool) -> None:
        self.text.setPlainText(self.version.text if on else self.page.body)
        self.fields.setVisible(not on)

    def toPlainText(self) -> str:
        return self.text.toPlainText()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.text.setAccessibleName(name)


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
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("merged_title")
        self.title_field.setAccessibleName(self.tr("Title of the merged page"))
        self.tags_field = QLineEdit(self)
        self.tags_field.setObjectName("merged_tags")
        self.tags_field.setAccessibleName(self.tr("Tags of the merged page, separated by commas"))
        self.fields_note = QLabel(self)
        self.fields_note.setObjectName("merged_fields_note")
        self.fields_note.setWordWrap(True)
        self.fields_note.hide()
        self.versions_data: list[Any] = []
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
        fields = QFormLayout()
        title_label = QLabel(self.tr("&Title:"), merged_box)
        title_label.setBuddy(self.title_field)
        tags_label = QLabel(self.tr("Ta&gs:"), merged_box)
        tags_label.setBuddy(self.tags_field)
        fields.addRow(title_label, self.title_field)
        fields.addRow(tags_label, self.tags_field)
        merged_layout.addLayout(fields)
        merged_layout.addWidget(self.fields_note)
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
        self.title_field.clear()
        self.tags_field.clear()
        self.fields_note.hide()
        self.save_button.setEnabled(False)
        self.use_version.setEnabled(False)

    def _page_changed(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            self._clear()
            return
        conflict = self.conflicts[row]
        wiki = self.session.wiki
        self.session.run("conflict versions", lambda: queries.conflict_versions(wiki, conflict.page_id),
                         self.tr("The versions could not be read."),
                         lambda versions: self._versions_read(conflict, versions), lane="read")

    def version_title(self, version: Any) -> str:
        """"Kari Nordmann, 25.11.2026 10:00", and "(your version)" after the person's own."""
        head = version.revision
        text = f"{head.author}, {local_time(head.time)}"
        return f"{text} {self.tr('(your version)')}" if version.own else text

    def marker_labels(self, versions: list[Any]) -> dict[str, str]:
        """The words after <<<<<<< and >>>>>>> in the merged text, in the UI's language; the person's own first."""
        ordered = sorted(versions, key=lambda v: not v.own)
        return {v.revision.id: self.tr("my version") if v.own else
                f"{v.revision.author}, {local_time(v.revision.time)}" for v in ordered}

    def _versions_read(self, conflict: Any, versions: list[Any]) -> None:
        if not versions:  # resolved meanwhile (by a sync or another window)
            self.reload()
            return
        wiki, labels = self.session.wiki, self.marker_labels(versions)

        def merge() -> tuple[str, str]:
            return (queries.merged_with_labels(wiki, conflict.page_id, labels, body_only=True),
                    queries.conflict_base_text(wiki, conflict.page_id))

        self.session.run("merge versions", merge, self.tr("The versions could not be read."),
                         lambda merged: self._show_conflict(conflict, versions, *merged), lane="read")

    def _show_conflict(self, conflict: Any, versions: list[Any], merged: str, base_text: str) -> None:
        self.current, self.versions_data = conflict, versions
        self.version_texts = [v.text for v in versions]
        self.versions.clear()
        for index, version in enumerate(versions):
            head = version.revision
            view = VersionView(version, self.versions)
            label = self.tr("Version %1: %2, %3").replace("%1", str(index + 1)).replace(
                "%2", head.author).replace("%3", local_time(head.time))
            if version.own:
                label += " " + self.tr("(your version)")
            view.setAccessibleName(label)
            self.versions.addTab(view, self.version_title(version))  # whole, never cut
            self.versions.setTabToolTip(index, label)
        self.versions.setMinimumWidth(self.versions.tabBar().sizeHint().width() + 8)  # every tab in sight
        self.status.clear()
        ordered = sorted(versions, key=lambda v: not v.own)
        pages = [split_page(v.text) for v in ordered]
        base = split_page(base_text)
        title, title_differs = merge_field([p.title for p in pages], base.title)
        tags, tags_differ = merge_field([p.tags for p in pages], base.tags)
        self.title_field.setText(title)
        self.tags_field.setText(tags_text(tags))
        notes = []
        if title_differs:
            notes.append(self.tr("The versions have different titles: %1.").replace(
                "%1", " / ".join(f"“{p.title}”" for p in pages)))
        if tags_differ:
            notes.append(self.tr("The versions have different tags: %1.").replace(
                "%1", " / ".join(f"“{tags_text(p.tags)}”" for p in pages)))
        self.fields_note.setText(" ".join(notes))
        self.fields_note.setVisible(bool(notes))
        self.merged.setPlainText(merged)
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
            page = split_page(self.version_texts[index])
            self.title_field.setText(page.title)
            self.tags_field.setText(tags_text(page.tags))
            self.merged.setPlainText(page.body)

    def save(self) -> None:
        if self.current is None:
            return
        body = self.merged.toPlainText()
        if has_markers(body) and not getattr(self, "_confirmed_markers", False):
            self.status.setText(self.tr("The text still has conflict markers. Remove them, or press Save "
                                        "Resolution again to keep them as they are."))
            self._confirmed_markers = True
            return
        self._confirmed_markers = False
        wiki, page_id = self.session.wiki, self.current.page_id
        if not body.endswith("\n"):
            body += "\n"
        shown = self.version_texts[0] if self.version_texts else ""
        text = compose(shown, self.title_field.text(), parse_tags(self.tags_field.text()), body)

        def done(_rev: Any) -> None:
            self.resolved.emit(page_id)
            self.wanted = None
            self.reload()

        self.session.run("resolve", lambda: revising.resolve(wiki, page_id, text),
                         self.tr("The resolution could not be saved."), done)
