"""Every control has an accessible name (as Qt's accessibility layer reports it), in the window and its dialogs;
the palettes keep WCAG AA contrast; Tab moves through the main panels in a sensible order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from wikidesk.ui.theme import CONTRAST, DARK, LIGHT_FIXES, contrast

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
            QAbstractSlider, QTabBar)


def unnamed_controls(top: QWidget) -> list[str]:
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisibleTo(top) or not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the editable part of a named combo or spin box
        if type(widget).__name__ in ("QScrollBar",) or (isinstance(widget, QTabBar) and widget.count() == 0):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName() or '?'} in {widget.parentWidget()}")
    return found


def test_main_window_controls_are_named(qtbot, window) -> None:
    window.view.editor.find_bar.open(replace=True)
    window.message_bar.show_message("info", "Hello", "", [("Do it", lambda: None)])
    window.work.show()
    for index in range(window.sidebar.count()):
        window.sidebar.setCurrentIndex(index)
        assert unnamed_controls(window) == []
    for index in range(window.links.tabs.count()):
        window.links.tabs.setCurrentIndex(index)
        assert unnamed_controls(window) == []


def test_dialog_controls_are_named(qtbot, window) -> None:
    from wikidesk.ui.dialogs.first_run import FirstRunDialog
    from wikidesk.ui.dialogs.settings_dialog import SettingsDialog

    dialogs = [window.pages.new_page(""), window.open_switcher(), SettingsDialog(window.session.settings, window),
               FirstRunDialog(window)]
    history = window.session.history
    dialogs += [history.open_history(), history.open_conflicts()]
    window.show_shortcuts()
    for dialog in dialogs:
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.close()


def test_every_action_has_text_shortcut_and_menu(window) -> None:
    in_menus = {a for menu in window.actions.menus.values() for a in menu.actions()}
    for action_id, action in window.actions.by_id.items():
        assert action.text().replace("&", "").strip(), action_id
        assert action in in_menus, action_id
        assert not action.shortcut().isEmpty(), action_id
    keys = [a.shortcut().toString() for a in window.actions.by_id.values() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)), "two actions share a shortcut"


def test_palettes_meet_wcag_aa() -> None:
    R = QPalette.ColorRole
    for colours in (DARK, CONTRAST):
        for fg, bg in ((R.Text, R.Base), (R.WindowText, R.Window), (R.ButtonText, R.Button),
                       (R.HighlightedText, R.Highlight), (R.Link, R.Base), (R.PlaceholderText, R.Base),
                       (R.ToolTipText, R.ToolTipBase)):
            assert contrast(colours[fg], colours[bg]) >= 4.5, (fg, bg)
    assert contrast(LIGHT_FIXES[R.PlaceholderText], "#ffffff") >= 4.5
    assert contrast(LIGHT_FIXES[R.Link], "#ffffff") >= 4.5


def test_tab_order_reaches_the_main_panels(qtbot, window) -> None:
    window.activateWindow()
    window.tree.filter.setFocus()
    seen = []
    for _ in range(40):
        focused = window.focusWidget()
        seen.append(focused.objectName() if focused else "")
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    wanted = ["tree_filter", "page_tree", "editor", "preview", "outline", "sync_indicator"]
    first = [seen.index(name) for name in wanted]
    assert first == sorted(first), " ".join(seen)


def test_shift_tab_goes_back(qtbot, window) -> None:
    window.activateWindow()
    window.view.editor.edit.setFocus()
    qtbot.keyClick(window.view.editor.edit, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.tree.view
