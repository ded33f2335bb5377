"""The newest dialogs and panes as a screen reader meets them: names, descriptions, where the focus goes after an
action (gardening report, Join a Team, the discussion pane, the wiki switcher)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QToolButton

from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_discussion import comment_from_elsewhere
from tests.ui.test_discussion_edit import comment, delete_button, select
from wikidesk.core.sync.engine import SyncReport


def test_gardening_report_tree_starts_at_its_first_section(qtbot, window) -> None:
    dialog = window.habits.open_garden()
    with qtbot.waitSignal(dialog.report_ready, timeout=15000):
        pass
    assert unnamed_controls(dialog) == []
    tree = QAccessible.queryAccessibleInterface(dialog.tree)
    assert tree.text(QAccessible.Text.Name) == "Gardening report"
    assert tree.text(QAccessible.Text.Description) == (
        "Enter opens the chosen page; a wanted page is offered for creation.")
    assert dialog.tree.currentItem() is dialog.tree.topLevelItem(0)
    assert dialog.tree.currentItem().text(0) == "Wanted pages (linked to, but missing): 1"
    dialog.close()


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def test_discussion_keeps_the_focus_in_the_pane_after_each_action(qtbot, window) -> None:
    panel = window.view.discussion
    home = window.view.page.info.page_id
    qtbot.waitUntil(lambda: panel.page_id == home and not panel._loading, timeout=5000)
    window.activateWindow()
    for text in ("First", "Second"):
        comment(qtbot, panel, text)
    comment_from_elsewhere(window, home, "Third, from Kari", author="Kari")
    window.session.sync.round_finished.emit(SyncReport(comment_pages=[home]))
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 3, timeout=5000)
    assert _name(panel.text) == "New comment"

    # a comment sent with the button: the button is disabled, the focus goes to the list, at the new comment
    select(qtbot, panel, 1)
    panel.reply_button.setFocus()
    qtbot.keyClick(panel.reply_button, Qt.Key.Key_Space)
    assert panel.text.hasFocus() and _name(panel.text) == "Replying to Tester"
    qtbot.keyClicks(panel.text, "A reply")
    panel.send_button.setFocus()
    qtbot.keyClick(panel.send_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(panel.item_texts()) == 4, timeout=5000)
    assert panel.list.hasFocus()
    assert panel.list.currentItem().data(0, Qt.ItemDataRole.AccessibleTextRole).endswith(": A reply")
    assert _name(panel.text) == "New comment"

    # Cancel editing with its button (which hides): back to the list, at the comment being edited
    select(qtbot, panel, 0)
    panel.edit_button.setFocus()
    qtbot.keyClick(panel.edit_button, Qt.Key.Key_Space)
    assert panel.text.hasFocus() and _name(panel.text) == "Editing your comment"
    panel.cancel_reply_button.setFocus()
    qtbot.keyClick(panel.cancel_reply_button, Qt.Key.Key_Space)
    assert panel.list.hasFocus() and panel.list.currentItem() is panel.list.topLevelItem(0)
    assert _name(panel.text) == "New comment"

    # Delete with the button: the focus goes to the list, at the next comment (the reply under "Second")
    select(qtbot, panel, 1)
    panel.delete_button.setFocus()
    qtbot.keyClick(panel.delete_button, Qt.Key.Key_Space)
    qtbot.mouseClick(delete_button(panel.confirm_box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.item_texts()[1][1] == "Comment deleted", timeout=5000)
    assert window.focusWidget() is panel.list  # the window's focus, the person's once the confirmation is gone
    window.activateWindow()
    qtbot.waitUntil(panel.list.hasFocus, timeout=5000)
    assert panel.list.currentItem().data(0, Qt.ItemDataRole.AccessibleTextRole).endswith(": A reply")
    assert panel.delete_button.isEnabled()  # the reply is the person's own too

    # the last comment deleted with the Delete key: the nearest one before it that is still there (Kari's)
    comment(qtbot, panel, "Fourth")
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_End)
    assert panel.list.currentItem().text(0).endswith("\nFourth")
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    qtbot.mouseClick(delete_button(panel.confirm_box), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.item_texts()[-1][1] == "Comment deleted", timeout=5000)
    assert window.focusWidget() is panel.list
    assert panel.list.currentItem().data(0, Qt.ItemDataRole.AccessibleTextRole).endswith(": Third, from Kari")


def test_quick_switcher_says_which_page_enter_opens(qtbot, window) -> None:
    dialog = window.open_switcher()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.field.hasFocus, timeout=5000)
    field = QAccessible.queryAccessibleInterface(dialog.field)
    qtbot.keyClicks(dialog.field, "p")
    titles = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert titles[:2] == ["Printers   — IT", "VPN   — IT"]
    assert field.text(QAccessible.Text.Description) == "Printers   — IT"
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # the focus stays in the field
    assert dialog.field.hasFocus() and field.text(QAccessible.Text.Description) == "VPN   — IT"
    dialog.close()


def test_search_status_is_read_as_what_it_says(qtbot, window) -> None:
    panel, search = window.search, window.session.search
    qtbot.waitUntil(lambda: search.engine is not None and search.building is None, timeout=30000)
    with qtbot.waitSignal(panel.results_shown, timeout=15000):
        window.focus_search("floor")
    status = QAccessible.queryAccessibleInterface(panel.status)
    assert panel.status.text() == "1 result"  # Printers: "The printer is on floor 2."
    assert status.text(QAccessible.Text.Name) == "1 result"
    assert status.text(QAccessible.Text.Description) == "Search status"


def test_people_field_clear_button_is_named(qtbot, window) -> None:
    window.focus_people("GIS")  # the clear button shows once there is text (AT-SPI found it unnamed)
    assert unnamed_controls(window.people) == []
    button = window.people.field.findChild(QToolButton)
    assert button.isVisibleTo(window.people) and button.accessibleName() == "Clear the search"


def test_tab_reaches_the_bookmarks_list(qtbot, window) -> None:
    bookmarks = window.habits.bookmarks
    with qtbot.waitSignal(bookmarks.shown, timeout=10000):
        window.actions["bookmark_page"].trigger()
    window.activateWindow()
    window.sidebar.setCurrentWidget(bookmarks)
    window.sidebar.tabBar().setFocus()
    qtbot.keyClick(window.sidebar.tabBar(), Qt.Key.Key_Tab)
    assert window.focusWidget() is bookmarks.list
    assert _name(bookmarks.list) and bookmarks.list.item(0).text() == "Home"
