"""One setting for a wiki's shared folder: what the CLI joined, the app syncs with, and the other way round."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.cli_process import cli
from wikidesk.core.settings import Settings
from wikidesk.core.sync import config


def test_a_wiki_joined_with_the_cli_syncs_in_the_app(qtbot, desktop, settings: Settings, tmp_path: Path) -> None:
    share, root = tmp_path / "share", tmp_path / "joined"
    cli("init", str(tmp_path / "first"), "--user", "Kari", "--share", str(share))
    cli("--wiki", str(tmp_path / "first"), "new", "Forside", "--file", "-")
    cli("--wiki", str(tmp_path / "first"), "sync")
    cli("init", str(root), "--user", "Ola", "--share", str(share))
    assert settings.get("share_path") == ""  # the app's user settings know nothing of it
    settings.set("sync_interval", 0)
    settings.save()
    window = desktop.open_wiki(root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(desktop.session.sync.round_finished, timeout=20000) as first:
        pass
    assert first.args[0].status == "synced"
    assert window.sync_indicator.accessibleName() == "Sync status: Synced"
    assert window.sync_indicator.text() == "Synced"
    qtbot.waitUntil(lambda: any(p.title == "Forside" for p in window.session.pages), timeout=5000)


def test_a_folder_chosen_in_settings_is_the_wiki_s_own_setting(qtbot, window, wiki_root: Path, tmp_path: Path,
                                                             desktop) -> None:
    assert window.sync_indicator.text() == "Sync off (no shared folder)"
    share = tmp_path / "team-share"
    desktop.show_settings()
    dialog = desktop.settings_dialog
    dialog.share_field.setText(str(share))
    with qtbot.waitSignal(desktop.session.sync.round_finished, timeout=20000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0].status == "synced"
    assert window.sync_indicator.text() == "Synced"
    from wikidesk.core.opening import open_wiki

    assert config.load(open_wiki(wiki_root))["share"] == str(share)  # what `wikidesk sync` uses too
    assert cli("--wiki", str(wiki_root), "sync").startswith("Synced")
