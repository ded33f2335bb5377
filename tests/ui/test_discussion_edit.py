"""Editing and deleting one's own comments in the discussion pane, driven with keys and clicks in the real window;
the new versions reach the comment store and, through a real shared folder, another client's CLI."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.cli_process import cli
from tests.ui.shared_folder import colleague, open_synced_window
from tests.ui.test_discussion import comment_from_elsewhere
from wikidesk.core.comments import CommentStore, Thread
from wikidesk.core.settings import Settings
from wikidesk.core.sync.engine import SyncReport


def stored(window, page_id: str) -> list[Thread]:
    """The page's threads as the comment store holds them now."""
    with CommentStore.of(window.session.wiki) as store:
        return store.thread(page_id)


def select(qtbot, panel, row: int) -> None:
    """Select the row-th top-level comment with the keyboard (Home, then Down)."""
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    assert panel.list.currentItem() is panel.list.topLevelItem(row)


def comment(qtbot, panel, text: str) -> None:
    """Type a comment and send it with Ctrl+Enter; wait until it is shown."""
    count = len(panel.item_texts())
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(panel.item_texts()) == count + 1, timeout=5000)


def edit(qtbot, panel, row: int, new_text: str) -> None:
    """Edit the row-th comment: select it, Edit (Space on the focused button), replace the text, Ctrl+Enter."""
    select(qtbot, panel, row)
    panel.edit_button.setFocus()
    qtbot.keyClick(panel.edit_button, Qt.Key.Key_Space)
    assert panel.text.hasFocus()
    qtbot.keyClick(panel.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.text, new_text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.item_texts()[row][1].startswith("Edited comment by ") and not panel.editing,
                    timeout=5000)


def delete_button(box: QMessageBox):
    return next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)


def test_own_comment_is_edited_and_deleted_and_others_are_not_offered(qtbot, window) -> None:
    panel = window.view.discussion
    home = window.view.page.info.page_id
    qtbot.waitUntil(lambda: panel.page_id == home and not panel._loading, timeout=5000)
    comment(qtbot, panel, "The printer is on floor 2.")
    comment_from_elsewhere(window, home, "It moved to floor 3.", author="Kari")
    window.session.sync.round_finished.emit(SyncReport(comment_pages=[home]))
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 2, timeout=5000)

    # Kari's comment: Reply, but no Edit or Delete, and the Delete key asks nothing
    select(qtbot, panel, 1)
    assert (panel.reply_button.isEnabled(), panel.edit_button.isEnabled(), panel.delete_button.isEnabled()) == (
        True, False, False)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.confirm_box is None

    # a half-written comment waits in the box; Edit puts the own comment's text there, Cancel gives the draft back
    qtbot.keyClicks(panel.text, "A draft")
    select(qtbot, panel, 0)
    assert (panel.edit_button.isEnabled(), panel.delete_button.isEnabled()) == (True, True)
    assert panel.edit_button.accessibleName() == "Edit your selected comment"
    assert panel.delete_button.accessibleName() == "Delete your selected comment"
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == "The printer is on floor 2."
    assert panel.reply_label.text() == "Editing your comment" and panel.reply_label.isVisible()
    assert panel.send_button.text() == "Save &changes"
    assert panel.cancel_reply_button.text() == "Cancel editing"
    qtbot.mouseClick(panel.cancel_reply_button, Qt.MouseButton.LeftButton)
    assert panel.text.toPlainText() == "A draft" and not panel.reply_label.isVisible()
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)  # Escape in the box cancels too
    qtbot.keyClicks(panel.text, " and more")
    qtbot.keyClick(panel.text, Qt.Key.Key_Escape)
    assert panel.text.toPlainText() == "A draft" and panel.editing is None
    assert len(stored(window, home)[0].versions) == 1

    # edit it with the keyboard: the thread says "(edited)", the store has a second version, the draft is back
    edit(qtbot, panel, 0, "The printer is on floor 3 now.")
    spoken = panel.item_texts()[0][1]
    assert spoken.startswith("Edited comment by Tester, ") and spoken.endswith(": The printer is on floor 3 now.")
    shown = panel.list.topLevelItem(0).text(0)
    assert shown.startswith("Tester · ") and shown.endswith("(edited)\nThe printer is on floor 3 now.")
    own = stored(window, home)[0]
    assert (own.current.text, own.edited, len(own.versions), own.deleted) == (
        "The printer is on floor 3 now.", True, 2, False)
    assert panel.text.toPlainText() == "A draft" and panel.send_button.text() == "&Comment"
    assert panel.item_texts()[1][1].endswith(": It moved to floor 3.")  # Kari's is untouched

    # delete it with the Delete key: asked first (Cancel is the default and changes nothing), then deleted
    select(qtbot, panel, 0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    box = panel.confirm_box
    assert box is not None and box.isVisible()
    assert "Delete your comment “The printer is on floor 3 now.”?" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    assert len(stored(window, home)[0].versions) == 2 and not stored(window, home)[0].deleted
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    box = panel.confirm_box
    qtbot.mouseClick(delete_button(box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.item_texts()[0][1] == "Comment deleted", timeout=5000)
    assert panel.list.topLevelItem(0).text(0) == "Comment deleted"
    own = stored(window, home)[0]
    assert (own.deleted, len(own.versions)) == (True, 3)
    select(qtbot, panel, 0)
    assert (panel.reply_button.isEnabled(), panel.edit_button.isEnabled(), panel.delete_button.isEnabled()) == (
        False, False, False)
    assert panel.text.toPlainText() == "A draft"  # still there, never sent
    assert [t.startswith("Comment by Kari, ") for _d, t in panel.item_texts()] == [False, True]


def test_an_edit_and_a_deletion_reach_another_client_through_the_shared_folder(
        qtbot, desktop, wiki_root: Path, settings: Settings, tmp_path: Path) -> None:
    share = tmp_path / "share"
    window, service, _first = open_synced_window(desktop, qtbot, wiki_root, settings, share)
    other = colleague(tmp_path / "kari", share, "Kari")
    cli("--wiki", str(other), "comment", "Home", stdin="Who keeps this page?")
    cli("--wiki", str(other), "sync")
    panel = window.view.discussion
    qtbot.waitUntil(lambda: window.view.page is not None and panel.page_id is not None, timeout=5000)
    with qtbot.waitSignal(service.round_finished, timeout=20000):
        service.sync_now()
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 1, timeout=5000)
    assert not panel.edit_button.isEnabled()

    def karis_view() -> list[dict]:
        cli("--wiki", str(other), "sync")
        return json.loads(cli("--wiki", str(other), "comments", "Home", "--json"))["comments"]

    comment(qtbot, panel, "I do.")
    edit(qtbot, panel, 1, "I do, with Ola.")
    with qtbot.waitSignal(service.round_finished, timeout=20000):
        service.sync_now()
    seen = karis_view()
    assert [(c["author"], c["text"], c["edited"], c["deleted"]) for c in seen] == [
        ("Kari", "Who keeps this page?", False, False), ("Tester", "I do, with Ola.", True, False)]

    select(qtbot, panel, 1)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.mouseClick(delete_button(panel.confirm_box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.item_texts()[1][1] == "Comment deleted", timeout=5000)
    with qtbot.waitSignal(service.round_finished, timeout=20000):
        service.sync_now()
    seen = karis_view()
    assert [(c["author"], c["deleted"], len(c["versions"])) for c in seen] == [("Kari", False, 1),
                                                                               ("Tester", True, 3)]
