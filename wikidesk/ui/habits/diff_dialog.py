"""One change of the recent-changes list as a diff: the revision against the one before it."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from wikidesk.core.habits.changes import Change
from wikidesk.core.history import queries
from wikidesk.ui.session import WikiSession


class DiffDialog(QDialog):
    def __init__(self, session: WikiSession, change: Change, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_diff_dialog")
        rev = change.revision
        self.setWindowTitle(self.tr("Changes to “%1”").replace("%1", change.title))
        self.heading = QLabel(self.tr("%1 by %2, %3").replace("%1", change.title).replace("%2", rev.author)
                              .replace("%3", rev.time), self)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("change_diff_text")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Differences"))
        self.text.setPlainText(self.tr("Loading…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)
        wiki = session.wiki

        def work() -> str:
            if change.previous is None:
                return queries.revision_text(wiki, rev)
            return queries.diff(wiki, rev.page_id, change.previous, rev.id)

        session.run("show diff", work, self.tr("The differences could not be shown."), self._shown, lane="read")

    def _shown(self, text: str) -> None:
        self.text.setPlainText(text or self.tr("No differences in the text."))
