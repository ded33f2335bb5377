"""Settings: declared defaults, machine-wide defaults from IT, user values, bad values fall back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.core.settings import Settings


def test_defaults_machine_and_user_layers(wikidesk_home: Path) -> None:
    (wikidesk_home / "machine-defaults.json").write_text(json.dumps({"share_path": "U:\\Team\\wiki",
                                                                     "sync_interval": 30}))
    settings = Settings.load()
    assert settings.get("language") == "auto"
    assert settings.get("share_path") == "U:\\Team\\wiki"
    settings.set("sync_interval", 120)
    settings.set("share_path", "U:\\Team\\wiki")  # same as IT's value: not stored for the user
    settings.save()
    stored = json.loads(settings.path.read_text())
    assert stored == {"sync_interval": 120}
    assert Settings.load().get("sync_interval") == 120


def test_bad_values_fall_back_to_defaults(wikidesk_home: Path) -> None:
    settings = Settings.load()
    settings.path.parent.mkdir(parents=True, exist_ok=True)
    settings.path.write_text(json.dumps({"language": "klingon", "sync_interval": "often", "unknown": 1}))
    again = Settings.load()
    assert again.get("language") == "auto" and again.get("sync_interval") == 60
    settings.path.write_text("{ not json")
    assert Settings.load().get("language") == "auto"
    with pytest.raises(ValueError):
        again.set("language", "xx")
