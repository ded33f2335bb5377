"""IT's machine-wide settings: defaults a person may override, and settings IT locks.

Two sources, read once when the settings load:

- **The registry (Windows)**: values under ``HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\wikidesk``, written by the
  MSI from its public properties (``SHAREDFOLDER``, ``WIKIFOLDER``, ``LANGUAGE``, ``LOCKED``) and by Group Policy or
  Intune through the administrative templates in ``packaging/admx``:

  ====================  ================================  ===================
  value                 type                              setting
  ====================  ================================  ===================
  ``SharedFolder``      REG_SZ or REG_EXPAND_SZ           ``share_path``
  ``WikiFolder``        REG_SZ or REG_EXPAND_SZ           ``wiki_path``
  ``Language``          REG_SZ: ``auto``, ``nb``, ``en``  ``language``
  ``SyncInterval``      REG_DWORD (seconds, 0 = off)      ``sync_interval``
  ``TeamShares``        REG_MULTI_SZ: ``name|share`` each  ``team_shares``
  ``Locked``            REG_SZ or REG_MULTI_SZ            which of them people cannot change
  ====================  ================================  ===================

  ``Locked`` names settings by their value name or setting key, separated by ``;``, ``,``, spaces or (REG_MULTI_SZ)
  one per string, e.g. ``SharedFolder;Language``. An empty value counts as not set.
- **A JSON file (every platform)**: ``wikidesk-defaults.json`` in the platform's site config folder (Linux
  ``/etc/xdg/wikidesk/``, Windows ``C:\\ProgramData\\wikidesk\\``), or the file ``WIKIDESK_MACHINE_DEFAULTS`` names:
  setting keys with their values (``"team_shares": [{"name": "IT", "share": "U:\\IT\\wiki"}]``), and
  ``"locked": ["share_path", ...]``. On Windows the registry wins over the file,
  value by value, and a setting is locked if either locks it. ``WIKIDESK_MACHINE_DEFAULTS`` makes that file the only
  source (tests and portable setups stay away from the machine's registry).

Folder values may hold ``%VARIABLE%`` (``%USERPROFILE%\\Documents\\wikidesk``) and a leading ``~``; they are
expanded for the person running the app, so one value serves every user of the machine.
This module parses and expands; :mod:`wikidesk.core.settings` checks each value against its declared type.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

POLICY_KEY = r"SOFTWARE\Policies\wikidesk"
ENV_OVERRIDE = "WIKIDESK_MACHINE_DEFAULTS"

# registry value name -> setting key; the names are the contract with the MSI and the ADMX templates
REGISTRY_NAMES: dict[str, str] = {
    "SharedFolder": "share_path",
    "WikiFolder": "wiki_path",
    "Language": "language",
    "SyncInterval": "sync_interval",
    "TeamShares": "team_shares",
    "ChatUrl": "chat_url",
}
LOCKED_NAME = "Locked"
FOLDER_SETTINGS = frozenset({"share_path", "wiki_path"})
INT_SETTINGS = frozenset({"sync_interval"})

# winreg's value types (the same numbers as winreg.REG_*, named here so the parsing runs on every platform)
REG_SZ, REG_EXPAND_SZ, REG_DWORD, REG_MULTI_SZ, REG_QWORD = 1, 2, 4, 7, 11

_REGISTRY_LOWER = {name.lower(): key for name, key in REGISTRY_NAMES.items()}  # registry names ignore case
_BY_LOWER = _REGISTRY_LOWER | {key: key for key in REGISTRY_NAMES.values()}
_VARIABLE = re.compile(r"%([^%\\/:]+)%")
_SEPARATORS = re.compile(r"[;,\s]+")


@dataclass(frozen=True)
class MachinePolicy:
    """Setting key -> value IT set for this machine, and the setting keys people cannot change."""

    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()

    def over(self, below: MachinePolicy) -> MachinePolicy:
        """This policy with ``below`` filling the gaps (the registry over the file); locks from both."""
        return MachinePolicy({**below.values, **self.values}, self.locked | below.locked)


def setting_key(name: str) -> str | None:
    """The setting key a registry value name (any case) or one of those setting keys stands for."""
    return _BY_LOWER.get(name.strip().lower())


def expand_folder(value: str, environ: Mapping[str, str] | None = None) -> str:
    """``%VARIABLE%`` (any case, as Windows does) and a leading ``~`` expanded; unknown variables stay as written."""
    env = os.environ if environ is None else environ
    lower = {name.lower(): text for name, text in env.items()}

    def replace(match: re.Match[str]) -> str:
        return lower.get(match.group(1).lower(), match.group(0))

    expanded = _VARIABLE.sub(replace, value)
    if expanded == "~" or expanded.startswith(("~/", "~\\")):
        home = lower.get("userprofile") or lower.get("home") or str(Path.home())
        expanded = home + expanded[1:]
    return expanded


def _lock_names(raw: Any) -> set[str]:
    items: Iterable[Any] = raw if isinstance(raw, list | tuple) else [raw]
    names: set[str] = set()
    for item in items:
        if not isinstance(item, str):
            log.warning("Ignoring a locked-settings entry that is not text: %r", item)
            continue
        for name in _SEPARATORS.split(item):
            if not name:
                continue
            names.add(setting_key(name) or name)  # other names pass through; the settings check them
    return names


def from_registry_values(raw: Mapping[str, tuple[Any, int]], environ: Mapping[str, str] | None = None,
                         ) -> MachinePolicy:
    """The policy in ``raw``: value name -> ``(data, type)`` as ``winreg.EnumValue`` gives them."""
    values: dict[str, Any] = {}
    locked: set[str] = set()
    for name, (data, kind) in raw.items():
        if name.lower() == LOCKED_NAME.lower():
            if kind in (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ):
                locked |= _lock_names(data)
            else:
                log.warning("Ignoring policy value %s of registry type %s (expected text)", name, kind)
            continue
        key = _REGISTRY_LOWER.get(name.lower())
        if key is None:
            log.info("Ignoring unknown policy value %r", name)
            continue
        value = _registry_value(key, data, kind)
        if value is None:
            log.warning("Ignoring policy value %s=%r of registry type %s", name, data, kind)
        elif key == "team_shares":
            if value:
                values[key] = _expand_team_shares(value, environ)
        elif value != "":
            values[key] = expand_folder(value, environ) if key in FOLDER_SETTINGS else value
    return MachinePolicy(values, frozenset(locked))


def team_shares_from_lines(lines: Iterable[str]) -> list[dict[str, str]]:
    """``name|share`` lines (REG_MULTI_SZ strings) as ``team_shares`` items; lines without both parts are skipped."""
    shares = []
    for line in lines:
        name, bar, share = line.partition("|")
        if bar and name.strip() and share.strip():
            shares.append({"name": name.strip(), "share": share.strip()})
        elif line.strip():
            log.warning("Ignoring a team share line without “name|share”: %r", line)
    return shares


def _expand_team_shares(value: Any, environ: Mapping[str, str] | None) -> Any:
    if not isinstance(value, list):
        return value  # the settings refuse it, with a warning
    return [{**item, "share": expand_folder(item["share"], environ)}
            if isinstance(item, dict) and isinstance(item.get("share"), str) else item for item in value]


def _registry_value(key: str, data: Any, kind: int) -> Any:
    """A registry value as the setting's Python type, or None when its type cannot be one."""
    if key == "team_shares":
        if kind == REG_MULTI_SZ and isinstance(data, list):
            return team_shares_from_lines(str(line) for line in data)
        if kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str):
            return team_shares_from_lines(data.splitlines())
        return None
    if key in INT_SETTINGS:
        if kind in (REG_DWORD, REG_QWORD) and isinstance(data, int):
            return data
        if kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str) and data.strip().isdigit():
            return int(data.strip())
        return None
    if kind in (REG_SZ, REG_EXPAND_SZ) and isinstance(data, str):
        return data.strip()
    return None


def from_json(data: Any, environ: Mapping[str, str] | None = None) -> MachinePolicy:
    """The policy in a parsed ``wikidesk-defaults.json``: setting keys with values, and a ``locked`` list."""
    if not isinstance(data, dict):
        log.warning("Ignoring machine defaults that are not a JSON object")
        return MachinePolicy()
    values = {key: value for key, value in data.items() if key != "locked"}
    for key in FOLDER_SETTINGS & values.keys():
        if isinstance(values[key], str):
            values[key] = expand_folder(values[key], environ)
    if "team_shares" in values:
        values["team_shares"] = _expand_team_shares(values["team_shares"], environ)
    return MachinePolicy(values, frozenset(_lock_names(data.get("locked", []))))


def read_json(path: Path) -> MachinePolicy:
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return MachinePolicy()
    except (OSError, ValueError) as exc:
        log.warning("Ignoring unreadable machine defaults %s: %s", path, exc)
        return MachinePolicy()
    return from_json(data)


def read_registry() -> dict[str, tuple[Any, int]]:
    """Every value under HKLM\\SOFTWARE\\Policies\\wikidesk as ``(data, type)``; empty when the key is absent."""
    if sys.platform != "win32":
        return {}
    import winreg  # platform-specific: the module exists only on Windows (mypy and ruff see the guard above)

    raw: dict[str, tuple[Any, int]] = {}
    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, POLICY_KEY, 0, winreg.KEY_READ) as key:
            index = 0
            while True:
                try:
                    name, data, kind = winreg.EnumValue(key, index)
                except OSError:  # no more values
                    break
                raw[name] = (data, kind)
                index += 1
    except FileNotFoundError:
        return {}
    except OSError as exc:
        log.warning("Could not read the machine policy HKLM\\%s: %s", POLICY_KEY, exc)
    return raw


def load(defaults_file: Path) -> MachinePolicy:
    """The machine's policy: the registry (Windows) over ``defaults_file``; only the file when the environment
    names it (``WIKIDESK_MACHINE_DEFAULTS``)."""
    from_file = read_json(defaults_file)
    if os.environ.get(ENV_OVERRIDE):
        return from_file
    return from_registry_values(read_registry()).over(from_file)
