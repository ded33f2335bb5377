"""Which pages have several heads (concurrent versions not merged), without reading every head each round.

History answers the question by reading all heads (``History.pages_in_conflict``: ~60–270 ms at 100,000 pages under
load), and a round asks it twice. But a page's heads change only when a revision of that page is added (or when
``check`` rebuilds the heads, after which it calls :meth:`SyncState.forget_conflict_scan`). So sync keeps the
answer with the point of history it was true for (history's ``added`` counter) and each round re-checks only the
pages it held then plus the pages of revisions added since: O(changes). The first round, a forgotten scan, or more
than :data:`FULL_OVER` new revisions of a kind (a join) reads every head once.
"""

from __future__ import annotations

from wikidesk.core.history.store import History
from wikidesk.core.sync.state import SyncState

FULL_OVER = 5000  # new revisions (of one kind) beyond which one full read is cheaper


def pages_in_conflict(history: History, state: SyncState) -> list[str]:
    """Ids of the pages with more than one head, sorted; remembers the answer for the next call."""
    saved = state.conflict_scan()
    if saved is not None:
        mark, known = saved
        new = [item for kind in ("page", "file") for item in history.added_since(mark, FULL_OVER, kind=kind)]
        if len(new) < FULL_OVER:  # else: one of the kinds may have more; read everything once
            candidates = known | {rev.page_id for _added, rev in new}
            found = {page_id for page_id in candidates if len(history.heads(page_id)) > 1}
            state.set_conflict_scan(max([mark, *(added for added, _rev in new)]), found)
            return sorted(found)
    mark = history.added_counts(0)[0]  # first: what is added meanwhile is after the mark, checked next time
    found = set(history.pages_in_conflict())
    state.set_conflict_scan(mark, found)
    return sorted(found)
