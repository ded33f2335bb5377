"""Outline (headings), links out of the page and backlinks into it: the keyboard and screen-reader route to
everything the preview links to (QTextBrowser links are invisible to assistive technology).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QVBoxLayout, QWidget

from wikidesk.core import links
from wikidesk.core.pages import Page, PageInfo
from wikidesk.ui.page_render import PageRender
from wikidesk.ui.session import WikiSession

DATA = Qt.ItemDataRole.UserRole


class LinksPanel(QWidget):
    heading_chosen = Signal(str, str)  # anchor, heading text
    page_chosen = Signal(str, str)  # page id, anchor
    missing_chosen = Signal(str)  # title of a page that does not exist
    external_chosen = Signal(str)  # URL
    backlinks_loaded = Signal(list)

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("links_panel")
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("links_tabs")
        self.outline = QListWidget(self)
        self.outline.setObjectName("outline")
        self.outgoing = QListWidget(self)
        self.outgoing.setObjectName("outgoing_links")
        self.backlinks = QListWidget(self)
        self.backlinks.setObjectName("backlinks")
        for widget in (self.outline, self.outgoing, self.backlinks):
            widget.itemActivated.connect(self._activated)
            widget.itemClicked.connect(self._activated)
            self.tabs.addTab(widget, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._backlinks_for: str | None = None
        self._task: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Outline"))
        self.tabs.setTabText(1, self.tr("Links"))
        self.tabs.setTabText(2, self.tr("Backlinks"))
        self.tabs.setAccessibleName(self.tr("Outline, links and backlinks"))
        self.tabs.tabBar().setAccessibleName(self.tr("Outline, links and backlinks"))
        self.outline.setAccessibleName(self.tr("Headings of the page"))
        self.outgoing.setAccessibleName(self.tr("Links in the page"))
        self.backlinks.setAccessibleName(self.tr("Pages that link here"))

    def show_rendered(self, result: PageRender) -> None:
        self.outline.clear()
        for heading in result.rendered.headings:
            item = QListWidgetItem("    " * (heading.level - 1) + heading.text)
            item.setData(DATA, ("heading", heading.anchor, heading.text))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("Heading level %1: %2").replace("%1", str(heading.level)).replace("%2", heading.text))
            self.outline.addItem(item)
        self.outgoing.clear()
        for link, info in result.outgoing:
            label = link.label or link.target + (f" § {link.heading}" if link.heading else "")
            if info is None:
                item = QListWidgetItem(self.tr("%1 (missing page: activate to create it)").replace("%1", label))
                item.setData(DATA, ("missing", link.target, ""))
            else:
                item = QListWidgetItem(label)
                item.setData(DATA, ("page", info.page_id, link.heading or ""))
            self.outgoing.addItem(item)
        for url in getattr(result.rendered, "external_links", []):
            item = QListWidgetItem(url)
            item.setData(DATA, ("external", url, ""))
            self.outgoing.addItem(item)

    def show_page(self, page: Page) -> None:
        """Load the backlinks of ``page`` in the background (older requests are dropped)."""
        self._page: Page | None = page
        info = page.info
        if self._backlinks_for == info.page_id:
            return
        self._backlinks_for = info.page_id
        self.backlinks.clear()
        placeholder = QListWidgetItem(self.tr("Looking for pages that link here…"))
        placeholder.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.backlinks.addItem(placeholder)
        if self._task is not None:
            self._task.cancel()
        wiki, memo, linked = self.session.wiki, self.session.tag_memo, self.session.wikilinked
        self._task = self.session.tasks.submit(  # pages the tag count saw without "[[" are not read
            "backlinks", lambda: (info.page_id, links.backlinks(wiki, info, memo, linked)),
            on_done=self._backlinks_ready, on_error=lambda exc: self.session.messages.error(
                self.tr("The backlinks could not be found."), exc), paced=True)  # reads every page

    def refresh_backlinks(self) -> None:
        page = getattr(self, "_page", None)
        self._backlinks_for = None
        if page is not None:
            self.show_page(page)

    def _backlinks_ready(self, result: tuple[str, list[PageInfo]]) -> None:
        page_id, found = result
        if page_id != self._backlinks_for:
            return
        self.backlinks.clear()
        for info in found:
            item = QListWidgetItem(f"{info.title}" + (f" ({info.space})" if info.space else ""))
            item.setData(DATA, ("page", info.page_id, ""))
            self.backlinks.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("No pages link here."))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.backlinks.addItem(item)
        self.backlinks_loaded.emit(found)

    def clear(self) -> None:
        for widget in (self.outline, self.outgoing, self.backlinks):
            widget.clear()
        self._backlinks_for = None
        self._page = None

    def _activated(self, item: QListWidgetItem) -> None:
        data = item.data(DATA)
        if not data:
            return
        kind, value, extra = data
        if kind == "heading":
            self.heading_chosen.emit(value, extra)
        elif kind == "page":
            self.page_chosen.emit(value, extra)
        elif kind == "missing":
            self.missing_chosen.emit(value)
        elif kind == "external":
            self.external_chosen.emit(value)
