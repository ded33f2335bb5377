"""The bytes of a snapshot: format 2 (a head file and parts, written and read a piece at a time) and format 1.

**Format 2.** The head, ``snapshots/<coverage>.<client>.snap``: one ASCII line ``WIKIDESK-SNAPSHOT 2 <sha256 of
body> <body length>`` and a zlib-compressed JSON body: ``store``, ``client``, ``written``, ``cursors``, ``pending``,
``replaced`` (as in format 1), ``revisions`` and ``comments`` (how many the parts hold) and ``parts``: ``[name,
sha256, length]`` of each part file, in order. A part, ``snapshots/<coverage>.<client>.<token>.<n>.part``, is the
line ``WIKIDESK-SNAPSHOT-PART 2`` and a zlib stream of records, each a JSON array on one line:

* ``["r", id, page, kind, path, blob, size, parents, author, time, clock, summary, origin, seq]``: a revision;
* ``["b", hash, length]`` followed by ``length`` bytes: a content, right after the first revision of the part
  that names it (versions of a page follow each other, so the compressor finds what they share);
* ``["o", hash]``: a content above :data:`INLINE_LIMIT`, which stays in ``objects/`` (likewise placed);
* ``["c", comment, origin, seq]``: a comment (after every revision);
* ``["end", revisions, contents, objects, comments]``: the last record, with the part's counts.

A part is cut when its compressed bytes reach :data:`PART_BYTES`, so writing and reading hold one part at most,
whatever the wiki's size; the head is written last, so parts without a head are never a snapshot.

**Format 1** (wikidesk before December 2026; still read): one file, the same header line with ``1``, and one zlib
stream ``<length of the JSON>\\n<JSON><content bytes, back to back>`` holding everything (``revisions``,
``comments``, ``blobs`` as ``[hash, length]`` in byte order, ``objects``). Reading it takes the whole file at once.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.comments import Comment
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.sync.segment import INLINE_LIMIT, DamagedFileError, checked_body

SNAPSHOT_FORMAT = 2  # the newest this client reads, and the one it writes
PART_BYTES = 16 << 20  # compressed bytes of a part before the next one begins
MAGIC = "WIKIDESK-SNAPSHOT"
PART_MAGIC = b"WIKIDESK-SNAPSHOT-PART 2\n"
PART_NAME = re.compile(r"(\d{12})\.([0-9a-f]{1,64})\.([0-9a-f]{8})\.(\d{4})\.part")
_HASH = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20  # bytes decompressed at a time
_MAX_LINE = 64 << 20  # a record line longer than this is not one a client writes

Origin = tuple[str | None, int | None]
RevisionItem = tuple[Revision, str | None, int | None]
CommentItem = tuple[Comment, str | None, int | None]
# What a snapshot holds, in order: ("r", RevisionItem), ("b", (hash, bytes)), ("o", hash), ("c", CommentItem)
Record = tuple[str, Any]


@dataclass
class SnapshotHead:
    """What a snapshot's head file says; a format-1 file holds everything else too (``records``)."""

    format: int
    store_id: str
    client: str
    written: str
    cursors: dict[str, int]
    pending: list[tuple[str, int]] = field(default_factory=list)
    replaced: list[tuple[str, int]] = field(default_factory=list)
    revisions: int = 0
    comments: int = 0
    parts: list[tuple[str, str, int]] = field(default_factory=list)  # format 2: (name, sha256, length)
    records: list[Record] = field(default_factory=list)  # format 1: every record, decoded at once

    @property
    def coverage(self) -> int:
        return sum(self.cursors.values())


# ----- writing (format 2) ---------------------------------------------------------------------------------------
def revision_row(rev: Revision, origin: str | None, seq: int | None) -> list[Any]:
    return [rev.id, rev.page_id, rev.kind, rev.path, rev.blob, rev.size, list(rev.parents), rev.author, rev.time,
            rev.clock, rev.summary, origin, seq]


def encode_head(head: SnapshotHead) -> bytes:
    meta = {
        "store": head.store_id, "client": head.client, "written": head.written,
        "cursors": dict(sorted(head.cursors.items())),
        "pending": [[c, s] for c, s in sorted(head.pending)],
        "replaced": [[c, s] for c, s in sorted(head.replaced)],
        "revisions": head.revisions, "comments": head.comments,
        "parts": [list(p) for p in head.parts],
    }
    packed = zlib.compress(json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
    return f"{MAGIC} {SNAPSHOT_FORMAT} {hashlib.sha256(packed).hexdigest()} {len(packed)}\n".encode("ascii") + packed


class PartWriter:
    """Encodes records into parts of about :data:`PART_BYTES` compressed bytes; ``emit(data)`` stores each finished
    part and returns its file name. Holds one part at most."""

    def __init__(self, emit: Callable[[bytes], str]) -> None:
        self._emit = emit
        self.parts: list[tuple[str, str, int]] = []
        self.revisions = self.comments = 0
        self._start()

    def _start(self) -> None:
        self._packer = zlib.compressobj(6)
        self._buffer = bytearray(PART_MAGIC)
        self._counts = [0, 0, 0, 0]  # revisions, contents, objects, comments
        self._held: set[str] = set()  # contents (and objects) already in this part

    def _write(self, data: bytes) -> None:
        self._buffer += self._packer.compress(data)

    def _line(self, row: list[Any]) -> None:
        self._write(json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n")

    @property
    def in_part(self) -> int:
        """Revisions in the part being written."""
        return self._counts[0]

    def full(self) -> bool:
        """Whether the part has its :data:`PART_BYTES` (what zlib has given out so far: it holds back less than a
        block, tens of kilobytes)."""
        return len(self._buffer) >= PART_BYTES

    def revision(self, rev: Revision, origin: str | None, seq: int | None) -> None:
        if self.full():
            self._cut()
        self._line(["r", *revision_row(rev, origin, seq)])
        self._counts[0] += 1
        self.revisions += 1

    def wants(self, digest: str) -> bool:
        """Whether the part still lacks this content (each part carries what its revisions name, once)."""
        return digest not in self._held

    def content(self, digest: str, data: bytes) -> None:
        self._held.add(digest)
        self._line(["b", digest, len(data)])
        self._write(data)
        self._counts[1] += 1

    def object(self, digest: str) -> None:
        """A content above :data:`INLINE_LIMIT`, which stays in ``objects/``."""
        self._held.add(digest)
        self._line(["o", digest])
        self._counts[2] += 1

    def comment(self, comment: Comment, origin: str | None, seq: int | None) -> None:
        if self.full():
            self._cut()
        self._line(["c", comment.to_dict(), origin, seq])
        self._counts[3] += 1
        self.comments += 1

    def _cut(self) -> None:
        self._line(["end", *self._counts])
        self._buffer += self._packer.flush()
        data = bytes(self._buffer)
        self._buffer = bytearray()
        self.parts.append((self._emit(data), hashlib.sha256(data).hexdigest(), len(data)))
        self._start()

    def close(self) -> list[tuple[str, str, int]]:
        """Finish the last part; the (name, sha256, length) of every part, in order."""
        self._cut()
        return self.parts


# ----- reading --------------------------------------------------------------------------------------------------
def decode_head(data: bytes, *, store_id: str | None = None, name: tuple[int, str] | None = None) -> SnapshotHead:
    """Parse and verify a snapshot's head file (a format-1 file whole); :class:`DamagedFileError` on any
    inconsistency, or a newer format."""
    fmt, packed = checked_body(data, MAGIC, SNAPSHOT_FORMAT, "snapshot")
    if fmt < 1:
        raise DamagedFileError(f"no such snapshot format ({fmt})")
    try:
        body = zlib.decompress(packed)
        snap = _format1(body) if fmt == 1 else _head(json.loads(body.decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError, zlib.error) as exc:
        raise DamagedFileError(f"unreadable snapshot ({exc})") from exc
    if store_id is not None and snap.store_id != store_id:
        raise DamagedFileError("snapshot belongs to another store")
    if name is not None and (snap.coverage, snap.client) != name:
        raise DamagedFileError("snapshot name does not match its content")
    for part_name, _sha, _length in snap.parts:
        found = PART_NAME.fullmatch(part_name)
        if found is None or (int(found.group(1)), found.group(2)) != (snap.coverage, snap.client):
            raise DamagedFileError("snapshot names a part that is not its own")
    return snap


def _pairs(value: Any) -> list[tuple[str, int]]:
    if not isinstance(value, list) or not all(isinstance(p, list) and len(p) == 2 and isinstance(p[0], str)
                                              and isinstance(p[1], int) for p in value):
        raise TypeError("a segment list is malformed")
    return [(c, s) for c, s in value]


def _head(meta: Any) -> SnapshotHead:
    if not isinstance(meta, dict):
        raise TypeError("the body is not an object")
    cursors = meta["cursors"]
    if not isinstance(cursors, dict) or not all(isinstance(c, str) and isinstance(s, int) and s >= 0
                                                for c, s in cursors.items()):
        raise TypeError("cursors are malformed")
    parts = meta.get("parts", [])
    if not isinstance(parts, list) or not all(
            isinstance(p, list) and len(p) == 3 and isinstance(p[0], str) and isinstance(p[1], str)
            and _HASH.fullmatch(p[1]) and isinstance(p[2], int) and p[2] > 0 for p in parts):
        raise ValueError("the list of parts is malformed")
    counts = meta.get("revisions", 0), meta.get("comments", 0)
    if not all(isinstance(n, int) and n >= 0 for n in counts):
        raise TypeError("a count is malformed")
    return SnapshotHead(2, str(meta["store"]), str(meta["client"]), str(meta.get("written") or ""), dict(cursors),
                        _pairs(meta.get("pending", [])), _pairs(meta.get("replaced", [])), counts[0], counts[1],
                        [(n, h, length) for n, h, length in parts])


def _origin(origin: Any, seq: Any) -> Origin:
    if not ((origin is None or isinstance(origin, str)) and (seq is None or isinstance(seq, int))):
        raise TypeError("an origin is malformed")
    return origin, seq


def _revision(row: Any) -> RevisionItem:
    rid, page, kind, path, blob, size, parents, author, time, clock, summary, origin, seq = row
    if blob is not None and not (isinstance(blob, str) and _HASH.fullmatch(blob)):
        raise ValueError("a revision names malformed content")
    rev = Revision.from_dict({"id": rid, "page": page, "kind": kind, "path": path, "blob": blob, "size": size,
                              "parents": parents, "author": author, "time": time, "clock": clock,
                              "summary": summary})
    for text in (rev.page_id, rev.path, rev.author, rev.time, rev.summary):
        text.encode("utf-8")  # a lone surrogate cannot be stored: UnicodeEncodeError (a ValueError)
    return (rev, *_origin(origin, seq))


def _comment(row: Any) -> CommentItem:
    c, origin, seq = row
    return (Comment.from_dict(c), *_origin(origin, seq))


def _digest(value: Any) -> str:
    if not (isinstance(value, str) and _HASH.fullmatch(value)):
        raise ValueError("a content entry is malformed")
    return value


def _format1(body: bytes) -> SnapshotHead:
    """A format-1 snapshot, every record decoded (the order a format-2 part would give them)."""
    length, nl, rest = body.partition(b"\n")
    if not nl or not length.isdigit():
        raise ValueError("no length line")
    meta = json.loads(rest[: int(length)].decode("utf-8"))
    head = _head({k: v for k, v in meta.items() if k in ("store", "client", "written", "cursors", "pending",
                                                          "replaced")})
    head.format = 1
    blobs: dict[str, bytes] = {}
    pos = int(length)
    for digest, size in meta["blobs"]:
        if not (isinstance(size, int) and size >= 0):
            raise ValueError("a content entry is malformed")
        data = rest[pos:pos + size]
        if len(data) != size or blob_hash(data) != _digest(digest):
            raise ValueError("content checksum mismatch")
        blobs[digest] = data
        pos += size
    objects = {_digest(h) for h in meta.get("objects", [])}
    placed: set[str] = set()
    for row in meta["revisions"]:
        item = _revision(row)
        head.records.append(("r", item))
        digest = item[0].blob
        if digest is not None and digest not in placed and (digest in blobs or digest in objects):
            placed.add(digest)
            head.records.append(("b", (digest, blobs[digest])) if digest in blobs else ("o", digest))
    head.records += [("c", _comment(item)) for item in meta.get("comments", [])]
    head.revisions, head.comments = len(meta["revisions"]), len(meta.get("comments", []))
    return head


class _Stream:
    """A zlib stream read a line or a given number of bytes at a time, :data:`_CHUNK` decompressed at once."""

    def __init__(self, packed: memoryview) -> None:
        self._packed = packed
        self._pos = 0
        self._unpacker = zlib.decompressobj()
        self._buffer = bytearray()

    def _fill(self) -> bool:
        if self._unpacker.unconsumed_tail:
            data = self._unpacker.decompress(self._unpacker.unconsumed_tail, _CHUNK)
        elif self._pos < len(self._packed):
            chunk = self._packed[self._pos:self._pos + _CHUNK]
            self._pos += len(chunk)
            data = self._unpacker.decompress(chunk, _CHUNK)
        else:
            data = self._unpacker.flush()
            if not data:
                return False
        self._buffer += data
        return True

    def line(self) -> bytes:
        while (end := self._buffer.find(b"\n")) < 0:
            if len(self._buffer) > _MAX_LINE or not self._fill():
                raise ValueError("a part ends inside a record")
        line = bytes(self._buffer[:end])
        del self._buffer[:end + 1]
        return line

    def take(self, length: int) -> bytes:
        while len(self._buffer) < length:
            if not self._fill():
                raise ValueError("a part ends inside a content")
        data = bytes(self._buffer[:length])
        del self._buffer[:length]
        return data

    def at_end(self) -> bool:
        while not self._buffer and self._fill():
            pass
        return not self._buffer and self._unpacker.eof and not self._unpacker.unused_data


def part_records(data: bytes, sha256: str, length: int) -> Iterator[Record]:
    """The records of one part file, checked against the head's checksum first and then one by one; raises
    :class:`DamagedFileError` at the first inconsistency."""
    if len(data) != length or hashlib.sha256(data).hexdigest() != sha256:
        raise DamagedFileError("a part's checksum does not match (torn or corrupt file)")
    if not data.startswith(PART_MAGIC):
        raise DamagedFileError("a part is not a wikidesk snapshot part")
    stream = _Stream(memoryview(data)[len(PART_MAGIC):])
    counts = [0, 0, 0, 0]
    try:
        while True:
            row = json.loads(stream.line().decode("utf-8"))
            kind = row[0] if isinstance(row, list) and row else None
            if kind == "r":
                yield "r", _revision(row[1:])
                counts[0] += 1
            elif kind == "b":
                digest, size = _digest(row[1]), row[2]
                if not (isinstance(size, int) and 0 <= size <= INLINE_LIMIT):
                    raise ValueError("a content length is malformed")
                content = stream.take(size)
                if blob_hash(content) != digest:
                    raise ValueError("content checksum mismatch")
                yield "b", (digest, content)
                counts[1] += 1
            elif kind == "o":
                yield "o", _digest(row[1])
                counts[2] += 1
            elif kind == "c":
                yield "c", _comment(row[1:])
                counts[3] += 1
            elif kind == "end":
                if row[1:] != counts or not stream.at_end():
                    raise ValueError("a part's records do not add up")
                return
            else:
                raise ValueError("an unknown record")
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError, zlib.error) as exc:
        raise DamagedFileError(f"unreadable snapshot part ({exc})") from exc
