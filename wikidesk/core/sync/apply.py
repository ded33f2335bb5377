"""Put the winning head of each changed page into the working folder (through ``Wiki.apply_remote``).

A page whose file was changed locally since sync last touched it is left alone this round (the next round takes
the edit in and merges it). Two different pages that want the same file name (created concurrently on two
computers, or claimed by a broken or hostile client) are told apart deterministically: the page that held the
name first (the lowest Lamport clock, then revision id, among its revisions at that name) keeps it, and the other
moves to ``Name (<id>).md`` through a revision every client computes identically. So a revision that claims an
existing page's path never replaces that page's text: a client that saw the page before writing the claim has a
higher clock.

Pages are written in batches (:class:`Writes`): each file is staged, the batch is made durable at once (one pass of
fsyncs instead of two fsyncs a page; :class:`~wikidesk.core.atomic.DurableBatch`), and only then does history note
the pages as applied (``History.track_all``). So a crash or power loss never leaves history saying a file holds a
version that is not on the disk; a page written but not noted is found on disk as it should be, and noted, by the
next round. A batch is committed every :data:`BATCH_PAGES` pages and whenever a page's placement depends on another
page's (a name in use, a page that must move first), so every decision reads what is really on disk and in history.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wikidesk.core.atomic import DurableBatch
from wikidesk.core.errors import OutsideEditError, StorageError, WikiError
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.names import escape_component, name_key

if TYPE_CHECKING:
    from wikidesk.core.wiki import Wiki

CLASH_SUMMARY = "Moved: another page already had this name"
BATCH_PAGES = 1000  # pages staged before a batch is made durable and noted in history
Progress = tuple[int, int, str]
APPLYING = "Updating the wiki folder"


@dataclass
class ApplyResult:
    applied: int = 0
    renamed: list[Revision] = field(default_factory=list)  # clash renames (to push)
    skipped: list[str] = field(default_factory=list)  # messages
    unwritten: bool = False  # a page could not be written (disk trouble): the next round looks for what lags


class Writes:
    """Page files staged in one :class:`DurableBatch`, and what history notes once they are durable."""

    def __init__(self, wiki: Wiki, history: History) -> None:
        self.wiki, self.history = wiki, history
        self.files = DurableBatch()
        self.tracks: list[tuple[str, str | None, str | None, str | None]] = []  # track() arguments
        self.keys: set[str] = set()  # name keys of the paths staged or removed

    def __len__(self) -> int:
        return len(self.tracks)

    def note(self, page_id: str, path: str | None, target: Revision, old_path: str | None) -> None:
        """The page's file is staged at ``path`` (None: removed) with ``target``'s bytes."""
        self.tracks.append((page_id, path, target.id, None if path is None else target.blob))
        self.keys.update(name_key(p) for p in (path, old_path) if p)

    def keep(self, page_id: str, path: str, target: Revision) -> None:
        """The page's file is already at ``path`` with ``target``'s bytes (left by an interrupted round)."""
        self.files.keep(self.wiki.root / path)
        self.note(page_id, path, target, None)

    def touches(self, path: str) -> bool:
        return name_key(path) in self.keys

    def commit(self, result: ApplyResult) -> None:
        """Make the staged files durable, then note them in history; on failure nothing is noted."""
        tracks, self.tracks, self.keys = self.tracks, [], set()
        if not tracks:
            return
        try:
            self.files.commit()
        except StorageError as exc:
            self.files.discard()
            result.skipped.append(f"Could not update {len(tracks)} page(s) in the wiki folder: {exc}")
            result.unwritten = True
            return
        self.history.track_all(tracks)
        result.applied += len(tracks)


def _etag(wiki: Wiki, rel: str) -> str | None:
    try:
        return blob_hash((wiki.root / rel).read_bytes())
    except OSError:
        return None


def clash_path(path: str, page_id: str) -> str:
    folder, _, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    new = f"{stem} ({escape_component(page_id[:6])})" + (f".{ext}" if ext else "")
    return f"{folder}/{new}" if folder else new


def _move_aside(history: History, page_id: str) -> Revision:
    head = history.heads(page_id)[0]
    rev = Revision(page_id=page_id, kind=head.kind, path=clash_path(head.path, page_id), blob=head.blob,
                   size=head.size, parents=(head.id,), author="wikidesk", time=head.time, clock=head.clock + 1,
                   summary=CLASH_SUMMARY)
    history.add(rev, None, published=False)
    return rev


def _name_claim(history: History, page_id: str, key: str) -> tuple[int, str, str]:
    """When a page first held the name ``key``: the lowest (clock, id) of its revisions there."""
    ranks = [r.rank() for r in history.page_revisions(page_id) if name_key(r.path) == key]
    return (*min(ranks), page_id) if ranks else (2**63, "", page_id)


def apply_page(wiki: Wiki, history: History, page_id: str, result: ApplyResult, writes: Writes) -> str | None:
    """Bring one page's file up to date (staged in ``writes``, noted in history when it commits). Returns the id of
    another page that must move first, if any."""
    heads = history.heads(page_id)
    if not heads:
        return None
    target = heads[0]
    entry = history.worktree(page_id)
    if entry is not None:
        on_disk = _etag(wiki, entry.path)
        if entry.rev_id == target.id and on_disk == entry.etag:
            return None
        if on_disk is not None and on_disk == target.blob and name_key(entry.path) == name_key(target.path):
            writes.keep(page_id, entry.path, target)  # already there (an interrupted round)
            return None
        if on_disk != entry.etag:
            result.skipped.append(f"“{entry.path}” was changed on this computer during sync; it is merged next time.")
            return None
    if target.deleted:
        if entry is not None:
            wiki.apply_remote(page_id=page_id, path=entry.path, data=None, expected_etag=entry.etag,
                              batch=writes.files)
        writes.note(page_id, None, target, entry.path if entry else None)
        return None
    path = target.path
    if writes.touches(path):
        writes.commit(result)  # a page of this batch holds or leaves this name: decide on what is on disk
    for other in history.worktree_at(path):
        if other.page_id == page_id:
            continue
        other_heads = history.heads(other.page_id)
        if other_heads and not other_heads[0].deleted and name_key(other_heads[0].path) == name_key(path):
            key = name_key(path)
            loser = max(page_id, other.page_id, key=lambda p: _name_claim(history, p, key))
            result.renamed.append(_move_aside(history, loser))
            return other.page_id if loser == other.page_id else page_id
        return other.page_id  # that page moves away or is deleted: apply it first
    moving = entry is None or name_key(entry.path) != name_key(path)
    if moving and (wiki.root / path).exists():
        if entry is None and _etag(wiki, path) == target.blob:
            writes.keep(page_id, path, target)  # written by a round stopped before it noted the page
            return None
        result.skipped.append(f"“{path}” exists on this computer but is not known to history yet; "
                              "it is taken in on the next sync.")
        return None
    data = history.content(target)
    assert data is not None
    wiki.apply_remote(page_id=page_id, path=path, data=data, old_path=entry.path if entry else None,
                      expected_etag=entry.etag if entry else None, batch=writes.files)
    writes.note(page_id, path, target, entry.path if entry else None)
    return None


def apply_steps(wiki: Wiki, history: History, page_ids: set[str]) -> Generator[Progress, None, ApplyResult]:
    """Apply every page in ``page_ids`` (and pages that must move out of their way first), in batches; yields
    ``(pages done, pages, APPLYING)`` first and after each batch made durable."""
    result = ApplyResult()
    writes = Writes(wiki, history)
    todo = deque(sorted(page_ids))
    total = len(todo)
    attempts: dict[str, int] = {}
    yield 0, total, APPLYING
    try:
        while todo:
            page_id = todo.popleft()
            attempts[page_id] = attempts.get(page_id, 0) + 1
            if attempts[page_id] > 5:
                result.skipped.append(f"Could not place page {page_id} in the wiki folder this time.")
                continue
            try:
                first = apply_page(wiki, history, page_id, result, writes)
            except OutsideEditError:
                result.skipped.append(f"Page {page_id} changed on this computer during sync; it is merged next time.")
                continue
            except (StorageError, OSError) as exc:
                result.skipped.append(f"Could not update page {page_id} in the wiki folder: {exc}")
                result.unwritten = True
                continue
            except WikiError as exc:  # a path the wiki refuses: never stops the round
                result.skipped.append(f"Could not place page {page_id} in the wiki folder: {exc}")
                continue
            if first is not None:
                writes.commit(result)  # the pages it waits for are decided on what is on disk and in history
                if first != page_id:
                    todo.appendleft(first)
                todo.append(page_id)
            if len(writes) >= BATCH_PAGES:
                writes.commit(result)
                yield max(0, total - len(todo)), total, APPLYING
        writes.commit(result)
        if total >= BATCH_PAGES:
            yield total, total, APPLYING
    finally:
        writes.files.close()  # discards only after an error: a committed batch is empty
    return result
