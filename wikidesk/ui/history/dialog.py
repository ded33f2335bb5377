"""The history of one page: its revisions, a diff against the previous revision or the current text (inline or
side by side), and restoring a revision (as a new revision; nothing is lost).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core.history import queries, revising
from wikidesk.core.pages import PageInfo
from wikidesk.ui.history import diff_html
from wikidesk.ui.history.page_fields import field_changes, fields_line, local_time, split_page
from wikidesk.ui.history.summaries import translated_summary
from wikidesk.ui.session import WikiSession

REV_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    loaded = Signal()  # the revision list is shown
    diff_shown = Signal()
    restored = Signal(object)  # Revision

    def __init__(self, session: WikiSession, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.session, self.info = session, info
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", info.title))
        self.revisions: list[Any] = []
        self.list = QListWidget(self)
        self.list.setObjectName("revision_list")
        self.list.setAccessibleName(self.tr("Revisions, newest first"))
        self.compare = QComboBox(self)
        self.compare.setAccessibleName(self.tr("Compare with"))
        self.compare.addItem(self.tr("Compared with the revision before"), "previous")
        self.compare.addItem(self.tr("Compared with the page now"), "current")
        self.layout_choice = QComboBox(self)
        self.layout_choice.setAccessibleName(self.tr("Diff layout"))
        self.layout_choice.addItem(self.tr("Inline"), "inline")
        self.layout_choice.addItem(self.tr("Side by side"), "side")
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("diff_view")
        self.diff.setAccessibleName(self.tr("Changes"))
        self.diff.setOpenLinks(False)
        self.raw_toggle = QPushButton(self.tr("Show the file as it is"), self)
        self.raw_toggle.setObjectName("history_raw")
        self.raw_toggle.setCheckable(True)
        self.raw_toggle.setAccessibleName(self.tr("Show the file as it is"))
        self.raw_toggle.setAccessibleDescription(self.tr("On: the whole file with its front matter (id, created). "
                                                         "Off: title and tags as fields and the page text."))
        self.restore_button = QPushButton(self.tr("&Restore This Revision…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.status = QLabel(self)
        options = QHBoxLayout()
        options.addWidget(self.compare)
        options.addWidget(self.layout_choice)
        options.addWidget(self.raw_toggle)
        options.addStretch(1)
        options.addWidget(self.restore_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(options)
        right_layout.addWidget(self.diff, 1)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setSizes([300, 700])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(lambda _row: self.show_diff())
        self.compare.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.layout_choice.currentIndexChanged.connect(lambda _i: self.show_diff())
        self.raw_toggle.toggled.connect(lambda _on: self.show_diff())
        self.restore_button.clicked.connect(self.confirm_restore)
        self.resize(1000, 640)
        self.reload()

    def reload(self) -> None:
        self.status.setText(self.tr("Loading the history…"))
        page_id, wiki = self.info.page_id, self.session.wiki
        self.session.run("history", lambda: queries.revisions(wiki, page_id),
                         self.tr("The history could not be read."), self._show_revisions, lane="read")

    def _show_revisions(self, revisions: list[Any]) -> None:
        self.revisions = list(reversed(revisions))
        self.list.clear()
        for rev in self.revisions:
            summary = translated_summary(rev.summary) if rev.summary else (
                self.tr("Deleted") if rev.deleted else self.tr("Edited"))
            item = QListWidgetItem(f"{local_time(rev.time)} · {rev.author}\n{summary}")
            item.setData(REV_ROLE, rev.id)
            self.list.addItem(item)
        self.status.setText(self.tr("%n revision(s)", "", len(self.revisions)))
        if self.revisions:
            self.list.setCurrentRow(0)
        self.loaded.emit()

    def selected(self) -> Any:
        row = self.list.currentRow()
        return self.revisions[row] if 0 <= row < len(self.revisions) else None

    def show_diff(self) -> None:
        rev = self.selected()
        self.restore_button.setEnabled(rev is not None and not rev.deleted)
        if rev is None:
            self.diff.clear()
            return
        row, wiki, info = self.list.currentRow(), self.session.wiki, self.info
        older = self.revisions[row + 1] if row + 1 < len(self.revisions) else None
        against_current = self.compare.currentData() == "current"

        def texts() -> tuple[str, str, bool]:
            text = queries.revision_text(wiki, rev)
            if against_current:
                try:
                    now = (wiki.root / wiki.find(info.page_id).path).read_text("utf-8", errors="replace")
                except (OSError, Exception):  # noqa: BLE001 (a deleted page compares with nothing)
                    now = ""
                return text, now, False
            return (queries.revision_text(wiki, older) if older else ""), text, older is None

        self.session.run("diff", texts, self.tr("The changes could not be shown."), self._show_texts, lane="read")

    def _show_texts(self, texts: tuple[str, str, bool]) -> None:
        old, new, first = texts
        if self.compare.currentData() == "current":
            titles = (self.tr("This revision"), self.tr("The page now"))
        else:
            titles = (self.tr("The revision before"), self.tr("This revision"))
        palette = QApplication.palette()
        head = ""
        if not self.raw_toggle.isChecked():  # title and tags as fields, the body as text; no YAML
            old_fields, new_fields = split_page(old), split_page(new)
            if first:
                self.diff.setHtml(self._first_revision_html(new_fields))
                self.diff.setAccessibleDescription(self.tr("The first revision: the page as it was made"))
                self.diff_shown.emit()
                return
            head = "".join(f"<p><b>{html.escape(line)}</b></p>" for line in field_changes(old_fields, new_fields))
            old, new = old_fields.body, new_fields.body
        if self.layout_choice.currentData() == "side":
            markup = diff_html.side_by_side(old, new, palette, old_title=titles[0], new_title=titles[1])
        else:
            markup = diff_html.inline(old, new, palette, added=self.tr("added"), removed=self.tr("removed"))
        if head and markup == "<p>—</p>":
            markup = ""  # only the title or tags changed
        self.diff.setHtml(head + markup)
        self.diff.setAccessibleDescription(f"{titles[0]} → {titles[1]}")
        self.diff_shown.emit()

    def _first_revision_html(self, fields: Any) -> str:
        body = fields.body.rstrip("\n")
        text = (f"<pre>{html.escape(body)}</pre>" if body.strip() else
                f"<p><i>{html.escape(self.tr('The page had no text yet.'))}</i></p>")
        return (f"<p><i>{html.escape(self.tr('The first revision: the page as it was made'))}</i></p>"
                f"<p><b>{html.escape(fields_line(fields))}</b></p>{text}")

    def confirm_restore(self) -> None:
        rev = self.selected()
        if rev is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore Revision"),
                          self.tr("Make the revision of %1 the page's text again? The current text stays in the "
                                  "history.").replace("%1", local_time(rev.time)),
                          QMessageBox.StandardButton.Cancel, self)
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda button: self.restore(rev) if button is restore else None)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirm_box = box

    def restore(self, rev: Any) -> None:
        wiki, page_id = self.session.wiki, self.info.page_id

        def done(new_rev: Any) -> None:
            self.restored.emit(new_rev)
            self.reload()

        self.session.run("restore", lambda: revising.restore(wiki, page_id, rev.id),
                         self.tr("The revision could not be restored."), done)
