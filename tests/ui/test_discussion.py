"""The discussion pane under the page and the page tree's mark for pages with new comments."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wikidesk.core.comments import Comment, CommentStore
from wikidesk.core.sync.engine import SyncReport


def comment_from_elsewhere(window, page_id: str, text: str, author: str = "Kari") -> None:
    """A comment written by another client, taken in as a sync round would (so it counts as new here)."""
    wiki = window.session.wiki
    history = wiki.history
    comment = Comment(page_id=page_id, parent=None, supersedes=None, deleted=False, author=author,
                      time="2024-05-02T10:15:00+00:00", clock=history.clock() + 5, text=text)
    with CommentStore.of(wiki) as store:
        assert store.add_all(history, [comment], published=True) == [comment]


def tree_text(window, page_id: str) -> str:
    model = window.tree.model
    return model.data(model.index_of_page(page_id), Qt.ItemDataRole.AccessibleTextRole)


def test_comment_reply_and_new_comments_from_elsewhere(qtbot, window) -> None:
    view, panel = window.view, window.view.discussion
    home = view.page.info.page_id
    printers = next(p.page_id for p in window.session.pages if p.title == "Printers")
    qtbot.waitUntil(lambda: panel.page_id == home and not panel._loading, timeout=5000)
    assert panel.item_texts() == []

    # type a comment and send it with Ctrl+Enter
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "Is floor 2 right?")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 1, timeout=5000)
    depth, spoken = panel.item_texts()[0]
    assert depth == 0 and spoken.startswith("Comment by Tester, ") and spoken.endswith(": Is floor 2 right?")
    assert panel.text.toPlainText() == ""

    # reply to it: select it, Reply, type, click the button
    panel.list.setCurrentItem(panel.list.topLevelItem(0))
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    assert panel.reply_to is not None and panel.text.hasFocus()
    qtbot.keyClicks(panel.text, "Yes, by the lift.")
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 2, timeout=5000)
    assert panel.item_texts()[1][0] == 1 and panel.item_texts()[1][1].endswith(": Yes, by the lift.")
    assert panel.reply_to is None

    # another client comments on a page that is not open: after the sync round the tree marks it
    comment_from_elsewhere(window, printers, "The printer moved to floor 3.")
    window.session.sync.round_finished.emit(SyncReport(comment_pages=[printers]))
    qtbot.waitUntil(lambda: tree_text(window, printers) == "Printers, new comments", timeout=5000)
    assert tree_text(window, home) == "Home"
    assert window.tree.model.data(window.tree.model.index_of_page(printers)) == "Printers •"

    # opening it shows the comment and clears the mark
    view.open(printers)
    qtbot.waitUntil(lambda: [t for _d, t in panel.item_texts()] != [] and panel.page_id == printers, timeout=5000)
    assert [t.startswith("Comment by Kari, ") and t.endswith(": The printer moved to floor 3.")
            for _d, t in panel.item_texts()] == [True]
    qtbot.waitUntil(lambda: tree_text(window, printers) == "Printers", timeout=5000)

    # a comment from elsewhere on the open page shows after the round that brought it, and leaves no mark
    comment_from_elsewhere(window, printers, "Thanks!", author="Ola")
    window.session.sync.round_finished.emit(SyncReport(comment_pages=[printers]))
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 2, timeout=5000)
    assert panel.item_texts()[1][1].startswith("Comment by Ola, ")
    assert tree_text(window, printers) == "Printers"
    assert panel.unread == set()
