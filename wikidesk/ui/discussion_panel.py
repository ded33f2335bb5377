"""The discussion under the open page: its comment threads (replies indented), a text box to comment or reply.

Everything that touches the comment store runs off the UI thread (``session.run``): the threads are read when a
page opens and after a sync round that brought comments for it; showing them marks the page read. The set of
pages with unread comments is announced (``unread_changed``) for the page tree, after each sync round and after
marking a page read.

A person edits and deletes their own comments here (the first version's author is the wiki's user name): Edit
puts the comment's text in the text box (the draft there comes back afterwards), Delete asks first. Either writes
a new version that supersedes the old one, which stays in history. Others' comments are not offered: the CLI's
``comment PAGE --edit/--delete ID`` takes any comment, for tidying up (the new version carries the name of
whoever made it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core.comments import Comment, CommentStore, Thread
from wikidesk.core.errors import WikiError
from wikidesk.ui.session import WikiSession

log = logging.getLogger(__name__)

THREAD_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def local_time(iso: str) -> str:
    """An ISO 8601 time (any offset) as the person's local time, in their locale's short format."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class _CommentBox(QPlainTextEdit):
    """The text box: Ctrl+Enter sends, Tab moves on (like a browser's text area), Escape cancels a reply or an
    edit under way (``in_mode`` says whether there is one)."""

    send = Signal()
    cancel = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.in_mode = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.send.emit()
            return
        if event.key() == Qt.Key.Key_Escape and not event.modifiers() and self.in_mode:
            self.cancel.emit()
            return
        super().keyPressEvent(event)


class _CommentList(QTreeWidget):
    """The threads: the Delete key asks to delete the selected comment (when it is the person's own)."""

    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class DiscussionPanel(QWidget):
    unread_changed = Signal(object)  # set of page ids with comments not seen here yet
    loaded = Signal(str)  # page id whose threads are shown now

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discussion_panel")
        self.session = session
        self.page_id: str | None = None
        self.threads: list[Thread] = []
        self.unread: set[str] = set()
        self.reply_to: Thread | None = None
        self.editing: Thread | None = None  # the own comment whose text is in the text box
        self._draft = ""  # what the text box held before Edit, given back afterwards
        self._select: tuple[str, bool] | None = None  # after a write: the comment to select (or its neighbour)
        self.confirm_box: QMessageBox | None = None
        self._loading = False
        self._load_again = False
        self._sync: QObject | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("discussion_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = _CommentList(self)
        self.heading.setBuddy(self.list)
        # room for two comments of two lines each (author and time, then the text): with one, a reply hid its parent
        self.list.setMinimumHeight(self.list.fontMetrics().lineSpacing() * 4 + 2 * self.list.frameWidth() + 4)
        self.list.setObjectName("comment_list")
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(1)
        self.list.setWordWrap(True)
        self.list.setRootIsDecorated(False)
        self.list.setIndentation(24)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.delete_requested.connect(self.confirm_delete)
        self.reply_button = QPushButton(self)
        self.reply_button.setObjectName("reply_button")
        self.reply_button.clicked.connect(self.start_reply)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("edit_comment_button")
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("delete_comment_button")
        self.delete_button.clicked.connect(self.confirm_delete)
        self.reply_label = QLabel(self)
        self.reply_label.setObjectName("reply_label")
        self.cancel_reply_button = QPushButton(self)
        self.cancel_reply_button.setObjectName("cancel_reply_button")
        self.cancel_reply_button.clicked.connect(self._cancel_clicked)
        self.text = _CommentBox(self)
        self.text.setObjectName("comment_text")
        self.reply_label.setBuddy(self.text)
        self.text.setTabChangesFocus(True)
        lines = self.text.fontMetrics().lineSpacing()
        self.text.setMaximumHeight(lines * 3 + 12)  # a short box: the page above keeps the room
        self.text.textChanged.connect(self._update_buttons)
        self.text.send.connect(self.send)
        self.text.cancel.connect(self.cancel_mode)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("comment_button")
        self.send_button.clicked.connect(self.send)
        reply_row = QHBoxLayout()
        reply_row.setContentsMargins(0, 0, 0, 0)
        reply_row.addWidget(self.reply_label, 1)
        reply_row.addWidget(self.cancel_reply_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        send_row = QHBoxLayout()  # a row of its own: the pane stays narrow enough for a narrow page area
        send_row.setContentsMargins(0, 0, 0, 0)
        send_row.addStretch(1)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(reply_row)  # "Replying to …" / "Editing your comment" right above the box it is about
        layout.addWidget(self.text)
        layout.addLayout(send_row)
        self.reply_label.hide()
        self.cancel_reply_button.hide()
        self.retranslate()
        self._update_buttons()
        QTimer.singleShot(0, self.attach_sync)  # the sync service is built right after the window

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Comments on the page"))
        self.list.setAccessibleDescription(self.tr("Select a comment and choose Reply to answer it; your own "
                                                   "comments can also be edited or deleted (Delete key)."))
        self.text.setAccessibleDescription(self.tr("Ctrl+Enter sends the comment; Escape cancels a reply or an edit."))
        self.text.setPlaceholderText(self.tr("Write a comment (Ctrl+Enter sends)"))
        self.reply_button.setText(self.tr("&Reply"))
        self.reply_button.setAccessibleName(self.tr("Reply to the selected comment"))
        self.edit_button.setText(self.tr("Edi&t"))
        self.edit_button.setAccessibleName(self.tr("Edit your selected comment"))
        self.delete_button.setText(self.tr("De&lete"))
        self.delete_button.setAccessibleName(self.tr("Delete your selected comment"))
        for button in (self.edit_button, self.delete_button):
            button.setToolTip(self.tr("Only your own comments can be edited or deleted here."))
        self._update_reply_label()
        self._update_buttons()
        self._fill()

    def controls(self) -> list[QWidget]:
        """The panel's controls in reading order (for the window's Tab chain)."""
        return [self.list, self.reply_button, self.edit_button, self.delete_button, self.cancel_reply_button,
                self.text, self.send_button]

    # ----- sync -----------------------------------------------------------------------------------------------
    def attach_sync(self) -> None:
        """Refresh after each sync round (once the window's sync service exists); also counts unread pages."""
        sync = self.session.sync
        if sync is not None and sync is not self._sync and shiboken6.isValid(sync):
            self._sync = sync
            sync.round_finished.connect(self._round_finished)
        self.refresh_unread()

    def _round_finished(self, report: Any) -> None:
        if not shiboken6.isValid(self):
            return
        pages = set(getattr(report, "comment_pages", []) or [])
        if self.page_id is not None and self.page_id in pages:
            self.load()  # shows them, marks the page read and announces the unread set
        else:
            self.refresh_unread()

    # ----- loading --------------------------------------------------------------------------------------------
    def show_page(self, page_id: str | None) -> None:
        """Show the discussion of the page now open (None: no page)."""
        if page_id != self.page_id:
            self.cancel_mode()
            self._select = None
            self.threads = []
            self.page_id = page_id
            self._fill()
        if page_id is not None:
            self.load()

    def load(self) -> None:
        """Read the open page's threads in a worker, mark the page read, and count the unread pages again."""
        if self.page_id is None or self.session.closed:
            return
        if self._loading:
            self._load_again = True
            return
        self._loading = True
        wiki, page_id = self.session.wiki, self.page_id

        def work() -> tuple[str, list[Thread], set[str]]:
            with CommentStore.of(wiki) as store:
                threads = store.thread(page_id)
                store.mark_read(page_id)
                return page_id, threads, store.unread_pages()

        self.session.run("read comments", work, self.tr("The comments could not be read."), self._loaded,
                         lane="write", on_error=self._load_failed)

    def _loaded(self, result: tuple[str, list[Thread], set[str]]) -> None:
        if not shiboken6.isValid(self):
            return
        self._loading = False
        page_id, threads, unread = result
        if page_id == self.page_id:
            self.threads = threads
            select, self._select = self._select, None
            self._fill(select)
            self.loaded.emit(page_id)
        self._set_unread(unread)
        if self._load_again:
            self._load_again = False
            self.load()

    def _load_failed(self, _exc: BaseException) -> None:
        self._loading = False

    def refresh_unread(self) -> None:
        """Count the pages with unread comments again (in a worker) and announce them."""
        if self.session.closed:
            return
        wiki = self.session.wiki

        def work() -> set[str]:
            with CommentStore.of(wiki) as store:
                return store.unread_pages()

        def failed(exc: BaseException) -> None:
            log.warning("Could not count the pages with new comments: %s", exc)

        self.session.tasks.submit("unread comments", work,
                                  on_done=lambda unread: shiboken6.isValid(self) and self._set_unread(unread),
                                  on_error=failed)

    def _set_unread(self, unread: set[str]) -> None:
        if unread != self.unread:
            self.unread = set(unread)
            self.unread_changed.emit(set(unread))

    # ----- showing --------------------------------------------------------------------------------------------
    def _fill(self, select_after_write: tuple[str, bool] | None = None) -> None:
        """Show the threads; keep the selected comment, or select the one a write was about (``(id, True)``: the
        nearest comment still there after it, else before it)."""
        current = self.list.currentItem()
        keep = current.data(0, THREAD_ID_ROLE) if current is not None else None
        if select_after_write is not None:
            thread_id, neighbour = select_after_write
            keep = self._neighbour(thread_id) if neighbour else thread_id
        self.list.clear()
        count = 0
        select: QTreeWidgetItem | None = None
        parents: list[QTreeWidgetItem] = []
        for top in self.threads:
            for depth, thread in top.walk():
                count += 1
                del parents[depth:]
                item = QTreeWidgetItem(parents[-1] if parents else self.list)
                text, spoken = self.describe(thread)
                item.setText(0, text)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, spoken)
                item.setData(0, THREAD_ID_ROLE, thread.id)
                parents.append(item)
                if thread.id == keep:
                    select = item
        self.list.expandAll()
        if select is not None:
            self.list.setCurrentItem(select)
        self.heading.setText(self.tr("Discussion (%n comment(s))", "", count) if count
                             else self.tr("Discussion: no comments yet"))
        self.heading.setAccessibleName(self.heading.text())
        self._update_buttons()

    def _neighbour(self, thread_id: str) -> str:
        """The comment to select after ``thread_id`` was deleted: the next one not deleted, else the previous one,
        else the deleted one itself."""
        order = [(t.id, t.deleted) for top in self.threads for _d, t in top.walk()]
        here = next((i for i, (tid, _gone) in enumerate(order) if tid == thread_id), None)
        if here is None:
            return thread_id
        after = [tid for tid, gone in order[here + 1:] if not gone]
        before = [tid for tid, gone in reversed(order[:here]) if not gone]
        return (after or before or [thread_id])[0]

    def describe(self, thread: Thread) -> tuple[str, str]:
        """The text shown for one comment and the text a screen reader says."""
        c = thread.current
        when = local_time(thread.created)
        if thread.deleted:
            return self.tr("Comment deleted"), self.tr("Comment deleted")
        head = self.tr("%1 · %2").replace("%1", c.author).replace("%2", when)
        if thread.edited:
            head += " " + self.tr("(edited)")
        spoken = (self.tr("Edited comment by %1, %2: %3") if thread.edited
                  else self.tr("Comment by %1, %2: %3"))
        spoken = spoken.replace("%1", c.author).replace("%2", when).replace("%3", c.text)
        return f"{head}\n{c.text}", spoken

    def item_texts(self) -> list[tuple[int, str]]:
        """Every shown comment as (depth, accessible text), in order (for tests and tools)."""
        found: list[tuple[int, str]] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            found.append((depth, str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))))
            for i in range(item.childCount()):
                walk(item.child(i), depth + 1)

        for i in range(self.list.topLevelItemCount()):
            walk(self.list.topLevelItem(i), 0)
        return found

    def _selected_thread(self) -> Thread | None:
        item = self.list.currentItem()
        wanted = item.data(0, THREAD_ID_ROLE) if item is not None else None
        return next((t for top in self.threads for _d, t in top.walk() if t.id == wanted), None)

    def _update_buttons(self) -> None:
        has_page = self.page_id is not None
        self.text.setEnabled(has_page)
        self.send_button.setEnabled(has_page and bool(self.text.toPlainText().strip()))
        selected = self._selected_thread()
        self.reply_button.setEnabled(has_page and selected is not None and not selected.deleted)
        own = has_page and self._own(selected)
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        if self.editing is not None:
            self.send_button.setText(self.tr("Save &changes"))
            self.send_button.setAccessibleName(self.tr("Save the edited comment"))
        else:
            self.send_button.setText(self.tr("&Send reply") if self.reply_to is not None else self.tr("&Comment"))
            self.send_button.setAccessibleName(self.tr("Send the comment"))

    def _own(self, thread: Thread | None) -> bool:
        """True for a comment this person wrote that is not deleted (what the app lets them edit or delete)."""
        return thread is not None and not thread.deleted and thread.author == (self.session.wiki.user or "unknown")

    def _update_reply_label(self) -> None:
        self.text.in_mode = self.editing is not None or self.reply_to is not None
        if self.editing is not None:
            self.reply_label.setText(self.tr("Editing your comment"))
            self.cancel_reply_button.setText(self.tr("Cancel editing"))
            self.cancel_reply_button.setAccessibleName(self.tr("Stop editing and keep the comment as it was"))
        else:
            self.cancel_reply_button.setText(self.tr("Cancel reply"))
            self.cancel_reply_button.setAccessibleName(self.tr("Cancel the reply"))
            if self.reply_to is None:
                self.reply_label.clear()
            else:
                self.reply_label.setText(self.tr("Replying to %1").replace("%1", self.reply_to.current.author))
        self.reply_label.setAccessibleName(self.reply_label.text())
        self.text.setAccessibleName(self.reply_label.text() or self.tr("New comment"))

    # ----- writing --------------------------------------------------------------------------------------------
    def start_reply(self) -> None:
        thread = self._selected_thread()
        if thread is None:
            return
        self.cancel_edit()
        self.reply_to = thread
        self._update_reply_label()
        self.reply_label.show()
        self.cancel_reply_button.show()
        self._update_buttons()
        self.text.setFocus()

    def cancel_reply(self) -> None:
        self.reply_to = None
        self._update_reply_label()
        self.reply_label.hide()
        self.cancel_reply_button.hide()
        self._update_buttons()

    def start_edit(self) -> None:
        """Put the selected own comment's text in the text box to edit it (the draft there is kept aside)."""
        thread = self._selected_thread()
        if not self._own(thread):
            return
        self.cancel_reply()
        if self.editing is None:
            self._draft = self.text.toPlainText()
        self.editing = thread
        self.text.setPlainText(thread.current.text)
        self.text.moveCursor(QTextCursor.MoveOperation.End)
        self._update_reply_label()
        self.reply_label.show()
        self.cancel_reply_button.show()
        self._update_buttons()
        self.text.setFocus()

    def cancel_edit(self) -> None:
        """Leave editing: the comment stays as it was, the draft from before comes back."""
        if self.editing is None:
            return
        self.editing = None
        self.text.setPlainText(self._draft)
        self._draft = ""
        self.cancel_reply()

    def _cancel_clicked(self) -> None:
        """Cancel with the button, which then hides: the focus goes back to the comments, at the one it was about."""
        about = self.editing or self.reply_to
        self._keep_focus()
        self.cancel_mode()
        if about is not None:
            self._fill((about.id, False))

    def _keep_focus(self) -> None:
        """Before a button that has the window's focus is hidden or disabled, move the focus to the comments (Qt
        would otherwise pass it on down the window's Tab order, away from this pane; a confirmation just closed may
        still hold the application's focus)."""
        if self.window().focusWidget() in (self.reply_button, self.edit_button, self.delete_button,
                                          self.cancel_reply_button, self.send_button):
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancel_mode(self) -> None:
        """Cancel the reply or the edit under way."""
        self.cancel_edit()
        self.cancel_reply()

    def confirm_delete(self) -> QMessageBox | None:
        """Ask before deleting the selected own comment (window-modal; Cancel is the default)."""
        thread = self._selected_thread()
        if self.page_id is None or not self._own(thread):
            return None
        text = " ".join(thread.current.text.split())
        shown = text if len(text) <= 80 else text[:79].rstrip() + "…"
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete Comment"),
                          self.tr("Delete your comment “%1”? Its earlier versions stay in the page's history.")
                          .replace("%1", shown), QMessageBox.StandardButton.Cancel, self.window())
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        page_id = self.page_id
        box.buttonClicked.connect(lambda button: self._delete(page_id, thread) if button is delete else None)
        box.setModal(True)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirm_box = box
        return box

    def send(self) -> None:
        """Add the text box's comment (a reply to the chosen comment in reply mode, the comment's new text in edit
        mode) in the write lane."""
        text = self.text.toPlainText().strip("\n")
        page_id, wiki = self.page_id, self.session.wiki
        if page_id is None or not text.strip():
            return
        history = wiki.history
        if history is None:
            self.session.messages.error(self.tr("The comment could not be saved."),
                                        WikiError("Comments need the wiki's page history, which is not attached."))
            return
        editing = self.editing
        if editing is not None:
            if text == editing.current.text:  # nothing changed: no new version
                self.cancel_edit()
                return

            def work() -> Comment:
                with CommentStore.of(wiki) as store:
                    return store.edit(history, page_id, editing.id, text, author=wiki.user)

            self._store_write("edit comment", work, page_id, after=self.cancel_edit, select=(editing.id, False))
            return
        parent = self.reply_to.id if self.reply_to is not None else None

        def add() -> Comment:
            with CommentStore.of(wiki) as store:
                return store.add(history, page_id, text, author=wiki.user, parent=parent)

        self._store_write("add comment", add, page_id, after=self._sent)

    def _sent(self) -> None:
        self.text.clear()
        self.cancel_reply()

    def _delete(self, page_id: str, thread: Thread) -> None:
        wiki, history = self.session.wiki, self.session.wiki.history
        if history is None:
            self.session.messages.error(self.tr("The comment could not be deleted."),
                                        WikiError("Comments need the wiki's page history, which is not attached."))
            return

        def work() -> Comment:
            with CommentStore.of(wiki) as store:
                return store.delete(history, page_id, thread.id, author=wiki.user)

        def deleted() -> None:
            if self.editing is not None and self.editing.id == thread.id:
                self.cancel_edit()
            if self.reply_to is not None and self.reply_to.id == thread.id:
                self.cancel_reply()

        self._store_write("delete comment", work, page_id, after=deleted, select=(thread.id, True),
                          framing=self.tr("The comment could not be deleted."))

    def _store_write(self, name: str, work: Callable[[], Comment], page_id: str, *, after: Callable[[], None],
                     select: tuple[str, bool] | None = None, framing: str | None = None) -> None:
        """Run a comment write in the write lane; then (on the same page) ``after()``, the threads read again with
        ``select`` selected (default: the comment written), the focus kept in the pane, and the next sync round
        started soon, as after a save."""

        def saved(comment: Comment) -> None:
            if not shiboken6.isValid(self):
                return
            if self.page_id == page_id:
                self._select = select or (comment.id, False)
                self._keep_focus()
                after()
            self.load()
            if self.session.sync is not None and self.session.sync.engine is not None:
                self.session.sync.after_save.start()  # shared with the next sync round, like a save

        self.session.run(name, work, framing or self.tr("The comment could not be saved."), saved)
