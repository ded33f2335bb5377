"""One sync round: scan local edits, pull, take in mirror edits, merge, update the folder, push, mirror.

``SyncEngine(wiki).round()`` is a generator yielding ``(done, total, message)`` and returning a
:class:`SyncReport`; ``run()`` drains it. Every step commits locally before the next one starts, so a round
killed at any instant (or a share that vanishes mid-round) leaves nothing the next round cannot finish.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from wikidesk.core.comments import CommentStore
from wikidesk.core.errors import WikiError
from wikidesk.core.history.scan import scan
from wikidesk.core.history.store import History
from wikidesk.core.steps import drain
from wikidesk.core.sync import config
from wikidesk.core.sync.apply import apply_steps
from wikidesk.core.sync.backend import ShareBackend
from wikidesk.core.sync.errors import (
    IncompatibleStoreError,
    NotAStoreError,
    ShareOfflineError,
    ShareReadOnlyError,
)
from wikidesk.core.sync.location import open_backend, redact
from wikidesk.core.sync.lock import sync_lock
from wikidesk.core.sync.merge_heads import merge_pages
from wikidesk.core.sync.mirror import Mirror, MirrorResult
from wikidesk.core.sync.pull import pull
from wikidesk.core.sync.push import push
from wikidesk.core.sync.snapshot import EVERY, write_if_due
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.sync.wrappers import CountingBackend, LatencyBackend

if TYPE_CHECKING:
    from wikidesk.core.wiki import Wiki

Progress = tuple[int, int, str]
STATUSES = ("synced", "offline", "read-only", "conflicts", "incompatible")
SLOW_ENV = "WIKIDESK_TEST_SLOW_SYNC"
IDENTITY_CLASH = "Another copy of this wiki folder syncs with the same identity; this copy took a new one."
GRACE_ENV = "WIKIDESK_MIRROR_GRACE"
SNAPSHOT_ENV = "WIKIDESK_SNAPSHOT_EVERY"  # segments between snapshots (0: never write one); default EVERY


@dataclass
class SyncReport:
    """What one round did; ``status`` is one of :data:`STATUSES`, ``message`` one sentence for people."""

    status: str = "synced"
    message: str = ""
    pulled: int = 0
    pushed: int = 0
    merged: int = 0
    conflicts: list[str] = field(default_factory=list)  # paths of pages in conflict
    applied: int = 0
    recorded: int = 0  # local edits made outside the app, taken in by the scan
    mirror_written: int = 0
    mirror_taken_in: int = 0
    waiting: int = 0  # local revisions not on the share yet
    problems: list[str] = field(default_factory=list)
    operations: int = 0  # file operations on the share this round
    set_aside: int = 0  # revisions from the share refused this round (invalid path or fields; in problems)
    comments_pulled: int = 0  # new comments from the share
    comments_pushed: int = 0
    comment_pages: list[str] = field(default_factory=list)  # ids of pages with new comments from the share
    snapshot: str = ""  # the snapshot this round wrote to the share, if it was due

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class SyncEngine:
    """Syncs one wiki with its shared folder. Keep one per wiki; call :meth:`round` for each sync."""

    def __init__(self, wiki: Wiki, *, backend: ShareBackend | None = None, scan_first: bool = True,
                 mirror_grace: float | None = None, audit_folders: int = 2, snapshot_every: int | None = None
                 ) -> None:
        history = wiki.history
        if history is None:
            raise WikiError("Sync needs the wiki's page history, which is not attached.")
        self.wiki = wiki
        self.history: History = history
        self._backend = backend
        self.scan_first = scan_first
        self.mirror_grace = float(os.environ.get(GRACE_ENV, "60")) if mirror_grace is None else mirror_grace
        self.audit_folders = audit_folders
        self.snapshot_every = (int(os.environ.get(SNAPSHOT_ENV) or EVERY) if snapshot_every is None
                               else snapshot_every)
        self.last_report: SyncReport | None = None

    def _open_store(self) -> tuple[ShareStore, CountingBackend]:
        location = "" if self._backend is not None else config.share_location(self.wiki)
        inner = self._backend if self._backend is not None else open_backend(location)
        slow = float(os.environ.get(SLOW_ENV) or 0)
        if slow > 0:
            inner = LatencyBackend(inner, slow)
        counting = CountingBackend(inner)
        return ShareStore(counting, tag=self.history.client_id), counting

    def run(self) -> SyncReport:
        return drain(self.round())

    def round(self) -> Generator[Progress, None, SyncReport]:
        report = SyncReport()
        counting: CountingBackend | None = None
        with (sync_lock(self.wiki.meta_dir), SyncState.of(self.wiki.meta_dir) as state,
              CommentStore(self.wiki.meta_dir) as comments):
            try:
                if self.scan_first:
                    yield 0, 6, "Looking for changes made outside wikidesk"
                    scanned = yield from scan(self.history, self.wiki)
                    report.recorded = len(scanned.recorded) + len(scanned.deleted)
                store, counting = self._open_store()
                yield 1, 6, f"Connecting to {redact(store.where)}"
                self._open(store)
                yield from self._sync(state, comments, store, report)
            except ShareOfflineError as exc:
                report.status = "offline"
                report.message = f"{exc} Your changes are kept here and sync when the shared folder is back."
            except IncompatibleStoreError as exc:
                report.status, report.message = "incompatible", str(exc)
            except NotAStoreError as exc:
                report.status, report.message = "offline", str(exc)
            finally:
                if counting is not None:
                    report.operations = counting.total
                    counting.close()
            conflicts = self.history.pages_in_conflict()
        report.waiting = self.history.unpublished_count()
        self._finish(report, conflicts)
        self.last_report = report
        yield 6, 6, report.message
        return report

    def _open(self, store: ShareStore) -> None:
        store.open()
        expected = str(config.load(self.wiki).get("store_id") or "") if self._backend is None else ""
        if expected and expected != store.store_id:
            raise IncompatibleStoreError(
                f"The shared folder {store.where} now holds a different wiki than this one was connected to; "
                "nothing was changed there. Connect again with “wikidesk init --share” if that is intended.")

    def _sync(self, state: SyncState, comments: CommentStore, store: ShareStore, report: SyncReport
              ) -> Generator[Progress, None, None]:
        history = self.history
        listing = store.list_heads()
        # Marked until the pulled pages are written: a round that dies in between leaves the mark, and the next
        # round then looks for every page whose file lags behind history (a full check only after a crash).
        interrupted = state.round_interrupted()
        state.open_round()
        pulled = yield from pull(history, state, store, listing, comments)
        report.pulled = pulled.pulled
        report.comments_pulled = pulled.comments
        report.comment_pages = sorted(pulled.comment_pages)
        if pulled.identity_clash:
            report.problems.append(IDENTITY_CLASH)
        report.problems.extend(pulled.problems)
        report.problems.extend(pulled.set_aside)
        report.set_aside = len(pulled.set_aside)
        mirror = Mirror(history, state, store, grace=self.mirror_grace, audit_folders=self.audit_folders)
        mres = MirrorResult()
        yield 3, 6, "Merging"
        touched = mirror.take_in_suspects(mres)
        report.mirror_taken_in = len(mres.taken_in)
        pages = pulled.pages | touched
        merged = merge_pages(history, pages, history.pages_in_conflict())
        report.merged = len(merged.merged)
        pages |= {r.page_id for r in merged.merged}
        if interrupted:
            pages |= set(history.pages_behind_history())
        applied = yield from apply_steps(self.wiki, history, pages)
        if not applied.unwritten:  # else the mark stays, and the next round looks for every page that lags
            state.close_round()
        report.applied = applied.applied
        report.problems.extend(applied.skipped)
        pages |= {r.page_id for r in applied.renamed}
        outgoing = history.unpublished_pages()
        state.owe_mirror(outgoing)
        yield 5, 6, "Sending changes to the shared folder"
        try:
            pushed = push(history, state, store, comments)
            report.pushed = pushed.pushed
            report.comments_pushed = pushed.comments
            if pushed.identity_clash and IDENTITY_CLASH not in report.problems:
                report.problems.append(IDENTITY_CLASH)
        except ShareReadOnlyError:
            report.status = "read-only"
            return
        unsent = history.unpublished_pages()  # (a segment cap): their mirror files wait for them
        outgoing -= unsent
        try:
            mirror.expect(pages - outgoing)
            mirror.update((outgoing | state.mirror_owed()) - unsent, mres)  # also what a round cut short owed
            mirror.audit(mres)
            if mres.stale:
                mirror.update(mres.stale, mres)
        except ShareReadOnlyError:
            report.problems.append("The readable copy under pages/ could not be updated (read-only).")
        report.mirror_written = mres.written
        try:
            listing = {**listing, me: state.own(me).pushed_seq} if (me := history.client_id) else listing
            report.snapshot = write_if_due(history, comments, state, store, listing, every=self.snapshot_every) or ""
        except ShareReadOnlyError:
            pass

    def _finish(self, report: SyncReport, conflicts: list[str]) -> None:
        report.conflicts = sorted(self.history.heads(p)[0].path for p in conflicts)
        if report.status == "read-only":
            report.message = (f"The shared folder is read-only for you: changes from others were pulled, but "
                              f"your {report.waiting} change(s) cannot be sent.")
        elif report.status == "synced" and report.conflicts:
            report.status = "conflicts"
            report.message = (f"{len(report.conflicts)} page(s) have conflicting edits; open them to choose "
                              "what to keep.")
        elif report.status == "synced":
            report.message = (f"Synced: {report.pulled} change(s) received, {report.pushed} sent, "
                              f"{report.merged} merged" + (f", {report.set_aside} set aside as invalid (see the "
                                                           "notes)." if report.set_aside else "."))
