"""User settings, declared once with type, default and description.

Stored as JSON under the per-user config dir; only values that differ from the default are written. IT sets
machine-wide defaults (e.g. the team's shared folder) in the registry on Windows
(``HKLM\\SOFTWARE\\Policies\\wikidesk``, from the MSI or Group Policy) or in ``wikidesk-defaults.json`` under the
platform's site config dir (or the file named by ``WIKIDESK_MACHINE_DEFAULTS``); see
:mod:`wikidesk.core.machine_policy`. A user's own value wins over them, unless IT locked that setting: then IT's
value (or the declared default) holds, and :meth:`Settings.set` refuses a different one with
:class:`SettingLockedError`. A bad stored value falls back to the default and is logged, never fatal.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from wikidesk.core import machine_policy
from wikidesk.core.atomic import write_atomic
from wikidesk.core.errors import WikiError
from wikidesk.core.paths import APP, config_dir

log = logging.getLogger(__name__)
SETTINGS_FILE = "settings.json"
MACHINE_FILE = "wikidesk-defaults.json"


class SettingLockedError(WikiError):
    """Changing a setting that IT locked for this machine."""


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    description: str
    choices: tuple[Any, ...] | None = None
    label: str = ""  # how a sentence names it ("shared folder")


DECLARED: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("wiki_path", str, "", "Folder of the local wiki that opens at start.", label="wiki folder"),
        Setting("share_path", str, "", "The team's shared folder the wiki syncs through.", label="shared folder"),
        Setting("user_name", str, "", "Your name as shown in history and on people pages.", label="display name"),
        Setting("language", str, "auto", "Language of the app.", ("auto", "nb", "en"), label="language"),
        Setting("sync_interval", int, 60, "Seconds between background sync rounds (0 turns it off).",
                label="sync interval"),
        Setting("autosave_delay_ms", int, 1500, "Idle time before an edited page is saved."),
        Setting("chat_url", str, "msteams:/l/chat/0/0?users=%1", "Chat link of a person (%1: their chat address, "
                "else e-mail); IT sets e.g. sip:%1 for Skype for Business.", label="chat link"),
        Setting("team_shares", list, [], "Team wikis IT preconfigured for this machine, offered on first run: a list "
                "of {\"name\": ..., \"share\": ...}.", label="team shared folders"),
    )
}


def machine_defaults_path() -> Path:
    override = os.environ.get("WIKIDESK_MACHINE_DEFAULTS")
    if override:
        return Path(override)
    return Path(platformdirs.site_config_dir(APP, appauthor=False)) / MACHINE_FILE


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable settings file %s: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _valid(setting: Setting, value: Any) -> bool:
    if setting.type is int and isinstance(value, bool):
        return False
    if not isinstance(value, setting.type):
        return False
    if setting.type is list:  # team_shares: {"name": text, "share": text} each
        return all(isinstance(item, dict) and isinstance(item.get("name"), str) and item["name"].strip()
                   and isinstance(item.get("share"), str) and item["share"].strip() for item in value)
    return setting.choices is None or value in setting.choices


class Settings:
    """The effective settings: declared defaults < machine defaults < the user's own values."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / SETTINGS_FILE
        self._machine: dict[str, Any] = {}
        self._locked: frozenset[str] = frozenset()
        self._user: dict[str, Any] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        settings = cls(path)
        policy = machine_policy.load(machine_defaults_path())
        settings._machine = settings._clean(policy.values, "machine defaults")
        for key in sorted(policy.locked - DECLARED.keys()):
            log.warning("Ignoring unknown locked setting %r in the machine defaults", key)
        settings._locked = frozenset(policy.locked & DECLARED.keys())
        settings._user = settings._clean(_load_json(settings.path), "settings")
        return settings

    @staticmethod
    def _clean(raw: dict[str, Any], source: str) -> dict[str, Any]:
        clean = {}
        for key, value in raw.items():
            setting = DECLARED.get(key)
            if setting is None:
                log.info("Ignoring unknown %s key %r", source, key)
            elif not _valid(setting, value):
                log.warning("Ignoring bad %s value %r=%r; using the default", source, key, value)
            else:
                clean[key] = value
        return clean

    def get(self, key: str) -> Any:
        setting = DECLARED[key]
        if key in self._locked:
            return self._machine.get(key, setting.default)
        return self._user.get(key, self._machine.get(key, setting.default))

    def is_locked(self, key: str) -> bool:
        """True when IT locked ``key`` on this machine: :meth:`get` gives IT's value and :meth:`set` refuses
        another."""
        if key not in DECLARED:
            raise KeyError(key)  # as get and set
        return key in self._locked

    def set(self, key: str, value: Any) -> None:
        setting = DECLARED[key]
        if not _valid(setting, value):
            allowed = f" in {setting.choices}" if setting.choices else ""
            raise ValueError(f"{key} must be a {setting.type.__name__}{allowed}")
        if key in self._locked:
            if value == self.get(key):
                return  # what it already is: nothing changes
            raise SettingLockedError(f"The {setting.label or key} is set by your IT department on this computer and "
                                     "cannot be changed here.")
        if value == self._machine.get(key, setting.default):
            self._user.pop(key, None)
        else:
            self._user[key] = value

    def save(self) -> None:
        write_atomic(self.path, json.dumps(self._user, indent=2, ensure_ascii=False).encode("utf-8"))

    def as_dict(self) -> dict[str, Any]:
        return {key: self.get(key) for key in DECLARED}
