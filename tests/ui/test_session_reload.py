"""A page list asked for again while the first one is still being made waits for it without keeping the UI thread
busy (its timer used to fire at 0 ms again and again until the list came: seconds in a big wiki), and is made
once the first one is there."""

from __future__ import annotations

import threading
from pathlib import Path

from wikidesk.core.opening import open_wiki
from wikidesk.ui.session import WikiSession


def test_a_reload_asked_while_the_first_list_is_made_does_not_spin(qtbot, desktop, wiki_root: Path,
                                                                   monkeypatch) -> None:
    wiki = open_wiki(wiki_root, user="Tester")
    gate = threading.Event()
    listed: list[bool] = []
    real_pages = wiki.pages

    def slow_pages(*, refresh: bool = True):
        listed.append(refresh)
        gate.wait(10)
        return real_pages(refresh=refresh)

    monkeypatch.setattr(wiki, "pages", slow_pages)
    session = WikiSession(wiki, desktop.settings, desktop.tasks, desktop.messages)
    fired: list[int] = []
    session._reload_timer.timeout.connect(lambda: fired.append(1))
    loaded: list[int] = []
    session.pages_loaded.connect(lambda: loaded.append(len(listed)))
    session.reload_pages()
    qtbot.waitUntil(lambda: bool(listed), timeout=5000)  # the first list is being made
    session.reload_pages(rescan=False)  # e.g. the window was activated, or a page saved
    qtbot.wait(600)
    assert len(fired) <= 6  # a look every 150 ms, not thousands at 0 ms
    assert listed == [True]
    gate.set()
    qtbot.waitUntil(lambda: len(loaded) == 2, timeout=5000)
    assert loaded == [1, 2]  # the second list was made after the first came
    assert sorted(p.title for p in session.pages) == ["Home", "Printers", "VPN"]
    session.close()
