"""At the first open the page tree shows before the tag count starts, and the tag count runs as idle work (one
task at a time, paced so the window keeps the interpreter lock); the Tags tab and backlinks are still right."""

from __future__ import annotations

from pathlib import Path

from wikidesk.core import links, pacing
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
