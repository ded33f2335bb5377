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

from wikidesk.core.errors import WikiError
from wikidesk.core.history.model import Revision
from wikidesk.core.history.store import History
from wikidesk.core.wiki import Wiki


class RevisionLog:
    """The revisions of one history, ordered by (clock, id); :meth:`refresh` takes in what is new.

    Between full reads, the log follows the wiki's change events (every local save and every page sync writes
    tells which page changed: only that page's revisions are read again). A change the events did not tell of (another
    process, such as the CLI, wrote to the same history) shows as a history clock the log has not seen, and then
    every id is compared again."""

    def __init__(self, history: History) -> None:
        self.history = history
        self.by_id: dict[str, Revision] = {}
        self.order: list[tuple[int, str]] = []  # (clock, id), ascending
        self.lock = threading.Lock()
        self.clock_seen: int | None = None  # the history's clock at the last refresh (None: never read)
        self.noted: set[str] = set()  # pages changed since the last refresh, from the wiki's events

    def note(self, page_id: str) -> None:
        """A page changed (called from the wiki's change events, on any thread)."""
        self.noted.add(page_id)

    def refresh(self) -> int:
        """Take in revisions added since the last refresh; returns how many were new."""
        with self.lock:
            clock = self.history.clock()
            noted, self.noted = self.noted, set()
            fresh: list[Revision] = []
            for page_id in noted:
                fresh += [r for r in self.history.page_revisions(page_id) if r.id not in self.by_id]
            self._take(fresh)
            top = self.order[-1][0] if self.order else 0
            if self.clock_seen is None or (clock != self.clock_seen and top < clock):
                known = self.by_id
                ids = self.history.revision_ids()
                if len(ids) != len(known):  # revisions are never removed: same count, same set
                    more = [r for r in (self.history.get_revision(i) for i in ids if i not in known) if r is not None]
                    self._take(more)
                    fresh += more
            self.clock_seen = clock
            return len(fresh)

    def _take(self, fresh: list[Revision]) -> None:
        for rev in fresh:
            self.by_id[rev.id] = rev
        if len(fresh) > 64:
            self.order = sorted((r.clock, r.id) for r in self.by_id.values())
        else:
            for rev in fresh:
                bisect.insort(self.order, (rev.clock, rev.id))

    def newest_first(self) -> Iterator[Revision]:
        """Every revision, newest (highest clock) first. Call :meth:`refresh` before."""
        order, by_id = self.order, self.by_id
        for i in range(len(order) - 1, -1, -1):
            yield by_id[order[i][1]]

    def get(self, rev_id: str) -> Revision | None:
        return self.by_id.get(rev_id)


_LOGS: weakref.WeakKeyDictionary[History, RevisionLog] = weakref.WeakKeyDictionary()
_LOGS_LOCK = threading.Lock()


def existing_log(wiki: Wiki) -> RevisionLog | None:
    """The wiki's log if this process built one already (the app), else None (a fresh CLI process)."""
    with _LOGS_LOCK:
        return _LOGS.get(wiki.history) if wiki.history is not None else None


def log_of(wiki: Wiki, *, refresh: bool = True) -> RevisionLog:
    """The (shared) log of the wiki's history, brought up to date unless ``refresh`` is False."""
    history = wiki.history
    if history is None:
        raise WikiError("This wiki has no page history attached.")
    with _LOGS_LOCK:
        log = _LOGS.get(history)
        if log is None:
            log = _LOGS[history] = RevisionLog(history)
            wiki.subscribe(lambda change: log.note(change.page_id))
    if refresh:
        log.refresh()
    return log
