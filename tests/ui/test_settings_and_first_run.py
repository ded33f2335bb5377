"""The settings dialog and the first-run choices, with real settings files and wiki folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from wikidesk.core.opening import open_wiki
from wikidesk.core.settings import Settings
from wikidesk.ui.dialogs.first_run import FirstRunDialog
from wikidesk.ui.dialogs.settings_dialog import SettingsDialog


def test_settings_dialog_saves_and_applies(qtbot, desktop, window) -> None:
    desktop.show_settings()
    dialog: SettingsDialog = desktop.settings_dialog
    dialog.name_field.setText("Kari Nordmann")
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.interval.setValue(120)
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert applied.args[0] == {"user_name", "language", "sync_interval"}
    stored = Settings.load()
    assert stored.get("user_name") == "Kari Nordmann" and stored.get("sync_interval") == 120
    assert window.sidebar.tabText(0) == "Sider"
    desktop.switch_language("en")


def test_first_run_create_wiki(qtbot, desktop, tmp_path: Path) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.create.setChecked(True)
    dialog.wiki_field.setText(str(tmp_path / "ny-wiki"))
    dialog.name_field.setText("Ola")
    assert not dialog.share_field.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    path = dialog.apply(desktop)
    assert path == tmp_path / "ny-wiki" and (path / ".wikidesk").is_dir()
    assert Settings.load().get("wiki_path") == str(path)
    window = desktop.open_wiki(path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        pass
    assert window.view.page is None and window.session.pages == []


def test_first_run_join_refuses_unreachable_share(qtbot, tmp_path: Path) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.join.setChecked(True)
    dialog.wiki_field.setText(str(tmp_path / "lokal"))
    dialog.share_field.setText(str(tmp_path / "finnes-ikke"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 0 and "cannot be reached" in dialog.error.text()


def test_first_run_sample_wiki(qtbot, desktop) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    path = dialog.apply(desktop)
    assert any(path.glob("*.md"))
    window = desktop.open_wiki(path)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view.page_opened, timeout=10000) as opened:
        pass
    assert opened.args[0].info.title == "Velkommen"  # HOME_TITLES puts "velkommen" before "welcome"
    assert open_wiki(path).pages()


def test_opening_an_unusable_folder_reports_one_sentence(qtbot, desktop, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", "utf-8")
    with qtbot.waitSignal(desktop.open_failed, timeout=5000) as failed:
        desktop.open_wiki_in_background(not_a_folder)
    assert "does not exist or is not a folder" in failed.args[0]
    assert "Traceback" not in failed.args[0]
    assert desktop.window is None
