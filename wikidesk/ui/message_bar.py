"""A non-modal bar above the page that shows the latest message, with optional action buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from wikidesk.core.resources import resource
from wikidesk.ui.messages import ERROR, INFO, WARNING


class MessageBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        try:
            self.setStyleSheet(resource("styles", "message_bar.qss").read_text("utf-8"))
        except OSError:
            pass  # plain look
        self.text = QLabel(self)
        self.text.setObjectName("message_text")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("message_close")
        self.close_button.clicked.connect(self.dismiss)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.addWidget(self.text, 1)
        self._layout.addWidget(self.close_button)
        self._buttons: list[QPushButton] = []
        self.level = INFO
        self.history: list[tuple[str, str, str]] = []
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss the message"))
        self.text.setAccessibleName(self.tr("Message"))

    def show_message(self, level: str, text: str, detail: str = "",
                     actions: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        self.history.append((level, text, detail))
        self.level = level
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        prefix = {ERROR: self.tr("Error:"), WARNING: self.tr("Note:"), INFO: ""}.get(level, "")
        full = " ".join(part for part in (prefix, text, detail) if part)
        self.text.setText(full)
        self.text.setAccessibleDescription(full)
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)
        for label, callback in actions or []:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _=False, cb=callback: (self.dismiss(), cb()))
            self._layout.insertWidget(self._layout.count() - 1, button)
            self._buttons.append(button)
        self.show()

    def dismiss(self) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        self.hide()

    @property
    def buttons(self) -> list[QPushButton]:
        return list(self._buttons)
