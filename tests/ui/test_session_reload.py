"""A page list asked for again while the first one is still being made waits for it without keeping the UI thread
busy (its timer used to fire at 0 ms again and again until the list came: seconds in a big wiki), and is made
once the first one is there."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent

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


def test_the_window_shown_while_the_first_list_is_made_asks_for_no_second_one(qtbot, desktop, wiki_root: Path,
                                                                              monkeypatch) -> None:
    from wikidesk.core.wiki import Wiki

    gate = threading.Event()
    real_pages, real_reload = Wiki.pages, WikiSession.reload_pages
    asked: list[tuple[bool, bool]] = []  # (rescan, a list was there already) of every page list asked for

    def slow_pages(self, *, refresh: bool = True):
        gate.wait(10)
        return real_pages(self, refresh=refresh)

    def reload_pages(self, *, rescan: bool = True) -> None:
        asked.append((rescan, self.loaded))
        real_reload(self, rescan=rescan)

    monkeypatch.setattr(Wiki, "pages", slow_pages)
    monkeypatch.setattr(WikiSession, "reload_pages", reload_pages)
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    window.activateWindow()  # shown and activated while the first list is made
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        gate.set()
    assert asked == [(True, False)]  # the window's own; the first list looks at every file anyway
    window.changeEvent(QEvent(QEvent.Type.ActivationChange))  # back from another program, later: it looks again
    assert asked == [(True, False), (True, True)]
