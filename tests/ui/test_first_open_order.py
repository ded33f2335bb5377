"""At the first open the page tree shows before the tag count starts, and the tag count runs as idle work (one
task at a time, paced so the window keeps the interpreter lock); the Tags tab and backlinks are still right."""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

import pytest

from wikidesk.core import links, pacing
from wikidesk.ui import heap
from wikidesk.ui.sidebar.tree_model import PAGE_ID_ROLE, Node, PageNode, build_tree, release_tree


def test_the_tree_shows_before_the_tag_count_which_runs_paced(qtbot, desktop, wiki_root: Path, monkeypatch) -> None:
    (wiki_root / "Inline.md").write_text("Om #budsjett og [[Printers]].\n", "utf-8")
    seen: dict[str, object] = {}
    counting = links.count_tags

    def count_tags(*args, **kwargs):
        seen["paced"] = pacing.is_paced()
        return (yield from counting(*args, **kwargs))

    monkeypatch.setattr(links, "count_tags", count_tags)
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)

    def started(task) -> None:
        if task.name == "count tags":
            model = window.tree.model
            seen["tree rows"] = sorted(model.index(r, 0).data() for r in range(model.rowCount()))

    desktop.tasks.task_started.connect(started)
    with qtbot.waitSignal(window.session.tags_loaded, timeout=10000):
        pass
    assert seen == {"tree rows": ["Home", "IT", "Inline"], "paced": True}
    assert sorted(window.session.tags) == [("budsjett", 1), ("hardware", 1), ("network", 1)]
    printers = next(p for p in window.session.pages if p.title == "Printers")
    window.view.open(printers.page_id)
    backlinks = window.links.backlinks
    qtbot.waitUntil(lambda: sorted(backlinks.item(i).text() for i in range(backlinks.count())) == ["Home", "Inline"],
                    timeout=10000)
    assert window.tree.model.index(0, 0).data(PAGE_ID_ROLE) is None  # the space IT comes first


def test_the_heap_is_settled_after_the_first_tag_count_and_after_a_build(qtbot, desktop, wiki_root: Path) -> None:
    started: list[str] = []
    desktop.tasks.task_started.connect(lambda task: started.append(task.name))
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.search.built, timeout=20000):
        pass
    qtbot.waitUntil(lambda: started.count("settle heap") == 2, timeout=10000)  # the first count's, the build's
    settles = [i for i, name in enumerate(started) if name == "settle heap"]
    assert settles[-1] > started.index("count tags")  # one follows the first count (the build's may come first)
    counts = started.count("count tags")
    window.session.reload_pages()  # another list and count: no trim after it
    qtbot.waitUntil(lambda: started.count("count tags") > counts and not desktop.tasks.busy, timeout=10000)
    assert started.count("settle heap") == 2
    assert gc.get_freeze_count() > 0  # start-up, the page list and the first tree are out of the collector's way
    window.close()
    assert gc.get_freeze_count() == 0  # a closed window's cycles are collected again


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's (Linux)")
def test_trim_heap_runs_on_linux() -> None:
    assert heap.trim_heap() is True


def test_a_released_tree_is_freed_without_the_cyclic_collector() -> None:
    def nodes() -> int:
        return sum(isinstance(o, (Node, PageNode)) for o in gc.get_objects())

    from wikidesk.core.pages import PageInfo

    pages = [PageInfo(f"p{i}", f"S{i % 3}/P{i}.md", f"P{i}", f"S{i % 3}") for i in range(30)]
    gc.collect()
    before = nodes()
    gc.disable()
    try:
        kept = build_tree(pages)  # spaces and pages point at each other: only the collector would free them
        del kept
        assert nodes() == before + 34  # root, 3 spaces, 30 pages: still there
        released = build_tree(pages)
        release_tree(released)
        del released
        assert nodes() == before + 34  # only the first tree is left, in its cycles
    finally:
        gc.enable()
    gc.collect()
    assert nodes() == before


def test_the_collector_is_paused_across_threads_and_what_was_made_is_frozen() -> None:
    assert gc.isenabled()
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    inner_entered, inner_may_leave = threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def other() -> None:
        with heap.paused():
            inner_entered.set()
            inner_may_leave.wait(5)
        seen["enabled after the other's block"] = gc.isenabled()

    try:
        with heap.paused():
            made = [[i] for i in range(1000)]  # tracked containers, made while paused
            thread = threading.Thread(target=other)
            thread.start()
            inner_entered.wait(5)
            seen["disabled in the block"] = not gc.isenabled()
        seen["still off while the other thread's block runs"] = not gc.isenabled()
        inner_may_leave.set()
        thread.join(5)
        assert seen == {"disabled in the block": True, "still off while the other thread's block runs": True,
                        "enabled after the other's block": True}
        assert gc.is_tracked(made[0]) and gc.get_freeze_count() >= len(made)
    finally:
        gc.unfreeze()
        gc.enable()


def test_what_a_pause_made_is_frozen_before_the_collector_is_on_again(monkeypatch) -> None:
    """Frozen while the collector is still off: switched on first, its first young collection would walk everything
    the block made (at 100,000 pages a ~60 ms stall right after the first page list)."""
    enabled_at_freeze: list[bool] = []
    monkeypatch.setattr(heap, "freeze", lambda: enabled_at_freeze.append(gc.isenabled()))
    assert gc.isenabled()
    with heap.paused():
        pass
    assert enabled_at_freeze == [False] and gc.isenabled()
