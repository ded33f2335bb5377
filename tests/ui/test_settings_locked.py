"""A setting IT locked shows disabled in the settings dialog, with IT's value and a tooltip saying who set it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from wikidesk.core.settings import Settings
from wikidesk.ui.dialogs.settings_dialog import SettingsDialog


def test_locked_settings_show_disabled_with_it_s_value(qtbot, tmp_path: Path, monkeypatch) -> None:
    machine = tmp_path / "wikidesk-defaults.json"
    monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(machine))
    machine.write_text(json.dumps({
        "share_path": "U:\\Team\\wiki", "sync_interval": 300, "locked": ["share_path", "sync_interval"]}))
    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert sorted(dialog.locked_widgets) == ["share_path", "sync_interval"]
    assert (dialog.share_field.text(), dialog.share_field.isEnabled()) == ("U:\\Team\\wiki", False)
    assert (dialog.interval.value(), dialog.interval.isEnabled()) == (300, False)
    assert dialog.share_field.toolTip() == dialog.interval.toolTip() == "Set by your IT department"
    assert dialog.wiki_field.isEnabled() and dialog.name_field.isEnabled() and dialog.language.isEnabled()
    dialog.name_field.setText("Kari")
    with qtbot.waitSignal(dialog.applied) as applied:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert applied.args[0] == {"user_name"}
    assert json.loads(settings.path.read_text()) == {"user_name": "Kari"}
