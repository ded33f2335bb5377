"""Each page's newest page revision time, read as (added, page id, time) rows: the same as from whole revisions, and
followed through history's added counter."""

from __future__ import annotations

from pathlib import Path

from wikidesk.core.habits import garden_history
from wikidesk.core.history.store import History
from wikidesk.core.opening import init_wiki


def newest_from_revisions(history: History) -> dict[str, str]:
    """What the report used to read: every page revision, whole."""
    last: dict[str, str] = {}
    for _added, rev in history.added_since(0, 1_000_000):
        if rev.time > last.get(rev.page_id, ""):
            last[rev.page_id] = rev.time
    return last


def test_newest_edit_times_match_the_whole_revisions(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    history = wiki.history
    assert history is not None
    first = wiki.create("Første", body="a\n")
    wiki.create("Andre", space="IT", body="b\n")
    wiki.save(first.info, "a\nb\n")
    wiki.rename(wiki.find("Andre"), "Tredje")
    gone = wiki.create("Borte", body="c\n")
    wiki.delete(gone.info)
    expected = newest_from_revisions(history)
    assert len(expected) == 3
    assert garden_history.last_edits(history) == expected

    last: dict[str, str] = {}
    added, changed = garden_history.take_in(history, 0, last)
    assert last == changed == expected
    assert history.revision_added_at(added) is not None
    assert garden_history.take_in(history, added, last) == (added, {})  # nothing new: nothing read, nothing changed

    before = dict(last)
    saved = wiki.save(wiki.find("Tredje"), "b\nc\n")
    newer, changed = garden_history.take_in(history, added, last)
    head = history.heads(saved.info.page_id)[0]
    assert newer > added and last == newest_from_revisions(history) and last[saved.info.page_id] == head.time
    assert changed == {k: v for k, v in last.items() if before.get(k) != v}  # only what moved (same second: nothing)


def test_batches_give_the_same_answer(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    for n in range(7):
        wiki.create(f"Side {n}", body=f"{n}\n")
    assert wiki.history is not None
    expected = garden_history.last_edits(wiki.history)
    monkeypatch.setattr(garden_history, "BATCH", 2)
    assert garden_history.last_edits(wiki.history) == expected and len(expected) == 7
