"""Sync from the window against a real shared folder, with a second client in its own process (the real CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.cli_process import cli
from tests.ui.shared_folder import colleague, open_synced_window
from wikidesk.core.settings import Settings


@pytest.fixture
def share(tmp_path: Path) -> Path:
    folder = tmp_path / "share"
    folder.mkdir()
    return folder


@pytest.fixture
def sync_window(desktop, wiki_root: Path, share: Path, settings: Settings, qtbot):
    window, service, first = open_synced_window(desktop, qtbot, wiki_root, settings, share)
    assert first.status == "synced", first.message
    qtbot.waitUntil(lambda: window.view.page is not None, timeout=5000)
    return window, service


def sync_round(qtbot, service) -> object:
    with qtbot.waitSignal(service.round_finished, timeout=20000) as done:
        service.sync_now()
    return done.args[0]


def test_sync_pushes_and_pulls(qtbot, sync_window, share: Path, tmp_path: Path) -> None:
    window, service = sync_window
    assert window.sync_indicator.text() == "Synced"
    assert window.sync_indicator.accessibleName() == "Sync status: Synced"
    other = colleague(tmp_path / "kari", share, "Kari")
    assert (other / "IT" / "Printers.md").exists()  # what the window pushed
    cli("--wiki", str(other), "new", "Fra Kari", "--file", "-", stdin="Hei fra Kari.\n")
    cli("--wiki", str(other), "sync")
    report = sync_round(qtbot, service)
    assert report.pulled == 1  # the one revision of "Fra Kari"
    qtbot.waitUntil(lambda: any(p.title == "Fra Kari" for p in window.session.pages), timeout=5000)
    kari = next(p for p in window.session.pages if p.title == "Fra Kari")
    qtbot.waitUntil(lambda: window.tree.model.index_of_page(kari.page_id).isValid(), timeout=5000)


def test_offline_keeps_editing_and_recovers(qtbot, sync_window, share: Path, wiki_root: Path) -> None:
    window, service = sync_window
    away = share.with_name("share-away")
    share.rename(away)
    report = sync_round(qtbot, service)
    assert report.status == "offline"
    assert window.sync_indicator.state == "offline"
    assert window.sync_indicator.text().startswith("Offline")
    assert window.message_bar.isVisible() and "cannot be reached" in window.message_bar.text.text()
    editor = window.view.editor
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(editor.edit, "Skrevet uten nett.")
    assert "Skrevet uten nett." in (wiki_root / "Home.md").read_text("utf-8")
    away.rename(share)
    report = sync_round(qtbot, service)
    assert report.status == "synced" and report.pushed == 1  # the one save made offline
    assert "Synced again" in window.message_bar.text.text()


def test_conflict_from_two_clients_is_resolved(qtbot, sync_window, share: Path, tmp_path: Path,
                                               wiki_root: Path) -> None:
    window, service = sync_window
    other = colleague(tmp_path / "kari", share, "Kari")
    theirs = (other / "Home.md").read_text("utf-8").replace("Text.", "Karis tekst.")
    cli("--wiki", str(other), "write", "Home", "--file", "-", stdin=theirs)
    cli("--wiki", str(other), "sync")
    editor = window.view.editor
    text = editor.text().replace("Text.", "Min tekst.")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.edit.setPlainText(text)
    report = sync_round(qtbot, service)
    assert report.status == "conflicts", report.message
    assert window.sync_indicator.text() == "Conflicts: 1"
    resolve = next(b for b in window.message_bar.buttons if b.text() == "Resolve…")
    resolve.click()
    history = window.session.history
    dialog = history.conflict_dialog
    with qtbot.waitSignal(dialog.conflict_shown, timeout=5000):
        pass
    versions = [dialog.versions.widget(i).toPlainText() for i in range(dialog.versions.count())]
    assert any("Karis tekst." in v for v in versions) and any("Min tekst." in v for v in versions)
    merged = dialog.merged.toPlainText()
    assert "<<<<<<<" in merged
    lines = [line for line in merged.splitlines() if not line.startswith(("<<<<<<<", "=======", ">>>>>>>"))]
    dialog.merged.setPlainText("\n".join(lines) + "\n")
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.save()
    report = sync_round(qtbot, service)
    assert report.status == "synced", report.message
    final = (wiki_root / "Home.md").read_text("utf-8")
    assert "Karis tekst." in final and "Min tekst." in final
    cli("--wiki", str(other), "sync")
    assert "Min tekst." in (other / "Home.md").read_text("utf-8")
    dialog.close()


def test_choosing_a_shared_folder_in_settings_starts_syncing(qtbot, window, desktop, share: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    service = desktop.session.sync
    assert window.sync_indicator.state == "off"
    desktop.show_settings()
    dialog = desktop.settings_dialog
    dialog.share_field.setText(str(share))
    with qtbot.waitSignal(service.round_finished, timeout=20000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0].status == "synced" and done.args[0].pushed == 3  # Home, Printers, VPN: one revision each
    assert window.sync_indicator.text() == "Synced"
    mirror = share / "pages"
    assert sorted(p.relative_to(mirror).as_posix() for p in mirror.rglob("*.md")) == [
        "Home.md", "IT/Printers.md", "IT/VPN.md"]


def test_first_run_join_pulls_the_team_wiki(qtbot, desktop, share: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from wikidesk.ui.dialogs.first_run import FirstRunDialog

    team = tmp_path / "team"
    cli("init", str(team), "--user", "Kari", "--share", str(share))
    cli("--wiki", str(team), "new", "Rutiner", "--space", "HR", "--file", "-", stdin="Slik gjør vi det.\n")
    cli("--wiki", str(team), "sync")
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.join.setChecked(True)
    dialog.wiki_field.setText(str(tmp_path / "min-wiki"))
    dialog.share_field.setText(str(share))
    dialog.name_field.setText("Ola")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window = desktop.open_wiki(dialog.apply(desktop))
    qtbot.addWidget(window)
    service = desktop.session.sync
    with qtbot.waitSignal(service.round_finished, timeout=20000) as done:
        pass
    assert done.args[0].status == "synced" and done.args[0].pulled == 1  # the one revision of "Rutiner"
    qtbot.waitUntil(lambda: any(p.title == "Rutiner" for p in window.session.pages), timeout=5000)
    assert (tmp_path / "min-wiki" / "HR" / "Rutiner.md").exists()


def _backlink_titles(window) -> list[str]:
    found = window.links.backlinks
    return [found.item(i).text() for i in range(found.count())]


def test_a_round_that_only_sends_leaves_the_folder_and_backlinks_alone(qtbot, sync_window, wiki_root: Path,
                                                                       monkeypatch) -> None:
    """Sending the app's own saves writes nothing here: no full look at the folder, no re-read of every page."""
    window, service = sync_window
    rescans, refreshes = [], []
    monkeypatch.setattr(window.session, "reload_pages", lambda *, rescan=True: rescans.append(rescan))
    monkeypatch.setattr(window.links, "refresh_backlinks", lambda: refreshes.append(True))
    editor = window.view.editor
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(editor.edit, "Lagt til her.")
    report = sync_round(qtbot, service)
    assert report.status == "synced" and report.pushed == 1 and report.applied == 0
    assert True not in rescans
    assert refreshes == []


def test_a_pulled_page_that_links_here_shows_in_backlinks(qtbot, sync_window, share: Path, tmp_path: Path) -> None:
    window, service = sync_window
    assert window.view.page.info.title == "Home"
    qtbot.waitUntil(lambda: _backlink_titles(window) == ["VPN (IT)"], timeout=5000)
    other = colleague(tmp_path / "kari", share, "Kari")
    cli("--wiki", str(other), "new", "Fra Kari", "--file", "-", stdin="Tilbake til [[Home]].\n")
    cli("--wiki", str(other), "sync")
    report = sync_round(qtbot, service)
    assert report.pulled == 1 and report.applied == 1
    qtbot.waitUntil(lambda: sorted(_backlink_titles(window)) == ["Fra Kari", "VPN (IT)"], timeout=5000)


def test_an_edit_made_outside_the_app_refreshes_the_list_and_backlinks(qtbot, sync_window, wiki_root: Path) -> None:
    window, service = sync_window
    qtbot.waitUntil(lambda: _backlink_titles(window) == ["VPN (IT)"], timeout=5000)
    (wiki_root / "Notat.md").write_text("Skrevet i en annen editor. Se [[Home]].\n", "utf-8")
    qtbot.waitUntil(lambda: "" in service.watcher.changed, timeout=5000)  # the folder watcher saw it
    report = sync_round(qtbot, service)
    assert report.status == "synced" and report.pushed == 1
    qtbot.waitUntil(lambda: any(p.title == "Notat" for p in window.session.pages), timeout=5000)
    qtbot.waitUntil(lambda: sorted(_backlink_titles(window)) == ["Notat", "VPN (IT)"], timeout=5000)


def test_a_round_that_moves_many_pages_hands_the_heap_back(qtbot, desktop, wiki_root: Path, share: Path,
                                                           settings: Settings, monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    from types import SimpleNamespace

    from wikidesk.ui.sync import service as sync_service

    trims: list[str] = []
    monkeypatch.setattr(sync_service, "BIG_ROUND", 2)
    monkeypatch.setattr(sync_service, "heap", SimpleNamespace(trim_heap=lambda: trims.append("trim"),
                                                               freeze=sync_service.heap.freeze))
    _window, service, first = open_synced_window(desktop, qtbot, wiki_root, settings, share)
    assert first.status == "synced" and first.pushed >= 2  # the first push sends every page
    assert trims == ["trim"]  # in the round, before it was reported done
    quiet = sync_round(qtbot, service)
    assert sync_service.pages_moved(quiet) == 0 and trims == ["trim"]  # nothing moved: no trim


def test_a_round_with_many_revisions_to_send_pauses_the_collector(qtbot, sync_window, monkeypatch) -> None:
    """The first push of a big wiki makes and drops hundreds of thousands of objects: the cyclic collector stays off
    for that round (at 100,000 pages it ran 24 full collections, up to 48 ms each, stalls of the window), what the
    round kept is frozen, and the collector is on again after it; a small round pauses it too but freezes nothing."""
    import gc
    import threading

    from wikidesk.ui.sync import service as sync_service

    window, service = sync_window
    engine, seen = service.engine, []
    real = engine.round

    rounds: list[object] = []

    def round_with_a_look():
        seen.append(gc.isenabled())
        rounds.append(threading.current_thread())
        return (yield from real())

    monkeypatch.setattr(engine, "round", round_with_a_look)
    monkeypatch.setattr(sync_service, "BIG_ROUND", 2)
    wiki = window.session.wiki
    for info in window.session.pages[:2]:
        wiki.save(info, wiki.read(info).body + "\nEndret.\n")
    frozen: list[tuple[object, bool]] = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (frozen.append((threading.current_thread(), gc.isenabled())),
                                               real_freeze())[1])
    report = sync_round(qtbot, service)
    assert report.pushed == 2 and seen == [False]
    # What the round kept was frozen in the round's thread before the collector was on again.
    assert (rounds[0], False) in frozen
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    info = window.session.pages[0]
    wiki.save(info, wiki.read(info).body + "\nEn gang til.\n")
    frozen.clear()
    monkeypatch.setattr(sync_service, "BIG_ROUND", 1000)
    report = sync_round(qtbot, service)
    assert report.pushed == 1 and seen == [False, False]  # every round runs with the collector paused
    assert frozen == []  # a small round freezes nothing
    qtbot.waitUntil(gc.isenabled, timeout=5000)


def test_a_round_that_takes_in_many_pages_freezes_what_it_kept(qtbot, sync_window, share: Path, tmp_path: Path,
                                                              monkeypatch) -> None:
    """How many pages a round takes in is known only once it has read the share: every round runs with the
    collector paused, and what a round that took in many kept is frozen before the collector is on again (a round
    that took in 2,000 pages at 20,000 ran a 41 ms full collection, and a later one walks all it kept)."""
    import gc
    import threading

    from wikidesk.ui.sync import service as sync_service

    window, service = sync_window
    other = colleague(tmp_path / "colleague", share, "Kollega")
    for n in range(3):
        cli("--wiki", str(other), "new", f"Fra kollega {n}", "--file", "-", stdin=f"Tekst {n}.\n")
    cli("--wiki", str(other), "sync")
    monkeypatch.setattr(sync_service, "BIG_ROUND", 3)
    engine, rounds, real_round = service.engine, [], service.engine.round

    def round_with_a_look():
        rounds.append(threading.current_thread())
        return (yield from real_round())

    monkeypatch.setattr(engine, "round", round_with_a_look)
    frozen: list[tuple[object, bool]] = []
    real_freeze = gc.freeze
    monkeypatch.setattr(gc, "freeze", lambda: (frozen.append((threading.current_thread(), gc.isenabled())),
                                               real_freeze())[1])
    report = sync_round(qtbot, service)
    assert report.pulled == 3 and sync_service.pages_moved(report) >= 3
    assert (rounds[0], False) in frozen  # in the round's thread, the collector still paused
    qtbot.waitUntil(gc.isenabled, timeout=5000)
    wanted = {"Fra kollega 0", "Fra kollega 1", "Fra kollega 2"}
    qtbot.waitUntil(lambda: wanted <= {p.title for p in window.session.pages}, timeout=5000)  # shown in the list
