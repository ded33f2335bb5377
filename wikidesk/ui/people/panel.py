"""The People panel ("Hvem kan hva?"): type what you need to know about, see who knows, with the reasons, and
reach them in one click (e-mail, chat). "All my wikis" asks every open wiki at once, in one ranking, as the search
panel's toggle does; each person and reason then says its wiki, and a person whose page is in another wiki opens
there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from wikidesk.ui.people.service import Everywhere, PeopleService, chat_url, mail_url
from wikidesk.ui.widgets import name_clear_button

if TYPE_CHECKING:
    from wikidesk.core.people.ranking import PeopleResults, PersonHit
    from wikidesk.ui.session import WikiSession

DEBOUNCE_MS = 250
FOLDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the folder of the wiki the person's page is in


class PeoplePanel(QWidget):
    page_chosen = Signal(str)  # the person's page id
    page_in_wiki = Signal(str, str)  # another open wiki's folder, the person's page id there ("All my wikis")

    def __init__(self, session: WikiSession, service: PeopleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_panel")
        self.session, self.service = session, service
        self.open_url = QDesktopServices.openUrl
        # every open wiki: called on the UI thread, returns the query to run in the worker (set by the app)
        self.everywhere: Callable[[], Everywhere] | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("people_field")
        self.field.setClearButtonEnabled(True)
        self.label = QLabel(self)
        self.label.setBuddy(self.field)
        self.all_wikis = QCheckBox(self)
        self.all_wikis.setObjectName("people_all_wikis")
        self.all_wikis.toggled.connect(lambda _on: self.timer.start())
        self.results = QListWidget(self)
        self.results.setObjectName("people_results")
        self.results.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("people_status")
        self.status.setWordWrap(True)
        self.mail_button = QPushButton(self)
        self.chat_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mail_button)
        buttons.addWidget(self.chat_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.all_wikis)
        layout.addWidget(self.results, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.hits: list[PersonHit] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self.timer.start())
        self.field.returnPressed.connect(self.run)
        self.results.itemActivated.connect(self._activated)
        self.results.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.mail_button.clicked.connect(self.mail)
        self.chat_button.clicked.connect(self.chat)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Who knows about:"))
        self.field.setPlaceholderText(self.tr("a topic, e.g. GIS or lønn"))
        self.field.setAccessibleName(self.tr("Who knows about"))
        name_clear_button(self.field, self.tr("Clear the search"))
        self.all_wikis.setText(self.tr("&All my wikis"))
        self.all_wikis.setAccessibleName(self.tr("Find people in all my wikis"))
        self.all_wikis.setToolTip(self.tr("Find people in every wiki you have open, in one ranking"))
        self.all_wikis.setAccessibleDescription(
            self.tr("Find people in every wiki you have open, in one ranking; each person then names their wiki"))
        self.results.setAccessibleName(self.tr("People who know about it"))
        self.mail_button.setText(self.tr("&E-mail"))
        self.mail_button.setAccessibleName(self.tr("Send the chosen person an e-mail"))
        self.chat_button.setText(self.tr("C&hat"))
        self.chat_button.setAccessibleName(self.tr("Chat with the chosen person"))
        if self.hits:
            self.show_results_list()

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in reading order (for the window's Tab chain)."""
        return [self.field, self.all_wikis, self.results, self.mail_button, self.chat_button]

    def focus(self, text: str | None = None) -> None:
        if text is not None:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        self.timer.stop()
        query = self.field.text().strip()
        if not query:
            self.hits = []
            self.results.clear()
            self.status.setText("")
            self._update_buttons()
            return
        self.status.setText(self.tr("Looking… (the first time, the page history is read once)")
                            if self.service.first_use else self.tr("Looking…"))
        if self.all_wikis.isChecked() and self.everywhere is not None:
            self.service.find_everywhere(query, self.everywhere(), self.show_results)
        else:
            self.service.find(query, self.show_results)

    def show_results(self, results: PeopleResults) -> None:
        if results.query.strip() != self.field.text().strip():
            return  # typed on since
        self.hits = list(results.hits)
        self.show_results_list()
        self.status.setText(self.tr("%n person(s)", "", len(self.hits)) if self.hits
                            else self.tr("Nobody found for “%1”.").replace("%1", results.query))

    def show_results_list(self) -> None:
        self.results.clear()
        for hit in self.hits:
            person = hit.person
            reasons = [(f"{r.wiki.name}: " if r.wiki is not None else "") + self.service.reason_text(r)
                       for r in hit.reasons]
            head = " · ".join(filter(None, [person.name + (f" — {person.unit}" if person.unit else ""),
                                            hit.wiki.name if hit.wiki is not None else ""]))
            item = QListWidgetItem(head + "\n  " + "; ".join(reasons))
            item.setData(Qt.ItemDataRole.UserRole, person.profile.page_id if person.profile else "")
            item.setData(FOLDER_ROLE, hit.wiki.folder if hit.wiki is not None else "")
            unit = person.unit or self.tr("no unit")
            spoken = (self.tr("%1, %2, in the wiki %4. Why: %3").replace("%4", hit.wiki.name) if hit.wiki is not None
                      else self.tr("%1, %2. Why: %3")).replace("%1", person.name).replace("%2", unit).replace(
                "%3", "; ".join(reasons))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(spoken)
            self.results.addItem(item)
        if self.hits:
            self.results.setCurrentRow(0)
        self._update_buttons()

    def current(self) -> PersonHit | None:
        row = self.results.currentRow()
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def _update_buttons(self) -> None:
        hit = self.current()
        profile = hit.person.profile if hit is not None else None
        self.mail_button.setEnabled(profile is not None and mail_url(profile) is not None)
        self.chat_button.setEnabled(profile is not None
                                    and chat_url(self.service.chat_template(), profile) is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        page_id = item.data(Qt.ItemDataRole.UserRole)
        folder = item.data(FOLDER_ROLE)
        if page_id and folder and folder != str(self.session.root):
            self.page_in_wiki.emit(folder, page_id)
        elif page_id:
            self.page_chosen.emit(page_id)

    def _open(self, url: QUrl | None) -> None:
        if url is not None:
            self.open_url(url)

    def mail(self) -> None:
        hit = self.current()
        if hit is not None and hit.person.profile is not None:
            self._open(mail_url(hit.person.profile))

    def chat(self) -> None:
        hit = self.current()
        if hit is not None and hit.person.profile is not None:
            self._open(chat_url(self.service.chat_template(), hit.person.profile))
