"""Every command of the window, defined once (id, text, shortcut, menu), from which the menus are built.

Texts are translation sources in the "Actions" context; :meth:`Actions.retranslate` re-reads them after a language
switch. Each action's text doubles as its accessible name, so no command is unnamed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

Key = QKeySequence.StandardKey
C = "Actions"


@dataclass(frozen=True)
class ActionSpec:
    id: str
    menu: str
    text: str
    shortcut: QKeySequence.StandardKey | str | None = None
    tip: str = ""
    checkable: bool = False


MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("page", QT_TRANSLATE_NOOP("Actions", "&Page")),
    ("sync", QT_TRANSLATE_NOOP("Actions", "&Sync")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

SPECS = (
    ActionSpec("new_page", "file", QT_TRANSLATE_NOOP("Actions", "&New Page…"), Key.New),
    ActionSpec("save", "file", QT_TRANSLATE_NOOP("Actions", "&Save"), Key.Save),
    ActionSpec("open_wiki", "file", QT_TRANSLATE_NOOP("Actions", "&Open Wiki Folder…"), "Ctrl+Shift+O"),
    ActionSpec("join_team", "file", QT_TRANSLATE_NOOP("Actions", "&Join a Team's Shared Folder…"), "Ctrl+Shift+J"),
    ActionSpec("export_site", "file", QT_TRANSLATE_NOOP("Actions", "Export as &Web Site…"), "Ctrl+Alt+W"),
    ActionSpec("export_archive", "file", QT_TRANSLATE_NOOP("Actions", "Export Archive &Package…"), "Ctrl+Alt+P"),
    ActionSpec("export_noark5", "file", QT_TRANSLATE_NOOP("Actions", "Export for the Archive (Noark &5)…"),
               "Ctrl+Alt+5"),
    ActionSpec("print_page", "file", QT_TRANSLATE_NOOP("Actions", "&Print Page…"), "Ctrl+Shift+P"),
    ActionSpec("print_space", "file", QT_TRANSLATE_NOOP("Actions", "Print Spa&ce…"), "Ctrl+Alt+Shift+P"),
    ActionSpec("settings", "file", QT_TRANSLATE_NOOP("Actions", "Se&ttings…"), "Ctrl+,"),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Q"),
    ActionSpec("undo", "edit", QT_TRANSLATE_NOOP("Actions", "&Undo"), Key.Undo),
    ActionSpec("redo", "edit", QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z"),
    ActionSpec("find", "edit", QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F"),
    ActionSpec("replace", "edit", QT_TRANSLATE_NOOP("Actions", "R&eplace…"), "Ctrl+H"),
    ActionSpec("attach", "edit", QT_TRANSLATE_NOOP("Actions", "&Attach File…"), "Ctrl+Shift+A"),
    ActionSpec("insert_link", "edit", QT_TRANSLATE_NOOP("Actions", "Insert &Link to Page"), "Ctrl+Shift+L"),
    ActionSpec("toggle_preview", "view", QT_TRANSLATE_NOOP("Actions", "Switch &Editor/Preview"), "Ctrl+E"),
    ActionSpec("side_by_side", "view", QT_TRANSLATE_NOOP("Actions", "&Side by Side"), "Ctrl+Shift+E", checkable=True),
    ActionSpec("tab_indents", "edit", QT_TRANSLATE_NOOP("Actions", "&Tab Key Indents Text"), "Ctrl+M",
               checkable=True),
    ActionSpec("focus_sidebar", "view", QT_TRANSLATE_NOOP("Actions", "Go to Page &Tree"), "Ctrl+1"),
    ActionSpec("focus_editor", "view", QT_TRANSLATE_NOOP("Actions", "Go to E&ditor"), "Ctrl+2"),
    ActionSpec("focus_preview", "view", QT_TRANSLATE_NOOP("Actions", "Go to &Preview"), "Ctrl+3"),
    ActionSpec("focus_links", "view", QT_TRANSLATE_NOOP("Actions", "Go to &Links and Outline"), "Ctrl+4"),
    ActionSpec("language_nb", "view", QT_TRANSLATE_NOOP("Actions", "Norsk (bokmål)"), "Ctrl+Alt+N", checkable=True),
    ActionSpec("language_en", "view", QT_TRANSLATE_NOOP("Actions", "English"), "Ctrl+Alt+E", checkable=True),
    ActionSpec("search", "go", QT_TRANSLATE_NOOP("Actions", "&Search…"), "Ctrl+K"),
    ActionSpec("switcher", "go", QT_TRANSLATE_NOOP("Actions", "&Quick Switch to Page…"), "Ctrl+P"),
    ActionSpec("people", "go", QT_TRANSLATE_NOOP("Actions", "Find &People Who Know…"), "Ctrl+Shift+K"),
    ActionSpec("next_wiki", "go", QT_TRANSLATE_NOOP("Actions", "Show the Next &Wiki"), "Ctrl+Shift+W"),
    ActionSpec("back", "go", QT_TRANSLATE_NOOP("Actions", "&Back"), "Alt+Left"),
    ActionSpec("forward", "go", QT_TRANSLATE_NOOP("Actions", "&Forward"), "Alt+Right"),
    ActionSpec("home", "go", QT_TRANSLATE_NOOP("Actions", "&Home Page"), "Alt+Home"),
    ActionSpec("rename", "page", QT_TRANSLATE_NOOP("Actions", "&Rename or Move…"), "F2"),
    ActionSpec("delete", "page", QT_TRANSLATE_NOOP("Actions", "&Delete Page…"), "Ctrl+Shift+Del"),
    ActionSpec("history", "page", QT_TRANSLATE_NOOP("Actions", "&History…"), "Ctrl+Shift+H"),
    ActionSpec("resolve", "page", QT_TRANSLATE_NOOP("Actions", "Resolve &Conflict…"), "Ctrl+Shift+R"),
    ActionSpec("reload", "page", QT_TRANSLATE_NOOP("Actions", "Re&load from Disk"), "Ctrl+R"),
    ActionSpec("watch_page", "page", QT_TRANSLATE_NOOP("Actions", "&Watch This Page"), "Ctrl+J"),
    ActionSpec("bookmark_page", "page", QT_TRANSLATE_NOOP("Actions", "&Bookmark This Page"), "Ctrl+D"),
    ActionSpec("garden", "page", QT_TRANSLATE_NOOP("Actions", "&Gardening Report…"), "Ctrl+Shift+G"),
    ActionSpec("sync_now", "sync", QT_TRANSLATE_NOOP("Actions", "Sync &Now"), "F5"),
    ActionSpec("cancel_work", "sync", QT_TRANSLATE_NOOP("Actions", "&Cancel Background Work"), "Ctrl+Shift+X"),
    ActionSpec("shortcuts", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), "F1"),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About wikidesk"), "Ctrl+F1"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


class Actions:
    """The window's QActions by id, and the menus built from them."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.by_id: dict[str, QAction] = {}
        self.specs = {spec.id: spec for spec in SPECS}
        self.menus: dict[str, QMenu] = {}
        for spec in SPECS:
            action = QAction(window)
            action.setObjectName(f"action_{spec.id}")
            action.setCheckable(spec.checkable)
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setShortcutContext(action.shortcutContext().WindowShortcut)
            self.by_id[spec.id] = action
            window.addAction(action)
        self.retranslate()  # once here; build_menus titles only its menus (each pass over the actions costs ~5 ms)

    def __getitem__(self, action_id: str) -> QAction:
        return self.by_id[action_id]

    def connect(self, action_id: str, slot: Callable[..., object]) -> None:
        self.by_id[action_id].triggered.connect(lambda *_: slot())

    def build_menus(self, bar: QMenuBar) -> None:
        for menu_id, _title in MENUS:
            menu = bar.addMenu("")
            menu.setObjectName(f"menu_{menu_id}")
            self.menus[menu_id] = menu
            for spec in SPECS:
                if spec.menu == menu_id:
                    if spec.id in ("quit", "language_nb", "shortcuts", "export_site", "settings"):
                        menu.addSeparator()
                    menu.addAction(self.by_id[spec.id])
        self._retitle_menus()

    def retranslate(self) -> None:
        for spec in SPECS:
            action = self.by_id[spec.id]
            action.setText(tr(spec.text))
            tip = tr(spec.tip) if spec.tip else tr(spec.text).replace("&", "").rstrip("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
        self._retitle_menus()

    def _retitle_menus(self) -> None:
        for menu_id, title in MENUS:
            if menu_id in self.menus:
                self.menus[menu_id].setTitle(tr(title))

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(command, shortcut) rows for the shortcuts help."""
        rows = []
        for spec in SPECS:
            action = self.by_id[spec.id]
            key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((action.text().replace("&", ""), key))
        return rows
