"""Which pages are in conflict, found each round from the pages that changed, not by reading every head
(``core/sync/conflicts.py``): always the same answer as the full read, which runs only when it must."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import make_client, sync
from wikidesk.core.history import queries, revising
from wikidesk.core.history.store import History
from wikidesk.core.sync.state import SyncState
from wikidesk.core.wiki import Wiki


@pytest.fixture
def full_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts the reads of every head (History.pages_in_conflict) made by sync's rounds."""
    calls: list[str] = []
    real = History.pages_in_conflict

    def counted(self: History) -> list[str]:
        calls.append(str(self.root))
        return real(self)

    monkeypatch.setattr(History, "pages_in_conflict", counted)
    return calls


def conflicts_of(wiki: Wiki) -> list[str]:
    return sorted(c.page_id for c in queries.conflicts(wiki))  # the full read, for comparison


def test_rounds_find_conflicts_come_and_go_without_reading_every_head(tmp_path: Path,
                                                                      full_reads: list[str]) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    for i in range(5):
        a.create(f"Side {i}", body="mandag: Ola\n")
    sync(a), sync(b)
    assert len(full_reads) == 2  # each client's first round reads every head once
    full_reads.clear()

    a.save(a.find("Side 1"), "mandag: Kari\n")
    b.save(b.find("Side 1"), "mandag: Per\n")
    b.save(b.find("Side 3"), "mandag: Per\n")
    sync(a)
    report = sync(b)  # pulls a's edit: a conflict on Side 1; Side 3 merges into nothing to merge
    page_1 = b.find("Side 1").page_id
    assert report.conflicts == ["Side 1.md"] and full_reads == []
    assert conflicts_of(b) == [page_1]
    report = sync(a)
    assert report.conflicts == ["Side 1.md"] and report.status == "conflicts"

    a.save(a.find("Side 4"), "tirsdag\n")  # an unrelated edit: the conflict is still there
    assert sync(a).conflicts == ["Side 1.md"]
    conflict = queries.conflicts(a)[0]
    full_reads.clear()
    revising.resolve(a, "Side 1", conflict.merged_text.split("<<<<<<<")[0] + "mandag: Kari og Per\n")
    assert sync(a).conflicts == [] and sync(b).conflicts == []
    assert full_reads == []  # no round after the first read every head
    assert conflicts_of(a) == [] and conflicts_of(b) == []


def test_a_forgotten_scan_reads_every_head_once_and_finds_the_same(tmp_path: Path, full_reads: list[str]) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("Vakt", body="mandag: Ola\n")
    sync(a), sync(b)
    a.save(a.find("Vakt"), "mandag: Kari\n")
    b.save(b.find("Vakt"), "mandag: Per\n")
    sync(a), sync(b)
    full_reads.clear()
    with SyncState.of(b.meta_dir) as state:
        state.forget_conflict_scan()  # what check does after it rebuilt the heads
    assert sync(b).conflicts == ["Vakt.md"] and len(full_reads) == 1
    assert sync(b).conflicts == ["Vakt.md"] and len(full_reads) == 1
