"""At the first open the page tree shows before the tag count starts, and the tag count runs as idle work (one
task at a time, paced so the window keeps the interpreter lock); the Tags tab and backlinks are still right."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wikidesk.core import links, pacing
from wikidesk.ui.heap_trim import trim_heap
from wikidesk.ui.sidebar.tree_model import PAGE_ID_ROLE


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


def test_the_heap_is_trimmed_after_the_first_tag_count_and_after_a_build(qtbot, desktop, wiki_root: Path) -> None:
    started: list[str] = []
    desktop.tasks.task_started.connect(lambda task: started.append(task.name))
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.search.built, timeout=20000):
        pass
    qtbot.waitUntil(lambda: started.count("trim heap") == 2, timeout=10000)  # the first count's, the build's
    assert started.index("trim heap") > started.index("count tags")
    counts = started.count("count tags")
    window.session.reload_pages()  # another list and count: no trim after it
    qtbot.waitUntil(lambda: started.count("count tags") > counts and not desktop.tasks.busy, timeout=10000)
    assert started.count("trim heap") == 2


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's (Linux)")
def test_trim_heap_runs_on_linux() -> None:
    assert trim_heap() is True
