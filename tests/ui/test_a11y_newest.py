"""The newest dialogs and panes as a screen reader meets them: names, descriptions, where the focus goes after an
action (gardening report, Join a Team, the discussion pane, the wiki switcher)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from tests.ui.test_accessibility import unnamed_controls


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
