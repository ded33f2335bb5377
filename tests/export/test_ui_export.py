"""The File menu's export and print entries, driven like a person: the work indicator shows the progress in words,
the message bar says where the export went, and the files are there."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WIKIDESK_THEME", "light")

import pytest
from PySide6.QtWidgets import QFileDialog

from wikidesk.core.settings import Settings


@pytest.fixture
def window(qapp, qtbot, built_wiki: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("WIKIDESK_HOME", str(home))
    monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(home / "no-machine-defaults.json"))
    settings = Settings.load()
    settings.set("language", "nb")
    settings.set("user_name", "Tester")
    settings.save()
    from wikidesk.ui.application import DesktopApp

    app = DesktopApp(qapp, settings)
    win = app.open_wiki(built_wiki)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.view.page_opened, timeout=10000):
        pass
    yield win
    assert app.tasks.shutdown()
    app.shutdown()
    app.translations.apply("en")
    app.deleteLater()


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def run_menu_entry(qtbot, window, action_id: str) -> tuple[list[str], str]:
    """Trigger a File menu entry; returns what the work indicator said along the way and the final message."""
    qtbot.waitUntil(lambda: not window.session.tasks.busy, timeout=60000)  # the first index build and the like
    seen: list[str] = []
    window.session.tasks.task_started.connect(
        lambda task: task.progress.connect(lambda *_: seen.append(window.work.label.text())))
    menu = window.actions.menus["file"]
    assert window.actions[action_id] in menu.actions()
    with qtbot.waitSignal(window.session.messages.message, timeout=60000) as message:
        window.actions[action_id].trigger()
    qtbot.waitUntil(lambda: not window.work.isVisible(), timeout=10000)
    return seen, message.args[1]


def test_export_web_site_from_the_file_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "nettsted"
    choose(monkeypatch, out)
    assert window.actions["export_site"].text() == "Eksporter som &nettsted…"
    seen, text = run_menu_entry(qtbot, window, "export_site")
    assert text == f"Eksporterte 5 sider til {out}."
    assert "Eksporterer wikien som nettsted: Gjengir sider" in seen
    assert (out / "index.html").is_file() and (out / "pages" / "Velkommen.html").is_file()
    assert 'lang="nb"' in (out / "index.html").read_text("utf-8")


def test_export_noark5_and_archive_from_the_file_menu(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    choose(monkeypatch, tmp_path / "n5")
    _seen, text = run_menu_entry(qtbot, window, "export_noark5")
    assert text == f"Eksporterte 5 sider til {tmp_path / 'n5'}."
    assert (tmp_path / "n5" / "arkivstruktur.xml").is_file()
    choose(monkeypatch, tmp_path / "bag")
    _seen, text = run_menu_entry(qtbot, window, "export_archive")
    assert (tmp_path / "bag" / "bagit.txt").is_file()


def test_export_into_a_used_folder_says_why(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "used").mkdir()
    (tmp_path / "used" / "x.txt").write_text("x")
    choose(monkeypatch, tmp_path / "used")
    with qtbot.waitSignal(window.session.messages.message, timeout=20000) as message:
        window.actions["export_site"].trigger()
    level, text, detail = message.args
    assert (level, text) == ("error", "Eksporten eller utskriften kunne ikke fullføres.")
    assert detail.endswith("already exists; choose a new or empty folder for the export.")


def test_print_page_and_space_to_pdf(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    choose(monkeypatch, tmp_path / "side.pdf")
    _seen, text = run_menu_entry(qtbot, window, "print_page")
    assert text == f"Skrevet ut til {tmp_path / 'side.pdf'}."
    assert (tmp_path / "side.pdf").read_bytes()[:5] == b"%PDF-"
    choose(monkeypatch, tmp_path / "rom.pdf")
    _seen, text = run_menu_entry(qtbot, window, "print_space")
    assert (tmp_path / "rom.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "rom.pdf").stat().st_size > (tmp_path / "side.pdf").stat().st_size
