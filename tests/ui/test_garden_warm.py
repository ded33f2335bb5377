"""The gardening cache filled in the background after the search index build: the cache then holds every page, and
the report dialog reads no page file yet shows the same report as a cold run."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from wikidesk.core.habits import garden, garden_cache, garden_read
from wikidesk.ui.habits import garden_warm


@pytest.fixture
def settled_root(wiki_root: Path) -> Path:
    """``wiki_root`` with more pages, every file an hour old (the cache keeps no file younger than 2 s)."""
    from wikidesk.core.opening import open_wiki

    wiki = open_wiki(wiki_root, user="Tester")
    wiki.create("Printer", space="IT", body="Near-duplicate of Printers. See [[Nowhere]].\n")
    wiki.create("Empty", body="# Only a heading\n")
    past = time.time() - 3600
    for path in wiki_root.rglob("*"):
        if path.is_file() and ".wikidesk" not in path.relative_to(wiki_root).parts:
            os.utime(path, (past, past))
    return wiki_root


def test_background_fill_warms_the_cache_and_the_report_matches_a_cold_run(
        qtbot, desktop, settled_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garden_warm, "IDLE_MS", 50)
    win = desktop.open_wiki(settled_root)
    qtbot.addWidget(win)
    warmer = win.habits.warmer
    with qtbot.waitSignal(warmer.warmed, timeout=30000) as warmed:
        pass
    session = win.session
    paths = {p.path for p in session.pages}
    assert warmed.args == [len(paths)] and len(paths) == 5
    cache = garden_cache.open_cache(session.wiki.meta_dir)
    assert cache is not None
    try:
        entries = cache.entries()
    finally:
        cache.close()
    assert set(entries) == paths
    for rel, (stamp, (info, _facts, _keys)) in entries.items():
        st = (settled_root / rel).stat()
        assert stamp == (st.st_mtime_ns, st.st_size) and info.path == rel

    parsed: list[object] = []
    real_read = garden_read.read_page
    monkeypatch.setattr(garden_read, "read_page", lambda job: parsed.append(job) or real_read(job))
    dialog = win.habits.open_garden()
    with qtbot.waitSignal(dialog.report_ready, timeout=15000) as shown:
        pass
    assert parsed == []  # warm: every page came from the cache
    warm_report = shown.args[0]
    dialog.close()
    assert warmer.done and warmer.task is None

    assert garden_cache.remove(session.wiki.meta_dir / garden_cache.FILE_NAME)
    cold = garden.report(session.wiki, pages=list(session.pages), workers=0)
    assert len(parsed) == len(paths)  # the cold run read every page
    assert warm_report.to_json() == cold.to_json()
    assert warm_report.total > 0 and [w.target for w in cold.wanted] == ["Missing page", "Nowhere"]


def test_a_closed_window_starts_no_fill(qtbot, desktop, settled_root: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garden_warm, "IDLE_MS", 50)
    win = desktop.open_wiki(settled_root)
    qtbot.addWidget(win)
    warmer = win.habits.warmer
    win.close()
    warmer._built("Indexed 5 of 5 pages")  # a build that ends as the window closes
    qtbot.wait(300)
    assert warmer.task is None and not warmer.done


def test_opening_the_report_ends_the_fill(qtbot, desktop, settled_root: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garden_warm, "IDLE_MS", 50)
    win = desktop.open_wiki(settled_root)
    qtbot.addWidget(win)
    started: list[str] = []
    win.session.tasks.task_started.connect(lambda task: started.append(task.name))
    warmer = win.habits.warmer
    dialog = win.habits.open_garden()
    with qtbot.waitSignal(dialog.report_ready, timeout=15000):
        pass
    assert warmer.done and warmer.task is None
    warmer._built("Indexed 5 of 5 pages")  # the build ends after the person's report: nothing more to fill
    qtbot.wait(500)
    assert "gardening report" in started and "gardening cache" not in started
    dialog.close()


def test_the_app_started_again_fills_nothing(qtbot, desktop, settled_root: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(garden_warm, "IDLE_MS", 50)
    first = desktop.open_wiki(settled_root)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.habits.warmer.warmed, timeout=30000):
        pass
    first.close()
    read = garden_read.read_pages
    monkeypatch.setattr(garden_read, "read_pages", lambda *a, **k: pytest.fail("a report was made"))
    again = desktop.open_wiki(settled_root)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.habits.warmer.warmed, timeout=30000) as warmed:
        pass
    assert warmed.args == [len(again.session.pages)] and again.habits.warmer.done
    monkeypatch.setattr(garden_read, "read_pages", read)
