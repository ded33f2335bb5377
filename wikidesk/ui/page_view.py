"""The open page: a header, the editor and the preview side by side or one at a time (Ctrl+E), back/forward,
and a live preview rendered off the UI thread (debounced, one render in flight).
"""

from __future__ import annotations

import logging
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from wikidesk.core.pages import Page, WikiChange
from wikidesk.ui.conflict_panel import ConflictPanel
from wikidesk.ui.discussion_panel import DiscussionPanel
from wikidesk.ui.editor.panel import EditorPanel
from wikidesk.ui.navigation import Navigator, Place
from wikidesk.ui.page_render import PageRender, render_text
from wikidesk.ui.preview import PreviewPanel
from wikidesk.ui.session import WikiSession

log = logging.getLogger(__name__)


class PageView(QWidget):
    page_opened = Signal(object)  # Page
    rendered = Signal(object)  # PageRender of the shown text
    page_closed = Signal()
    first_page_requested = Signal()  # "Create the first page" in an empty wiki

    def __init__(self, session: WikiSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_view")
        self.session = session
        self.navigator = Navigator(self)
        self.title = QLabel(self)
        self.title.setObjectName("page_title")
        self.title.setTextInteractionFlags(self.title.textInteractionFlags())
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.location = QLabel(self)
        self.location.setObjectName("page_location")
        self.editor = EditorPanel(session, self)
        self.preview = PreviewPanel(self)
        self.splitter = QSplitter(self)
        self.splitter.setObjectName("editor_preview_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.discussion = DiscussionPanel(session, self)  # the page's comments, below the page (drag to resize)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setObjectName("page_discussion_splitter")
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.discussion)
        self.body.setCollapsible(0, False)
        self.body.setStretchFactor(0, 5)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([5000, 1000])  # the page first; the discussion below, a sixth of the height
        self.empty = QWidget(self)  # shown instead of the editor and preview while the wiki has no pages
        self.empty.setObjectName("empty_wiki")
        self.empty_hint = QLabel(self.empty)
        self.empty_hint.setObjectName("empty_wiki_hint")
        self.empty_hint.setWordWrap(True)
        self.first_page_button = QPushButton(self.empty)
        self.first_page_button.setObjectName("first_page_button")
        self.first_page_button.clicked.connect(self.first_page_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(self.empty_hint)
        empty_layout.addWidget(self.first_page_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.empty.hide()
        self.conflict = ConflictPanel(session, self)  # instead of the editor while the page is in conflict
        self.conflict.hide()
        self.conflict.resolved.connect(self._conflict_resolved)
        self.conflict.edit_requested.connect(self._edit_merged)
        self._empty_wiki = False
        self._checking_conflict = False
        self._check_conflict_again = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.location)
        layout.addWidget(self.conflict, 1)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.empty, 1)
        self.side_by_side = True
        self.showing = "editor"  # in single mode: "editor" or "preview"
        self.rendered_page: Any = None
        self._render_timer = QTimer(self, singleShot=True, interval=250)
        self._render_timer.timeout.connect(self._render)
        self._rendering = False
        self._render_again = False
        self._pending_anchor = ""
        self.editor.edited.connect(self._render_timer.start)
        self.editor.saved.connect(self._on_saved)
        session.wiki_changed.connect(self._on_wiki_change)
        session.pages_loaded.connect(self.check_conflict)  # after every sync round, save and outside edit
        session.conflicts_counted.connect(lambda _count: self.check_conflict())
        self.retranslate()

    @property
    def page(self) -> Page | None:
        return self.editor.page

    def retranslate(self) -> None:
        self.title.setAccessibleName(self.tr("Page title"))
        self.location.setAccessibleName(self.tr("Space of the page"))
        self.editor.retranslate()
        self.preview.retranslate()
        self.conflict.retranslate()
        self.discussion.retranslate()
        self.empty_hint.setText(self.tr("This wiki has no pages yet. Start with a home page; link from it to new "
                                        "pages with [[Title]]. Each page is a Markdown file in the wiki folder."))
        self.first_page_button.setText(self.tr("Create the first page"))
        self.first_page_button.setAccessibleName(self.tr("Create the first page"))
        self.first_page_button.setAccessibleDescription(self.empty_hint.text())
        if self.page is None:
            self.title.setText(self.tr("No page open"))

    def show_empty_wiki(self, empty: bool) -> None:
        """Offer to create the first page (instead of the editor and preview) while the wiki has none."""
        self._empty_wiki = empty
        self.empty.setVisible(empty)
        self._update_body()

    def _update_body(self) -> None:
        in_conflict = self.conflict.page_id is not None and not self._empty_wiki
        focus_in_page = self.splitter.isAncestorOf(QApplication.focusWidget())
        self.conflict.setVisible(in_conflict)
        self.splitter.setVisible(not self._empty_wiki and not in_conflict)
        self.body.setVisible(not self._empty_wiki)
        layout = self.layout()
        if layout is not None:  # in conflict the versions take the room; the discussion keeps its own height
            layout.setStretchFactor(self.conflict, 4)
            layout.setStretchFactor(self.body, 1 if in_conflict else 4)
        if in_conflict and focus_in_page and self.conflict.controls():  # the focus goes where the page text went
            self.conflict.controls()[0].setFocus()

    def tab_stops(self) -> list[QWidget]:
        """The view's own controls between the message bar and the editor, in reading order (for the window's
        Tab chain): the first-page button of an empty wiki, the conflict panel's versions and buttons."""
        return [self.first_page_button, *self.conflict.controls()]

    # ----- opening --------------------------------------------------------------------------------------------
    def open(self, page_id: str, anchor: str = "", *, record: bool = True) -> None:
        """Open a page by id (saving the current one first); ``anchor`` scrolls the preview to a heading."""
        self.editor.save()
        if self.page is not None and self.page.info.page_id == page_id and not self.editor.blocked:
            self.scroll_to(anchor)
            if record:
                self.navigator.visit(Place(page_id, anchor))
            return

        def shown(page: Page) -> None:
            self._show(page, anchor)
            if record:
                self.navigator.visit(Place(page.info.page_id, anchor))

        self.session.read(page_id, shown)

    def show_first(self, page: Page) -> None:
        """Show a page read before anything else was opened (the one remembered from last time)."""
        self._show(page)
        self.navigator.visit(Place(page.info.page_id))

    def open_at_heading(self, page_id: str, heading: str = "") -> None:
        """Open a page and scroll to the heading with this text (a search hit's section)."""
        self.open(page_id, "heading:" + heading if heading else "")

    def _show(self, page: Page, anchor: str = "") -> None:
        self.editor.load(page)
        self._pending_anchor = anchor
        self._update_header(page)
        if self.conflict.page_id not in (None, page.info.page_id):
            self.conflict.clear()
            self._update_body()
        self._render()
        self.page_opened.emit(page)
        self.check_conflict()
        self.discussion.show_page(page.info.page_id)

    def _update_header(self, page: Page) -> None:
        self.title.setText(page.info.title)
        self.location.setText(page.info.space or self.tr("Top level"))
        self.window().setWindowTitle(f"{page.info.title} – wikidesk")

    def close_page(self) -> None:
        self.editor.clear()
        self.preview.clear()
        self.title.setText(self.tr("No page open"))
        self.location.clear()
        self.conflict.clear()
        self.discussion.show_page(None)
        self._update_body()
        self.page_closed.emit()

    def back(self) -> None:
        place = self.navigator.back()
        if place is not None:
            self.open(place.page_id, place.anchor, record=False)

    def forward(self) -> None:
        place = self.navigator.forward()
        if place is not None:
            self.open(place.page_id, place.anchor, record=False)

    # ----- conflict ------------------------------------------------------------------------------------------
    def check_conflict(self) -> None:
        """Ask (off the UI thread) whether the open page has several versions; show them, or hide the panel."""
        page = self.page
        if page is None or self.session.wiki.history is None:
            return
        if self._checking_conflict:
            self._check_conflict_again = True
            return
        self._checking_conflict = True
        wiki, page_id = self.session.wiki, page.info.page_id

        def versions() -> list[Any]:
            from wikidesk.core.history import queries

            return queries.conflict_versions(wiki, page_id)

        self.session.tasks.submit("conflict of the open page", versions,
                                  on_done=lambda found: self._conflict_checked(page_id, found),
                                  on_error=self._conflict_check_failed)

    def _conflict_checked(self, page_id: str, versions: list[Any]) -> None:
        if not shiboken6.isValid(self.conflict):  # the window closed while the task ran
            return
        self._checking_conflict = False
        if self.page is not None and self.page.info.page_id == page_id:
            self.conflict.show_versions(page_id, versions)
            self._update_body()
        if self._check_conflict_again:
            self._check_conflict_again = False
            self.check_conflict()

    def _conflict_check_failed(self, exc: BaseException) -> None:
        self._checking_conflict = False
        log.warning("Could not look whether the open page is in conflict: %s", exc)

    def _conflict_resolved(self, page_id: str) -> None:
        if self.session.history is not None:
            self.session.history.count_conflicts()  # the status bar's count; then the panel looks again
        if self.page is not None and self.page.info.page_id == page_id and not self.editor.dirty:
            self.session.read(page_id, self._show)

    def _edit_merged(self, page_id: str) -> None:
        if self.session.history is not None:
            self.session.history.open_conflicts(page_id)

    # ----- preview --------------------------------------------------------------------------------------------
    def _render(self) -> None:
        page = self.page
        if page is None:
            return
        if self._rendering:
            self._render_again = True
            return
        self._rendering = True
        body, wiki = self.editor.text(), self.session.wiki
        self.session.tasks.submit("render", lambda: render_text(wiki, page, body),
                                  on_done=self._rendered, on_error=self._render_failed)

    def _rendered(self, result: PageRender) -> None:
        self._rendering = False
        page = result.page
        if self.page is None or page.info.page_id != self.page.info.page_id:
            self._render_again = False
            self._render()
            return
        root = self.session.root
        self.rendered_page = result
        self.preview.show_html(result.html, root, (root / page.info.path).parent)
        if self._pending_anchor:
            self.scroll_to(self._pending_anchor)
            self._pending_anchor = ""
        self.rendered.emit(result)
        if self._render_again:
            self._render_again = False
            self._render()

    def scroll_to(self, anchor: str) -> None:
        """Scroll the preview to an anchor, or to ``heading:<text>``, and put the editor's cursor there too."""
        if not anchor or self.rendered_page is None:
            return
        headings = self.rendered_page.rendered.headings
        if anchor.startswith("heading:"):
            text = anchor[len("heading:"):]
            heading = next((h for h in headings if h.text == text), None)
        else:
            heading = next((h for h in headings if h.anchor == anchor), None)
        if heading is None:
            return
        self.preview.browser.scrollToAnchor(heading.anchor)
        self.editor.move_to_heading(heading.text)

    def _render_failed(self, exc: BaseException) -> None:
        self._rendering = False
        self.session.messages.error(self.tr("The preview could not be shown."), exc)

    def refresh_css(self, css: str) -> None:
        self.preview.set_css(css)
        self._render()

    # ----- modes ----------------------------------------------------------------------------------------------
    def set_side_by_side(self, on: bool) -> None:
        self.side_by_side = on
        self._apply_mode()

    def toggle(self) -> None:
        """Ctrl+E: in single mode switch editor/preview; side by side, move the focus between them."""
        if self.side_by_side:
            target = self.preview.browser if self.editor.edit.hasFocus() else self.editor.edit
            target.setFocus()
            return
        self.showing = "preview" if self.showing == "editor" else "editor"
        self._apply_mode()
        (self.preview.browser if self.showing == "preview" else self.editor.edit).setFocus()

    def _apply_mode(self) -> None:
        self.editor.setVisible(self.side_by_side or self.showing == "editor")
        self.preview.setVisible(self.side_by_side or self.showing == "preview")

    # ----- changes from elsewhere -----------------------------------------------------------------------------
    def _on_saved(self, page: Page) -> None:
        if self.page is not None and page.info.page_id == self.page.info.page_id:
            self._update_header(page)

    def _on_wiki_change(self, change: WikiChange) -> None:
        page = self.page
        if page is None or change.page_id != page.info.page_id:
            return
        if change.origin == "local":
            if change.kind == "rename":  # moved from the tree, say: follow the file, keep the text
                self.session.read(page.info.page_id, self._follow_rename)
            return
        if change.kind == "delete":
            self.session.messages.warning(self.tr("The open page was deleted by a sync."))
            self.close_page()
        elif not self.editor.dirty:
            self.session.read(page.info.page_id, self._show)
        else:
            self.session.read(page.info.page_id, self._merge_remote)

    def check_outside_edit(self) -> None:
        """Look (off the UI thread) whether another program changed the open page; show its text if there are no
        unsaved edits, else merge or ask as for a synced change."""
        page = self.page
        if page is None or self.editor.blocked:
            return
        wiki = self.session.wiki

        def look() -> Page | None:
            return None if wiki.current_etag(page.info) == page.etag else wiki.read(page.info.page_id)

        def seen(fresh: Page | None) -> None:
            if fresh is None or self.page is None or fresh.info.page_id != self.page.info.page_id:
                return
            if self.editor.dirty:
                self._merge_remote(fresh)
            else:
                self._show(fresh)

        self.session.tasks.submit("check page on disk", look, on_done=seen)

    def _follow_rename(self, fresh: Page) -> None:
        if self.page is not None and fresh.info.page_id == self.page.info.page_id:
            self.adopt(fresh)

    def _merge_remote(self, fresh: Page) -> None:
        if self.editor.merge_remote(fresh):
            self._update_header(fresh)
            self._render_timer.start()

    def adopt(self, page: Page) -> None:
        """The open page was renamed or moved by this app: keep the text, take the new file and etag."""
        self.editor.page = page
        self._update_header(page)
        self.page_opened.emit(page)
