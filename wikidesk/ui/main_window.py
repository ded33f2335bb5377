"""The main window: assembles the panels, builds menus from the action registry and connects signals.

It holds no page logic of its own; each panel lives in its own module.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from wikidesk.core.markdown import pygments_css
from wikidesk.core.pages import Page
from wikidesk.ui.actions import Actions
from wikidesk.ui.dialogs.join_dialog import open_join_dialog
from wikidesk.ui.export_actions import ExportActions
from wikidesk.ui.focus_chain import focus_next, set_tab_order
from wikidesk.ui.habits.wiring import HabitsUI
from wikidesk.ui.links_panel import LinksPanel
from wikidesk.ui.message_bar import MessageBar
from wikidesk.ui.messages import WARNING
from wikidesk.ui.page_actions import PageActions
from wikidesk.ui.page_view import PageView
from wikidesk.ui.people.panel import PeoplePanel
from wikidesk.ui.people.service import PeopleService
from wikidesk.ui.search.panel import SearchPanel
from wikidesk.ui.session import WikiSession
from wikidesk.ui.sidebar.page_tree import PageTreePanel
from wikidesk.ui.sidebar.recent_panel import RecentPanel
from wikidesk.ui.sidebar.tab_fit import compact_tabs, width_for_tabs
from wikidesk.ui.sidebar.tags_panel import TagsPanel
from wikidesk.ui.status_bar import SaveIndicator, SyncIndicator, WorkIndicator
from wikidesk.ui.switcher import QuickSwitcher
from wikidesk.ui.theme import Theme, preview_css
from wikidesk.ui.wiki_switcher import WikiSwitcher
from wikidesk.ui.window_state import WindowState


class MainWindow(QMainWindow):
    language_requested = Signal(str)
    settings_requested = Signal()
    open_wiki_requested = Signal()
    closed = Signal()  # after the window closed: its session starts nothing more

    def __init__(self, session: WikiSession, theme: Theme | None = None, state: WindowState | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session, self.theme = session, theme
        self.state = state or WindowState()
        self.actions = Actions(self)
        self._opened_first = False  # the start page was opened once the page list was first known
        self.actions.build_menus(self.menuBar())
        self.message_bar = MessageBar(self)
        self.view = PageView(session, self)
        self.pages = PageActions(self, session, self.view)
        self.tree = PageTreePanel(session, self)
        self.search = SearchPanel(session, self)
        self.tags = TagsPanel(session, self)
        self.recent = RecentPanel(session, self)
        self.people_service = PeopleService(session, self)
        self.people = PeoplePanel(session, self.people_service, self)
        self.sidebar = QTabWidget(self)
        self.sidebar.setObjectName("sidebar")
        compact_tabs(self.sidebar.tabBar())
        for panel in (self.tree, self.search, self.tags, self.recent, self.people):
            self.sidebar.addTab(panel, "")
        self.wiki_switcher = WikiSwitcher(self)  # the person's wikis, above the sidebar's tabs
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(0)
        side_layout.addWidget(self.wiki_switcher)
        side_layout.addWidget(self.sidebar, 1)
        self.links = LinksPanel(session, self)
        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.message_bar)
        centre_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(side)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.links)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.save_indicator = SaveIndicator(self)
        self.work = WorkIndicator(self)
        self.sync_indicator = SyncIndicator(self)
        self.statusBar().addWidget(self.save_indicator)
        self.statusBar().addPermanentWidget(self.work)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self._connect()
        set_tab_order(self.tab_chain())
        self._retranslate_own()  # the actions and every panel translated themselves as they were made
        self.splitter.setSizes([max(260, width_for_tabs(self.sidebar)), 900, 240])  # every tab in view
        self.restore_state()
        self.apply_theme()

    # ----- wiring ---------------------------------------------------------------------------------------------
    def _connect(self) -> None:
        a, view, session = self.actions, self.view, self.session
        session.messages.message.connect(self.show_message)
        a.connect("new_page", lambda: self.pages.new_page(self.tree.selected_space() if self.tree.view.hasFocus()
                                                          else None))
        a.connect("save", lambda: view.editor.save(force=False))
        a.connect("quit", self.close)
        a.connect("undo", view.editor.edit.undo)
        a.connect("redo", view.editor.edit.redo)
        a.connect("find", lambda: view.editor.find_bar.open(replace=False))
        a.connect("replace", lambda: view.editor.find_bar.open(replace=True))
        a.connect("insert_link", self._insert_link)
        a.connect("attach", self._attach_file)
        a.connect("toggle_preview", view.toggle)
        a["tab_indents"].toggled.connect(self._set_tab_indents)
        a["side_by_side"].setChecked(True)
        a["side_by_side"].toggled.connect(view.set_side_by_side)
        a.connect("focus_sidebar", lambda: (self.sidebar.setCurrentWidget(self.tree), self.tree.view.setFocus()))
        a.connect("focus_editor", view.editor.edit.setFocus)
        a.connect("focus_preview", view.preview.browser.setFocus)
        a.connect("focus_links", lambda: self.links.tabs.currentWidget().setFocus())
        a.connect("language_nb", lambda: self.language_requested.emit("nb"))
        a.connect("language_en", lambda: self.language_requested.emit("en"))
        a.connect("search", self.focus_search)
        a.connect("people", self.focus_people)
        a.connect("switcher", self.open_switcher)
        a.connect("back", view.back)
        a.connect("forward", view.forward)
        a.connect("home", self.open_home)
        a.connect("rename", lambda: self.pages.rename(self._focused_page()))
        a.connect("delete", lambda: self.pages.delete(self._focused_page()))
        a.connect("reload", view.editor.reload_from_disk)
        a.connect("settings", self.settings_requested.emit)
        a.connect("open_wiki", self.open_wiki_requested.emit)
        a.connect("join_team", lambda: open_join_dialog(self))  # also the wiki switcher's Join… button
        self.wiki_switcher.join_button.clicked.connect(a["join_team"].trigger)
        a.connect("cancel_work", self.work.cancel)
        a.connect("shortcuts", self.show_shortcuts)
        a.connect("about", self.show_about)
        self.exports = ExportActions(self)  # File menu: export and print (runs in the background)
        self.exports.connect(a)
        self.habits = HabitsUI(self)  # Bookmarks tab, watch, bookmark, gardening report (ui/habits/wiring.py)
        view.navigator.changed.connect(self._update_actions)
        view.page_opened.connect(self._page_opened)
        view.page_closed.connect(self._page_closed)
        view.first_page_requested.connect(lambda: self.pages.new_page("", self.tr("Home")))
        view.rendered.connect(self.links.show_rendered)
        view.editor.edited.connect(lambda: self.save_indicator.set_state("edited"))
        view.editor.saved.connect(lambda _p: self.save_indicator.set_state(
            "edited" if view.editor.dirty else "saved"))
        view.editor.save_conflict.connect(self._save_conflict)
        view.preview.page_link.connect(view.open)
        view.preview.new_page_link.connect(self.create_missing)
        view.preview.link_announced.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.tree.open_page.connect(view.open)
        view.discussion.unread_changed.connect(self.tree.set_unread)
        self.tree.new_page_requested.connect(self.pages.new_page)
        self.tree.rename_requested.connect(self.pages.rename)
        self.tree.delete_requested.connect(self.pages.delete)
        self.recent.open_page.connect(view.open)
        self.people.page_chosen.connect(view.open)
        view.rendered.connect(self.people_service.page_rendered)
        self.search.hit_chosen.connect(view.open_at_heading)
        self.tags.tag_chosen.connect(self.search_tag)
        view.preview.tag_link.connect(self.search_tag)
        self.links.page_chosen.connect(view.open)
        self.links.missing_chosen.connect(self.create_missing)
        self.links.heading_chosen.connect(lambda anchor, _text: view.scroll_to(anchor))
        self.links.external_chosen.connect(lambda url: view.preview.follow(QUrl(url)))
        session.pages_loaded.connect(self._pages_loaded)
        session.taken_in.connect(self.recent.refresh)  # history's first import is done: list it
        if self.theme is not None:
            self.theme.changed.connect(self.apply_theme)
        self._update_actions()

    def tab_chain(self) -> list[QWidget]:
        """The controls in reading order: sidebar, page text, preview, links panel, status bar."""
        search, bar = self.search, self.view.editor.find_bar
        chain = [self.sidebar.tabBar(), self.tree.filter, self.tree.view, *search.tab_stops(), self.tags.list,
                self.recent.list, *self.people.tab_stops(), self.habits.bookmarks.list, *self.message_bar.buttons,
                self.message_bar.close_button, *self.view.tab_stops(), self.view.editor.edit, bar.find_field,
                bar.previous_button, bar.next_button, bar.case, bar.close_button, bar.replace_field,
                bar.replace_button, bar.replace_all_button, self.view.preview.browser, *self.view.discussion.controls(),
                self.links.tabs.tabBar(),
                self.links.outline, self.links.outgoing, self.links.backlinks, self.work.cancel_button,
                self.sync_indicator]
        return [self.wiki_switcher.combo, self.wiki_switcher.join_button, *chain]

    def focusNextPrevChild(self, next: bool) -> bool:
        return focus_next(self.tab_chain(), next) or super().focusNextPrevChild(next)

    def retranslate(self) -> None:
        self.actions.retranslate()
        self._retranslate_own()
        for panel in (self.wiki_switcher, self.tree, self.search, self.tags, self.recent, self.people, self.links,
                      self.view,
                      self.message_bar, self.save_indicator, self.work, self.sync_indicator):
            panel.retranslate()
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Widen the sidebar when its tabs (in a new language) no longer fit; never narrow it."""
        sizes = self.splitter.sizes()
        missing = width_for_tabs(self.sidebar) - sizes[0]
        if missing > 0 and sum(sizes) > 0:
            sizes[0] += missing
            sizes[1] = max(0, sizes[1] - missing)
            self.splitter.setSizes(sizes)

    def _retranslate_own(self) -> None:
        """The window's own texts (not the panels' or the actions')."""
        self.sidebar.setTabText(0, self.tr("Pages"))
        self.sidebar.setTabText(1, self.tr("Search"))
        self.sidebar.setTabText(2, self.tr("Tags"))
        self.sidebar.setTabText(3, self.tr("Recent"))
        self.sidebar.setTabText(4, self.tr("People"))
        self.sidebar.setAccessibleName(self.tr("Sidebar"))
        self.sidebar.tabBar().setAccessibleName(self.tr("Sidebar"))
        if self.view.page is None:
            self.setWindowTitle("wikidesk")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # back from another program: it may have changed files in the wiki folder (the first page list, still
            # being made when the window first shows, looks at every file anyway)
            if self.session.loaded:
                self.session.reload_pages(rescan=True)
            self.view.check_outside_edit()
        super().changeEvent(event)

    def apply_theme(self) -> None:
        dark = self.theme.dark if self.theme is not None else False
        self.view.refresh_css(preview_css(QApplication.palette(), pygments_css(dark)))  # widgets update later
        self.view.editor.set_palette()

    # ----- reactions ------------------------------------------------------------------------------------------
    def show_message(self, level: str, text: str, detail: str) -> None:
        self.message_bar.show_message(level, text, detail)

    def _update_actions(self) -> None:
        nav = self.view.navigator
        self.actions["back"].setEnabled(nav.can_back())
        self.actions["forward"].setEnabled(nav.can_forward())
        has_page = self.view.page is not None
        for action_id in ("save", "rename", "delete", "history", "attach", "reload", "find", "replace"):
            self.actions[action_id].setEnabled(has_page)

    def _page_opened(self, page: Page) -> None:
        self.view.show_empty_wiki(False)
        self.tree.select_page(page.info.page_id)
        self.links.show_page(page)
        self.save_indicator.set_state("saved")
        self.state.set_open_page(self.session.root, page.info.page_id, page.info.path)
        self.view.editor.edit.set_titles(self.session.listing.titles)
        self._update_actions()

    def _page_closed(self) -> None:
        self.links.clear()
        self.save_indicator.set_state("")
        self._update_actions()

    def open_remembered(self) -> None:
        """Show the page that was open last time at once, without waiting for the list of pages."""
        page_id, path = self.state.open_page(self.session.root)
        if not path:
            return

        def shown(page: Page) -> None:
            if self.view.page is None and page.info.page_id == page_id:
                self.view.show_first(page)

        self.session.read_path(path, shown, on_error=lambda _exc: None)  # gone: the home page opens instead

    def _pages_loaded(self) -> None:
        # the link completer's titles in an event of their own: at 100,000 titles its model takes tens of ms, which
        # would otherwise add up with the page tree's in one stall
        QTimer.singleShot(0, self, self._fill_titles)
        # the first list that has pages opens the start page (an empty wiki's pages may come later, with a sync)
        if self.view.page is None and not self._opened_first and self.session.listing.home is not None:
            self._opened_first = True
            self.open_home(remembered=True)
        self.view.show_empty_wiki(self.view.page is None and not self.session.pages)

    def _fill_titles(self) -> None:
        self.view.editor.edit.set_titles(self.session.listing.titles)

    def open_home(self, *, remembered: bool = False) -> None:
        """Open the remembered page, else a page called Home/Start/index, else the first page."""
        wanted = self.state.open_page(self.session.root)[0] if remembered else ""
        found = (self.session.page_by_id(wanted) if wanted else None) or self.session.listing.home
        if found is not None:
            self.view.open(found.page_id)

    def _focused_page(self) -> object:
        return self.tree.selected_info() if self.tree.view.hasFocus() else None

    def focus_search(self, text: str | None = None) -> None:
        self.sidebar.setCurrentWidget(self.search)
        self.search.focus(text)

    def focus_people(self, text: str | None = None) -> None:
        """The People tab: find colleagues by what they know."""
        self.sidebar.setCurrentWidget(self.people)
        self.people.focus(text)

    def search_tag(self, tag: str) -> None:
        self.focus_search(f"tag:{tag}")

    def open_switcher(self) -> QuickSwitcher:
        switcher = QuickSwitcher(self.session, self)
        switcher.page_chosen.connect(self.view.open)
        switcher.finished.connect(switcher.deleteLater)
        switcher.open()
        self.switcher = switcher
        return switcher

    def create_missing(self, title: str) -> None:
        space = self.view.page.info.space if self.view.page else ""
        self.pages.new_page(space, title.rsplit("/", 1)[-1])

    def _insert_link(self) -> None:
        edit = self.view.editor.edit
        edit.setFocus()
        edit.textCursor().insertText("[[")
        edit.update_completion()

    def _set_tab_indents(self, on: bool) -> None:
        self.view.editor.edit.tab_moves_focus = not on
        self.view.editor.retranslate()
        self.statusBar().showMessage(self.tr("Tab now indents text in the editor; Ctrl+Tab leaves it.") if on
                                     else self.tr("Tab now moves to the next control."), 5000)

    def _attach_file(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach File"))
        if files:
            self.view.editor.attach_files(files)

    def _save_conflict(self, page: Page) -> None:
        editor = self.view.editor
        self.save_indicator.set_state("blocked")
        self.message_bar.show_message(
            WARNING, self.tr("“%1” was changed by another program while you were editing it.").replace(
                "%1", page.info.title),
            self.tr("Autosave is paused. Choose what to keep."),
            [(self.tr("Keep my text"), lambda: editor.save(force=True)),
             (self.tr("Load theirs (drop my edits)"), editor.reload_from_disk)])

    def show_shortcuts(self) -> None:
        from wikidesk.ui.dialogs.shortcuts import ShortcutsDialog
        dialog = ShortcutsDialog(self.actions.shortcut_table(), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_about(self) -> None:
        self.message_bar.show_message("info", self.tr("wikidesk: a team wiki in plain Markdown files."),
                                      self.tr("Works offline; syncs through a shared folder."))

    # ----- state ----------------------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.state.bytes("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        for key, splitter in (("window/main_splitter", self.splitter), ("window/page_splitter", self.view.splitter)):
            saved = self.state.bytes(key)
            if saved is not None:
                splitter.restoreState(saved)
        side = self.state.value("window/side_by_side", "true")
        self.actions["side_by_side"].setChecked(str(side).lower() != "false")
        self.actions["tab_indents"].setChecked(str(self.state.value("editor/tab_indents", "false")).lower() == "true")

    def save_state(self) -> None:
        self.state.set_bytes("window/geometry", self.saveGeometry())
        self.state.set_bytes("window/main_splitter", self.splitter.saveState())
        self.state.set_bytes("window/page_splitter", self.view.splitter.saveState())
        self.state.set_value("window/side_by_side", self.actions["side_by_side"].isChecked())
        self.state.set_value("editor/tab_indents", self.actions["tab_indents"].isChecked())
        self.state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.view.editor.save()
        self.save_state()
        self.session.tasks.shutdown()
        self.people_service.close()
        self.session.close()
        super().closeEvent(event)
        self.closed.emit()


