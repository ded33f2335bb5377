"""Background sync: a round on a timer, shortly after saves, and on demand (F5 or the status indicator).

Rounds run off the UI thread with progress and Cancel; edits keep working while a round runs and while the share
is unreachable (the round reports "offline" and the next one catches up). The indicator always says the state
in words; going offline, read-only or into conflicts also shows a message once, not on every round.

A round looks for edits other programs made only in the folders the :class:`~wikidesk.ui.sync.watcher.FolderWatcher`
saw change (a full look now and then as a safety net), so its local cost follows the changes, not the wiki's
size. Each round's result goes to the person's list of wikis (:mod:`wikidesk.core.wikis`). Only a round that wrote
pages here, took in outside edits or found conflicts makes the page list look at the whole folder again and the
backlinks re-read every page (at 20,000 pages ~1.6 CPU-s, which starved the next low-priority round). After a round
that moved many pages (the first push of a big wiki, a big pull) the heap it freed is handed back to the OS, in the
round's own worker.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from wikidesk.core import gc_pause, wikis
from wikidesk.core.errors import WikiError
from wikidesk.core.history.scan import scan
from wikidesk.core.pages import WikiChange
from wikidesk.core.sync import SyncEngine, config, connect_share
from wikidesk.core.sync.engine import IDENTITY_CLASH
from wikidesk.core.sync.lock import sync_lock
from wikidesk.core.sync.pull import SET_ASIDE_START
from wikidesk.ui import core_text, heap
from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.messages import INFO, WARNING
from wikidesk.ui.session import WikiSession
from wikidesk.ui.sync.watcher import FolderWatcher, wiki_folders, with_new_subfolders
from wikidesk.ui.tasks import Cancelled, Task

AFTER_SAVE_MS = 3000
# Pages moved in a round (sent, taken in, written to the mirror) from which its freed heap is handed back to the OS:
# glibc keeps what a round frees in its threads' arenas (the first push of 100,000 pages left ~600 MB resident).
BIG_ROUND = 1000


def pages_moved(report: Any) -> int:
    """How many pages and revisions a round's report says it sent, took in or wrote."""
    return (report.pushed + report.pulled + report.applied + report.recorded + report.mirror_written
            + report.mirror_taken_in)


class SyncService(QObject):
    round_finished = Signal(object)  # SyncReport
    state_changed = Signal(str)
    read_only_changed = Signal(bool)  # the share is (or is no longer) read-only for this person

    def __init__(self, window: MainWindow, session: WikiSession) -> None:
        super().__init__(window)
        self.window, self.session = window, session
        self.engine: SyncEngine | None = None
        self.task: Task | None = None
        self.state = "off"
        self.last_report: Any = None
        self.read_only = False
        self._again = False
        self.watcher = FolderWatcher(session.wiki.root, self)
        self._new_folders: list[str] = []
        self._outside_edits = False  # the last round's scan took in edits made outside wikidesk
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)
        self.after_save = QTimer(self, singleShot=True, interval=AFTER_SAVE_MS)
        self.after_save.timeout.connect(self.sync_now)
        window.actions.connect("sync_now", self.sync_now)
        window.sync_indicator.sync_requested.connect(self.sync_now)
        session.wiki_changed.connect(self._on_change)
        self._unsubscribe = session.wiki.subscribe(self.watcher.own_write)  # in the writing thread, at once
        session.conflicts_counted.connect(self._conflicts_counted)
        self.reconfigure()

    # ----- configuration --------------------------------------------------------------------------------------
    def reconfigure(self, share: str | None = None) -> None:
        """Sync the wiki with its shared folder: the wiki's own setting (``.wikidesk/sync.json``), the same one the
        CLI reads and ``wikidesk init DIR --share PATH`` writes. With ``share``, connect the wiki to that folder
        first (joining the store there, or creating one in an empty folder)."""
        interval = int(self.session.settings.get("sync_interval") or 0)
        self.timer.stop()
        wiki = self.session.wiki
        wanted = (share or "").strip()

        def connect() -> tuple[SyncEngine | None, list[str], str]:
            if wanted and str(config.load(wiki).get("share") or "") != wanted:
                connect_share(wiki, wanted)
            share_now = str(config.load(wiki).get("share") or "")
            if not share_now:
                return None, [], "writable"
            # the outside-edit scan runs before each round, on the folders the watcher saw change
            return SyncEngine(wiki, scan_first=False), wiki_folders(wiki.root), wikis.probe_share(share_now)

        def connected(found: tuple[SyncEngine | None, list[str], str]) -> None:
            engine, folders, probed = found
            self.engine = engine
            if engine is not None:
                self.watcher.watch(folders)
                self._set_read_only(probed == "read-only")
            if engine is None:
                if self.state != "conflicts":  # conflicts counted meanwhile stay shown (sync off or not)
                    self._set_state("off")
                return
            if interval > 0:
                self.timer.start(interval * 1000)
            self.sync_now()

        def failed(exc: BaseException) -> None:
            self._set_state("offline", str(exc))
            if interval > 0:  # try again on the timer: the share may come back
                self.timer.start(interval * 1000)

        self.session.run("connect share", connect, self.tr("The shared folder could not be connected."),
                         connected, lane="long", on_error=failed)

    def _conflicts_counted(self, count: int) -> None:
        """Show conflicts found without a round (at start, sync off); after a resolution, send it soon."""
        if self.task is not None:
            return
        if count:
            self._set_state("conflicts", self.tr("Some pages were edited in two places at once."), conflicts=count)
        elif self.state == "conflicts":
            self._set_state("off" if self.engine is None else "synced")
            if self.engine is not None:
                self.after_save.start()

    def _on_change(self, change: WikiChange) -> None:
        if change.origin == "local" and self.engine is not None:
            self.after_save.start()

    # ----- rounds ---------------------------------------------------------------------------------------------
    def sync_now(self) -> Task | None:
        if self.engine is None:
            if self.state == "off":
                self.session.messages.info(self.tr("Sync is off: choose the team's shared folder in Settings."))
            else:
                self.reconfigure()
            return None
        if self.task is not None and self.task.running:
            self._again = True
            return self.task
        self.window.view.editor.save()  # queued before the round reads the folder
        engine = self.engine
        self._set_state("syncing")
        folders, watched = self.watcher.take()
        task = self.session.tasks.submit("sync", lambda: self._round(engine, folders, set(watched)),
                                         on_done=self._finished, on_error=self._failed, lane="long", paced=True)
        self.window.work.track(task, self.tr("Syncing"))
        self.task = task
        return task

    def _round(self, engine: SyncEngine, folders: list[str] | None,
               watched: set[str]) -> Generator[tuple[int, int, str], None, Any]:
        """One round (in a worker, paced): the outside-edit scan of the changed folders (all of them for a full scan),
        then the engine's round; the result is noted in the person's list of wikis. Every round runs with the cyclic
        garbage collector paused: a round that sends or takes in many pages makes and drops hundreds of thousands of
        objects (the first push of 100,000 pages: 24 full collections; a round taking in 2,000 pages at 20,000: a
        41 ms one), and how many it takes in is known only once it has read the share. What a round that moved
        :data:`BIG_ROUND` pages or more kept is frozen before the collector is on again (else a later full
        collection walks it all: 79 ms in a round of 5 changes after the first push of 100,000 pages)."""
        with gc_pause.paused():
            report = yield from self._steps(engine, folders, watched)
            moved = pages_moved(report)
            if moved >= BIG_ROUND:
                heap.freeze()
        if moved >= BIG_ROUND:  # here, before the round is reported done: not behind idle work
            heap.trim_heap()
        return report

    def _steps(self, engine: SyncEngine, folders: list[str] | None,
               watched: set[str]) -> Generator[tuple[int, int, str], None, Any]:
        wiki, history = self.session.wiki, engine.history
        if folders is None or folders:
            new: list[str] = []
            if folders is not None:
                folders, new = with_new_subfolders(wiki.root, folders, watched)
            yield 0, 6, "Looking for changes made outside wikidesk"
            with sync_lock(wiki.meta_dir):
                found = yield from scan(history, wiki, folders=folders)
            self._new_folders = new
            self._outside_edits = self._outside_edits or bool(found.recorded or found.deleted or found.copies)
        report = yield from engine.round()
        wikis.record_sync(wiki.root, report)
        return report

    def _finished(self, report: Any) -> None:
        self.task = None
        if self._new_folders:
            self.watcher.watch(self._new_folders)
            self._new_folders = []
        if report.status == "read-only":
            self._set_read_only(True)
        elif report.pushed and report.status in ("synced", "conflicts"):
            self._set_read_only(False)
        previous = self.last_report.status if self.last_report is not None else "off"
        self.last_report = report
        status = report.status
        detail = self.describe(report)
        self._set_state(status, detail, conflicts=len(report.conflicts))
        if status != previous:
            self._announce(status, previous, report)
        if self._outside_edits or report.applied or report.conflicts:
            self._outside_edits = False
            self.session.reload_pages()  # a full look at the folder (every page's stat)
            self.window.links.refresh_backlinks()  # reads every page
        self.round_finished.emit(report)
        self._repeat_if_asked()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        if isinstance(exc, Cancelled):
            self._set_state(self.last_report.status if self.last_report else "off")
        else:
            self._set_state("error", str(exc) if isinstance(exc, WikiError) else "")
            self.session.messages.error(self.tr("Sync failed. Your changes are kept here."), exc)
        self._repeat_if_asked()

    def _repeat_if_asked(self) -> None:
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.sync_now)

    def _set_read_only(self, read_only: bool) -> None:
        if read_only != self.read_only:
            self.read_only = read_only
            self.read_only_changed.emit(read_only)

    def _set_state(self, state: str, detail: str = "", *, conflicts: int = 0) -> None:
        self.state = state
        self.window.sync_indicator.set_state(state, conflicts=conflicts, detail=detail)
        self.state_changed.emit(state)

    def describe(self, report: Any) -> str:
        """One round in the person's language, worded from the report's status and numbers by
        :func:`~wikidesk.ui.core_text.sync_report` (the core's own sentence is English, for the CLI); the set-aside
        and identity notes are worded here, other notes added as they are."""
        if report.status == "incompatible":
            text = self.tr("The shared folder was set up by a newer version of wikidesk; update wikidesk to sync "
                           "with it.")
        else:
            text = core_text.sync_report(report.status, counts=(report.pulled, report.pushed, report.merged),
                                         conflicts=len(report.conflicts), waiting=report.waiting)
        if report.set_aside:
            text += " " + self.tr("%n change(s) from the shared folder were set aside as invalid; Sync › Check "
                                  "lists them.", "", report.set_aside)
        if IDENTITY_CLASH in report.problems:
            text += " " + self.tr("Another copy of this wiki folder synced with the same identity; this copy took "
                                  "a new one.")
        others = [p for p in report.problems if p != IDENTITY_CLASH and not p.startswith(SET_ASIDE_START)][:2]
        return " ".join([text, *others])

    def _announce(self, status: str, previous: str, report: Any) -> None:
        bar = self.window.message_bar
        detail = self.describe(report)
        if status == "offline":
            bar.show_message(WARNING, self.tr("The shared folder cannot be reached. You can keep working: your "
                                              "changes are saved here and sync when it is back."), detail)
        elif status == "read-only":
            bar.show_message(WARNING, self.tr("The shared folder is read-only for you; your changes stay here."),
                             detail)
        elif status == "incompatible":
            bar.show_message(WARNING, self.tr("Sync stopped."), detail)
        elif status == "conflicts":
            bar.show_message(WARNING, self.tr("Some pages were edited in two places at once."), detail,
                             [(self.tr("Resolve…"), self.window.actions["resolve"].trigger)])
        elif status == "synced" and previous in ("offline", "error", "read-only"):
            bar.show_message(INFO, self.tr("Synced again with the shared folder."), detail)

    def stop(self) -> None:
        self._unsubscribe()
        self.watcher.forget()
        self.timer.stop()
        self.after_save.stop()
        if self.task is not None:
            self.task.cancel()
