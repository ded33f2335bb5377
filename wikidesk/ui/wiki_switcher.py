"""The wiki switcher at the top of the sidebar: the person's wikis (``wikidesk.core.wikis``) in a list, the one shown
selected, each with its state, and a Join… button (File → Join a Team's Shared Folder…, Ctrl+Shift+J); below it a
line that says when this wiki's shared folder is read-only for them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from wikidesk.core import wikis


class WikiSwitcher(QWidget):
    wiki_chosen = Signal(str)  # the folder of the wiki the person picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wiki_switcher")
        self.combo = QComboBox(self)
        self.combo.setObjectName("wiki_combo")
        self.join_button = QToolButton(self)  # the window connects it to its "join_team" action
        self.join_button.setObjectName("wiki_join")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("wiki_read_only")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.join_button)
        layout.addLayout(row)
        layout.addWidget(self.read_only_label)
        self._folders: list[str] = []
        self._filling = False
        self.combo.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Wiki"))
        self.combo.setAccessibleDescription(self.tr("Your wikis; choose one to show it (Ctrl+Shift+W shows the "
                                                    "next one)."))
        self.join_button.setText(self.tr("Join…"))
        self.join_button.setAccessibleName(self.tr("Join a team's shared folder"))
        self.join_button.setToolTip(self.tr("Join a team's shared folder (Ctrl+Shift+J)"))
        self.read_only_label.setText(self.tr("Read-only: the shared folder of this wiki is read-only for you, so "
                                             "your changes could not be sent. Ask the folder's owner for write "
                                             "access."))

    def fill(self, entries: list[wikis.WikiEntry], shown: str) -> None:
        """List ``entries`` with the wiki at folder ``shown`` selected."""
        self._filling = True
        self.combo.clear()
        self._folders = [e.folder for e in entries]
        for entry in entries:
            self.combo.addItem(entry.name)
            index = self.combo.count() - 1
            self.combo.setItemData(index, entry.folder)  # the folder as tooltip-free data
            self.combo.setItemData(index, f"{entry.folder}\n{self.state_text(entry.state)}", 3)  # ToolTipRole
            spoken = f"{entry.name}, {self.state_text(entry.state)}"  # the state a tooltip shows, for a reader too
            self.combo.setItemData(index, spoken, Qt.ItemDataRole.AccessibleTextRole)
        key = wikis.folder_key(shown)
        self.combo.setCurrentIndex(next((i for i, f in enumerate(self._folders) if wikis.folder_key(f) == key), -1))
        self._filling = False

    def state_text(self, state: str) -> str:
        return {"synced": self.tr("Synced"), "offline": self.tr("Offline"), "read-only": self.tr("Read-only"),
                "conflicts": self.tr("Conflicts"), "incompatible": self.tr("Sync stopped"),
                "not synced yet": self.tr("Not synced yet"), "local": self.tr("Not shared")}.get(state, state)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only_label.setVisible(read_only)

    def folders(self) -> list[str]:
        return list(self._folders)

    def next_folder(self) -> str | None:
        """The wiki after the one shown (wrapping), or None with fewer than two."""
        if len(self._folders) < 2:
            return None
        return self._folders[(max(self.combo.currentIndex(), 0) + 1) % len(self._folders)]

    def _activated(self, index: int) -> None:
        if not self._filling and 0 <= index < len(self._folders):
            self.wiki_chosen.emit(self._folders[index])
