"""History's list of pages in conflict (more than one head) is kept as heads change, so asking it costs the
pages in conflict, not the wiki; ``added_counts`` likewise follows the revisions after the mark."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import DB_NAME, History


def rev(page: str, text: str, parents: tuple[str, ...] = (), clock: int = 1, path: str = "") -> Revision:
    data = text.encode()
    return Revision(page, "page", path or f"{page}.md", blob_hash(data), len(data), parents, "a", "t", clock, "")


def add(history: History, revision: Revision, text: str | None = None) -> Revision:
    history.add(revision, None if revision.blob is None else (text or "").encode(), published=True)
    return revision


def by_heads(history: History) -> list[str]:
    """The pages with several heads, counted from every head (what the kept list must equal)."""
    counts = Counter(page for page, _rev in history.all_heads())
    return sorted(page for page, n in counts.items() if n > 1)


def vm_steps(history: History, action: Callable[[], object]) -> int:
    """SQLite virtual-machine steps ``action`` takes on history's connection (a measure of work, not time)."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    conn = history.db._conn
    conn.set_progress_handler(count, 1)
    try:
        action()
    finally:
        conn.set_progress_handler(None, 1)
    return steps


def test_conflicts_come_and_go_as_revisions_arrive(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk")
    base = add(history, rev("p", "0"), "0")
    add(history, rev("q", "q"), "q")
    left = add(history, rev("p", "left", (base.id,), 2), "left")
    assert history.pages_in_conflict() == [] == by_heads(history)
    right = add(history, rev("p", "right", (base.id,), 3), "right")
    assert history.pages_in_conflict() == ["p"] == by_heads(history)
    third = add(history, rev("p", "third", (base.id,), 4), "third")  # three heads: still one page
    assert history.pages_in_conflict() == ["p"] == by_heads(history)
    merged = add(history, rev("p", "merged", (left.id, right.id), 5), "merged")
    assert history.pages_in_conflict() == ["p"] == by_heads(history)  # merged and third remain
    add(history, rev("p", "all", (merged.id, third.id), 6), "all")
    assert history.pages_in_conflict() == [] == by_heads(history)


def test_a_local_edit_beside_a_pulled_one_and_a_deletion(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk")
    first = history.record(page_id="p", path="p.md", data=b"1", author="ola", summary="")
    assert first is not None
    add(history, rev("p", "theirs", (first.id,), 9), "theirs")
    local = history.record(page_id="p", path="p.md", data=b"mine", author="ola", summary="", parents=[first.id])
    assert local is not None and history.pages_in_conflict() == ["p"]
    gone = Revision("p", "page", "p.md", None, 0, (local.id, history.heads("p")[-1].id), "a", "t", 20, "")
    add(history, gone)  # a deletion that merges both
    assert history.pages_in_conflict() == [] == by_heads(history)


def test_out_of_order_arrival_and_a_bulk_import(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk")
    base = rev("p", "0")
    left, right = rev("p", "l", (base.id,), 2), rev("p", "r", (base.id,), 3)
    add(history, left, "l")  # children before their parent
    add(history, right, "r")
    assert history.pages_in_conflict() == ["p"]
    add(history, base, "0")
    assert history.pages_in_conflict() == ["p"] == by_heads(history)

    other = History(tmp_path / "o", tmp_path / "o" / ".wikidesk")
    items = [(r, "x", 1) for r in (base, left, right, rev("q", "q"))]
    other.import_published(items, [(r.blob or "", t.encode()) for r, t in zip(
        [base, left, right, items[3][0]], ["0", "l", "r", "q"], strict=True)])
    assert other.pages_in_conflict() == ["p"] == by_heads(other)


def test_a_history_made_before_the_list_gets_it_filled_once(tmp_path: Path) -> None:
    meta = tmp_path / ".wikidesk"
    history = History(tmp_path, meta)
    base = add(history, rev("p", "0"), "0")
    add(history, rev("p", "l", (base.id,), 2), "l")
    add(history, rev("p", "r", (base.id,), 3), "r")
    history.close()
    with sqlite3.connect(meta / DB_NAME) as conn:  # what an older wikidesk left: no list, no triggers
        conn.execute("DROP TRIGGER heads_added")
        conn.execute("DROP TRIGGER heads_removed")
        conn.execute("DROP TABLE conflicted")
    again = History(tmp_path, meta)
    assert again.pages_in_conflict() == ["p"]
    again.close()


def test_any_writer_of_the_heads_keeps_the_list_and_rebuild_repairs_it(tmp_path: Path) -> None:
    meta = tmp_path / ".wikidesk"
    history = History(tmp_path, meta)
    base = add(history, rev("p", "0"), "0")
    left = add(history, rev("p", "l", (base.id,), 2), "l")
    with sqlite3.connect(meta / DB_NAME) as conn:  # another program writing the heads directly
        conn.execute("INSERT INTO heads(page_id, rev_id) VALUES('p', ?)", (base.id,))
    assert history.pages_in_conflict() == ["p"] == by_heads(history)
    assert history.rebuild_heads() == 1  # the stray head goes, and with it the conflict
    assert history.pages_in_conflict() == [] == by_heads(history)
    assert [h.id for h in history.heads("p")] == [left.id]
    with sqlite3.connect(meta / DB_NAME) as conn:  # the list itself damaged
        conn.execute("INSERT INTO conflicted(page_id) VALUES('q')")
    assert history.rebuild_heads() == 1
    assert history.pages_in_conflict() == []


def test_asking_costs_the_same_in_a_small_and_a_big_history(tmp_path: Path) -> None:
    steps = {}
    for n in (20, 2000):
        history = History(tmp_path / str(n), tmp_path / str(n) / ".wikidesk")
        for i in range(n):
            add(history, rev(f"p{i:05d}", f"{i}"), f"{i}")
        base = history.heads("p00003")[0]
        add(history, rev("p00003", "l", (base.id,), 2), "l")
        add(history, rev("p00003", "r", (base.id,), 3), "r")
        last, _ = history.added_counts(0)
        steps[n] = (vm_steps(history, history.pages_in_conflict), vm_steps(history, lambda h=history, m=last:
                                                                            h.added_counts(m - 2)))
        assert history.pages_in_conflict() == ["p00003"]
        assert history.added_counts(last - 2) == (last, 2)
        assert history.added_counts(0) == (last, n + 2)
        history.close()
    assert steps[2000] == steps[20]
