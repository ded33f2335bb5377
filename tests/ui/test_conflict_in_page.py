"""A page in conflict shows it in the page itself: both versions side by side with author and time, the person's own
marked, and "Keep mine" / "Keep theirs" / "Edit a merged text…" (issue 19, items 1 and 5), driven in the real window
against a real shared folder with a second client in its own process (the CLI)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit, QPushButton

from tests.ui.cli_process import cli
from tests.ui.shared_folder import colleague, open_synced_window
from wikidesk.core.settings import Settings


@pytest.fixture
def conflicted(desktop, wiki_root: Path, settings: Settings, qtbot, tmp_path: Path):
    """The window and Kari's client edited the same line of Home; Kari's version is the one the page file shows
    (two edits: the higher clock wins), so the person's own text is no longer in the editor."""
    share = tmp_path / "share"
    window, service, _first = open_synced_window(desktop, qtbot, wiki_root, settings, share)
    qtbot.waitUntil(lambda: window.view.page is not None, timeout=5000)
    other = colleague(tmp_path / "kari", share, "Kari Nordmann")
    text = (other / "Home.md").read_text("utf-8")
    cli("--wiki", str(other), "write", "Home", "--file", "-", stdin=text.replace("Text.", "Karis første tekst."))
    cli("--wiki", str(other), "write", "Home", "--file", "-", stdin=text.replace("Text.", "Karis tekst."))
    cli("--wiki", str(other), "sync")
    editor = window.view.editor
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.edit.setPlainText(editor.text().replace("Text.", "Min tekst."))
    with qtbot.waitSignal(service.round_finished, timeout=20000) as done:
        service.sync_now()
    assert done.args[0].status == "conflicts", done.args[0].message
    return window


def shown(view, name: str) -> bool:
    button = view.findChild(QPushButton, name)
    return button is not None and button.isVisible()


def visible_texts(widget) -> str:
    """Every label, button and text box the person can see inside ``widget``, in one string."""
    parts = []
    for child in widget.findChildren(QLabel) + widget.findChildren(QPushButton):
        if child.isVisible():
            parts.append(child.text())
    for box in widget.findChildren(QPlainTextEdit):
        if box.isVisible():
            parts.append(box.toPlainText())
    return "\n".join(parts)


def test_page_in_conflict_shows_both_versions_and_keeps_mine(qtbot, conflicted, wiki_root: Path) -> None:
    window = conflicted
    view = window.view
    qtbot.waitUntil(lambda: "Karis tekst." in view.editor.text(), timeout=5000)  # the file shows Kari's version
    qtbot.waitUntil(lambda: shown(view, "conflict_keep_mine"), timeout=5000)
    seen = visible_texts(view)
    assert "This page was changed in two places at once" in seen
    assert "Min tekst." in seen and "Karis tekst." in seen  # both versions, side by side
    assert "Tester" in seen and "Kari Nordmann" in seen
    assert "(your version)" in seen
    keep_mine = view.findChild(QPushButton, "conflict_keep_mine")
    keep_theirs = view.findChild(QPushButton, "conflict_keep_theirs")
    edit = view.findChild(QPushButton, "conflict_edit_merged")
    assert keep_mine.text().replace("&", "") == "Keep mine"
    assert keep_theirs.text().replace("&", "") == "Keep theirs"
    assert edit.text().replace("&", "") == "Edit a merged text…"
    assert keep_mine.accessibleName().startswith("Keep mine") and "Tester" in keep_mine.accessibleName()
    # the person's own column says so, next to its text
    mine_box = next(b for b in view.findChildren(QPlainTextEdit, "conflict_version_text")
                    if "Min tekst." in b.toPlainText())
    assert "(your version)" in mine_box.accessibleName() and "Tester" in mine_box.accessibleName()
    assert not view.editor.edit.isVisible()  # the page shows the conflict, not one version as if it were all
    # keyboard: Tab goes from the message bar into the versions and their buttons, in reading order
    window.message_bar.close_button.setFocus()
    stops = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(QApplication.focusWidget())
    assert stops[0] is mine_box and stops[1] is keep_mine and stops[3] is keep_theirs and stops[4] is edit
    keep_mine.click()
    qtbot.waitUntil(lambda: not shown(view, "conflict_keep_mine"), timeout=5000)
    qtbot.waitUntil(lambda: "Min tekst." in view.editor.text() and view.editor.edit.isVisible(), timeout=5000)
    assert "Karis tekst." not in view.editor.text()
    assert "Min tekst." in (wiki_root / "Home.md").read_text("utf-8")
    qtbot.waitUntil(lambda: window.sync_indicator.state != "conflicts", timeout=5000)


def test_conflict_in_page_and_merged_text_in_bokmal(qtbot, conflicted) -> None:
    window = conflicted
    view = window.view
    window.actions["language_nb"].trigger()
    qtbot.waitUntil(lambda: shown(view, "conflict_keep_mine"), timeout=5000)
    seen = visible_texts(view)
    assert "Denne siden ble endret to steder samtidig" in seen
    assert "(din versjon)" in seen
    assert view.findChild(QPushButton, "conflict_keep_mine").text().replace("&", "") == "Behold min"
    assert view.findChild(QPushButton, "conflict_keep_theirs").text().replace("&", "") == "Behold deres"
    view.findChild(QPushButton, "conflict_edit_merged").click()
    dialog = window.session.history.conflict_dialog
    qtbot.waitUntil(lambda: "<<<<<<<" in dialog.merged.toPlainText(), timeout=5000)
    merged = dialog.merged.toPlainText()
    assert "<<<<<<< min versjon\n" in merged
    assert re.search(r"^>>>>>>> Kari Nordmann, \d", merged, re.M), merged  # author and local time, in bokmål
    assert "this version" not in merged
    assert "---" not in merged and "id:" not in merged  # the body, not the file's YAML
    dialog.save()  # markers left: refused with a sentence first
    assert "konfliktmerker" in dialog.status.text()
    dialog.close()
