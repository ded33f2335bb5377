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

Saves meanwhile: a scan takes the wiki's lock only for one batch at a time, so the person's saves go on while it
runs (the app runs history's first import, :func:`first_import`, after its window shows). What it writes to history
(a revision, or a new modified time for a file history already holds) it writes under that lock after reading the
file again, so a save made since the scan first read a file is never overwritten nor recorded twice. Its loops call
:func:`~wikidesk.core.pacing.pause` once a file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wikidesk.core import pacing
from wikidesk.core.catalog import is_ignored, is_page_path, page_info_from_text, walk
from wikidesk.core.history.db import WorktreeEntry
from wikidesk.core.history.model import blob_hash
from wikidesk.core.names import name_key
from wikidesk.core.page_ids import attachment_id
from wikidesk.core.recording import INITIAL_SUMMARY, OUTSIDE_EDIT, outside_summary
from wikidesk.core.steps import drain

if TYPE_CHECKING:
    from wikidesk.core.history.store import History
    from wikidesk.core.wiki import Wiki

EDITED = OUTSIDE_EDIT
DELETED = "Deleted outside wikidesk"
LOOKING = "Looking for changes made outside wikidesk"
LOOKED = "Looked for changes made outside wikidesk"
RECORD_BATCH = 200  # files recorded per history transaction (and per hold of the wiki's lock)
Progress = tuple[int, int, str]
Holders = dict[str, "str | list[str]"]  # page id -> the path holding it, or the paths when several do


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
    plan = yield from _compare(history, wiki, None if folders is None else list(folders))
    return (yield from _record(plan, history, wiki, summary_new))


def first_import(history: History, wiki: Wiki) -> Generator[Progress, None, ScanReport]:
    """History's first look at a folder: take in every file already there (each page's first revision says it was
    "Added before history was kept"), then note that it was done. Progress counts the files compared, then those
    recorded, with no message (the caller names the work). Interrupted, it starts again the next time the wiki
    opens and skips what it had recorded."""
    plan = yield from _rescaled(_compare(history, wiki, None), lambda done, total: (done, 2 * total))
    files = max(plan.total, 1)
    report = yield from _rescaled(_record(plan, history, wiki, INITIAL_SUMMARY),
                                  lambda done, total: (files + done * files // max(total, 1), 2 * files))
    history.first_scan_done()
    return report


@dataclass
class _Plan:
    """What :func:`_compare` found: the files to record and those only to track again, and who holds each id."""

    folders: list[str] | None
    total: int  # files compared
    tracked: dict[str, WorktreeEntry]  # history's entries by path key, as the scan began
    on_disk: Holders
    changed: list[tuple[str, str, str]]  # rel, digest, page_id (the bytes are read again to record them)
    settled: list[tuple[str, str, str, str | None]]  # rel, digest, page_id, rev_id: only to track again


def _compare(history: History, wiki: Wiki, folders: list[str] | None) -> Generator[Progress, None, _Plan]:
    """Compare every file (or those directly in ``folders``) with what history holds; writes nothing."""
    if folders is not None:
        entries = _worktree_in(history, folders)
        found = _files_in(wiki.root, folders)
    else:
        entries = history.db.all_worktree()
        found = walk(wiki.root)
    files = []  # (path, modified time, size): not the stat objects, ~3x the memory
    for rel, st in found:
        files.append((rel, st.st_mtime_ns, st.st_size))
        pacing.pause()
    plan = _Plan(folders, len(files), {name_key(e.path): e for e in entries}, {}, [], [])
    del entries
    tracked, on_disk = plan.tracked, plan.on_disk
    for done, (rel, mtime_ns, size) in enumerate(files, 1):
        if done % 500 == 0:
            yield done, plan.total, LOOKING
        pacing.pause()
        entry = tracked.get(name_key(rel))
        if entry is not None and entry.mtime_ns == mtime_ns and entry.size == size:
            _hold(on_disk, entry.page_id, rel)
            continue
        try:
            data = (wiki.root / rel).read_bytes()
        except OSError:
            continue  # locked or vanished: the next scan sees it
        digest = blob_hash(data)
        page_id = _page_id_of(rel, data)
        del data
        _hold(on_disk, page_id, rel)
        if entry is not None and entry.page_id == page_id and entry.path == rel and entry.etag == digest:
            plan.settled.append((rel, digest, page_id, entry.rev_id))  # only the mtime moved
            continue
        head = next((h for h in history.heads(page_id) if h.blob == digest and h.path == rel), None)
        if head is not None and isinstance(on_disk[page_id], str):  # sync wrote it but was stopped before noting
            plan.settled.append((rel, digest, page_id, head.id))
            continue
        plan.changed.append((rel, digest, page_id))
    return plan


def _record(plan: _Plan, history: History, wiki: Wiki, summary_new: str) -> Generator[Progress, None, ScanReport]:
    """Write what :func:`_compare` found to history, a batch at a time under the wiki's lock; yields progress."""
    report = ScanReport()
    recorder = _Recorder(history, wiki, plan.tracked, plan.on_disk, plan.folders is not None, summary_new, report)
    with wiki.lock, history.lock:  # the wiki's lock first, as every change takes them
        for rel, digest, page_id, rev_id in plan.settled:
            recorder.settle(rel, digest, page_id, rev_id)
    changed = plan.changed
    for start in range(0, len(changed), RECORD_BATCH):
        if start:
            yield start, len(changed), LOOKING
        with wiki.lock, history.lock, history.db.transaction():
            for rel, digest, page_id in changed[start : start + RECORD_BATCH]:
                recorder.record(rel, digest, page_id)
                pacing.pause()
    with wiki.lock, history.lock:
        # plain rows, not a WorktreeEntry each: at 100,000 files those would be enough new objects for a full
        # collection of the cyclic collector (~0.1 s with the lock held)
        rows = (history.db.query("SELECT page_id, path FROM worktree") if plan.folders is None
                else [(e.page_id, e.path) for e in _worktree_in(history, plan.folders)])
        for page_id, path in rows:
            pacing.pause()
            if page_id not in plan.on_disk and not (wiki.root / path).exists():
                kind = "page" if is_page_path(path) else "file"
                history.record(page_id=page_id, path=path, data=None, author=wiki.user, summary=DELETED, kind=kind)
                report.deleted.append(path)
    yield plan.total, plan.total, LOOKED
    return report


def _rescaled(steps: Generator[Progress, None, Any], scale: Callable[[int, int], tuple[int, int]]
              ) -> Generator[Progress, None, Any]:
    """``steps`` with each ``(done, total)`` scaled and no message; returns what ``steps`` returns."""
    while True:
        try:
            done, total, _message = next(steps)
        except StopIteration as stop:
            return stop.value
        yield (*scale(done, total), "")


def _hold(on_disk: Holders, page_id: str, rel: str) -> None:
    """Note that ``rel`` holds ``page_id`` (a plain string while one path does: no list object a page)."""
    held = on_disk.get(page_id)
    if held is None:
        on_disk[page_id] = rel
    elif isinstance(held, str):
        on_disk[page_id] = [held, rel]
    else:
        held.append(rel)


def _holders(on_disk: Holders, page_id: str) -> list[str]:
    held = on_disk.get(page_id)
    return [] if held is None else [held] if isinstance(held, str) else held


@dataclass
class _Recorder:
    """Records the changed files one :func:`scan` found, reading each again (the scan kept only its hash)."""

    history: History
    wiki: Wiki
    tracked: dict[str, WorktreeEntry]  # history's entries by path key, as the scan began
    on_disk: Holders  # page id -> paths holding it
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
        holders = {name_key(h) for h in _holders(self.on_disk, page_id)}
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

    def settle(self, rel: str, digest: str, page_id: str, rev_id: str | None) -> None:
        """Note the file's new modified time for a revision history holds, if the file still has those bytes."""
        try:
            data = (self.wiki.root / rel).read_bytes()
        except OSError:
            return
        if blob_hash(data) == digest:
            self.history.track(page_id, rel, rev_id, digest)


def scan_all(history: History, wiki: Wiki, **kwargs: Any) -> ScanReport:
    return drain(scan(history, wiki, **kwargs))


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
        with wiki.lock, history.lock:
            history.record(page_id=page_id, path=rel, data=data, author=wiki.user,
                           summary=outside_summary(history, page_id),
                           kind="page" if is_page_path(rel) else "file")
