"""Snapshots: an immutable summary of the whole store up to a point, so a new member need not replay the log.

``snapshots/<coverage>.<client>.snap`` (coverage: 12 digits, the number of segments it summarises, the sum of
its cursors) is the snapshot's head: the store, its writer, ``cursors`` (per client, the newest segment it
covers), ``pending`` (segments below a cursor it does *not* cover), ``replaced`` (vanished segments carried again
elsewhere) and the list of its parts, each named with its checksum. The parts hold every published revision (its
fields plus the client and segment it first came in), every content (contents above the inline limit stay in
``objects/`` and are named), and every published comment. The bytes are :mod:`.snapshot_format`'s.

So a snapshot carries the *whole* history (every revision's metadata and bytes), not only the heads: a client that
joined from it holds the same revisions, heads, comments and contents as one that replayed the log, offline too.
The cost is size (bytes grow with history; file operations grow with bytes, one part per 16 MB compressed).

Written by whichever client notices it is due (the share has ``every`` segments more than the newest snapshot it
knows of), at the end of a round, from what it has published: history is read :data:`BATCH` revisions at a time and
each part is stored as soon as it is full, then the head (so parts without a head, left by a killed writer, are
never a snapshot). Two clients writing at once write two valid snapshots (different names); readers take the one
whose name sorts last (most coverage, then client id) and fall back to older ones, then to the log, if one is
damaged. The newest :data:`KEEP` are kept; a writer deletes older ones, their parts, and parts no head will name.
A reader verifies the head's checksum, the store id, the name against the content, each part's checksum and every
revision id, comment id and content hash (anything else: damaged, skipped); it takes the parts in one at a time, in
one history transaction, so a part found damaged half-way leaves history as it was. Revisions and comments that are
well formed but invalid are set aside as when pulled.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from wikidesk.core.comments import CommentStore, comment_problem
from wikidesk.core.errors import StorageError
from wikidesk.core.history.model import Revision, utc_now_iso
from wikidesk.core.history.store import History
from wikidesk.core.sync.segment import INLINE_LIMIT, DamagedFileError
from wikidesk.core.sync.snapshot_format import (
    PART_NAME,
    SNAPSHOT_FORMAT,
    CommentItem,
    PartWriter,
    Record,
    RevisionItem,
    SnapshotHead,
    decode_head,
    encode_head,
    part_records,
)
from wikidesk.core.sync.state import SetAside, SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.sync.validate import revision_problem

SNAPSHOTS = "snapshots"
EVERY = 200  # segments on the share beyond the newest snapshot before a new one is due
KEEP = 3
BATCH = 1000  # revisions asked of history (writing) or handed to it (reading) at a time
TAKE_BYTES = 8 << 20  # contents handed to history at a time while reading
_NAME = re.compile(r"(\d{12})\.([0-9a-f]{1,64})\.snap")
Progress = Callable[[int, int, str], None]

__all__ = ["EVERY", "KEEP", "SNAPSHOTS", "SNAPSHOT_FORMAT", "Bootstrap", "bootstrap", "list_snapshots",
           "parse_snapshot_name", "snapshot_path", "snapshot_records", "verify_snapshot", "write_if_due"]


def snapshot_path(coverage: int, client: str) -> str:
    return f"{SNAPSHOTS}/{coverage:012d}.{client}.snap"


def parse_snapshot_name(name: str) -> tuple[int, str] | None:
    m = _NAME.fullmatch(name)
    return (int(m.group(1)), m.group(2)) if m else None


def _listing(store: ShareStore) -> tuple[list[tuple[int, str]], list[str]]:
    """(coverage, client) of every snapshot, newest first, and the names of every part file, from one listing."""
    heads, parts = [], []
    for entry in store.list(SNAPSHOTS) or []:
        if entry.is_dir:
            continue
        if (parsed := parse_snapshot_name(entry.name)) is not None:
            heads.append(parsed)
        elif PART_NAME.fullmatch(entry.name):
            parts.append(entry.name)
    return sorted(heads, reverse=True), parts


def list_snapshots(store: ShareStore) -> list[tuple[int, str]]:
    """(coverage, client) of every snapshot on the share, newest (the one to read) first."""
    return _listing(store)[0]


# ----- writing -------------------------------------------------------------------------------------------------
def write_if_due(history: History, comments: CommentStore | None, state: SyncState, store: ShareStore,
                 listing: dict[str, int], *, every: int = EVERY) -> str | None:
    """Write a snapshot if the share holds ``every`` segments more than the newest snapshot; returns its name.

    Costs nothing on the share until this client's own knowledge says one may be due; then one listing of
    ``snapshots/`` (another client may have written one already), the parts and the head, and deleting snapshots
    beyond the newest :data:`KEEP` (with their parts, and parts older than those kept that no head names)."""
    if every <= 0 or sum(listing.values()) - state.snapshot_coverage() < every:
        return None
    existing, part_names = _listing(store)
    newest = existing[0][0] if existing else 0
    if newest > state.snapshot_coverage():
        state.set_snapshot_coverage(newest)
    if history.unpublished_count() or sum(listing.values()) - newest < every:
        return None
    head = SnapshotHead(SNAPSHOT_FORMAT, store.store_id, history.client_id, utc_now_iso(),
                        {c: s for c, s in state.cursors().items() if s > 0},
                        [(c, s) for c, s, _n in state.pending()], state.replaced())
    if head.coverage - newest < every:
        return None  # what we have read lags behind the listing (pending segments)
    rel = snapshot_path(head.coverage, head.client)
    _write_parts(history, comments, store, head)
    try:
        taken = not store.create_new(rel, encode_head(head))  # taken: the same coverage by us, equally good
    except BaseException:
        _delete_quietly(store, [name for name, _sha, _length in head.parts])
        raise
    if taken:
        _delete_quietly(store, [name for name, _sha, _length in head.parts])
    state.set_snapshot_coverage(head.coverage)
    _delete_old(store, [*existing, (head.coverage, head.client)], part_names)
    return rel


def _write_parts(history: History, comments: CommentStore | None, store: ShareStore, head: SnapshotHead) -> None:
    """Store the parts of ``head`` (filling in its parts and counts), reading history :data:`BATCH` revisions
    and a few contents at a time; on failure, what was stored is deleted again (as far as the share lets us)."""
    token = secrets.token_hex(4)

    def store_part(data: bytes) -> str:
        name = f"{head.coverage:012d}.{head.client}.{token}.{len(writer.parts):04d}.part"
        if not store.create_new(f"{SNAPSHOTS}/{name}", data):
            raise StorageError(f"{SNAPSHOTS}/{name} appeared on the shared folder while this client wrote it.")
        return name

    writer = PartWriter(store_part)
    try:
        for batch in history.published_batches(BATCH):
            _add_batch(history, writer, batch)
        for comment, origin, seq in comments.published_with_origin() if comments is not None else []:
            writer.comment(comment, origin, seq)
        head.parts = writer.close()
    except BaseException:
        _delete_quietly(store, [name for name, _sha, _length in writer.parts])
        raise
    head.revisions, head.comments = writer.revisions, writer.comments


def _add_batch(history: History, writer: PartWriter, batch: list[RevisionItem]) -> None:
    """One batch of revisions, each followed by its content where the part does not hold it yet (the contents
    read a few at a time, in the order the revisions name them)."""
    contents = history.contents_of([r.blob for r, _o, _s in batch if r.blob and writer.wants(r.blob)],
                                   larger=INLINE_LIMIT)
    ahead = next(contents, None)
    objects: set[str] = set()
    for rev, origin, seq in batch:
        writer.revision(rev, origin, seq)
        digest = rev.blob
        if digest is None or not writer.wants(digest):
            continue
        if ahead is not None and ahead[0] == digest:
            data = ahead[1]
            ahead = next(contents, None)
        elif digest in objects:
            data = None
        else:  # named again after the part was cut, or not held here (then, as before, not in the snapshot)
            data = history.blob(digest)
            if data is None:
                continue
        if data is None or len(data) > INLINE_LIMIT:
            objects.add(digest)
            writer.object(digest)
        else:
            writer.content(digest, data)


def _delete_old(store: ShareStore, heads: list[tuple[int, str]], part_names: list[str]) -> None:
    """Delete snapshots beyond the newest :data:`KEEP`, then their parts and parts older than every kept snapshot
    (a killed writer's); parts of a snapshot being written now are newer, and stay."""
    ordered = sorted(set(heads), reverse=True)
    kept, dropped = set(ordered[:KEEP]), set(ordered[KEEP:])
    for coverage, client in sorted(dropped, reverse=True):
        store.delete(snapshot_path(coverage, client))
    floor = min(coverage for coverage, _client in kept)
    for name in part_names:
        found = PART_NAME.fullmatch(name)
        assert found is not None
        owner = (int(found.group(1)), found.group(2))
        if owner in dropped or (owner[0] < floor and owner not in kept):
            store.delete(f"{SNAPSHOTS}/{name}")


def _delete_quietly(store: ShareStore, names: list[str]) -> None:
    for name in names:
        try:
            store.delete(f"{SNAPSHOTS}/{name}")
        except StorageError:
            return  # the share went away: a later writer deletes them (older than every kept snapshot)


# ----- reading -------------------------------------------------------------------------------------------------
def snapshot_records(store: ShareStore, head: SnapshotHead) -> Iterator[Record]:
    """Every record of the snapshot, a part at a time (a format-1 snapshot's are decoded already); ("part", None)
    where each part begins."""
    if head.format == 1:
        yield "part", None
        yield from head.records
        return
    for name, sha256, length in head.parts:
        data = store.read(f"{SNAPSHOTS}/{name}")
        if data is None:
            raise DamagedFileError(f"its part {name} is not on the shared folder")
        yield "part", None
        yield from part_records(data, sha256, length)
        del data


def verify_snapshot(store: ShareStore, raw: bytes, name: tuple[int, str]) -> SnapshotHead:
    """Check a snapshot whose head file holds ``raw``: the head, then every part, one at a time (``check``);
    :class:`DamagedFileError` on any inconsistency."""
    head = decode_head(raw, store_id=store.store_id, name=name)
    counts = {"r": 0, "c": 0}
    for kind, _value in snapshot_records(store, head):
        if kind in counts:
            counts[kind] += 1
    if (counts["r"], counts["c"]) != (head.revisions, head.comments):
        raise DamagedFileError("its parts do not hold what its head says")
    return head


@dataclass
class Bootstrap:
    """What joining from a snapshot took in."""

    snapshot: str = ""  # its path on the share; "" when no snapshot could be used (the log is replayed)
    revisions: int = 0
    comments: int = 0
    set_aside: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # damaged snapshots passed over


@dataclass
class _Intake:
    """What reading a snapshot's parts left beside history: refused revisions and the comments."""

    refused: list[tuple[Revision, str]] = field(default_factory=list)
    comments: list[CommentItem] = field(default_factory=list)


def _batches(history: History, store: ShareStore, head: SnapshotHead, intake: _Intake
             ) -> Iterator[tuple[list[RevisionItem], list[tuple[str, bytes]]]]:
    """The snapshot's valid revisions and the contents they name, :data:`BATCH` revisions or :data:`TAKE_BYTES`
    of contents at a time; refused revisions and comments go to ``intake``. Big contents are read from
    ``objects/`` one at a time, unless history holds them. Raises :class:`DamagedFileError` when a part is."""
    revisions: list[RevisionItem] = []
    contents: list[tuple[str, bytes]] = []
    size = seen = 0
    follows_valid = True  # whether the last revision read was taken: a content follows the first that names it
    held: dict[str, bytes | None] = {}  # this part's contents that followed a refused revision (None: an object)

    def take(digest: str, data: bytes | None) -> int:
        if data is None:
            if history.knows_content(digest):
                return 0
            data = _object(store, digest)
        contents.append((digest, data))
        return len(data)

    for kind, value in snapshot_records(store, head):
        if kind == "part":
            held.clear()
        elif kind == "r":
            seen += 1
            rev = value[0]
            problem = revision_problem(rev)
            follows_valid = problem is None
            if problem is not None:
                intake.refused.append((rev, problem))
                continue
            revisions.append(value)
            if rev.blob in held:
                size += take(rev.blob, held.pop(rev.blob))
        elif kind in ("b", "o"):
            digest, data = value if kind == "b" else (value, None)
            if follows_valid:
                size += take(digest, data)
            else:
                held[digest] = data
        elif kind == "c":
            intake.comments.append(value)
        if len(revisions) >= BATCH or size >= TAKE_BYTES:
            yield revisions, contents
            revisions, contents, size = [], [], 0
    if (seen, len(intake.comments)) != (head.revisions, head.comments):
        raise DamagedFileError("its parts do not hold what its head says")
    yield revisions, contents


def bootstrap(history: History, comments: CommentStore, state: SyncState, store: ShareStore,
              progress: Progress | None = None) -> Bootstrap:
    """Take in the newest readable snapshot (history first, in one transaction, then comments, then sync state:
    killed before the last step, the cursors are still at zero and the next attempt takes in the same snapshot
    again, or the log is replayed; ids are content-addressed, so nothing doubles)."""
    say = progress or (lambda _d, _t, _m: None)
    result = Bootstrap()
    for coverage, client in list_snapshots(store):
        rel = snapshot_path(coverage, client)
        say(0, 3, "Reading the newest snapshot of the wiki")
        raw = store.read(rel)
        if raw is None:
            continue  # deleted a moment ago by a newer writer
        intake = _Intake()
        try:
            head = decode_head(raw, store_id=store.store_id, name=(coverage, client))
            say(1, 3, f"Taking in {head.revisions} versions of pages")
            result.revisions = history.import_published_batches(_batches(history, store, head, intake))
        except DamagedFileError as exc:
            result.skipped.append(f"Skipped the damaged snapshot {rel} on the shared folder ({exc}).")
            continue
        bad = {c.id: p for c, _o, _s in intake.comments if (p := comment_problem(c))}
        result.comments = comments.import_bulk(item for item in intake.comments if item[0].id not in bad)
        aside = [SetAside(r.id, r.page_id, r.path, f"Set aside a change in {rel} on the shared folder: revision "
                          f"{r.id[:8]} is invalid ({problem}); it was not applied.") for r, problem in intake.refused]
        aside += [SetAside(c.id, c.page_id, "", f"Set aside a comment in {rel} on the shared folder: comment "
                           f"{c.id[:8]} is malformed ({bad[c.id]}); it was not taken in.")
                  for c, _o, _s in intake.comments if c.id in bad]
        if aside:
            result.set_aside = state.taken_in(client, 0, set_aside=aside)
        say(2, 3, "Reading the changes made since the snapshot")
        state.joined_from_snapshot(head.cursors, head.pending, head.replaced, head.coverage)
        result.snapshot = rel
        return result
    return result


def _object(store: ShareStore, digest: str) -> bytes:
    data = store.get_object(digest)
    if data is None:
        raise DamagedFileError(f"content {digest[:8]} it names is not on the shared folder")
    return data
