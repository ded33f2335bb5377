"""A search looks through the folder only when something may have changed (or a full look is due)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from tests.robustness.helpers import assert_ok, cli
from wikidesk.core.opening import init_wiki
from wikidesk.core.search import freshness


def _settled(root: Path) -> None:
    """Give every folder a time well before now, as a folder untouched for a while has."""
    old = time.time() - 3600
    for folder in [root, *(p for p in root.rglob("*") if p.is_dir())]:
        os.utime(folder, (old, old))


def test_no_look_after_a_look_until_a_folder_changes(tmp_path: Path) -> None:
    root, state = tmp_path / "wiki", tmp_path / "index"
    (root / "IT" / "Skrivere").mkdir(parents=True)
    state.mkdir()
    _settled(root)
    assert freshness.needs_look(state, root)  # nothing recorded yet
    freshness.save(state, freshness.take(root))
    assert not freshness.needs_look(state, root)
    (root / "IT" / "Skrivere" / "Ny side.md").write_text("Ny.\n", "utf-8")
    assert freshness.needs_look(state, root)


def test_a_full_look_is_due_after_a_minute_and_recent_folder_times_are_not_trusted(tmp_path: Path) -> None:
    root, state = tmp_path / "wiki", tmp_path / "index"
    root.mkdir()
    state.mkdir()
    _settled(root)
    snapshot = freshness.take(root)
    freshness.save(state, snapshot)
    assert not freshness.needs_look(state, root, now=snapshot.taken + freshness.FULL_EVERY - 1)
    assert freshness.needs_look(state, root, now=snapshot.taken + freshness.FULL_EVERY + 1)
    os.utime(root, (snapshot.taken - 1, snapshot.taken - 1))  # changed in the same coarse tick as the look
    freshness.save(state, freshness.Snapshot(snapshot.taken, {"": os.stat(root).st_mtime_ns}))
    assert freshness.needs_look(state, root, now=snapshot.taken + 1)


def test_search_finds_a_page_another_program_added_and_index_update_an_edit_in_place(tmp_path: Path) -> None:
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    wiki.create("Skrivere", body="Skriveren står i andre etasje.\n")
    assert assert_ok(cli("search", "etasje", wiki=wiki.root)).splitlines()[0] == "1 page"
    (wiki.root / "Kantine.md").write_text("Kantinen er i tredje etasje.\n", "utf-8")  # another program
    assert assert_ok(cli("search", "etasje", wiki=wiki.root)).splitlines()[0] == "2 pages"
    page = wiki.root / "Skrivere.md"
    with open(page, "r+", encoding="utf-8") as handle:  # written into the same file: no folder time changes
        text = handle.read().replace("andre etasje", "kjelleren")
        handle.seek(0)
        handle.write(text)
        handle.truncate()
    assert_ok(cli("index", "update", wiki=wiki.root))
    assert assert_ok(cli("search", "kjelleren", wiki=wiki.root)).splitlines()[0] == "1 page"
