"""Snapshots: an immutable summary of the whole store up to a point, so a new member need not replay the log.

``snapshots/<coverage>.<client>.snap`` (coverage: 12 digits, the number of segments it summarises, the sum of
its cursors). Layout like a segment: one ASCII header line ``WIKIDESK-SNAPSHOT <format> <sha256 of body> <body
length>`` and a zlib-compressed body: ``<length of the JSON>\\n<JSON><content bytes, back to back>``. The JSON
holds ``store``, ``client``, ``written``, ``cursors`` (per client, the newest segment it covers), ``pending``
(segments below a cursor it does *not* cover), ``replaced`` (vanished segments carried again elsewhere),
``revisions`` (every published revision: its fields plus the client and segment it first came in), ``comments``
(likewise), ``blobs`` (``[hash, length]`` of each content in the byte section, in order; versions of a page
follow each other so the compressor finds what they share) and ``objects`` (contents above the inline limit,
which stay in ``objects/``).

So a snapshot carries the *whole* history (every revision's metadata and bytes), not only the heads: a client that
joined from it holds the same revisions, heads, comments and contents as one that replayed the log, offline too.
The cost is size (bytes grow with history; file operations do not).

Written by whichever client notices it is due (the share has ``every`` segments more than the newest snapshot it
knows of), at the end of a round, from what it has published. Two clients writing at once write two valid files
(different names); readers take the one whose name sorts last (most coverage, then client id) and fall back to
older ones, then to the log, if one is damaged. The newest :data:`KEEP` are kept; a writer deletes older ones.
A reader verifies the checksum, the store id, the name against the content, every revision id, comment id and
content hash (anything else: damaged, skipped); revisions and comments that are well formed but invalid are set
aside as when pulled.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.comments import Comment, CommentStore, comment_problem
from wikidesk.core.history.model import Revision, blob_hash, utc_now_iso
from wikidesk.core.history.store import History
from wikidesk.core.sync.segment import INLINE_LIMIT, DamagedFileError
from wikidesk.core.sync.state import SetAside, SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.sync.validate import revision_problem

SNAPSHOT_FORMAT = 1
SNAPSHOTS = "snapshots"
EVERY = 200  # segments on the share beyond the newest snapshot before a new one is due
KEEP = 3
_MAGIC = "WIKIDESK-SNAPSHOT"
_NAME = re.compile(r"(\d{12})\.([0-9a-f]{1,64})\.snap")
_HASH = re.compile(r"[0-9a-f]{64}")
Progress = Callable[[int, int, str], None]


def snapshot_path(coverage: int, client: str) -> str:
    return f"{SNAPSHOTS}/{coverage:012d}.{client}.snap"


def parse_snapshot_name(name: str) -> tuple[int, str] | None:
    m = _NAME.fullmatch(name)
    return (int(m.group(1)), m.group(2)) if m else None


@dataclass
class Snapshot:
    store_id: str
    client: str
    written: str
    cursors: dict[str, int]
    pending: list[tuple[str, int]] = field(default_factory=list)
    replaced: list[tuple[str, int]] = field(default_factory=list)
    revisions: list[tuple[Revision, str | None, int | None]] = field(default_factory=list)
    comments: list[tuple[Comment, str | None, int | None]] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    objects: list[str] = field(default_factory=list)

    @property
    def coverage(self) -> int:
        return sum(self.cursors.values())


def encode_snapshot(snap: Snapshot) -> bytes:
    order = list(snap.blobs)
    meta = {
        "store": snap.store_id, "client": snap.client, "written": snap.written,
        "cursors": dict(sorted(snap.cursors.items())),
        "pending": [[c, s] for c, s in sorted(snap.pending)],
        "replaced": [[c, s] for c, s in sorted(snap.replaced)],
        "revisions": [[r.id, r.page_id, r.kind, r.path, r.blob, r.size, list(r.parents), r.author, r.time, r.clock,
                       r.summary, origin, seq] for r, origin, seq in snap.revisions],
        "comments": [[c.to_dict(), origin, seq] for c, origin, seq in snap.comments],
        "blobs": [[h, len(snap.blobs[h])] for h in order],
        "objects": sorted(snap.objects),
    }
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packer = zlib.compressobj(6)
    parts = [packer.compress(f"{len(text)}\n".encode("ascii")), packer.compress(text)]
    parts += [packer.compress(snap.blobs[h]) for h in order]
    parts.append(packer.flush())
    packed = b"".join(parts)
    header = f"{_MAGIC} {SNAPSHOT_FORMAT} {hashlib.sha256(packed).hexdigest()} {len(packed)}\n"
    return header.encode("ascii") + packed


def decode_snapshot(data: bytes, *, store_id: str | None = None, name: tuple[int, str] | None = None) -> Snapshot:
    """Parse and verify a snapshot; :class:`DamagedFileError` on any inconsistency (or a newer format)."""
    head, sep, packed = data.partition(b"\n")
    parts = head.decode("ascii", errors="replace").split(" ")
    if not sep or len(parts) != 4 or parts[0] != _MAGIC:
        raise DamagedFileError("not a wikidesk snapshot (or cut short)")
    if not parts[1].isdigit() or int(parts[1]) > SNAPSHOT_FORMAT:
        raise DamagedFileError(f"snapshot format {parts[1]} is newer than this wikidesk understands")
    if not parts[3].isdigit() or len(packed) != int(parts[3]) or hashlib.sha256(packed).hexdigest() != parts[2]:
        raise DamagedFileError("checksum mismatch (torn or corrupt file)")
    try:
        body = zlib.decompress(packed)
        length, nl, rest = body.partition(b"\n")
        if not nl or not length.isdigit():
            raise ValueError("no length line")
        meta = json.loads(rest[: int(length)].decode("utf-8"))
        snap = _parse(meta, rest, int(length))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError, zlib.error) as exc:
        raise DamagedFileError(f"unreadable snapshot ({exc})") from exc
    if store_id is not None and snap.store_id != store_id:
        raise DamagedFileError("snapshot belongs to another store")
    if name is not None and (snap.coverage, snap.client) != name:
        raise DamagedFileError("snapshot name does not match its content")
    return snap


def _pairs(value: Any) -> list[tuple[str, int]]:
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
                                              and isinstance(p[1], int) for p in value):
        raise TypeError("a segment list is malformed")
    return [(c, s) for c, s in value]


def _origin(origin: Any, seq: Any) -> tuple[str | None, int | None]:
    if not ((origin is None or isinstance(origin, str)) and (seq is None or isinstance(seq, int))):
        raise TypeError("an origin is malformed")
    return origin, seq


def _parse(meta: Any, rest: bytes, start: int) -> Snapshot:
    if not isinstance(meta, dict):
        raise TypeError("the body is not an object")
    cursors = meta["cursors"]
    if not isinstance(cursors, dict) or not all(isinstance(c, str) and isinstance(s, int) and s >= 0
                                                for c, s in cursors.items()):
        raise TypeError("cursors are malformed")
    revisions = []
    for row in meta["revisions"]:
        rid, page, kind, path, blob, size, parents, author, time, clock, summary, origin, seq = row
        if blob is not None and not (isinstance(blob, str) and _HASH.fullmatch(blob)):
            raise ValueError("a revision names malformed content")
        rev = Revision.from_dict({"id": rid, "page": page, "kind": kind, "path": path, "blob": blob, "size": size,
                                  "parents": parents, "author": author, "time": time, "clock": clock,
                                  "summary": summary})
        for text in (rev.page_id, rev.path, rev.author, rev.time, rev.summary):
            text.encode("utf-8")
        revisions.append((rev, *_origin(origin, seq)))
    comments = []
    for item in meta.get("comments", []):
        c, origin, seq = item
        comments.append((Comment.from_dict(c), *_origin(origin, seq)))
    blobs: dict[str, bytes] = {}
    pos = start
    for digest, length in meta["blobs"]:
        if not (isinstance(digest, str) and _HASH.fullmatch(digest) and isinstance(length, int) and length >= 0):
            raise ValueError("a content entry is malformed")
        data = rest[pos:pos + length]
        if len(data) != length or blob_hash(data) != digest:
            raise ValueError("content checksum mismatch")
        blobs[digest] = data
        pos += length
    objects = meta.get("objects", [])
    if not all(isinstance(h, str) and _HASH.fullmatch(h) for h in objects):
        raise ValueError("an object name is malformed")
    return Snapshot(store_id=str(meta["store"]), client=str(meta["client"]), written=str(meta.get("written") or ""),
                    cursors=dict(cursors), pending=_pairs(meta.get("pending", [])),
                    replaced=_pairs(meta.get("replaced", [])), revisions=revisions, comments=comments, blobs=blobs,
                    objects=list(objects))


# ----- writing -------------------------------------------------------------------------------------------------
def build_snapshot(history: History, comments: CommentStore | None, state: SyncState, store: ShareStore
                   ) -> Snapshot:
    """What this client has published and read, as a snapshot (its cursors, its own newest segment included)."""
    cursors = {c: s for c, s in state.cursors().items() if s > 0}
    pending = [(c, s) for c, s, _n in state.pending()]
    revisions = history.published_with_origin()
    blobs: dict[str, bytes] = {}
    objects: list[str] = []
    for digest, data in history.published_contents():
        if len(data) > INLINE_LIMIT:
            objects.append(digest)
        else:
            blobs[digest] = data
    notes = comments.published_with_origin() if comments is not None else []
    return Snapshot(store.store_id, history.client_id, utc_now_iso(), cursors, pending, state.replaced(), revisions,
                    notes, blobs, objects)


def list_snapshots(store: ShareStore) -> list[tuple[int, str]]:
    """(coverage, client) of every snapshot on the share, newest (the one to read) first."""
    names = [parsed for e in store.list(SNAPSHOTS) or [] if not e.is_dir
             and (parsed := parse_snapshot_name(e.name)) is not None]
    return sorted(names, reverse=True)


def write_if_due(history: History, comments: CommentStore | None, state: SyncState, store: ShareStore,
                 listing: dict[str, int], *, every: int = EVERY) -> str | None:
    """Write a snapshot if the share holds ``every`` segments more than the newest snapshot; returns its name.

    Costs nothing on the share until this client's own knowledge says one may be due; then one listing of
    ``snapshots/`` (another client may have written one already), the write, and deleting snapshots beyond the
    newest :data:`KEEP`."""
    if every <= 0 or sum(listing.values()) - state.snapshot_coverage() < every:
        return None
    existing = list_snapshots(store)
    newest = existing[0][0] if existing else 0
    if newest > state.snapshot_coverage():
        state.set_snapshot_coverage(newest)
    if history.unpublished_count() or sum(listing.values()) - newest < every:
        return None
    snap = build_snapshot(history, comments, state, store)
    if snap.coverage - newest < every:
        return None  # what we have read lags behind the listing (pending segments)
    rel = snapshot_path(snap.coverage, snap.client)
    store.create_new(rel, encode_snapshot(snap))  # taken already: the same coverage by us, equally good
    state.set_snapshot_coverage(snap.coverage)
    for coverage, client in sorted({*existing, (snap.coverage, snap.client)}, reverse=True)[KEEP:]:
        store.delete(snapshot_path(coverage, client))
    return rel


# ----- joining -------------------------------------------------------------------------------------------------
@dataclass
class Bootstrap:
    """What joining from a snapshot took in."""

    snapshot: str = ""  # its path on the share; "" when no snapshot could be used (the log is replayed)
    revisions: int = 0
    comments: int = 0
    set_aside: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # damaged snapshots passed over


def bootstrap(history: History, comments: CommentStore, state: SyncState, store: ShareStore,
              progress: Progress | None = None) -> Bootstrap:
    """Take in the newest readable snapshot (history first, then comments, then sync state: killed before the
    last step, the cursors are still at zero and the next attempt takes in the same snapshot again, or the log
    is replayed; ids are content-addressed, so nothing doubles)."""
    say = progress or (lambda _d, _t, _m: None)
    result = Bootstrap()
    for coverage, client in list_snapshots(store):
        rel = snapshot_path(coverage, client)
        say(0, 3, "Reading the newest snapshot of the wiki")
        raw = store.read(rel)
        if raw is None:
            continue  # deleted a moment ago by a newer writer
        try:
            snap = decode_snapshot(raw, store_id=store.store_id, name=(coverage, client))
            objects = {h: _object(store, h) for h in snap.objects if history.blob(h) is None}
        except DamagedFileError as exc:
            result.skipped.append(f"Skipped the damaged snapshot {rel} on the shared folder ({exc}).")
            continue
        say(1, 3, f"Taking in {len(snap.revisions)} versions of pages")
        refused = {r.id: p for r, _o, _s in snap.revisions if (p := revision_problem(r))}
        accepted = [item for item in snap.revisions if item[0].id not in refused]
        contents = {**snap.blobs, **objects}
        result.revisions = history.import_published(accepted, ((h, contents[h]) for h in
                                                               sorted({r.blob for r, _o, _s in accepted if r.blob})
                                                               if h in contents))
        bad = {c.id: p for c, _o, _s in snap.comments if (p := comment_problem(c))}
        result.comments = comments.import_bulk(item for item in snap.comments if item[0].id not in bad)
        aside = [SetAside(r.id, r.page_id, r.path, f"Set aside a change in {rel} on the shared folder: revision "
                          f"{r.id[:8]} is invalid ({refused[r.id]}); it was not applied.")
                 for r, _o, _s in snap.revisions if r.id in refused]
        aside += [SetAside(c.id, c.page_id, "", f"Set aside a comment in {rel} on the shared folder: comment "
                           f"{c.id[:8]} is malformed ({bad[c.id]}); it was not taken in.")
                  for c, _o, _s in snap.comments if c.id in bad]
        if aside:
            result.set_aside = state.taken_in(client, 0, set_aside=aside)
        say(2, 3, "Reading the changes made since the snapshot")
        state.joined_from_snapshot(snap.cursors, snap.pending, snap.replaced, snap.coverage)
        result.snapshot = rel
        return result
    return result


def _object(store: ShareStore, digest: str) -> bytes:
    data = store.get_object(digest)
    if data is None:
        raise DamagedFileError(f"content {digest[:8]} it names is not on the shared folder")
    return data
