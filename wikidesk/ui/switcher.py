"""The quick page switcher (Ctrl+P): type part of a title, Enter opens the best match. Below the pages, the people
who know most about what was typed (the people directory's competence search, run in a worker)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wikidesk.core.fuzzy_titles import rank
from wikidesk.ui.session import WikiSession


class QuickSwitcher(QDialog):
    page_chosen = Signal(str)

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_switcher")
        self.session = session
        self.setWindowTitle(self.tr("Go to Page"))
        self.field = QLineEdit(self)
        self.field.setObjectName("switcher_field")
        self.field.setAccessibleName(self.tr("Page title to go to"))
        self.field.setPlaceholderText(self.tr("Type part of a page title"))
        label = QLabel(self.tr("&Page:"), self)
        label.setBuddy(self.field)
        self.list = QListWidget(self)
        self.list.setObjectName("switcher_results")
        self.list.setAccessibleName(self.tr("Matching pages"))
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self.field.textChanged.connect(self.update_results)
        self.field.installEventFilter(self)
        self.field.returnPressed.connect(self.choose)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.list.currentItemChanged.connect(lambda item, _before: self._announce(item))
        self.resize(520, 420)
        self.people_service = getattr(parent, "people_service", None)
        self.people_timer = QTimer(self)
        self.people_timer.setSingleShot(True)
        self.people_timer.setInterval(250)
        self.people_timer.timeout.connect(self._ask_people)
        self.update_results("")

    def update_results(self, text: str) -> None:
        found = rank(text, self.session.pages, limit=50)
        self.list.clear()
        for info in found:
            item = QListWidgetItem(info.title + (f"   — {info.space}" if info.space else ""))
            item.setData(Qt.ItemDataRole.UserRole, info.page_id)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
        self.count.setText(self.tr("%n page(s)", "", len(found)))
        if self.people_service is not None and len(text.strip()) >= 2:
            self.people_timer.start()

    def _ask_people(self) -> None:
        assert self.people_service is not None
        self.people_service.find(self.field.text().strip(), self._people_found, limit=3, asker="switcher")

    def _people_found(self, results: object) -> None:
        if getattr(results, "query", None) != self.field.text().strip():
            return
        service = self.people_service
        for hit in getattr(results, "hits", []):
            if hit.person.profile is None:
                continue
            why = "; ".join(service.reason_text(r) for r in hit.reasons)
            text = self.tr("Person: %1 — %2").replace("%1", hit.person.name).replace("%2", why)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, hit.person.profile.page_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def _announce(self, item: QListWidgetItem | None) -> None:
        """The focus stays in the field while Up/Down move in the list: the field's accessible description says
        which page (or person) Enter opens, and assistive technology is told it changed."""
        text = "" if item is None else str(item.data(Qt.ItemDataRole.AccessibleTextRole) or item.text())
        self.field.setAccessibleDescription(text)
        if self.field.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(self.field, QAccessible.Event.DescriptionChanged))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            keys = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
            if isinstance(event, QKeyEvent) and event.key() in keys:
                self.list.keyPressEvent(event)  # type: ignore[arg-type]
                return True
        return super().eventFilter(watched, event)

    def choose(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.page_chosen.emit(item.data(Qt.ItemDataRole.UserRole))
            self.accept()
