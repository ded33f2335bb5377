"""The Markdown text widget: ``[[`` completion from page titles, pasted or dropped images and files become
attachments (the page controller stores them off the UI thread). Tab moves on, like a browser's text area (or
indents, when the user turns that on with Ctrl+M); Ctrl+Tab always leaves.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QImage, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QCompleter, QPlainTextEdit, QWidget


class MarkdownEdit(QPlainTextEdit):
    files_dropped = Signal(list)  # local file paths to attach
    image_pasted = Signal(bytes, str)  # PNG data, suggested file name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.TypeWriter)
        self.setFont(font)
        self.setTabStopDistance(self.fontMetrics().horizontalAdvance(" ") * 4)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._titles = QStringListModel(self)
        self._titles_list: list[str] = []  # what [[ completes
        self._titles_filled = self._titles_list  # what the completer's model holds
        self.completer = QCompleter(self._titles, self)
        self.completer.setWidget(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.activated[str].connect(self.insert_completion)
        self.completer.popup().setObjectName("link_completion")
        self.tab_moves_focus = True

    # ----- [[ link completion ---------------------------------------------------------------------------------
    def set_titles(self, titles: list[str]) -> None:
        """The page titles ``[[`` completes; the completer's model takes them when a completion is next asked for
        (copying 100,000 titles into it held the window ~50 ms as the page list arrived)."""
        self._titles_list = titles

    def _fill_titles(self) -> None:
        if self._titles_list is not self._titles_filled:  # the same list object when no title changed (page_list)
            self._titles_filled = self._titles_list
            self._titles.setStringList(self._titles_list)

    def link_prefix(self) -> str | None:
        """The text typed after an unclosed ``[[`` on the cursor's line, or None when not inside one."""
        cursor = self.textCursor()
        line = cursor.block().text()[: cursor.positionInBlock()]
        start = line.rfind("[[")
        if start < 0 or "]]" in line[start:]:
            return None
        return line[start + 2:]

    def insert_completion(self, title: str) -> None:
        prefix = self.link_prefix()
        if prefix is None:
            return
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix))
        cursor.insertText(title + ("" if self._closing_follows() else "]]"))
        self.setTextCursor(cursor)
        self.completer.popup().hide()

    def _closing_follows(self) -> bool:
        cursor = self.textCursor()
        rest = cursor.block().text()[cursor.positionInBlock():]
        return rest.startswith("]]")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer.popup()
        if popup.isVisible() and event.key() in (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Escape,
                                                 Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()  # the completer handles these
            return
        tab = event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        if tab and (self.tab_moves_focus or event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            # like a browser's text area, Tab leaves (unless "Tab indents" is on); Ctrl+Tab always leaves
            forward = not (event.key() == Qt.Key.Key_Backtab or event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            holder = self.parentWidget() or self.window()
            holder.focusNextPrevChild(forward)  # QPlainTextEdit's own refuses while editable
            return
        super().keyPressEvent(event)
        self.update_completion()

    def update_completion(self) -> None:
        prefix = self.link_prefix()
        if prefix is None or "|" in prefix or "#" in prefix:
            self.completer.popup().hide()
            return
        self._fill_titles()
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount() == 0:
            self.completer.popup().hide()
            return
        rect = self.cursorRect()
        rect.setWidth(max(300, self.completer.popup().sizeHintForColumn(0) + 30))
        self.completer.complete(rect)
        self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    # ----- paste and drop ---------------------------------------------------------------------------------------
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasImage() or self._local_files(source) is not None or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        files = self._local_files(source)
        if files:
            self.files_dropped.emit(files)
            return
        if source.hasImage():
            image = QImage(source.imageData())
            if not image.isNull():
                data = QByteArray()
                buffer = QBuffer(data)
                buffer.open(QIODevice.OpenModeFlag.WriteOnly)
                image.save(buffer, "PNG")
                self.image_pasted.emit(bytes(data.data()), "image.png")
                return
        super().insertFromMimeData(source)

    @staticmethod
    def _local_files(source: QMimeData) -> list[str] | None:
        if not source.hasUrls():
            return None
        files = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
        return files or None
