"""The open page is in conflict: say so in the page itself, show every version side by side (author, local time, the
person's own marked as theirs) and let the person keep one or edit a merged text.

The page file shows the same version on every client (the core's choice); this panel is what keeps a person whose
version is not the shown one from thinking their edit is lost. It takes the place of the editor and preview until the
conflict is resolved (here, in the resolver, or by another client).
"""

from __future__ import annotations

import difflib
import html
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from wikidesk.ui.history.page_fields import fields_line, local_time, split_page
from wikidesk.ui.session import WikiSession


class VersionColumn(QFrame):
    """One version: who and when (and "(your version)"), title and tags, the page text, and a Keep button."""

    keep_requested = Signal(object)  # ConflictVersion

    def __init__(self, version: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_version")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.version = version
        self.page = split_page(version.text)
        self.who = QLabel(self)
        self.who.setObjectName("conflict_version_who")
        self.who.setWordWrap(True)
        self.fields = QLabel(self)
        self.fields.setObjectName("conflict_version_fields")
        self.fields.setWordWrap(True)
        self.text = QPlainTextEdit(self.page.body, self)
        self.text.setObjectName("conflict_version_text")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard |
                                          Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keep = QPushButton(self)
        self.keep.clicked.connect(lambda: self.keep_requested.emit(self.version))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.who)
        layout.addWidget(self.fields)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.keep, 0, Qt.AlignmentFlag.AlignLeft)

    def mark_differences(self, others: list[str]) -> None:
        """Underline and embolden the lines this version has that another version has not (not colour alone)."""
        mine = self.page.body.splitlines()
        lines: set[int] = set()
        for other in others:
            matcher = difflib.SequenceMatcher(None, mine, other.splitlines(), autojunk=False)
            for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
                if tag != "equal":
                    lines.update(range(i1, i2))
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setFontWeight(700)
        selections = []
        doc = self.text.document()
        for number in sorted(lines):
            block = doc.findBlockByNumber(number)
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(block)
            selection.cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            selection.format = fmt
            selections.append(selection)
        self.text.setExtraSelections(selections)
        self.differing = len(lines)

    def retranslate(self, keep_kind: str) -> None:
        """``keep_kind``: "mine", "theirs" or "this" (three or more versions, or none is the person's own)."""
        head = self.version.revision
        who = f"{head.author}, {local_time(head.time)}"
        if self.version.own:
            who += " " + self.tr("(your version)")
        self.who.setText(f"<b>{html.escape(who)}</b>")
        self.who.setAccessibleName(who)
        self.fields.setText(fields_line(self.page))
        self.text.setAccessibleName(self.tr("Text of the version by %1").replace("%1", who))
        texts = {"mine": self.tr("Keep &mine"), "theirs": self.tr("Keep &theirs"), "this": self.tr("Keep this version")}
        self.keep.setText(texts[keep_kind])
        self.keep.setObjectName(f"conflict_keep_{keep_kind}")
        self.keep.setAccessibleName(f"{texts[keep_kind].replace('&', '')}: {who}")


class ConflictPanel(QFrame):
    """Shown by the page view instead of the editor while the open page has several versions."""

    shown_versions = Signal(object)  # list[ConflictVersion] now shown
    resolved = Signal(str)  # page id
    edit_requested = Signal(str)  # page id: open the resolver with the merged text

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.session = session
        self.page_id: str | None = None
        self.versions: list[Any] = []
        self.columns: list[VersionColumn] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("conflict_heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.explain = QLabel(self)
        self.explain.setObjectName("conflict_explain")
        self.explain.setWordWrap(True)
        self.row = QHBoxLayout()
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("conflict_edit_merged")
        self.edit_button.clicked.connect(lambda: self.page_id and self.edit_requested.emit(self.page_id))
        self.status = QLabel(self)
        self.status.setObjectName("conflict_status_line")
        self.status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addLayout(self.row, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def controls(self) -> list[QWidget]:
        """The panel's controls in reading order (for the window's Tab chain)."""
        out: list[QWidget] = []
        for column in self.columns:
            out += [column.text, column.keep]
        return [*out, self.edit_button]

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This page was changed in two places at once"))
        self.explain.setText(self.tr("Nothing is lost: every version is kept until you choose. Keep one of them, or "
                                     "edit a text that combines them. Until then the page file shows one version, "
                                     "the same on every computer."))
        self.setAccessibleName(self.tr("This page was changed in two places at once"))
        self.edit_button.setText(self.tr("&Edit a merged text…"))
        self.edit_button.setAccessibleName(self.tr("Edit a merged text…"))
        kinds = self._keep_kinds()
        for column, kind in zip(self.columns, kinds, strict=True):
            column.retranslate(kind)

    def _keep_kinds(self) -> list[str]:
        own = [v.own for v in self.versions]
        if len(self.versions) == 2 and sum(own) == 1:
            return ["mine" if o else "theirs" for o in own]
        return ["this"] * len(self.versions)

    def show_versions(self, page_id: str, versions: list[Any]) -> None:
        """Show these versions of ``page_id`` (an empty list hides the panel)."""
        same = page_id == self.page_id and [v.revision.id for v in versions] == [v.revision.id for v in self.versions]
        self.page_id = page_id if versions else None
        if same and versions:
            return
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        mine_first = sorted(versions, key=lambda v: not v.own)  # the person's own on the left
        self.versions = mine_first
        for version in mine_first:
            column = VersionColumn(version, self)
            column.keep_requested.connect(self.keep)
            self.row.addWidget(column, 1)
            self.columns.append(column)
        for column in self.columns:
            column.mark_differences([c.page.body for c in self.columns if c is not column])
        self.status.clear()
        self.retranslate()
        self.setVisible(bool(versions))
        self.shown_versions.emit(versions)

    def clear(self) -> None:
        self.show_versions("", [])

    def keep(self, version: Any) -> None:
        page_id, wiki = self.page_id, self.session.wiki
        if page_id is None:
            return
        for column in self.columns:
            column.keep.setEnabled(False)
        self.status.setText(self.tr("Saving your choice…"))

        def resolve() -> Any:
            from wikidesk.core.history import revising

            return revising.resolve(wiki, page_id, version.text)

        def done(_rev: Any) -> None:
            if not shiboken6.isValid(self):  # the window closed meanwhile
                return
            self.status.clear()
            self.resolved.emit(page_id)

        def failed(_exc: BaseException) -> None:
            if not shiboken6.isValid(self):
                return
            self.status.clear()
            for column in self.columns:
                column.keep.setEnabled(True)

        self.session.run("resolve", resolve, self.tr("The conflict could not be resolved."), done,
                         on_error=failed)
