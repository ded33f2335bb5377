"""The open wiki as the UI sees it: the page list (loaded off the UI thread), change events delivered on the UI
thread, and the page operations, each run as a task with its result or error coming back as a callback.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from wikidesk.core import links
from wikidesk.core.catalog import page_info_from_text, read_text
from wikidesk.core.history.scan import first_import
from wikidesk.core.pages import Page, PageInfo, WikiChange
from wikidesk.core.settings import Settings
from wikidesk.core.wiki import Wiki
from wikidesk.ui import heap
from wikidesk.ui.messages import MessageBridge
from wikidesk.ui.page_list import PageList, digest
from wikidesk.ui.tasks import Cancelled, Task, TaskRunner

if TYPE_CHECKING:  # the services import this module
    from wikidesk.ui.history.service import HistoryService
    from wikidesk.ui.search.service import SearchService
    from wikidesk.ui.sync.service import SyncService

FIRST_IMPORT_AFTER_MS = 500  # after the first page list is shown, before history's first import and tag count
CHANGES_SLICE_S = 0.005  # changes are handed on for at most this long in one turn of the event loop


class WikiSession(QObject):
    """Everything panels share: the wiki, settings, tasks, the message bridge and the current page list."""

    pages_loaded = Signal()  # self.pages was replaced
    tags_loaded = Signal()  # self.tags was replaced (counted after each page list, off the UI thread)
    wiki_changed = Signal(object)  # a WikiChange, on the UI thread
    conflicts_counted = Signal(int)  # pages in conflict, after a count (at start, after a resolution)
    taken_in = Signal()  # history's first import of the folder ended (done, failed or stopped)
    _changes_arrived = Signal()  # the queue of changes was empty and has one now (from any thread)

    def __init__(self, wiki: Wiki, settings: Settings, tasks: TaskRunner, messages: MessageBridge,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        heap.fix_mmap_threshold()  # before the page list, history's import, the index build and sync make big buffers
        self.wiki, self.settings, self.tasks, self.messages = wiki, settings, tasks, messages
        self.closed = False
        self.listing = PageList()
        self.loaded = False
        self.tags: list[tuple[str, int]] = []  # every tag (front matter and inline #tags) with its page count
        self.tag_pages: dict[str, list[PageInfo]] = {}  # the pages of each tag, from the same count
        self._tags_tree_key = 0  # the page list (ids, paths, titles) the last tags_loaded came from
        self._settled = False  # the heap was settled after the first page list and tag count
        # what the tag count found out about each page (its tags; which files have "[[": backlinks read only those);
        # written only by the one tag count in flight, read by backlinks meanwhile (links.count_tags says how)
        self.tag_memo: links.TagMemo = {}
        self.wikilinked: set[PageInfo] = set()
        self._counting_tags = False
        self._count_tags_again = False
        self._reload_pending = False
        self._rescan = False
        self.taking_in = False  # history's first import of the folder runs (take_in)
        self._first_list = threading.Event()  # the first page list was shown (or failed)
        # Changes made in any thread are queued and handed on here in the UI thread, in order, a slice of the queue a
        # turn of the event loop: a round that took in 2,000 pages made 2,000 changes, and one queued call each
        # kept the window busy for 57-91 ms at a time while the round's and the index's threads ran.
        self._changes: deque[WikiChange] = deque()
        self._changes_lock = threading.Lock()
        self._changes_arrived.connect(self._take_changes)
        self._unsubscribe = wiki.subscribe(self._queue_change)
        self._reload_timer = QTimer(self, singleShot=True, interval=150)
        self._reload_timer.timeout.connect(self._start_reload)
        # the window's services, set by wikidesk.ui.services.attach_all when the window is built
        self.search: SearchService | None = None
        self.history: HistoryService | None = None
        self.sync: SyncService | None = None

    @property
    def root(self) -> Path:
        return self.wiki.root

    def close(self) -> None:
        """The window is closing: stop listening, and start no new work (a panel's timer may still fire)."""
        self.closed = True
        self._unsubscribe()
        self._reload_timer.stop()
        heap.thaw()  # what the window leaves in cycles is collected, frozen or not

    # ----- history's first import -------------------------------------------------------------------------------
    def take_in(self) -> Task:
        """Take the pages already in the folder into history (its first import, :func:`first_import`) in the
        background, paced, while the window is up, after the first page list (the tree and the first page come
        first); saves go on meanwhile. The long lane (index, sync, exports, gardening: work that reads history or
        would compete with this) waits until it ends. A failure is said in the window; what was not taken in is
        taken in the next time the wiki opens."""
        history, wiki, first_list = self.wiki.history, self.wiki, self._first_list
        assert history is not None

        def work() -> Generator[tuple[int, int, str], None, object]:
            while not first_list.wait(0.25):
                yield 0, 0, ""  # (a step: the task can be cancelled while it waits)
            return (yield from first_import(history, wiki))

        self.taking_in = True
        self.tasks.hold("long")

        def ended(failure: BaseException | None = None) -> None:
            self.taking_in = False
            self.tasks.release("long")
            if failure is not None and not isinstance(failure, Cancelled):
                self.messages.error(self.tr("Some pages already in the folder could not be taken into the page "
                                            "history. They are taken in the next time the wiki opens."), failure)
            self.taken_in.emit()

        return self.tasks.submit("take in pages", work, on_done=lambda _report: ended(), on_error=ended,
                                 lane="import")

    # ----- page list ------------------------------------------------------------------------------------------
    def reload_pages(self, *, rescan: bool = True) -> None:
        """Refresh the page list in the background (``rescan`` looks at the folder for outside edits too)."""
        self._rescan = self._rescan or rescan
        self._reload_timer.start(150 if self.loaded else 0)

    def _start_reload(self) -> None:
        if self._reload_pending:  # look again shortly (not at once: before the first list the interval is 0, and
            self._reload_timer.start(150)  # the UI thread would spin here until it came, seconds in a big wiki)
            return
        self._reload_pending, rescan, self._rescan = True, self._rescan, False
        previous, first = self.listing, not self.loaded

        def work() -> PageList:
            if not first:
                return digest(self.wiki.pages(refresh=rescan), previous)
            heap.freeze()  # what start-up made (modules, the window) lives on: later collections need not visit it
            try:
                with heap.paused():  # nor the page list, its tree and the page lookup, which live as long as the window
                    listed = digest(self.wiki.pages(refresh=True), previous)
                    # The first page's links need the lookup: made here, not in the page's render while the UI thread
                    # builds the tree (at 100,000 pages its filing held the window up ~0.3 s).
                    self.wiki.prepare_lookup()
                    return listed
            except BaseException:
                self._first_list.set()  # history's first import need not wait for a list that failed
                raise

        self.tasks.submit("list pages", work, on_done=self._pages_ready, on_error=self._pages_failed, paced=True)

    @property
    def pages(self) -> list[PageInfo]:
        return self.listing.pages

    def _pages_ready(self, listing: PageList) -> None:
        self._reload_pending = False
        first, self.listing, self.loaded = not self.loaded, listing, True
        self.pages_loaded.emit()
        if first:  # the first tree (shown now) lives until the page list changes; release_tree frees it then
            heap.freeze()
            # History's first import (take_in) walks the folder once the window has shown the tree, not while the
            # UI thread builds it: both would want the interpreter lock at once.
            QTimer.singleShot(FIRST_IMPORT_AFTER_MS, self, self._first_list.set)
            # The first tag count waits as well: while Qt lays out and paints the new tree, each of its many calls
            # into Python waits for the interpreter lock behind any busy background thread.
            QTimer.singleShot(FIRST_IMPORT_AFTER_MS, self, self._count_tags)
            return
        self._count_tags()

    # ----- tags (the core's links.tags: front matter and inline #tags; unchanged pages are not read again) -------
    def _count_tags(self) -> None:
        if self._counting_tags:
            self._count_tags_again = True
            return
        self._counting_tags = True
        wiki, pages, tree_key = self.wiki, self.listing.pages, self.listing.tree_key
        memo, linked = self.tag_memo, self.wikilinked

        def work() -> Generator[tuple[int, int, str], None, tuple[dict[str, list[PageInfo]], int]]:
            return (yield from links.count_tags(wiki, pages, memo, linked)), tree_key

        # after the page tree is shown, one idle job at a time, resting so the window keeps the interpreter lock
        self.tasks.submit("count tags", work, on_done=self._tags_ready, on_error=self._tags_failed, lane="idle")

    def _tags_ready(self, counted_from: tuple[dict[str, list[PageInfo]], int]) -> None:
        self._counting_tags = False
        by_tag, tree_key = counted_from
        counted = [(tag, len(tagged)) for tag, tagged in by_tag.items()]
        self.tag_pages = by_tag
        if counted != self.tags or tree_key != self._tags_tree_key:  # new counts, or a page renamed or moved
            self.tags, self._tags_tree_key = counted, tree_key
            self.tags_loaded.emit()
        if not self._settled:  # the first open's big one-off work is done
            self._settled = True
            self.settle_heap()
        self._count_again()

    def settle_heap(self) -> None:
        """Collect what big one-off work left, keep the rest out of the collector's way and return freed memory to
        the OS, as idle work (:mod:`wikidesk.ui.heap`)."""
        if not self.closed:
            self.tasks.submit("settle heap", heap.settle, lane="idle")

    def _tags_failed(self, exc: BaseException) -> None:
        self._counting_tags = False
        if not isinstance(exc, Cancelled):
            self.messages.error(self.tr("The tags could not be counted."), exc)
        self._count_again()

    def _count_again(self) -> None:
        if self._count_tags_again:
            self._count_tags_again = False
            self._count_tags()

    def _pages_failed(self, exc: BaseException) -> None:
        self._reload_pending = False
        self.messages.error(self.tr("The list of pages could not be read."), exc)

    def _queue_change(self, change: WikiChange) -> None:
        """A wiki change, in whichever thread made it: queued for the UI thread (taken at once if this is it)."""
        with self._changes_lock:
            first = not self._changes
            self._changes.append(change)
        if first:
            self._changes_arrived.emit()

    def _take_changes(self) -> None:
        """Hand the queued changes on (``wiki_changed``) for at most :data:`CHANGES_SLICE_S`; the rest next turn."""
        until = time.perf_counter() + CHANGES_SLICE_S
        taken = 0
        while True:
            with self._changes_lock:
                if not self._changes:
                    break
                change = self._changes.popleft()
            self.wiki_changed.emit(change)
            taken += 1
            if time.perf_counter() >= until:
                QTimer.singleShot(0, self, self._take_changes)
                break
        if taken:
            self.reload_pages(rescan=False)

    def page_by_id(self, page_id: str) -> PageInfo | None:
        return self.listing.by_id.get(page_id)

    def page_by_path(self, path: str) -> PageInfo | None:
        key = path.casefold()
        return next((p for p in self.pages if p.path.casefold() == key), None)

    # ----- operations (each one task; callbacks run on the UI thread) -------------------------------------------
    def run(self, name: str, fn: Callable[[], Any], framing: str, on_done: Callable[[Any], None] | None = None,
            *, lane: str = "write", on_error: Callable[[BaseException], None] | None = None) -> None:
        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            self.messages.error(framing, exc)

        if self.closed:
            return
        self.tasks.submit(name, fn, on_done=on_done, on_error=failed, lane=lane)

    def read(self, ref: str | PageInfo, on_done: Callable[[Page], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        self.run("read page", lambda: self.wiki.read(ref), self.tr("The page could not be opened."), on_done,
                 lane="read", on_error=on_error)

    def read_path(self, rel: str, on_done: Callable[[Page], None],
                  on_error: Callable[[BaseException], None] | None = None) -> None:
        """Read a page by its path without waiting for the page list (used to show the last page at start)."""
        root, wiki = self.wiki.root, self.wiki

        def work() -> Page:
            _data, text = read_text(root / rel)
            return wiki.read(page_info_from_text(rel, text, (root / rel).stat()))

        self.tasks.submit("read page", work, on_done=on_done, on_error=on_error)

    def create(self, title: str, space: str, on_done: Callable[[Page], None], body: str = "") -> None:
        self.run("create page", lambda: self.wiki.create(title, space=space, body=body),
                 self.tr("The page could not be created."), on_done)

    def rename(self, info: PageInfo, title: str, space: str | None,
               on_done: Callable[[Page], None] | None = None) -> None:
        self.run("rename page", lambda: self.wiki.rename(info, title, new_space=space),
                 self.tr("The page could not be renamed or moved."), on_done)

    def delete(self, info: PageInfo, on_done: Callable[[PageInfo], None] | None = None) -> None:
        self.run("delete page", lambda: self.wiki.delete(info), self.tr("The page could not be deleted."), on_done)
