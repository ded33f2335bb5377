"""A folder opened for the first time shows its window before history has taken in its pages: the import runs in
the background with its progress in the status bar (no Cancel), the long lane (index, sync) waits for it, a page
saved meanwhile is recorded once, and afterwards every page has its "added before history was kept" revision."""

from __future__ import annotations

import threading
from pathlib import Path

from wikidesk.core import pacing
from wikidesk.core.history.scan import first_import
from wikidesk.core.opening import INITIAL_SUMMARY
from wikidesk.ui import session as session_module


def a_folder(root: Path) -> Path:
    (root / "IT").mkdir(parents=True)
    (root / "Home.md").write_text("# Home\n\nSee [[IT/Printers]].\n", "utf-8")
    (root / "IT" / "Printers.md").write_text("# Printers\n\nOn floor 2.\n", "utf-8")
    (root / "IT" / "VPN.md").write_text("# VPN\n\nConnect first.\n", "utf-8")
    return root


def opened_in_background(qtbot, desktop, root: Path):
    """The window of ``root`` as the app opens a folder: in the background, shown before history takes it in."""
    with qtbot.waitSignal(desktop.window_ready, timeout=10000) as ready:
        desktop.open_wiki_in_background(root)
    window = ready.args[0]
    qtbot.addWidget(window)
    return window


def test_the_window_shows_while_history_takes_in_the_folder(qtbot, desktop, tmp_path: Path, monkeypatch) -> None:
    gate = threading.Event()
    imported_in: list[tuple[bool, bool]] = []  # (off the UI thread, paced)

    def gated_import(history, wiki):
        imported_in.append((threading.current_thread() is not threading.main_thread(), pacing.is_paced()))
        gate.wait(20)
        return (yield from first_import(history, wiki))

    monkeypatch.setattr(session_module, "first_import", gated_import)
    root = a_folder(tmp_path / "folder")
    window = opened_in_background(qtbot, desktop, root)
    session = window.session
    assert session.taking_in and desktop.tasks.held("long")
    qtbot.waitUntil(lambda: len(session.pages) == 3, timeout=10000)  # the page list does not wait
    qtbot.waitUntil(lambda: window.view.page is not None, timeout=10000)
    assert window.work.isVisible() and window.work.label.text() == "Taking in the pages already in the folder"
    assert window.work.cancel_button.isHidden()
    qtbot.wait(200)
    assert session.search is not None and session.search.engine is None  # the index waits for the import
    assert session.wiki.history is not None and session.wiki.history.needs_first_scan()

    printers = next(p for p in session.pages if p.title == "Printers")
    with qtbot.waitSignal(session.wiki_changed, timeout=10000):
        session.run("save", lambda: session.wiki.save(printers, "On floor 3 now.\n"), "not saved")
    with qtbot.waitSignal(session.taken_in, timeout=20000):
        gate.set()
    assert imported_in == [(True, True)]
    assert not session.taking_in
    history = session.wiki.history
    assert not history.needs_first_scan()
    for page in session.pages:
        revisions = history.page_revisions(page.page_id)
        expected = [INITIAL_SUMMARY, ""] if page.page_id == printers.page_id else [INITIAL_SUMMARY]
        assert [rev.summary for rev in revisions] == expected, page.title
    saved = history.heads(printers.page_id)
    assert len(saved) == 1 and history.content(saved[0]) == (root / "IT" / "Printers.md").read_bytes()
    with qtbot.waitSignal(session.search.ready, timeout=20000):
        pass  # the long lane is free again: the index opens (and builds)
    assert not desktop.tasks.held("long")
    qtbot.waitUntil(lambda: window.recent.list.count() >= 3, timeout=10000)  # Recent lists what was taken in


def test_the_import_walks_the_folder_only_after_the_tree_is_shown(qtbot, desktop, tmp_path: Path,
                                                                  monkeypatch) -> None:
    """The import starts once the window has shown the first page list (and a moment more), so it does not want the
    interpreter lock while the UI thread builds the tree."""
    sessions: list = []
    shown_when_started: list[bool] = []

    def noted_import(history, wiki):
        shown_when_started.append(bool(sessions) and sessions[0].loaded and len(sessions[0].pages) == 3)
        return (yield from first_import(history, wiki))

    monkeypatch.setattr(session_module, "first_import", noted_import)
    root = a_folder(tmp_path / "folder")
    window = opened_in_background(qtbot, desktop, root)
    sessions.append(window.session)
    with qtbot.waitSignal(window.session.taken_in, timeout=20000):
        pass
    assert shown_when_started == [True]


def test_the_first_page_list_comes_with_the_page_lookup_made(qtbot, desktop, tmp_path: Path, monkeypatch) -> None:
    """The worker that makes the first page list also makes the page lookup (off the UI thread, before the list is
    shown), so the first page's render does not file every page while the window builds its tree."""
    from wikidesk.core.wiki import Wiki

    prepared: list[bool] = []  # off the UI thread
    real = Wiki.prepare_lookup

    def noted(self) -> None:
        prepared.append(threading.current_thread() is not threading.main_thread())
        real(self)

    monkeypatch.setattr(Wiki, "prepare_lookup", noted)
    root = a_folder(tmp_path / "folder")
    window = opened_in_background(qtbot, desktop, root)
    qtbot.waitUntil(lambda: window.session.loaded, timeout=10000)
    assert prepared == [True]
    with qtbot.waitSignal(window.session.taken_in, timeout=20000):
        pass
