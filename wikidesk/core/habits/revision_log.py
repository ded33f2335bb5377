"""Every revision of a wiki's history in logical-clock order, read through History's public API and kept in
memory between calls (read-only; nothing here writes history).

History has no query "the newest N revisions" (its database is its own; see the report of issue 22), so the first
call reads every revision once (``revision_ids`` + ``get_revision``), and each later call reads only the ids that
are new since (one ``revision_ids`` call and a set lookup per id). The newest revisions are then a slice of a sorted
list. One log per History object, shared by recent changes, the watch list and the gardening report.
"""

from __future__ import annotations

import bisect
import threading
import weakref
from collections.abc import Iterator

from wikidesk.core.history.model import Revision
from wikidesk.core.history.store import History


class RevisionLog:
    """The revisions of one history, ordered by (clock, id); :meth:`refresh` takes in what is new."""

    def __init__(self, history: History) -> None:
        self.history = history
        self.by_id: dict[str, Revision] = {}
        self.order: list[tuple[int, str]] = []  # (clock, id), ascending
        self.lock = threading.Lock()

    def refresh(self) -> int:
        """Take in revisions added since the last refresh; returns how many were new."""
        with self.lock:
            known = self.by_id
            ids = self.history.revision_ids()
            if len(ids) == len(known):  # revisions are never removed: same count, same set
                return 0
            fresh = [rev for rev in (self.history.get_revision(i) for i in ids if i not in known) if rev is not None]
            for rev in fresh:
                known[rev.id] = rev
            if len(fresh) > 64:
                self.order = sorted((r.clock, r.id) for r in known.values())
            else:
                for rev in fresh:
                    bisect.insort(self.order, (rev.clock, rev.id))
            return len(fresh)

    def newest_first(self) -> Iterator[Revision]:
        """Every revision, newest (highest clock) first. Call :meth:`refresh` before."""
        order, by_id = self.order, self.by_id
        for i in range(len(order) - 1, -1, -1):
            yield by_id[order[i][1]]

    def get(self, rev_id: str) -> Revision | None:
        return self.by_id.get(rev_id)


_LOGS: weakref.WeakKeyDictionary[History, RevisionLog] = weakref.WeakKeyDictionary()
_LOGS_LOCK = threading.Lock()


def log_of(history: History, *, refresh: bool = True) -> RevisionLog:
    """The (shared) log of ``history``, brought up to date unless ``refresh`` is False."""
    with _LOGS_LOCK:
        log = _LOGS.get(history)
        if log is None:
            log = _LOGS[history] = RevisionLog(history)
    if refresh:
        log.refresh()
    return log
