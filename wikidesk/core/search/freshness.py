"""Whether a search must first look through the wiki folder for pages changed by other programs, decided cheaply.

A full look costs one ``stat`` per page (~50–100 ms at 20,000 pages), too much for every ``wikidesk search``. After a
full look, the modification times of the wiki's folders are recorded beside the index. A later search compares only
those (one ``stat`` per folder, a few hundred at most): creating, deleting or renaming a page, and saving it the way
most programs do (a new file renamed over the old one), changes its folder's time. An edit written into the same file
does not; it is found by the full look that is done anyway when the last one is older than :data:`FULL_EVERY`
seconds. Folder times close to the look itself are not trusted (coarse clocks on some disks and shares), so the
next search looks again. ``wikidesk index update`` and the app always look.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from wikidesk.core.search.records import record

STATE_FILE = "freshness.json"
FULL_EVERY = 60.0  # seconds: the longest a page edited in place by another program goes unseen by `search`
COARSE = 2.0  # seconds: a folder time this close to the look may hide a change (FAT and SMB tick in 1–2 s)


@record(frozen=True)
class Snapshot:
    """The wiki's folders and their modification times, taken just before a full look."""

    taken: float
    folders: dict[str, int]  # relative POSIX path ("" = the root) -> st_mtime_ns


def take(root: Path) -> Snapshot:
    """Record the folders' times (call it before the look, so a change during the look is seen next time)."""
    taken = time.time()
    folders: dict[str, int] = {}
    stack = [""]
    while stack:
        rel = stack.pop()
        path = root / rel if rel else root
        try:
            folders[rel] = os.stat(path).st_mtime_ns
            entries = list(os.scandir(path))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                stack.append(f"{rel}/{entry.name}" if rel else entry.name)
    return Snapshot(taken, folders)


def save(index_dir: Path, snapshot: Snapshot) -> None:
    """Remember a finished look (best effort: a failure only means the next search looks again)."""
    data = {"taken": snapshot.taken, "folders": snapshot.folders}
    try:
        tmp = index_dir / f".{STATE_FILE}.tmp"
        tmp.write_text(json.dumps(data), "utf-8")
        os.replace(tmp, index_dir / STATE_FILE)
    except OSError:
        pass


def needs_look(index_dir: Path, root: Path, *, now: float | None = None) -> bool:
    """True when a page may have changed since the last full look (or it is due, or nothing is known)."""
    try:
        data = json.loads((index_dir / STATE_FILE).read_text("utf-8"))
        taken, folders = float(data["taken"]), dict(data["folders"])
    except (OSError, ValueError, KeyError, TypeError):
        return True
    now = time.time() if now is None else now
    if not 0 <= now - taken < FULL_EVERY:
        return True
    trusted_before = (taken - COARSE) * 1e9
    for rel, recorded in folders.items():
        try:
            mtime = os.stat(root / rel if rel else root).st_mtime_ns
        except OSError:
            return True  # a folder went away
        if mtime != recorded or mtime >= trusted_before:
            return True
    return False
