"""Where in the wiki folder other programs changed something, so a sync round looks only there.

A full look for outside edits costs a ``stat`` per page (~0.9 s at 20,000 pages, growing with the wiki), too much
for every background round of several wikis. :class:`FolderWatcher` watches every folder of the wiki with Qt's
file watcher (inotify on Linux, ReadDirectoryChangesW on Windows: one watch per folder, not per file) and collects
the folders where files appeared, vanished, were renamed or replaced; a round then scans only those
(:func:`wikidesk.core.history.scan.scan` with ``folders``). The full scan stays as a safety net: at the first
round, every :data:`FULL_SCAN_EVERY` seconds, when the app comes back from another program (an editor that writes
into a file in place changes no folder on Linux), and whenever a folder could not be watched.

The app's own writes change folders too, and history already has them: :meth:`FolderWatcher.own_write` (a wiki
listener, so it runs in the writing thread right after the write) notes the folder's modified time, and a folder
whose modified time is still that one when the round starts is not scanned: nothing wrote there since. A person's
saves in the top folder of a 100,000-page wiki (14,000 files there) no longer make each round compare them all.
A file system whose clock is coarse (Linux stamps with a clock tick of a few ms) can give another program's write
within that tick after the app's the same modified time: it is then found by the next full scan, as an edit in
place is (nothing is lost: a page changed on disk is never overwritten, see ``OutsideEditError``).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt
from PySide6.QtWidgets import QApplication

from wikidesk.core.catalog import is_ignored
from wikidesk.core.pages import WikiChange

FULL_SCAN_EVERY = 600.0  # seconds


def wiki_folders(root: Path) -> list[str]:
    """Every content folder of the wiki (relative POSIX paths, "" for the top one); runs off the UI thread."""
    found, stack = [""], [""]
    while stack:
        rel = stack.pop()
        try:
            entries = list(os.scandir(root / rel if rel else root))
        except OSError:
            continue
        for entry in entries:
            if is_ignored(entry.name):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    sub = f"{rel}/{entry.name}" if rel else entry.name
                    found.append(sub)
                    stack.append(sub)
            except OSError:
                continue
    return found


class FolderWatcher(QObject):
    """The folders of one wiki where something changed since the last :meth:`take`."""

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._changed)
        self.changed: set[str] = set()
        self.watched: set[str] = set()
        self.complete = False  # every folder is watched (else each round scans in full)
        self.last_full = 0.0  # monotonic time of the last full scan (0: none yet)
        self.full_wanted = True
        self._own: dict[str, int] = {}  # folder -> its modified time right after the app's own last write there
        self._own_lock = threading.Lock()  # own_write runs in whichever thread wrote
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._app_state)

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.full_wanted = True  # the person is in another program: it may edit files in place

    def watch(self, folders: list[str]) -> None:
        """Watch these folders (from :func:`wiki_folders`, or new ones a scan found)."""
        new = [f for f in folders if f not in self.watched]
        if not new:
            return
        paths = [str(self.root / f) if f else str(self.root) for f in new]
        failed = set(self.watcher.addPaths(paths))
        for folder, path in zip(new, paths, strict=True):
            if path not in failed:
                self.watched.add(folder)
        self.complete = not failed and (self.complete or "" in self.watched)

    def _changed(self, path: str) -> None:
        try:
            rel = Path(path).relative_to(self.root).as_posix()
        except ValueError:
            return
        self.changed.add("" if rel == "." else rel)

    def own_write(self, change: WikiChange) -> None:
        """Note the modified time of each folder the app itself just wrote in (called in the writing thread)."""
        for path in (change.path, change.old_path):
            if not path:
                continue
            folder = path.rpartition("/")[0]
            try:
                mtime = os.stat(self.root / folder if folder else self.root).st_mtime_ns
            except OSError:
                continue
            with self._own_lock:
                self._own[folder] = mtime

    def _only_own(self, folder: str) -> bool:
        """Whether nothing changed ``folder`` since the app's own last write there."""
        with self._own_lock:
            mtime = self._own.pop(folder, None)
        if mtime is None:
            return False
        try:
            return os.stat(self.root / folder if folder else self.root).st_mtime_ns == mtime
        except OSError:
            return False

    def take(self) -> tuple[list[str] | None, list[str]]:
        """What the next round should scan: ``(None, [])`` for a full scan, else the changed folders, and the
        watched folder list the scan uses to spot new subfolders (they are scanned and watched too)."""
        now = time.monotonic()
        changed, self.changed = self.changed, set()
        if self.full_wanted or not self.complete or not self.last_full or now - self.last_full > FULL_SCAN_EVERY:
            self.full_wanted = False
            self.last_full = now
            with self._own_lock:
                self._own.clear()
            return None, []
        return sorted(f for f in changed if not self._only_own(f)), sorted(self.watched)

    def forget(self) -> None:
        paths = self.watcher.directories()
        if paths:
            self.watcher.removePaths(paths)
        self.watched.clear()
        self.complete = False


def with_new_subfolders(root: Path, changed: list[str], watched: set[str]) -> tuple[list[str], list[str]]:
    """The changed folders plus every folder below them that is not watched yet (a folder moved or copied in);
    returns ``(folders to scan, new folders to watch)``. Looks one level into each changed folder, and deeper
    only into new folders. Runs off the UI thread."""
    scan, new = set(changed), []
    for folder in changed:
        try:
            entries = list(os.scandir(root / folder if folder else root))
        except OSError:
            continue
        for entry in entries:
            rel = f"{folder}/{entry.name}" if folder else entry.name
            try:
                if rel in watched or is_ignored(entry.name) or not entry.is_dir(follow_symlinks=False):
                    continue
            except OSError:
                continue
            below = [rel] + [f"{rel}/{sub}" for sub in wiki_folders(root / rel)[1:]]
            scan.update(below)
            new.extend(below)
    return sorted(scan), new
