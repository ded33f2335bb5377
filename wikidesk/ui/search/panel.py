"""The search panel (Ctrl+K): results with highlighted snippets as you type, debounced and run off the UI thread,
with space and tag filters. Only the newest query's results are shown.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wikidesk.ui import core_text
from wikidesk.ui.search.delegate import HTML_ROLE, HitDelegate, marked_html
from wikidesk.ui.session import WikiSession
from wikidesk.ui.widgets import name_clear_button

HIT_ROLE = Qt.ItemDataRole.UserRole + 11
LIMIT = 50


def quoted(value: str) -> str:
    return f'"{value}"' if any(ch.isspace() for ch in value) else value


class SearchPanel(QWidget):
    hit_chosen = Signal(str, str)  # page id, heading
    hit_in_wiki = Signal(str, str, str)  # another wiki's folder, page id, heading ("All my wikis")
    results_shown = Signal(object)  # SearchResults

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.session = session
        self.search: Callable[[str, int], Any] | None = None  # set by the search service
        # every open wiki: called on the UI thread, returns the search to run in the worker (set by the app)
        self.search_everywhere: Callable[[], Callable[[str, int], Any]] | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setClearButtonEnabled(True)
        self.space_filter, self.tag_filter = QComboBox(self), QComboBox(self)
        self.space_filter.setObjectName("search_space_filter")
        self.tag_filter.setObjectName("search_tag_filter")
        self.results = QListWidget(self)
        self.results.setObjectName("search_results")
        self.results.setItemDelegate(HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._suggestion_clicked)
        self.all_wikis = QCheckBox(self)
        self.all_wikis.setObjectName("search_all_wikis")
        self.all_wikis.toggled.connect(lambda _on: self._timer.start())
        filters = QHBoxLayout()
        filters.addWidget(self.space_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.all_wikis)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(filters)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._open_first)
        self.space_filter.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.tag_filter.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        session.pages_loaded.connect(self._update_filters)
        session.tags_loaded.connect(self._update_filters)
        self._generation = 0
        self._in_flight = False
        self._again = False
        self.unavailable = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search (Ctrl+K)"))
        self.field.setAccessibleName(self.tr("Search the wiki"))
        name_clear_button(self.field, self.tr("Clear the search"))
        self.field.setAccessibleDescription(
            self.tr('Words, "phrases", prefix*, -exclude, tag:, space:, author:, modified:>2026-01-01'))
        self.all_wikis.setText(self.tr("&All my wikis"))
        self.all_wikis.setAccessibleName(self.tr("Search all my wikis"))
        self.all_wikis.setToolTip(self.tr("Search every wiki you have open, in one ranking"))
        self.all_wikis.setAccessibleDescription(
            self.tr("Search every wiki you have open, in one ranking; each result then names its wiki"))
        self.space_filter.setAccessibleName(self.tr("Only in space"))
        self.tag_filter.setAccessibleName(self.tr("Only with tag"))
        self.results.setAccessibleName(self.tr("Search results"))
        self.status.setAccessibleDescription(self.tr("Search status"))  # its name is what it says
        self._update_filters(force=True)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in reading order (for the window's Tab chain)."""
        return [self.field, self.space_filter, self.tag_filter, self.all_wikis, self.results]

    def _update_filters(self, force: bool = False) -> None:
        spaces = self.session.listing.spaces
        tags = sorted(tag for tag, _count in self.session.tags)
        for combo, values, everything in ((self.space_filter, spaces, self.tr("All spaces")),
                                          (self.tag_filter, tags, self.tr("All tags"))):
            current = combo.currentData()
            wanted = [None, *values]
            if not force and [combo.itemData(i) for i in range(combo.count())] == wanted:
                continue
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(value if combo is self.space_filter else f"#{value}", value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def focus(self, text: str | None = None) -> None:
        if text is not None:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def query(self) -> str:
        parts = [self.field.text().strip()]
        if self.space_filter.currentData():
            parts.append("space:" + quoted(self.space_filter.currentData()))
        if self.tag_filter.currentData():
            parts.append("tag:" + quoted(self.tag_filter.currentData()))
        return " ".join(p for p in parts if p)

    def run(self) -> None:
        query = self.query()
        if not query:
            self._generation += 1
            self.results.clear()
            self.status.setText(self.unavailable)
            return
        search = self.search
        if search is None:
            self.status.setText(self.unavailable or self.tr("Search is not available."))
            return
        if self._in_flight:
            self._again = True
            return
        if self.all_wikis.isChecked() and self.search_everywhere is not None:
            search = self.search_everywhere()
        self._generation += 1
        generation, self._in_flight = self._generation, True
        self.session.tasks.submit("search", lambda: search(query, LIMIT),
                                  on_done=lambda results: self._show(generation, results),
                                  on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        self.session.messages.error(self.tr("The search could not be run."), exc)

    def _show(self, generation: int, results: Any) -> None:
        self._in_flight = False
        if self._again:
            self._again = False
            self.run()
            return
        if generation != self._generation:
            return
        self.results.clear()
        own = str(self.session.root)
        for found in results.hits:
            hit, wiki, folder = (found.hit, found.wiki, found.folder) if hasattr(found, "wiki") else (found, "", own)
            title = marked_html(hit.title, list(getattr(hit, "title_highlights", [])))
            where = " · ".join(x for x in (wiki, hit.space, hit.heading or "") if x)
            text = f"<b>{title}</b>" + (f"<br/><small>{html.escape(where)}</small>" if where else "")
            text += f"<br/>{marked_html(hit.snippet, list(hit.highlights))}"
            item = QListWidgetItem()
            item.setData(HTML_ROLE, text)
            item.setData(HIT_ROLE, (hit.page_id, hit.heading or "", folder))
            item.setData(Qt.ItemDataRole.DisplayRole, "")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{hit.title}. {where}. {hit.snippet}")
            self.results.addItem(item)
        status = self.tr("%n result(s)", "", results.total)
        if results.suggestion:
            status += " " + self.tr("Did you mean %1?").replace(
                "%1", f'<a href="suggest">{html.escape(results.suggestion)}</a>')
        if results.fuzzy:
            status += " " + self.tr("(close matches)")
        for note in getattr(results, "notes", []):
            status += " " + html.escape(core_text.translate(note))
        self.status.setText(status)
        self._suggestion = results.suggestion
        self.results_shown.emit(results)

    def _suggestion_clicked(self, _link: str) -> None:
        if getattr(self, "_suggestion", None):
            self.field.setText(self._suggestion)

    def _open_first(self) -> None:
        if self.results.count():
            self._chosen(self.results.item(0))

    def _chosen(self, item: QListWidgetItem) -> None:
        data = item.data(HIT_ROLE)
        if not data:
            return
        page_id, heading, folder = data
        if folder == str(self.session.root):
            self.hit_chosen.emit(page_id, heading)
        else:
            self.hit_in_wiki.emit(folder, page_id, heading)
