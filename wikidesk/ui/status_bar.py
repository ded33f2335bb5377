"""Status bar pieces: save state, background work (progress and cancel) and the sync indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from wikidesk.ui import core_text
from wikidesk.ui.tasks import Task

SYNC_STATES = ("synced", "syncing", "offline", "read-only", "conflicts", "incompatible", "off", "error")


class WorkIndicator(QWidget):
    """Shows the running long task (indexing, sync, export) with a progress bar and a Cancel button (hidden while
    only work that cannot be cancelled runs: history's first import of the folder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("work_indicator")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("work_progress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("work_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.tasks: list[Task] = []
        self._uncancellable: set[Task] = set()
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the background work"))
        self.bar.setAccessibleName(self.tr("Progress of the background work"))

    def track(self, task: Task, title: str, *, cancellable: bool = True) -> None:
        self.tasks.append(task)
        if not cancellable:
            self._uncancellable.add(task)
        task.progress.connect(lambda done, total, msg, t=task: self._progress(t, title, done, total, msg))
        task.done.connect(lambda t=task: self._finished(t))
        self.label.setText(title)
        self.bar.setRange(0, 0)
        self._show_cancel()
        self.show()

    def _show_cancel(self) -> None:
        self.cancel_button.setVisible(any(t not in self._uncancellable for t in self.tasks))

    def _progress(self, task: Task, title: str, done: int, total: int, message: str) -> None:
        if not self.tasks or self.tasks[-1] is not task:
            return
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total > 0 else 0)
        text = f"{title}: {core_text.translate(message)}" if message else title
        self.label.setText(text)
        self.bar.setAccessibleDescription(text)

    def _finished(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        self._uncancellable.discard(task)
        if not self.tasks:
            self.hide()
        else:
            self._show_cancel()

    def cancel(self) -> None:
        for task in self.tasks:
            if task not in self._uncancellable:
                task.cancel()


class SyncIndicator(QPushButton):
    """A flat button showing the sync state in words (never colour alone); clicking it syncs now."""

    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self.sync_requested.emit)
        self.state, self.conflicts, self.detail = "off", 0, ""
        self.set_state("off")

    def texts(self) -> dict[str, str]:
        return {
            "synced": self.tr("Synced"),
            "syncing": self.tr("Syncing…"),
            "offline": self.tr("Offline: the shared folder cannot be reached"),
            "read-only": self.tr("Read-only: the shared folder does not allow writing"),
            "conflicts": self.tr("Conflicts: %n", "", self.conflicts),
            "incompatible": self.tr("Sync stopped: the shared folder needs a newer wikidesk"),
            "off": self.tr("Sync off (no shared folder)"),
            "error": self.tr("Sync failed"),
        }

    def set_state(self, state: str, *, conflicts: int = 0, detail: str = "") -> None:
        self.state, self.conflicts, self.detail = state, conflicts, detail
        self.retranslate()

    def retranslate(self) -> None:
        text = self.texts().get(self.state, self.state)
        self.setText(text)
        self.setAccessibleName(self.tr("Sync status: %1").replace("%1", text))
        tip = self.detail or text
        self.setToolTip(tip + "\n" + self.tr("Click or press F5 to sync now."))
        self.setAccessibleDescription(self.detail)


class SaveIndicator(QLabel):
    """"Saved" / "Edited" / "Saving…" for the open page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_indicator")
        self.state = ""
        self.retranslate()

    def set_state(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def retranslate(self) -> None:
        texts = {"saved": self.tr("All changes saved"), "edited": self.tr("Edited"),
                 "blocked": self.tr("Not saved: changed elsewhere"), "": ""}
        self.setText(texts.get(self.state, ""))
        self.setAccessibleName(self.tr("Save status"))
        self.setAccessibleDescription(self.text())
