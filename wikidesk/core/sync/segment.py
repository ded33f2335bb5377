"""Log segments: one immutable file per push, holding the revisions it adds with their contents inline.

Layout of a segment file: one ASCII header line ``WIKIDESK-SEGMENT <format> <sha256 of body> <body length>``
then the body: zlib-compressed JSON ``{"store", "client", "seq", "written", "revisions": [...],
"blobs": {hash: base64}, "objects": [hash, ...]}``. Contents larger than :data:`INLINE_LIMIT` are stored as
separate objects (``objects/ab/<hash>``) and listed under ``objects``. An optional ``"replaces": [[client, seq],
...]`` names segments that vanished from the share (a restore from backup) whose revisions this segment carries
again. Format 2 adds ``"comments": [...]`` (comment objects, :mod:`wikidesk.core.comments`); a segment without
comments is still written as format 1, so older clients read it. A reader verifies the checksum, every field's
type, every revision id, comment id and content hash; any mismatch makes the whole segment "damaged" (skipped
and reported). Whether a well-formed revision may be applied (its path, its numbers) is decided by
:mod:`wikidesk.core.sync.validate`; a well-formed comment, by :func:`wikidesk.core.comments.comment_problem`.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core import pacing
from wikidesk.core.comments import Comment
from wikidesk.core.history.model import Revision, blob_hash

SEGMENT_FORMAT = 2  # the newest this client reads; 2 = may carry comments
INLINE_LIMIT = 512 * 1024
_MAGIC = "WIKIDESK-SEGMENT"
_HASH = re.compile(r"[0-9a-f]{64}")
_CLIENT = re.compile(r"[0-9a-f]{1,64}")
_CHUNK = 64 * 1024  # characters of JSON compressed at a time


class DamagedFileError(ValueError):
    """A file on the share is torn, corrupt or not ours (checked by checksum)."""


@dataclass
class Segment:
    store_id: str
    client: str
    seq: int
    written: str
    revisions: list[Revision] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    objects: list[str] = field(default_factory=list)  # content hashes stored as separate objects
    replaces: list[tuple[str, int]] = field(default_factory=list)  # vanished segments this one publishes again
    comments: list[Comment] = field(default_factory=list)  # format 2


def encode_segment(segment: Segment) -> bytes:
    body: dict[str, Any] = {
        "store": segment.store_id,
        "client": segment.client,
        "seq": segment.seq,
        "written": segment.written,
        "revisions": [r.to_dict() for r in segment.revisions],
        "blobs": segment.blobs,  # base64 one content at a time, in _json_pieces
        "objects": sorted(segment.objects),
    }
    if segment.replaces:
        body["replaces"] = [[c, n] for c, n in sorted(set(segment.replaces))]
    if segment.comments:
        body["comments"] = [c.to_dict() for c in segment.comments]
    packed = _packed(_json_pieces(body))
    fmt = 2 if segment.comments else 1  # older clients read format 1
    header = f"{_MAGIC} {fmt} {hashlib.sha256(packed).hexdigest()} {len(packed)}\n"
    return header.encode("ascii") + packed


def _json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _json_pieces(body: dict[str, Any]) -> Iterator[str]:
    """The text of ``json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))`` a revision or a
    content at a time (bytes values as base64): one call over a segment of 2,000 pages (~8 MB) held the interpreter
    lock for ~0.1 s, a stall of the window during a first push."""
    yield "{"
    for n, key in enumerate(sorted(body)):
        value = body[key]
        yield ("," if n else "") + _json(key) + ":"
        if isinstance(value, list):
            yield "["
            for i, item in enumerate(value):
                yield ("," if i else "") + _json(item)
            yield "]"
        elif isinstance(value, dict):
            yield "{"
            for i, name in enumerate(sorted(value)):
                item = value[name]
                if isinstance(item, bytes):
                    item = base64.b64encode(item).decode("ascii")
                yield ("," if i else "") + _json(name) + ":" + _json(item)
            yield "}"
        else:
            yield _json(value)
    yield "}"


def _packed(pieces: Iterator[str]) -> bytes:
    """The pieces' UTF-8 compressed as ``zlib.compress(text, 6)`` would (the same bytes), a chunk at a time with a
    :func:`~wikidesk.core.pacing.pause` between chunks (zlib itself lets go of the interpreter lock)."""
    packer = zlib.compressobj(6)
    out: list[bytes] = []
    chunk: list[str] = []
    size = 0
    for piece in pieces:
        chunk.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            out.append(packer.compress("".join(chunk).encode("utf-8")))
            chunk, size = [], 0
            pacing.pause()
    out.append(packer.compress("".join(chunk).encode("utf-8")))
    out.append(packer.flush())
    return b"".join(out)


def checked_body(data: bytes, magic: str, newest: int, kind: str) -> tuple[int, bytes]:
    """The format and body of a file framed as ``<magic> <format> <sha256 of body> <body length>\\n<body>`` (a
    segment, a snapshot's head), checked; :class:`DamagedFileError` if it is not one, is torn, or is newer."""
    head, sep, packed = data.partition(b"\n")
    parts = head.decode("ascii", errors="replace").split(" ")
    if not sep or len(parts) != 4 or parts[0] != magic:
        raise DamagedFileError(f"not a wikidesk {kind} (or cut short)")
    if not parts[1].isdigit() or int(parts[1]) > newest:
        raise DamagedFileError(f"{kind} format {parts[1]} is newer than this wikidesk understands")
    if not parts[3].isdigit() or len(packed) != int(parts[3]) or hashlib.sha256(packed).hexdigest() != parts[2]:
        raise DamagedFileError("checksum mismatch (torn or corrupt file)")
    return int(parts[1]), packed


def decode_segment(data: bytes, *, store_id: str | None = None, client: str | None = None,
                   seq: int | None = None) -> Segment:
    """Parse and verify a segment; raises :class:`DamagedFileError` on any inconsistency."""
    _fmt, packed = checked_body(data, _MAGIC, SEGMENT_FORMAT, "segment")
    try:
        segment = _parse_body(json.loads(zlib.decompress(packed).decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError, zlib.error) as exc:
        raise DamagedFileError(f"unreadable segment body ({exc})") from exc
    if store_id is not None and segment.store_id != store_id:
        raise DamagedFileError("segment belongs to another store")
    if (client is not None and segment.client != client) or (seq is not None and segment.seq != seq):
        raise DamagedFileError("segment name does not match its content")
    for digest, blob in segment.blobs.items():
        if blob_hash(blob) != digest:
            raise DamagedFileError("content checksum mismatch")
    return segment


def _parse_body(body: Any) -> Segment:
    """The segment in a decoded JSON body; ValueError/TypeError for anything not of the documented shape."""
    if not isinstance(body, dict):
        raise TypeError("the body is not an object")
    seq = body["seq"]
    revisions, blobs = body["revisions"], body.get("blobs", {})
    objects, replaces = body.get("objects", []), body.get("replaces", [])
    comments = body.get("comments", [])
    if not (isinstance(seq, int) and isinstance(revisions, list) and isinstance(blobs, dict)
            and isinstance(objects, list) and isinstance(replaces, list) and isinstance(comments, list)):
        raise TypeError("a field has the wrong type")
    if not all(isinstance(r, dict) for r in revisions) or not all(isinstance(c, dict) for c in comments):
        raise TypeError("a revision or comment is not an object")
    if not all(isinstance(h, str) and _HASH.fullmatch(h) and isinstance(d, str) for h, d in blobs.items()):
        raise ValueError("a content entry is malformed")
    if not all(isinstance(h, str) and _HASH.fullmatch(h) for h in objects):
        raise ValueError("an object name is malformed")
    if not all(isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and _CLIENT.fullmatch(r[0])
               and isinstance(r[1], int) and r[1] > 0 for r in replaces):
        raise ValueError("a replaced segment name is malformed")
    revs = [Revision.from_dict(r) for r in revisions]
    for rev in revs:
        for text in (rev.page_id, rev.path, rev.author, rev.time, rev.summary):
            text.encode("utf-8")  # a lone surrogate cannot be stored: UnicodeEncodeError (a ValueError)
        if rev.blob is not None and not _HASH.fullmatch(rev.blob):
            raise ValueError(f"revision {rev.id[:8]} names malformed content")
    return Segment(
        store_id=str(body["store"]), client=str(body["client"]), seq=seq, written=str(body.get("written") or ""),
        revisions=revs, blobs={h: base64.b64decode(d, validate=True) for h, d in blobs.items()},
        objects=list(objects), replaces=[(c, n) for c, n in replaces],
        comments=[Comment.from_dict(c) for c in comments],
    )


def encode_object(data: bytes) -> bytes:
    return b"WIKIDESK-OBJECT 1\n" + zlib.compress(data, 6)


def decode_object(raw: bytes, digest: str) -> bytes:
    head, sep, packed = raw.partition(b"\n")
    if not sep or not head.startswith(b"WIKIDESK-OBJECT "):
        raise DamagedFileError("not a wikidesk object (or cut short)")
    try:
        data = zlib.decompress(packed)
    except zlib.error as exc:
        raise DamagedFileError("corrupt object") from exc
    if blob_hash(data) != digest:
        raise DamagedFileError("object checksum mismatch")
    return data
