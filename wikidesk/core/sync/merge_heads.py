"""Merge the heads of pages that were edited concurrently, deterministically.

For a page with several heads, pairs of heads are tried in id order; the first pair that merges cleanly becomes
a merge revision (parents: both heads; author: both authors; time: the later of the two; clock: one past the
larger). Every field is derived from the heads, so two clients merging the same heads create the same revision
id. Pairs that conflict stay as separate heads: the page is in conflict until a person resolves it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from wikidesk.core.history.dag import merge_base
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.history.three_way import merge_revisions

MAX_MERGES_PER_PAGE = 50


@dataclass
class MergeResult:
    merged: list[Revision] = field(default_factory=list)
    conflicts: set[str] = field(default_factory=set)  # page ids left with several heads


def merge_authors(a: Revision, b: Revision) -> str:
    names = sorted({n.strip() for r in (a, b) for n in r.author.split(" + ") if n.strip()}, key=str.casefold)
    return " + ".join(names)


def merge_page(history: History, page_id: str, result: MergeResult) -> None:
    """Merge ``page_id``'s heads as far as they merge cleanly."""
    for _ in range(MAX_MERGES_PER_PAGE):
        heads = history.heads(page_id)
        if len(heads) < 2:
            result.conflicts.discard(page_id)
            return
        revs = {r.id: r for r in history.page_revisions(page_id)}
        for a, b in combinations(sorted(heads, key=lambda r: r.id), 2):
            base = merge_base(revs, a.id, b.id)
            outcome = merge_revisions(base, a, b, lambda r: history.content(r) or b"")
            if not outcome.clean:
                continue
            data = outcome.data
            live = [r for r in (a, b) if not r.deleted]
            rev = Revision(
                page_id=page_id, kind=(live or [a])[0].kind, path=outcome.path,
                blob=None if data is None else blob_hash(data), size=len(data or b""), parents=(a.id, b.id),
                author=merge_authors(a, b), time=max(a.time, b.time), clock=max(a.clock, b.clock) + 1,
                summary="Merged concurrent edits",
            )
            history.add(rev, data, published=False)
            result.merged.append(rev)
            break
        else:
            result.conflicts.add(page_id)
            return


def merge_pages(history: History, page_ids: set[str], in_conflict: Iterable[str]) -> MergeResult:
    """Merge every page in ``page_ids`` plus every page already known to have several heads (``in_conflict``)."""
    result = MergeResult()
    for page_id in sorted(page_ids | set(in_conflict)):
        merge_page(history, page_id, result)
    return result
