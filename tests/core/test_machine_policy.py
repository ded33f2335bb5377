"""IT's machine-wide settings: the registry's values as winreg gives them (parsed on any platform), the JSON file
for real, and how Settings layers and locks them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.core import machine_policy
from wikidesk.core.errors import WikiError
from wikidesk.core.machine_policy import (
    REG_DWORD,
    REG_EXPAND_SZ,
    REG_MULTI_SZ,
    REG_SZ,
    MachinePolicy,
    expand_folder,
    from_registry_values,
)
from wikidesk.core.settings import SettingLockedError, Settings

ENV = {"USERPROFILE": r"C:\Users\kari", "USERNAME": "kari"}


def test_registry_values_as_an_msi_install_writes_them() -> None:
    # msiexec /i wikidesk.msi /qn SHAREDFOLDER="U:\Team\wiki" WIKIFOLDER="%USERPROFILE%\Documents\wikidesk"
    #   LANGUAGE=nb LOCKED=SharedFolder  -> REG_SZ values, as winreg.EnumValue returns them
    raw = {
        "SharedFolder": (r"U:\Team\wiki", REG_SZ),
        "WikiFolder": (r"%USERPROFILE%\Documents\wikidesk", REG_SZ),
        "Language": ("nb", REG_SZ),
        "Locked": ("SharedFolder", REG_SZ),
    }
    assert from_registry_values(raw, ENV) == MachinePolicy(
        {"share_path": r"U:\Team\wiki", "wiki_path": r"C:\Users\kari\Documents\wikidesk", "language": "nb"},
        frozenset({"share_path"}))


def test_registry_values_as_group_policy_writes_them() -> None:
    # the ADMX templates: a DWORD interval, an expandable folder, Locked as REG_MULTI_SZ; names in any case
    raw = {
        "sharedfolder": (r"\\fil01\team$\%USERNAME%", REG_EXPAND_SZ),
        "SyncInterval": (300, REG_DWORD),
        "LOCKED": (["SyncInterval", "language; wiki_path", ""], REG_MULTI_SZ),
    }
    assert from_registry_values(raw, ENV) == MachinePolicy(
        {"share_path": r"\\fil01\team$\kari", "sync_interval": 300},
        frozenset({"sync_interval", "language", "wiki_path"}))


def test_registry_values_that_cannot_be_settings_are_dropped() -> None:
    # empty (an MSI property given empty), a DWORD for a folder, binary data, a text interval that is no number,
    # an unknown name, and Locked as a DWORD: none becomes a setting or a lock
    raw = {
        "SharedFolder": ("", REG_SZ),
        "WikiFolder": (5, REG_DWORD),
        "Language": (b"nb", 3),
        "SyncInterval": ("often", REG_SZ),
        "Theme": ("dark", REG_SZ),
        "Locked": (1, REG_DWORD),
    }
    assert from_registry_values(raw, ENV) == MachinePolicy()
    assert from_registry_values({"SyncInterval": (" 90 ", REG_SZ)}, ENV).values == {"sync_interval": 90}


def test_folder_variables_expand_for_the_person_running_the_app() -> None:
    assert expand_folder(r"%userprofile%\wiki", ENV) == r"C:\Users\kari\wiki"
    assert expand_folder(r"%NOSUCH%\wiki", ENV) == r"%NOSUCH%\wiki"
    assert expand_folder("~/wiki", {"HOME": "/home/kari"}) == "/home/kari/wiki"
    assert expand_folder("100%", ENV) == "100%"


def test_the_registry_wins_over_the_file_and_both_lock() -> None:
    registry = MachinePolicy({"share_path": "U:\\A"}, frozenset({"share_path"}))
    file = MachinePolicy({"share_path": "U:\\B", "language": "en"}, frozenset({"language"}))
    assert registry.over(file) == MachinePolicy({"share_path": "U:\\A", "language": "en"},
                                                frozenset({"share_path", "language"}))


def test_on_linux_the_policy_is_the_json_file(wikidesk_home: Path) -> None:
    path = wikidesk_home / "machine-defaults.json"
    path.write_text(json.dumps({"share_path": "~/team", "locked": ["SharedFolder", "user_name"]}))
    assert machine_policy.read_registry() == {}
    policy = machine_policy.load(path)
    assert policy == MachinePolicy({"share_path": str(Path.home() / "team")}, frozenset({"share_path", "user_name"}))


def test_a_person_overrides_a_default_but_not_a_locked_setting(wikidesk_home: Path) -> None:
    (wikidesk_home / "machine-defaults.json").write_text(json.dumps({
        "share_path": "U:\\Team\\wiki", "language": "nb", "locked": ["share_path", "sync_interval", "nonsense"]}))
    own = Settings.load()
    own.path.parent.mkdir(parents=True, exist_ok=True)
    own.path.write_text(json.dumps({"share_path": "D:\\mine", "language": "en", "sync_interval": 5}))
    settings = Settings.load()
    assert settings.as_dict() == {"wiki_path": "", "share_path": "U:\\Team\\wiki", "user_name": "",
                                       "language": "en", "sync_interval": 60, "autosave_delay_ms": 1500,
                                      "chat_url": "msteams:/l/chat/0/0?users=%1", "team_shares": []}
    assert [key for key in ("share_path", "language", "sync_interval") if settings.is_locked(key)] == [
        "share_path", "sync_interval"]
    settings.set("language", "nb")  # a default, not locked: the person's choice
    settings.set("share_path", "U:\\Team\\wiki")  # the locked value itself: nothing changes
    with pytest.raises(SettingLockedError) as refused:
        settings.set("share_path", "D:\\elsewhere")
    assert isinstance(refused.value, WikiError)
    assert str(refused.value) == ("The shared folder is set by your IT department on this computer and cannot be "
                                  "changed here.")
    settings.save()
    # the person's own values for locked settings stay in their file: they come back if IT lifts the lock
    assert json.loads(settings.path.read_text()) == {"share_path": "D:\\mine", "sync_interval": 5}
