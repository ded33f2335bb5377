"""The readable mirror: the latest version of every page as a plain file under the share's ``pages/`` folder.

The mirror is derived and never trusted. Before a mirror file is replaced or removed, its bytes must be a
version history knows; anything else is an edit by someone without the app (a "suspect"). A suspect is re-read
in later rounds and, once it has stayed the same for :attr:`Mirror.grace` seconds (long enough for the segment of
a client that wrote a newer version to become visible), it is taken in as a new revision and merged like any
concurrent edit. Each round also audits a few mirror folders (one listing each, in rotation) to notice edits,
deletions and stale files; a deleted mirror file is written again, it never deletes a page.
"""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from collections import Counter
from concurrent.futures import Future
from dataclasses import dataclass, field

from wikidesk.core import pacing
from wikidesk.core.catalog import is_ignored, is_page_path, page_info_from_text
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.names import name_key
from wikidesk.core.page_ids import attachment_id
from wikidesk.core.sync.backend import Entry
from wikidesk.core.sync.state import MirrorRow, SyncState
from wikidesk.core.sync.store import MIRROR, TEMP_PREFIX, ShareStore, ShareWriter

MIRROR_AUTHOR = "shared folder"
MIRROR_SUMMARY = "Edited in the shared folder's readable copy (pages/)"
BATCH = 256  # mirror files written at once (bounded memory: a first push of 100,000 pages holds 256 at a time)


@dataclass
class MirrorResult:
    written: int = 0
    removed: int = 0
    taken_in: list[Revision] = field(default_factory=list)
    suspects: int = 0
    stale: set[str] = field(default_factory=set)  # page ids to rewrite


def _rel(path: str) -> str:
    return f"{MIRROR}/{path}"


def _nfc(name: str) -> str:
    return unicodedata.normalize("NFC", name)


class _Writes:
    """Mirror files waiting to be written, :data:`BATCH` at a time through a :class:`ShareWriter` (one batch on its
    way while the next is prepared); a batch's rows are noted in one transaction once its files are in place. A
    file in place without its row is harmless: the next round finds there the bytes it wants and notes the row."""

    def __init__(self, writer: ShareWriter, state: SyncState, result: MirrorResult) -> None:
        self.writer, self.state, self.result = writer, state, result
        self.rows: list[MirrorRow] = []
        self.data: list[bytes] = []
        self.sent: tuple[list[MirrorRow], list[Future[None]]] | None = None
        self.keys: set[str] = set()  # names of the batch being prepared and of the one on its way

    def before(self, path: str) -> None:
        """Finish every write first if ``path`` is one of them: a later page then sees the file there."""
        if name_key(path) in self.keys:
            self.drain()

    def add(self, row: MirrorRow, data: bytes) -> None:
        self.rows.append(row)
        self.data.append(data)
        self.keys.add(name_key(row.path))
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Send the prepared batch on its way, then wait for the one before it."""
        started = None
        if self.rows:
            items = [(_rel(row.path), data) for row, data in zip(self.rows, self.data, strict=True)]
            started = (self.rows, self.writer.start(items))
            self.rows, self.data = [], []
        self._land()
        self.sent = started
        self.keys = {name_key(row.path) for row in started[0]} if started else set()

    def drain(self) -> None:
        self.flush()
        self._land()
        self.keys = set()

    def _land(self) -> None:
        if self.sent is None:
            return
        rows, futures = self.sent
        self.sent = None
        self.writer.finish(futures)
        self.state.set_mirrors(rows, written=True)
        self.result.written += len(rows)


class Mirror:
    """Keeps ``pages/`` in step with history, for one store and one local history."""

    def __init__(self, history: History, state: SyncState, store: ShareStore, *, grace: float = 60.0,
                 audit_folders: int = 2) -> None:
        self.history, self.state, self.store = history, state, store
        self.grace, self.audit_folders = grace, audit_folders

    # ----- state ----------------------------------------------------------------------------------------------
    def _row(self, page_id: str) -> MirrorRow | None:
        return self.state.mirror_row(page_id)

    def _set(self, page_id: str, path: str, blob: str | None, rev_id: str | None, *, size: int | None,
             mtime: float | None) -> None:
        self.state.set_mirror(page_id, path, blob, rev_id, size=size, mtime=mtime)

    def _drop(self, page_id: str) -> None:
        self.state.drop_mirror(page_id)

    def known(self, digest: str) -> bool:
        return self.history.knows_content(digest)

    def expect(self, page_ids: set[str]) -> None:
        """Note what the mirror should hold for pulled pages without touching the share: their writer updates
        the files; the audit notices (by size) a file its writer never got to, and rewrites it."""
        rows: list[MirrorRow] = []
        for page_id in page_ids:
            pacing.pause()
            heads = self.history.heads(page_id)
            if not heads or heads[0].deleted:
                self._drop(page_id)
            else:
                rev, row = heads[0], self._row(page_id)
                # keep the last revision actually seen in the file: an edit there was based on that one
                seen = row.rev_id if row is not None and row.rev_id else None
                rows.append(MirrorRow(page_id, rev.path, rev.blob, seen, rev.size, None))
        self.state.set_mirrors(rows)  # one transaction (a join expects every page)

    def _rev_with_blob(self, page_id: str, digest: str) -> str | None:
        return self.history.revision_with_content(page_id, digest)

    def _suspect(self, path: str, digest: str, mtime: float) -> None:
        self.state.suspect(path, digest, mtime)

    # ----- writing ---------------------------------------------------------------------------------------------
    def update(self, page_ids: set[str], result: MirrorResult) -> None:
        """Bring the mirror files of ``page_ids`` up to their winning head.

        Old names go first (a rename, a page moved aside by a name clash, a deletion), then every file is
        written; a page whose file shared a removed name (one file on a case-insensitive share) is rewritten.
        """
        rewrite: set[str] = set()
        for page_id in sorted(page_ids):
            rewrite |= self._remove_old_names(page_id, result)
            pacing.pause()
        listings: dict[str, dict[str, Entry]] = {}
        with ShareWriter(self.store) as writer:
            batch = _Writes(writer, self.state, result)
            for page_id in sorted(page_ids | rewrite):
                self._write(page_id, result, listings, batch, force=page_id in rewrite or page_id in result.stale)
                pacing.pause()
            batch.drain()
        self.state.mirror_paid(page_ids | rewrite)

    def _remove_old_names(self, page_id: str, result: MirrorResult) -> set[str]:
        """Remove the mirror names this page no longer has; return pages whose file may have gone with them."""
        heads = self.history.heads(page_id)
        target = heads[0] if heads else None
        want = None if target is None or target.deleted else target.path
        row = self._row(page_id)
        old = {row.path} if row is not None else set()
        if target is not None:  # also names written by others, e.g. before the page was moved aside here
            old |= {parent.path for parent in map(self.history.get_revision, target.parents) if parent is not None}
            if target.deleted:
                old.add(target.path)
        if row is not None and row.path != want:
            self._drop(page_id)
        orphaned: set[str] = set()
        for path in sorted(old - {want}):
            if self._remove(path, page_id):
                result.removed += 1
                orphaned |= self._claimants(path, page_id)
        return orphaned

    def _claimants(self, path: str, page_id: str) -> set[str]:
        return {row.page_id for row in self.state.mirror_at(path) if row.page_id != page_id}

    def _write(self, page_id: str, result: MirrorResult, listings: dict[str, dict[str, Entry]], batch: _Writes, *,
               force: bool) -> None:
        heads = self.history.heads(page_id)
        if not heads or heads[0].deleted:
            return
        target, row = heads[0], self._row(page_id)
        want = target.path
        if row is not None and row.blob == target.blob and row.path == want and not force:
            return
        batch.before(want)  # a name already waiting in the batch is written first: the later page sees it
        if (row is None or row.path != want) and not self._clear_twins(want, listings, result):
            return
        current = self.store.read(_rel(want))
        if current is not None:
            digest = blob_hash(current)
            if digest == target.blob:
                self._set(page_id, want, target.blob, target.id, size=len(current), mtime=None)
                return
            if not self.known(digest):
                self._suspect(want, digest, 0.0)
                result.suspects += 1
                return
        data = self.history.content(target) or b""
        batch.add(MirrorRow(page_id, want, target.blob, target.id, len(data), None), data)

    def _clear_twins(self, path: str, listings: dict[str, dict[str, Entry]], result: MirrorResult) -> bool:
        """Before a page takes a new name, remove other names equal to it ignoring case and Unicode form (one
        file on a Windows share). False if one holds bytes history does not know (a person's edit: kept)."""
        folder, _, name = path.rpartition("/")
        if folder not in listings:
            entries = self.store.list(_rel(folder) if folder else MIRROR) or []
            listings[folder] = {e.name: e for e in entries if not e.is_dir}
        listing = listings[folder]
        for other in sorted(listing):
            if other == name or name_key(other) != name_key(name):
                continue
            rel = f"{folder}/{other}" if folder else other
            data = self.store.read(_rel(rel))
            if data is not None and not self.known(blob_hash(data)):
                self._suspect(rel, blob_hash(data), 0.0)
                result.suspects += 1
                return False
            if data is not None and self.store.delete(_rel(rel)):
                result.removed += 1
            del listing[other]
        return True

    def _remove(self, path: str, page_id: str) -> bool:
        """Delete ``path`` if it holds a version of this page (on a case-insensitive share it may be another
        page's file under the same name: that one stays); unknown bytes become a suspect."""
        current = self.store.read(_rel(path))
        if current is None:
            return False
        digest = blob_hash(current)
        if not self.known(digest):
            self._suspect(path, digest, 0.0)
            return False
        if self._rev_with_blob(page_id, digest) is None:
            return False
        return self.store.delete(_rel(path))

    # ----- noticing edits by people without the app --------------------------------------------------------
    def audit(self, result: MirrorResult) -> None:
        """List the next few mirror folders; note edited, missing and stale files."""
        folders = self._folders()
        if not folders:
            return
        pos = self.state.audit_position()
        for step in range(min(self.audit_folders, len(folders))):
            self._audit_folder(folders[(pos + step) % len(folders)], result)
        self.state.set_audit_position((pos + self.audit_folders) % max(len(folders), 1))

    def audit_all(self, result: MirrorResult) -> None:
        for folder in self._folders():
            self._audit_folder(folder, result)

    def _folders(self) -> list[str]:
        return sorted({""} | self.state.mirror_folders() | self.state.mirror_extra_dirs())

    def _audit_folder(self, folder: str, result: MirrorResult) -> None:
        entries = self.store.list(_rel(folder) if folder else MIRROR)
        if entries is None:
            return
        by_key = {name_key(r.path): r for r in self.state.mirror_rows_in(folder)}
        listed: set[str] = set()
        extra = self.state.mirror_extra_dirs()
        per_key = Counter(name_key(f"{folder}/{e.name}" if folder else e.name) for e in entries if not e.is_dir)
        timed: list[MirrorRow] = []  # rows whose file is as expected, with its time now known: one transaction
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX) or is_ignored(entry.name):
                continue
            rel = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_dir:
                if rel not in extra:
                    extra.add(rel)
                    self.state.set_mirror_extra_dirs(extra)
                continue
            listed.add(name_key(rel))
            row = by_key.get(name_key(rel))
            # the same name ignoring case and Unicode form (one file on Windows) beside the page's own, or alone in
            # another case; alone in another Unicode form only, it is how this server stores names: not a twin
            twin = row is not None and row.path != rel and (per_key[name_key(rel)] > 1
                                                            or _nfc(rel) != _nfc(row.path))
            if row is not None and not twin and row.size == entry.size and row.mtime in (None, entry.mtime):
                if row.mtime is None:
                    timed.append(MirrorRow(row.page_id, row.path, row.blob, row.rev_id, entry.size, entry.mtime))
                continue
            data = self.store.read(_rel(rel))
            if data is None:
                continue
            digest = blob_hash(data)
            if self.known(digest):
                if twin or (row is None and self._left_behind(rel, digest)):
                    if self.store.delete(_rel(rel)):
                        result.removed += 1
                    if row is not None:
                        result.stale.add(row.page_id)  # written again under its exact name
                elif row is not None:
                    heads = self.history.heads(row.page_id)
                    if heads and heads[0].blob != digest:
                        result.stale.add(row.page_id)
                    base = self._rev_with_blob(row.page_id, digest)
                    self._set(row.page_id, row.path, digest, base, size=entry.size, mtime=entry.mtime)
                continue
            self._suspect(rel, digest, entry.mtime)
            result.suspects += 1
        self.state.set_mirrors(timed)
        for key, row in by_key.items():
            if key not in listed:
                result.stale.add(row.page_id)  # deleted by someone: write it again

    def _left_behind(self, rel: str, digest: str) -> bool:
        """True if ``rel`` holds a version of a page from when it had this name, and no page has it now."""
        key = name_key(rel)
        rows = self.history.names_of_content(digest)
        if not any(name_key(path) == key for _, path in rows):
            return False  # a name this client has not seen yet (e.g. a move it has not pulled): not stale
        for page_id in {page_id for page_id, _ in rows}:
            if any(not h.deleted and name_key(h.path) == key for h in self.history.heads(page_id)):
                return False
        return True

    def take_in_suspects(self, result: MirrorResult, *, now: float | None = None) -> set[str]:
        """Re-read suspect mirror files; take in those unchanged for ``grace`` seconds. Returns touched pages."""
        now = time.time() if now is None else now
        touched: set[str] = set()
        for suspect in self.state.suspects():
            key, path, digest = suspect.path_key, suspect.path, suspect.blob
            data = self.store.read(_rel(path))
            if data is None or self.known(blob_hash(data)):
                self._forget_suspect(key)
                continue
            if blob_hash(data) != digest:
                self._forget_suspect(key)
                self._suspect(path, blob_hash(data), 0.0)
                continue
            if suspect.rounds < 1 or now - suspect.first_seen < self.grace:
                self.state.suspect_seen_again(key)
                continue
            rev = self._take_in(path, data)
            self._forget_suspect(key)
            result.taken_in.append(rev)
            touched.add(rev.page_id)
        return touched

    def _forget_suspect(self, key: str) -> None:
        self.state.forget_suspect(key)

    def _take_in(self, path: str, data: bytes) -> Revision:
        rows = self.state.mirror_at(path)
        if rows:
            page_id, base = rows[0].page_id, rows[0].rev_id
        elif is_page_path(path):
            page_id, base = page_info_from_text(path, data.decode("utf-8", errors="replace"), None).page_id, None
        else:
            page_id, base = attachment_id(path), None
        heads = self.history.heads(page_id)
        if base is None or self.history.get_revision(base) is None:
            base = heads[0].id if heads else None
        parent = self.history.get_revision(base) if base else None
        entry = self.store.stat(_rel(path))
        when = dt.datetime.fromtimestamp(entry.mtime if entry else time.time(), dt.UTC)
        rev = Revision(page_id=page_id, kind="page" if is_page_path(path) else "file", path=path,
                       blob=blob_hash(data), size=len(data), parents=(base,) if base else (),
                       author=MIRROR_AUTHOR, time=when.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
                       clock=(parent.clock if parent else self.history.clock()) + 1, summary=MIRROR_SUMMARY)
        self.history.add(rev, data, published=False)
        return rev
