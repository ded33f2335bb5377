"""The time of each page's newest page revision, as the gardening report's stale list needs it: read from the history
database as ``(added, page id, time)`` rows only, through history's own connection, instead of as whole revisions
(at 100,000 pages and 200,000 revisions: ~0.3 s instead of ~3 s)."""

from __future__ import annotations

from wikidesk.core.history.store import History

BATCH = 50_000
_QUERY = ("SELECT added, page_id, time FROM revisions WHERE added > ? AND kind = 'page' ORDER BY added LIMIT ?")


def take_in(history: History, added: int, last: dict[str, str]) -> tuple[int, dict[str, str]]:
    """Bring ``last`` (newest page revision time by page id, as of history's ``added`` counter) up to date, in place;
    returns the counter of the last page revision taken in (``added`` if none came) and the entries that changed."""
    changed: dict[str, str] = {}
    while True:
        rows = history.db.query(_QUERY, (added, BATCH))
        newest = last.get
        for _added, page_id, when in rows:
            if when > newest(page_id, ""):
                last[page_id] = changed[page_id] = when
        if rows:
            added = rows[-1][0]
        if len(rows) < BATCH:
            return added, changed


def last_edits(history: History) -> dict[str, str]:
    """The time of every page's newest page revision, by page id."""
    return take_in(history, 0, {})[1]
