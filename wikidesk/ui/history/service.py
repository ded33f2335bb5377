"""Connects the History and Resolve Conflict commands to their dialogs and counts pages in conflict."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wikidesk.core.history import queries
from wikidesk.ui.history.conflict_dialog import ConflictDialog
from wikidesk.ui.history.dialog import HistoryDialog
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.session import WikiSession


class HistoryService(QObject):
    def __init__(self, window: MainWindow, session: WikiSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.dialog: HistoryDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.conflict_count = 0
        window.actions.connect("history", self.open_history)
        window.actions.connect("resolve", self.open_conflicts)
        self.count_conflicts()

    def open_history(self) -> HistoryDialog | None:
        page = self.window.view.page
        if page is None:
            return None
        self.window.view.editor.save()
        dialog = HistoryDialog(self.session, page.info, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.dialog = dialog
        return dialog

    def open_conflicts(self, page_id: str | None = None) -> ConflictDialog:
        page = self.window.view.page
        wanted = page_id or (page.info.page_id if page else None)
        dialog = ConflictDialog(self.session, wanted, self.window)
        dialog.resolved.connect(lambda _pid: self.count_conflicts())
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()
        self.conflict_dialog = dialog
        return dialog

    def count_conflicts(self) -> None:
        wiki = self.session.wiki

        def count() -> int:
            return len(queries.history_of(wiki).pages_in_conflict())

        self.session.run("count conflicts", count, self.tr("The conflicts could not be counted."),
                         self._counted, lane="read")

    def _counted(self, count: int) -> None:
        self.conflict_count = count
        self.session.conflicts_counted.emit(count)

    def stop(self) -> None:
        for dialog in (self.dialog, self.conflict_dialog):
            if dialog is not None:
                try:
                    dialog.close()
                except RuntimeError:
                    pass
