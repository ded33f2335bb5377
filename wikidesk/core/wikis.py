"""The person's wikis: every wiki folder they work in, with its shared folder and how its last sync went.

Kept per user and never synced (``wikis.json`` in the config folder, beside ``settings.json``). Each entry names a
local wiki folder, a display name, the shared folder it syncs through (a copy of the wiki's own
``.wikidesk/sync.json``, which stays the truth for sync) and a summary of its last sync round (status, time and
counts). One wiki is the current one: the app opens it first and the CLI uses it when no ``--wiki`` or
``$WIKIDESK_WIKI`` is given. The ``wiki_path`` setting stays the default for compatibility: a registry that is
empty or has no current wiki falls back to it, and :func:`set_current` keeps the two the same.

``wikidesk init`` and ``wikidesk join`` call :func:`register`; the app and ``wikidesk sync`` call
:func:`record_sync` after each round. Writes re-read the file first (several processes may register at once) and
replace it atomically; within one process a lock keeps concurrent background rounds from losing each other's
entries.

IT's preconfigured team shares (machine defaults key ``team_shares``) are offered on first run:
:func:`offered_team_shares` lists the ones the person has not got yet.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wikidesk.core.atomic import write_atomic
from wikidesk.core.errors import WikiError
from wikidesk.core.paths import config_dir

log = logging.getLogger(__name__)
REGISTRY_FILE = "wikis.json"
STATES = ("synced", "offline", "read-only", "conflicts", "incompatible", "not synced yet", "local")
_LOCK = threading.Lock()


@dataclass
class LastSync:
    """The summary of a wiki's last sync round."""

    status: str  # a SyncReport status: synced, offline, read-only, conflicts, incompatible
    time: float  # epoch seconds when it finished
    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    waiting: int = 0  # local changes not sent yet
    message: str = ""


@dataclass
class WikiEntry:
    folder: str  # absolute path of the local wiki folder
    name: str  # display name
    share: str = ""  # the shared folder it syncs through ("" = not shared)
    last_sync: LastSync | None = None
    read_only: bool = False  # the share was found read-only for this person (a sync round or a write probe)
    extra: dict[str, Any] = field(default_factory=dict)  # keys written by a newer version, kept as they are

    @property
    def path(self) -> Path:
        return Path(self.folder)

    @property
    def state(self) -> str:
        """synced, offline, read-only, conflicts, incompatible; "not synced yet" with a share but no round;
        "local" without a share."""
        if not self.share:
            return "local"
        if self.read_only:
            return "read-only"
        if self.last_sync is None:
            return "not synced yet"
        return self.last_sync.status

    def to_json(self, current: bool = False) -> dict[str, Any]:
        return {"name": self.name, "folder": self.folder, "share": self.share or None, "state": self.state,
                "last_sync": asdict(self.last_sync) if self.last_sync else None, "current": current}


@dataclass
class Registry:
    wikis: list[WikiEntry]
    current: str  # folder of the current wiki ("" when none)

    def find(self, folder: Path | str) -> WikiEntry | None:
        key = _key(folder)
        return next((w for w in self.wikis if _key(w.folder) == key), None)

    def current_entry(self) -> WikiEntry | None:
        return self.find(self.current) if self.current else None


def registry_path() -> Path:
    return config_dir() / REGISTRY_FILE


def folder_key(folder: Path | str) -> str:
    """What two spellings of the same wiki folder have in common (absolute, case as the platform compares it)."""
    path = os.path.normcase(os.path.abspath(os.path.expanduser(str(folder))))
    return path.rstrip("/\\") or path


_key = folder_key


def _absolute(folder: Path | str) -> str:
    return os.path.abspath(os.path.expanduser(str(folder)))


def default_name(folder: Path | str) -> str:
    return Path(_absolute(folder)).name or str(folder)


def _entry(raw: Any) -> WikiEntry | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("folder"), str) or not raw["folder"]:
        return None
    last = raw.get("last_sync")
    last_sync = None
    if isinstance(last, dict) and isinstance(last.get("status"), str):
        try:
            last_sync = LastSync(status=last["status"], time=float(last.get("time") or 0),
                                 pulled=int(last.get("pulled") or 0), pushed=int(last.get("pushed") or 0),
                                 conflicts=int(last.get("conflicts") or 0), waiting=int(last.get("waiting") or 0),
                                 message=str(last.get("message") or ""))
        except (TypeError, ValueError):
            last_sync = None
    known = {"folder", "name", "share", "last_sync", "read_only"}
    return WikiEntry(folder=raw["folder"], name=str(raw.get("name") or default_name(raw["folder"])),
                     share=str(raw.get("share") or ""), last_sync=last_sync, read_only=bool(raw.get("read_only")),
                     extra={k: v for k, v in raw.items() if k not in known})


def _read_file() -> Registry:
    try:
        data = json.loads(registry_path().read_text("utf-8"))
    except FileNotFoundError:
        return Registry([], "")
    except (OSError, ValueError) as exc:
        log.warning("Ignoring an unreadable list of wikis %s: %s", registry_path(), exc)
        return Registry([], "")
    if not isinstance(data, dict):
        return Registry([], "")
    entries = [e for e in map(_entry, data.get("wikis") or []) if e is not None]
    seen: set[str] = set()
    unique = [e for e in entries if not (_key(e.folder) in seen or seen.add(_key(e.folder)))]  # type: ignore[func-returns-value]
    current = data.get("current") if isinstance(data.get("current"), str) else ""
    return Registry(unique, current or "")


def _write_file(registry: Registry) -> None:
    wikis = []
    for entry in registry.wikis:
        raw: dict[str, Any] = {**entry.extra, "folder": entry.folder, "name": entry.name, "share": entry.share}
        if entry.last_sync is not None:
            raw["last_sync"] = asdict(entry.last_sync)
        if entry.read_only:
            raw["read_only"] = True
        wikis.append(raw)
    data = {"current": registry.current, "wikis": wikis}
    write_atomic(registry_path(), json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))


def _wiki_path_setting() -> str:
    from wikidesk.core.settings import Settings

    return str(Settings.load().get("wiki_path") or "")


def load() -> Registry:
    """The person's wikis. The ``wiki_path`` setting is always among them (added, not written, when the file does
    not have it) and is the current one when the file names none."""
    registry = _read_file()
    configured = _wiki_path_setting()
    if configured and registry.find(configured) is None:
        registry.wikis.insert(0, WikiEntry(folder=_absolute(configured), name=default_name(configured),
                                           share=_share_of(configured)))
    if not registry.current or registry.find(registry.current) is None:
        registry.current = _absolute(configured) if configured else (registry.wikis[0].folder if registry.wikis
                                                                      else "")
    return registry


def _share_of(folder: Path | str) -> str:
    """The wiki's own shared folder setting (``.wikidesk/sync.json``), read without opening the wiki."""
    try:
        data = json.loads((Path(folder) / ".wikidesk" / "sync.json").read_text("utf-8"))
    except (OSError, ValueError):
        return ""
    return str(data.get("share") or "") if isinstance(data, dict) else ""


def entries() -> list[WikiEntry]:
    """The wikis with their shares as each wiki's own setting says now."""
    registry = load()
    for entry in registry.wikis:
        entry.share = _share_of(entry.folder) or entry.share
    return registry.wikis


def current() -> WikiEntry | None:
    return load().current_entry()


def _update(change: Any) -> Any:
    with _LOCK:
        registry = _read_file()
        result = change(registry)
        _write_file(registry)
        return result


def register(path: Path | str, *, share: str | None = None, name: str | None = None,
             make_current: bool = False) -> WikiEntry:
    """Add the wiki folder ``path`` to the person's wikis (or update its share and name if it is there).

    The first wiki registered, or any with ``make_current``, becomes the current one; when the ``wiki_path``
    setting is empty it is set to this wiki, so older versions and ``$WIKIDESK_WIKI``-less commands find it.
    """
    folder = _absolute(path)

    def change(registry: Registry) -> WikiEntry:
        entry = registry.find(folder)
        if entry is None:
            entry = WikiEntry(folder=folder, name=name or _unique_name(registry, default_name(folder)))
            registry.wikis.append(entry)
        elif name:
            entry.name = name
        if share is not None and share != entry.share:
            entry.share, entry.last_sync, entry.read_only = share, None, False
        elif share is None and not entry.share:
            entry.share = _share_of(folder)
        if make_current or not registry.current or registry.find(registry.current) is None:
            registry.current = entry.folder
        return entry

    entry = _update(change)
    _default_wiki_path(folder, force=False)
    return entry


def _unique_name(registry: Registry, wanted: str) -> str:
    taken = {w.name.casefold() for w in registry.wikis}
    if wanted.casefold() not in taken:
        return wanted
    n = 2
    while f"{wanted} ({n})".casefold() in taken:
        n += 1
    return f"{wanted} ({n})"


def _default_wiki_path(folder: str, *, force: bool) -> None:
    from wikidesk.core.settings import SettingLockedError, Settings

    settings = Settings.load()
    if settings.get("wiki_path") and not force:
        return
    try:
        settings.set("wiki_path", folder)
        settings.save()
    except (SettingLockedError, OSError, WikiError) as exc:
        log.info("The wiki_path setting stays as it is: %s", exc)


def unregister(path: Path | str) -> None:
    """Forget a wiki (its folder, history and share are left as they are)."""
    key = _key(path)

    def change(registry: Registry) -> None:
        registry.wikis = [w for w in registry.wikis if _key(w.folder) != key]
        if _key(registry.current or "") == key:
            registry.current = registry.wikis[0].folder if registry.wikis else ""

    _update(change)


def set_current(path: Path | str) -> None:
    """Make ``path`` the current wiki (registering it if needed), and the ``wiki_path`` setting with it."""
    register(path, make_current=True)
    _default_wiki_path(_absolute(path), force=True)


def rename(path: Path | str, name: str) -> None:
    name = name.strip()
    if not name:
        raise WikiError("A wiki needs a name.")
    register(path, name=name)


def record_sync(path: Path | str, report: Any, *, at: float | None = None) -> None:
    """Note how a sync round of the wiki at ``path`` went (a :class:`~wikidesk.core.sync.engine.SyncReport`).

    A wiki that is not registered yet is added (a wiki synced with ``--wiki`` becomes one of the person's)."""
    last = LastSync(status=report.status, time=time.time() if at is None else at, pulled=report.pulled,
                    pushed=report.pushed, conflicts=len(report.conflicts), waiting=report.waiting,
                    message=report.message)
    folder = _absolute(path)

    def change(registry: Registry) -> None:
        entry = registry.find(folder)
        if entry is None:
            entry = WikiEntry(folder=folder, name=_unique_name(registry, default_name(folder)))
            registry.wikis.append(entry)
            if not registry.current:
                registry.current = folder
        entry.share = _share_of(folder) or entry.share
        entry.last_sync = last
        if report.status == "read-only":
            entry.read_only = True
        elif report.status in ("synced", "conflicts") and report.pushed:
            entry.read_only = False  # it took our changes: writable again

    try:
        _update(change)
    except (OSError, WikiError) as exc:
        log.warning("Could not note the sync result in the list of wikis: %s", exc)


def record_read_only(path: Path | str, read_only: bool) -> None:
    """Note what a write probe of the wiki's share found (see :func:`probe_share`)."""
    key = _key(path)

    def change(registry: Registry) -> None:
        entry = registry.find(key)
        if entry is not None:
            entry.read_only = read_only

    try:
        _update(change)
    except (OSError, WikiError) as exc:
        log.warning("Could not note the share's state in the list of wikis: %s", exc)


def probe_share(share: str) -> str:
    """Whether this person may write in the shared folder ``share``: "writable", "read-only" or "offline".

    A local or UNC folder is probed by creating and removing a small file in it (permission bits alone do not tell:
    ACLs, root, immutable folders); other locations (``smb://``) are not probed and count as "writable" (their
    sync round says it when a write is refused).
    """
    if not share or "://" in share:
        return "writable"
    folder = Path(share)
    if not folder.is_dir():
        return "offline"
    probe = folder / f".wikidesk-probe-{uuid.uuid4().hex[:12]}.tmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except PermissionError:
        return "read-only"
    except OSError as exc:
        import errno

        return "read-only" if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM) else "offline"
    os.close(fd)
    try:
        probe.unlink()
    except OSError:
        pass
    return "writable"


@dataclass(frozen=True)
class TeamShare:
    """A team wiki IT preconfigured for this machine (machine defaults ``team_shares``)."""

    name: str
    share: str


def team_shares() -> list[TeamShare]:
    """IT's preconfigured team shares (``team_shares`` in the machine defaults), in IT's order."""
    from wikidesk.core.settings import Settings

    raw = Settings.load().get("team_shares") or []
    return [TeamShare(str(item["name"]), str(item["share"])) for item in raw]


def offered_team_shares() -> list[TeamShare]:
    """IT's team shares the person has no wiki for yet (offered on first run)."""
    have = {_share_key(w.share) for w in entries() if w.share}
    return [t for t in team_shares() if _share_key(t.share) not in have]


def _share_key(share: str) -> str:
    return share.rstrip("/\\").casefold() if "://" in share else _key(share)
