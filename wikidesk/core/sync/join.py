"""Joining a team: a new wiki folder connected to an existing shared folder, filled from its newest snapshot.

``join(share, folder, user=...)`` is a generator yielding ``(done, total, message)`` and returning a
:class:`JoinReport`: it makes ``folder`` a wiki (it must be new or empty), connects it to the store on ``share``
(which must exist: joining never creates a store), takes in the newest readable snapshot (every revision, comment
and content up to that point; :mod:`wikidesk.core.sync.snapshot`), and then runs one ordinary sync round, which
reads the segments written after the snapshot and writes every page into the folder. Without a usable snapshot the
round replays the whole log instead; the result is the same, only slower.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wikidesk.core.comments import CommentStore
from wikidesk.core.errors import AlreadyExistsError
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import config
from wikidesk.core.sync.apply import APPLYING
from wikidesk.core.sync.backend import ShareBackend
from wikidesk.core.sync.engine import SyncEngine, SyncReport
from wikidesk.core.sync.location import open_backend
from wikidesk.core.sync.lock import sync_lock
from wikidesk.core.sync.snapshot import bootstrap
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.sync.wrappers import CountingBackend

Progress = tuple[int, int, str]


@dataclass
class JoinReport:
    """What joining did. ``status``/``message`` are the first round's (see :class:`SyncReport`)."""

    folder: str = ""
    status: str = "synced"
    message: str = ""
    snapshot: str = ""  # the snapshot taken in ("" = the whole log was replayed)
    from_snapshot: int = 0  # revisions taken in from the snapshot
    comments_from_snapshot: int = 0
    pulled: int = 0  # revisions read from segments after the snapshot
    pages: int = 0  # pages in the folder afterwards
    operations: int = 0  # file operations on the share (snapshot and round)
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _check_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise AlreadyExistsError(f"{folder} is not an empty folder; joining needs a new or empty folder for the "
                                 "wiki.")


def join(share: str, folder: Path | str, *, user: str | None = None, backend: ShareBackend | None = None
         ) -> Generator[Progress, None, JoinReport]:
    """Join the team whose store is on ``share`` in the new or empty ``folder``."""
    root = Path(folder).expanduser().absolute()
    _check_folder(root)
    report = JoinReport(folder=str(root))
    yield 0, 10, "Connecting to the shared folder"
    inner = backend if backend is not None else open_backend(share)
    counting = CountingBackend(inner)
    store = ShareStore(counting, tag="join")
    try:
        store.open()  # a missing or foreign folder raises here, before anything is made locally
        wiki = init_wiki(root, user=user)
        config.save(wiki, {**config.load(wiki), "share": share, "store_id": store.store_id})
        history = wiki.history
        assert history is not None
        store.tag = history.client_id
        with sync_lock(wiki.meta_dir), SyncState.of(wiki.meta_dir) as state, CommentStore(wiki.meta_dir) as notes:
            steps: list[Progress] = []
            boot = bootstrap(history, notes, state, store, lambda d, t, m: steps.append((1 + d, 10, m)))
        yield from steps
        report.snapshot, report.from_snapshot = boot.snapshot, boot.revisions
        report.comments_from_snapshot = boot.comments
        report.problems += boot.skipped + boot.set_aside
        engine = SyncEngine(wiki, backend=counting, scan_first=False)
        gen = engine.round()
        step = 4
        while True:
            try:
                done, total, message = next(gen)
            except StopIteration as stop:
                round_report: SyncReport = stop.value
                break
            if message == APPLYING:  # writing the pages, most of a join: steps 5 to 9
                step = max(step, 5 + 4 * done // max(total, 1))
            else:  # the round's other steps and pull's inner counts
                step = max(step, min(5, 4 + round(done / max(total, 1))))
            yield min(step, 9), 10, message
        report.status, report.message = round_report.status, round_report.message
        report.pulled = round_report.pulled
        report.problems += round_report.problems
        report.pages = len(wiki.pages())
        report.operations = counting.total
        history.close()
    finally:
        counting.close()
    yield 10, 10, report.message
    return report
