"""The per-page revision DAG: ancestors, heads and the common ancestor used as a merge base.

Functions take the page's revisions as a dict (id -> Revision); parents that are not in the dict (not pulled yet,
or lost from a damaged segment) are treated as absent, so a partial history still works.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from wikidesk.core.history.model import Revision


def ancestors(revs: Mapping[str, Revision], start: str) -> set[str]:
    """``start`` and every revision reachable through parents."""
    seen: set[str] = set()
    stack = [start]
    while stack:
        rev_id = stack.pop()
        if rev_id in seen or rev_id not in revs:
            continue
        seen.add(rev_id)
        stack.extend(revs[rev_id].parents)
    return seen


def heads(revs: Mapping[str, Revision]) -> list[Revision]:
    """Revisions no other revision names as parent, best-ranked first."""
    named = {p for rev in revs.values() for p in rev.parents}
    return sorted((r for r in revs.values() if r.id not in named), key=Revision.rank, reverse=True)


def merge_base(revs: Mapping[str, Revision], a: str, b: str) -> Revision | None:
    """The best common ancestor of ``a`` and ``b`` (deterministic when there are several), or None."""
    common = ancestors(revs, a) & ancestors(revs, b)
    if not common:
        return None
    # drop common ancestors that are ancestors of another common ancestor: what remains are the lowest ones
    lowest = set(common)
    for rev_id in common:
        for parent in revs[rev_id].parents:
            if parent in lowest:
                lowest -= ancestors(revs, parent)
    return max((revs[r] for r in lowest), key=Revision.rank)


def topo_order(revs: Iterable[Revision]) -> list[Revision]:
    """Parents before children (for applying a batch of pulled revisions), ties by rank."""
    pending = {r.id: r for r in revs}
    done: set[str] = set()
    order: list[Revision] = []
    while pending:
        ready = [r for r in pending.values() if all(p in done or p not in pending for p in r.parents)]
        if not ready:  # a cycle cannot happen with content hashes; be safe anyway
            ready = list(pending.values())
        for rev in sorted(ready, key=Revision.rank):
            order.append(rev)
            done.add(rev.id)
            del pending[rev.id]
    return order
