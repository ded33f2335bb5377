"""Pick up changes other programs made to the wiki folder while the app was not looking.

Compares every file with what history last recorded for it (cheap ``stat`` first, content hash only when the
size or mtime moved) and records new revisions: edits, new files, moves (a page file that reappears under another
path keeps its id) and deletions. A copied page file (same front matter ``id`` at two paths) gets a fresh id, so
the two pages never overwrite each other's history.

A full scan costs a ``stat`` per file and reads every tracked entry of history: ~0.9 s at 20,000 pages, growing
with the wiki. ``scan(..., folders=...)`` looks only in the given folders (not their subfolders): the app's
folder watcher knows where something changed and asks for those, and keeps the full scan as a rare safety net.

Memory: the first scan of a big folder finds every file changed (100,000 pages, ~300 MB of page text). It keeps
only each file's hash and id while it walks, and reads a file again when it records it, a batch of
:data:`RECORD_BATCH` files per transaction; a file whose bytes changed between the two reads is left for the
next scan (its history entry would otherwise hold the old hash under the new file's modified time).
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wikidesk.core.catalog import is_ignored, is_page_path, page_info_from_text, walk
from wikidesk.core.history.db import WorktreeEntry
from wikidesk.core.history.model import blob_hash
from wikidesk.core.names import name_key
from wikidesk.core.page_ids import attachment_id

if TYPE_CHECKING:
    from wikidesk.core.history.store import History
    from wikidesk.core.wiki import Wiki

EDITED = "Edited outside wikidesk"
DELETED = "Deleted outside wikidesk"
RECORD_BATCH = 200  # files recorded per history transaction
Progress = tuple[int, int, str]


@dataclass
class ScanReport:
    recorded: list[str] = field(default_factory=list)  # paths with a new revision
    deleted: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)  # files that got a fresh page id


def _page_id_of(rel: str, data: bytes) -> str:
    if not is_page_path(rel):
        return attachment_id(rel)
    text = data.decode("utf-8", errors="replace")
    return page_info_from_text(rel, text, None).page_id


def _files_in(root: Path, folders: Iterable[str]) -> Iterator[tuple[str, os.stat_result]]:
    """``(relative POSIX path, stat)`` of the content files directly in each folder (as :func:`walk` sees them)."""
    for folder in sorted(set(folders)):
        try:
            entries = list(os.scandir(root / folder if folder else root))
        except OSError:
            continue  # gone: its tracked files count as deleted
        for entry in entries:
            if is_ignored(entry.name):
                continue
            rel = f"{folder}/{entry.name}" if folder else entry.name
            try:
                rel.encode("utf-8")
                if entry.is_file(follow_symlinks=False):
                    yield rel, entry.stat(follow_symlinks=False)
            except (OSError, UnicodeEncodeError):
                continue


def _worktree_in(history: History, folders: Iterable[str]) -> list[WorktreeEntry]:
    """History's tracked files directly in each folder: one indexed range query per folder."""
    found: list[WorktreeEntry] = []
    columns = "page_id, path, rev_id, etag, mtime_ns, size"
    for folder in sorted(set(folders)):
        if folder:
            prefix = name_key(folder) + "/"
            rows = history.db.query(f"SELECT {columns} FROM worktree WHERE path_key >= ? AND path_key < ?",
                                    (prefix, prefix + "\U0010ffff"))
            depth = prefix.count("/")
            found.extend(WorktreeEntry(*r) for r in rows if r[1].count("/") == depth)
        else:
            rows = history.db.query(f"SELECT {columns} FROM worktree WHERE instr(path, '/') = 0")
            found.extend(WorktreeEntry(*r) for r in rows)
    return found


def scan(history: History, wiki: Wiki, *, summary_new: str = EDITED,
         folders: Iterable[str] | None = None) -> Generator[Progress, None, ScanReport]:
    """Record what changed in the folder since history last looked; yields progress.

    With ``folders`` (relative POSIX folder paths, "" for the wiki's top folder), only the files directly in
    those folders are compared, and only the pages tracked there can count as deleted; a page whose file appears
    in them while its tracked file elsewhere still exists is a copy (it gets a fresh id), as in a full scan.
    """
    report = ScanReport()
    partial = folders is not None
    if folders is not None:
        folders = list(folders)
        entries = _worktree_in(history, folders)
        found = _files_in(wiki.root, folders)
    else:
        entries = history.db.all_worktree()
        found = walk(wiki.root)
    files = [(rel, st.st_mtime_ns, st.st_size) for rel, st in found]  # not the stat objects: ~3x the memory
    tracked = {name_key(e.path): e for e in entries}
    total = len(files)
    changed: list[tuple[str, str, str]] = []  # rel, digest, page_id (the bytes are read again to record them)
    on_disk: dict[str, list[str]] = {}  # page id -> paths holding it
    for done, (rel, mtime_ns, size) in enumerate(files, 1):
        if done % 500 == 0:
            yield done, total, "Looking for changes made outside wikidesk"
        entry = tracked.get(name_key(rel))
        if entry is not None and entry.mtime_ns == mtime_ns and entry.size == size:
            on_disk.setdefault(entry.page_id, []).append(rel)
            continue
        try:
            data = (wiki.root / rel).read_bytes()
        except OSError:
            continue  # locked or vanished: the next scan sees it
        digest = blob_hash(data)
        page_id = _page_id_of(rel, data)
        on_disk.setdefault(page_id, []).append(rel)
        if entry is not None and entry.page_id == page_id and entry.path == rel and entry.etag == digest:
            history.track(page_id, rel, entry.rev_id, digest)  # only the mtime moved
            continue
        head = next((h for h in history.heads(page_id) if h.blob == digest and h.path == rel), None)
        if head is not None and len(on_disk[page_id]) == 1:
            history.track(page_id, rel, head.id, digest)  # sync wrote this file but was stopped before noting it
            continue
        changed.append((rel, digest, page_id))
    del files
    with wiki.lock, history.lock:  # the wiki's lock first, as every change takes them
        recorder = _Recorder(history, wiki, tracked, on_disk, partial, summary_new, report)
        for start in range(0, len(changed), RECORD_BATCH):
            if start:
                yield start, len(changed), "Looking for changes made outside wikidesk"
            with history.db.transaction():
                for rel, digest, page_id in changed[start : start + RECORD_BATCH]:
                    recorder.record(rel, digest, page_id)
        for entry in (_worktree_in(history, folders) if folders is not None else history.db.all_worktree()):
            if entry.page_id not in on_disk and not (wiki.root / entry.path).exists():
                kind = "page" if is_page_path(entry.path) else "file"
                history.record(page_id=entry.page_id, path=entry.path, data=None, author=wiki.user,
                               summary=DELETED, kind=kind)
                report.deleted.append(entry.path)
    yield total, total, "Looked for changes made outside wikidesk"
    return report


@dataclass
class _Recorder:
    """Records the changed files one :func:`scan` found, reading each again (the scan kept only its hash)."""

    history: History
    wiki: Wiki
    tracked: dict[str, WorktreeEntry]  # history's entries by path key, as the scan began
    on_disk: dict[str, list[str]]  # page id -> paths holding it
    partial: bool
    summary_new: str
    report: ScanReport
    assigned: set[str] = field(default_factory=set)

    def record(self, rel: str, digest: str, page_id: str) -> None:
        history, wiki = self.history, self.wiki
        try:
            data = (wiki.root / rel).read_bytes()
        except OSError:
            return  # locked or vanished meanwhile: the next scan sees it
        if blob_hash(data) != digest:
            return  # changed again meanwhile: the next scan records it as it is then
        entry = history.db.worktree(page_id)
        holders = {name_key(h) for h in self.on_disk.get(page_id, [])}
        elsewhere = entry is not None and name_key(entry.path) != name_key(rel) and (
            name_key(entry.path) in holders
            or (self.partial and name_key(entry.path) not in self.tracked and (wiki.root / entry.path).is_file()))
        if is_page_path(rel) and (elsewhere or page_id in self.assigned):
            data, page_id = wiki.give_new_id(rel, data)
            self.report.copies.append(rel)
        self.assigned.add(page_id)
        summary = EDITED if history.db.heads(page_id) else self.summary_new
        kind = "page" if is_page_path(rel) else "file"
        if history.record(page_id=page_id, path=rel, data=data, author=wiki.user, summary=summary, kind=kind):
            self.report.recorded.append(rel)


def scan_all(history: History, wiki: Wiki, **kwargs: Any) -> ScanReport:
    gen = scan(history, wiki, **kwargs)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def scan_paths(history: History, wiki: Wiki, paths: list[str]) -> None:
    """Cheap check of a few files (e.g. before showing one page's history)."""
    for rel in paths:
        entry = next(iter(history.db.worktree_at(name_key(rel))), None)
        full = wiki.root / rel
        try:
            st = os.stat(full)
        except OSError:
            continue
        if entry is not None and entry.mtime_ns == st.st_mtime_ns and entry.size == st.st_size:
            continue
        data = full.read_bytes()
        page_id = _page_id_of(rel, data)
        history.record(page_id=page_id, path=rel, data=data, author=wiki.user, summary=EDITED,
                       kind="page" if is_page_path(rel) else "file")

