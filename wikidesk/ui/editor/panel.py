"""The editor panel: one page's Markdown in a text widget, saved after a short idle, on Ctrl+S and before leaving.

Saves run on the serial write lane with the etag the page was read with, so a file changed on disk by another
program is never overwritten: autosave stops and the panel asks what to do (see :attr:`save_conflict`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from wikidesk.core.errors import OutsideEditError
from wikidesk.core.history.three_way import merge_texts
from wikidesk.core.pages import Page
from wikidesk.ui.editor.find_bar import FindBar
from wikidesk.ui.editor.highlighter import MarkdownHighlighter
from wikidesk.ui.editor.text_edit import MarkdownEdit
from wikidesk.ui.session import WikiSession


class EditorPanel(QWidget):
    saved = Signal(object)  # Page
    edited = Signal()  # the text changed (typing, paste, undo)
    save_conflict = Signal(object)  # Page as it was when opened; autosave is off until resolved
    attached = Signal(str)  # link text inserted for a new attachment
    merged = Signal()  # a change made elsewhere was merged into the unsaved text

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editor_panel")
        self.session = session
        self.page: Page | None = None
        self.dirty = False
        self.blocked = False  # True after an outside edit, until the user decides
        self._saving = False
        self._resave = False
        self.edit = MarkdownEdit(self)
        self.find_bar = FindBar(self.edit, self)
        self.highlighter = MarkdownHighlighter(self.edit.document(), QApplication.palette())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.find_bar)
        self.autosave = QTimer(self, singleShot=True)
        self.autosave.setInterval(int(session.settings.get("autosave_delay_ms")))
        self.autosave.timeout.connect(self.save)
        self.edit.document().contentsChanged.connect(self._on_edit)
        self.edit.files_dropped.connect(self.attach_files)
        self.edit.image_pasted.connect(lambda data, name: self.attach_data(name, data))
        self._loading = False
        self.read_only_reason = ""  # set when this wiki's shared folder is read-only for the person
        self.setEnabled(False)
        self.retranslate()

    def set_read_only(self, reason: str) -> None:
        """Make the text read-only with ``reason`` said before anyone types ("" makes it editable again)."""
        self.read_only_reason = reason
        self.edit.setReadOnly(bool(reason))
        self.edit.setToolTip(reason)
        self.edit.setAccessibleDescription(reason or self.edit.accessibleDescription())
        if not reason:
            self.retranslate()

    def retranslate(self) -> None:
        self.edit.setAccessibleName(self.tr("Page text (Markdown)"))
        if self.edit.tab_moves_focus:
            self.edit.setAccessibleDescription(self.tr("Tab moves to the next control; Ctrl+M makes Tab indent."))
        else:
            self.edit.setAccessibleDescription(self.tr("Tab indents; press Ctrl+Tab to move to the next control."))
        self.edit.setPlaceholderText(self.tr("Write here. Use [[Page title]] to link to a page."))
        self.find_bar.retranslate()

    def set_palette(self) -> None:
        self.highlighter.set_palette(QApplication.palette())  # widgets get the new palette only later

    # ----- loading --------------------------------------------------------------------------------------------
    def load(self, page: Page) -> None:
        """Show ``page`` (the caller saved the previous page first)."""
        self.autosave.stop()
        self.page, self.dirty, self.blocked = page, False, False
        self._loading = True
        self.edit.setPlainText(page.body)
        self._loading = False
        self.edit.document().setModified(False)
        self.setEnabled(True)
        self.edit.setReadOnly(bool(self.read_only_reason))

    def clear(self) -> None:
        self.autosave.stop()
        self.page, self.dirty, self.blocked = None, False, False
        self._loading = True
        self.edit.clear()
        self._loading = False
        self.setEnabled(False)

    def move_to_heading(self, text: str) -> None:
        """Put the cursor on the Markdown heading line with this text (first match)."""
        block = self.edit.document().begin()
        while block.isValid():
            line = block.text()
            if line.startswith("#") and line.lstrip("#").strip() == text:
                cursor = self.edit.textCursor()
                cursor.setPosition(block.position())
                self.edit.setTextCursor(cursor)
                self.edit.centerCursor()
                return
            block = block.next()

    def text(self) -> str:
        return self.edit.toPlainText()

    def _on_edit(self) -> None:
        if self._loading or self.page is None:
            return
        self.dirty = True
        self.edited.emit()
        if not self.blocked:
            self.autosave.start()

    # ----- saving ---------------------------------------------------------------------------------------------
    def save(self, *, force: bool = False) -> None:
        """Save if there are unsaved edits (``force``: over an outside edit, after the user chose to)."""
        if self.page is None or not self.dirty or (self.blocked and not force):
            return
        if self._saving:
            self._resave = True
            return
        self.autosave.stop()
        page, body = self.page, self.text()
        etag = None if force else page.etag
        self._saving, self.blocked = True, False
        self.session.tasks.submit("save page", lambda: self.session.wiki.save(page.info, body, expected_etag=etag),
                                  on_done=lambda new: self._saved(page, body, new), on_error=self._save_failed,
                                  lane="write")

    def _saved(self, old: Page, body: str, new: Page) -> None:
        self._saving = False
        if self.page is not None and self.page.info.page_id == old.info.page_id:
            self.page = new
            if self.text() == body:
                self.dirty = False
                self.edit.document().setModified(False)
        self.saved.emit(new)
        if self._resave or (self.dirty and self.page is not None and self.page.info.page_id == new.info.page_id):
            self._resave = False
            self.autosave.start()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self.autosave.stop()
        if isinstance(exc, OutsideEditError) and self.page is not None:
            self.blocked = True
            self.save_conflict.emit(self.page)
            return
        self.session.messages.error(self.tr("Your changes could not be saved; they are still here."), exc)

    def merge_remote(self, fresh: Page) -> bool:
        """The page changed on disk (a sync) while edits are unsaved: take the other change in if the two do not
        touch the same lines (then save the result); otherwise stop autosave and ask (:attr:`save_conflict`)."""
        if self.page is None or fresh.info.page_id != self.page.info.page_id:
            return False
        clean, merged = merge_texts(self.page.body, self.text(), fresh.body)
        if not clean:
            self.autosave.stop()
            self.blocked = True
            self.save_conflict.emit(self.page)
            return False
        cursor = self.edit.textCursor()
        position = cursor.position()
        self._loading = True
        cursor.beginEditBlock()  # one undo step, and the undo history stays
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(merged)
        cursor.endEditBlock()
        self._loading = False
        cursor.setPosition(min(position, len(merged)))
        self.edit.setTextCursor(cursor)
        self.page, self.dirty = fresh, merged != fresh.body
        if self.dirty:
            self.autosave.start()
        self.merged.emit()
        return True

    def reload_from_disk(self) -> None:
        """Drop unsaved edits and read the page again."""
        if self.page is not None:
            self.session.read(self.page.info.page_id, self.load)

    # ----- attachments ----------------------------------------------------------------------------------------
    def attach_files(self, paths: list[str]) -> None:
        for path in paths:
            name = Path(path).name
            self._attach(name, lambda p=path: Path(p).read_bytes())

    def attach_data(self, name: str, data: bytes) -> None:
        self._attach(name, lambda: data)

    def _attach(self, name: str, read: object) -> None:
        if self.page is None:
            return
        info = self.page.info

        def work() -> str:
            return self.session.wiki.attach(info, name, read())  # type: ignore[operator]

        self.session.run("attach", work, self.tr("The file could not be attached."), self._insert_attachment)

    def _insert_attachment(self, stored: str) -> None:
        is_image = stored.lower().rsplit(".", 1)[-1] in ("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp")
        target = stored.replace(" ", "%20")
        link = f"![{stored}]({target})" if is_image else f"[{stored}]({target})"
        self.edit.textCursor().insertText(link)
        self.attached.emit(link)
