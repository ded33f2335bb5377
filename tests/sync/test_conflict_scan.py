"""Which pages are in conflict, as rounds see them: history's kept list (``History.pages_in_conflict``) always gives
the same answer as counting every head, through conflicts, merges, resolving and ``check``."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from tests.sync.helpers import make_client, sync
from wikidesk.core.history import queries, revising
from wikidesk.core.history.store import DB_NAME
from wikidesk.core.sync.check import check
from wikidesk.core.wiki import Wiki


def by_heads(wiki: Wiki) -> list[str]:
    assert wiki.history is not None
    counts = Counter(page for page, _rev in wiki.history.all_heads())
    return sorted(page for page, n in counts.items() if n > 1)


def conflicts_of(wiki: Wiki) -> list[str]:
    listed = sorted(c.page_id for c in queries.conflicts(wiki))
    assert listed == by_heads(wiki)
    return listed


def test_rounds_find_conflicts_come_and_go(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    for i in range(5):
        a.create(f"Side {i}", body="mandag: Ola\n")
    sync(a), sync(b)
    assert conflicts_of(a) == [] and conflicts_of(b) == []

    a.save(a.find("Side 1"), "mandag: Kari\n")
    b.save(b.find("Side 1"), "mandag: Per\n")
    b.save(b.find("Side 3"), "mandag: Per\n")
    sync(a)
    report = sync(b)  # pulls a's edit: a conflict on Side 1; Side 3 has nothing to merge
    page_1 = b.find("Side 1").page_id
    assert report.conflicts == ["Side 1.md"]
    assert conflicts_of(b) == [page_1]
    report = sync(a)
    assert report.conflicts == ["Side 1.md"] and report.status == "conflicts"

    a.save(a.find("Side 4"), "tirsdag\n")  # an unrelated edit: the conflict is still there
    assert sync(a).conflicts == ["Side 1.md"]
    conflict = queries.conflicts(a)[0]
    revising.resolve(a, "Side 1", conflict.merged_text.split("<<<<<<<")[0] + "mandag: Kari og Per\n")
    assert sync(a).conflicts == [] and sync(b).conflicts == []
    assert conflicts_of(a) == [] and conflicts_of(b) == []


def test_check_repairs_a_damaged_list(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("Vakt", body="mandag: Ola\n")
    sync(a), sync(b)
    a.save(a.find("Vakt"), "mandag: Kari\n")
    b.save(b.find("Vakt"), "mandag: Per\n")
    sync(a)
    assert sync(b).conflicts == ["Vakt.md"]
    with sqlite3.connect(b.meta_dir / DB_NAME) as conn:  # the list lost its row (a tool that edited the file)
        conn.execute("DELETE FROM conflicted")
    assert sync(b).conflicts == []  # rounds trust the list ...
    report = check(b)
    assert any("latest versions" in line for line in report.repaired)
    assert sync(b).conflicts == ["Vakt.md"]  # ... and check puts it right
    assert conflicts_of(b) == [b.find("Vakt").page_id]
