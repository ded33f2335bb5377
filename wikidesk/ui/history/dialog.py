"""The history of one page: its revisions, a diff against the previous revision or the current text (inline or
side by side), and restoring a revision (as a new revision; nothing is lost).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
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
from wikidesk.ui.history.summaries import translated_summary
from wikidesk.ui.session import WikiSession

REV_ROLE = Qt.ItemDataRole.UserRole


def local_time(iso: str) -> str:
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return QLocale().toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


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
        self.restore_button = QPushButton(self.tr("&Restore This Revision…"), self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setEnabled(False)
        self.status = QLabel(self)
        options = QHBoxLayout()
        options.addWidget(self.compare)
        options.addWidget(self.layout_choice)
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

        def texts() -> tuple[str, str]:
            text = queries.revision_text(wiki, rev)
            if against_current:
                try:
                    now = (wiki.root / wiki.find(info.page_id).path).read_text("utf-8", errors="replace")
                except (OSError, Exception):  # noqa: BLE001 (a deleted page compares with nothing)
                    now = ""
                return text, now
            return (queries.revision_text(wiki, older) if older else ""), text

        self.session.run("diff", texts, self.tr("The changes could not be shown."), self._show_texts, lane="read")

    def _show_texts(self, pair: tuple[str, str]) -> None:
        old, new = pair
        if self.compare.currentData() == "current":
            titles = (self.tr("This revision"), self.tr("The page now"))
        else:
            titles = (self.tr("The revision before"), self.tr("This revision"))
        palette = QApplication.palette()
        if self.layout_choice.currentData() == "side":
            markup = diff_html.side_by_side(old, new, palette, old_title=titles[0], new_title=titles[1])
        else:
            markup = diff_html.inline(old, new, palette, added=self.tr("added"), removed=self.tr("removed"))
        self.diff.setHtml(markup)
        self.diff.setAccessibleDescription(f"{titles[0]} → {titles[1]}")
        self.diff_shown.emit()

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
