"""Find and replace bar under the editor (Ctrl+F finds, Ctrl+H also replaces, Escape closes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QWidget


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.editor = editor
        self.find_label, self.replace_label = QLabel(self), QLabel(self)
        self.find_field, self.replace_field = QLineEdit(self), QLineEdit(self)
        self.find_field.setObjectName("find_field")
        self.replace_field.setObjectName("replace_field")
        self.find_label.setBuddy(self.find_field)
        self.replace_label.setBuddy(self.replace_field)
        self.case = QCheckBox(self)
        self.previous_button, self.next_button = QPushButton(self), QPushButton(self)
        self.replace_button, self.replace_all_button = QPushButton(self), QPushButton(self)
        self.close_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setObjectName("find_status")
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.find_label, 0, 0)
        layout.addWidget(self.find_field, 0, 1)
        layout.addWidget(self.previous_button, 0, 2)
        layout.addWidget(self.next_button, 0, 3)
        layout.addWidget(self.case, 0, 4)
        layout.addWidget(self.close_button, 0, 5)
        layout.addWidget(self.replace_label, 1, 0)
        layout.addWidget(self.replace_field, 1, 1)
        layout.addWidget(self.replace_button, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3)
        layout.addWidget(self.status, 1, 4, 1, 2)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textEdited.connect(lambda _: self.find_next(from_start=True))
        self.replace_field.returnPressed.connect(self.replace_one)
        self.next_button.clicked.connect(lambda _=False: self.find_next())
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_one)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.find_label.setText(self.tr("F&ind:"))
        self.replace_label.setText(self.tr("Re&place with:"))
        self.find_field.setAccessibleName(self.tr("Find text"))
        self.replace_field.setAccessibleName(self.tr("Replacement text"))
        self.case.setText(self.tr("&Match case"))
        self.previous_button.setText(self.tr("Pre&vious"))
        self.next_button.setText(self.tr("&Next"))
        self.replace_button.setText(self.tr("&Replace"))
        self.replace_all_button.setText(self.tr("Replace &All"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    def open(self, *, replace: bool) -> None:
        for widget in (self.replace_label, self.replace_field, self.replace_button, self.replace_all_button):
            widget.setVisible(replace)
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_field.setText(selected)
        self.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.editor.setFocus()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, *, from_start: bool = False, backward: bool = False) -> bool:
        needle = self.find_field.text()
        if not needle:
            self.status.clear()
            return False
        if from_start:
            cursor = self.editor.textCursor()
            cursor.setPosition(cursor.selectionStart())
            self.editor.setTextCursor(cursor)
        found = self.editor.find(needle, self._flags(backward))
        if not found:  # wrap around
            cursor = self.editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self.editor.setTextCursor(cursor)
            found = self.editor.find(needle, self._flags(backward))
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_previous(self) -> bool:
        return self.find_next(backward=True)

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        needle = self.find_field.text()
        return selected == needle if self.case.isChecked() else selected.casefold() == needle.casefold()

    def replace_one(self) -> None:
        if self.find_field.text() and self._selection_matches():
            self.editor.textCursor().insertText(self.replace_field.text())
        self.find_next()

    def replace_all(self) -> int:
        needle, replacement = self.find_field.text(), self.replace_field.text()
        if not needle:
            return 0
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        count = 0
        cursor.beginEditBlock()
        found = doc.find(needle, cursor, self._flags())
        while not found.isNull():
            found.insertText(replacement)
            count += 1
            found = doc.find(needle, found, self._flags())
        cursor.endEditBlock()
        self.status.setText(self.tr("%n replaced", "", count))
        return count
