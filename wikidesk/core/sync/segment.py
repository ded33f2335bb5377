"""Log segments: one immutable file per push, holding the revisions it adds with their contents inline.

Layout of a segment file: one ASCII header line ``WIKIDESK-SEGMENT <format> <sha256 of body> <body length>``
then the body: zlib-compressed JSON ``{"store", "client", "seq", "written", "revisions": [...],
"blobs": {hash: base64}, "objects": [hash, ...]}``. Contents larger than :data:`INLINE_LIMIT` are stored as
separate objects (``objects/ab/<hash>``) and listed under ``objects``. A reader verifies the checksum, every
revision id and every content hash; any mismatch makes the whole segment "damaged" (skipped and reported).
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import dataclass, field

from wikidesk.core.history.model import Revision, blob_hash

SEGMENT_FORMAT = 1
INLINE_LIMIT = 512 * 1024
_MAGIC = "WIKIDESK-SEGMENT"


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


def encode_segment(segment: Segment) -> bytes:
    body = {
        "store": segment.store_id,
        "client": segment.client,
        "seq": segment.seq,
        "written": segment.written,
        "revisions": [r.to_dict() for r in segment.revisions],
        "blobs": {h: base64.b64encode(d).decode("ascii") for h, d in sorted(segment.blobs.items())},
        "objects": sorted(segment.objects),
    }
    packed = zlib.compress(json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                           .encode("utf-8"), 6)
    header = f"{_MAGIC} {SEGMENT_FORMAT} {hashlib.sha256(packed).hexdigest()} {len(packed)}\n"
    return header.encode("ascii") + packed


def decode_segment(data: bytes, *, store_id: str | None = None, client: str | None = None,
                   seq: int | None = None) -> Segment:
    """Parse and verify a segment; raises :class:`DamagedFileError` on any inconsistency."""
    head, sep, packed = data.partition(b"\n")
    parts = head.decode("ascii", errors="replace").split(" ")
    if not sep or len(parts) != 4 or parts[0] != _MAGIC:
        raise DamagedFileError("not a wikidesk segment (or cut short)")
    if not parts[1].isdigit() or int(parts[1]) > SEGMENT_FORMAT:
        raise DamagedFileError(f"segment format {parts[1]} is newer than this wikidesk understands")
    if not parts[3].isdigit() or len(packed) != int(parts[3]) or hashlib.sha256(packed).hexdigest() != parts[2]:
        raise DamagedFileError("checksum mismatch (torn or corrupt file)")
    try:
        body = json.loads(zlib.decompress(packed).decode("utf-8"))
        segment = Segment(
            store_id=str(body["store"]), client=str(body["client"]), seq=int(body["seq"]),
            written=str(body.get("written") or ""),
            revisions=[Revision.from_dict(r) for r in body["revisions"]],
            blobs={h: base64.b64decode(d) for h, d in body.get("blobs", {}).items()},
            objects=[str(h) for h in body.get("objects", [])],
        )
    except (ValueError, KeyError, TypeError, zlib.error) as exc:
        raise DamagedFileError(f"unreadable segment body ({exc})") from exc
    if store_id is not None and segment.store_id != store_id:
        raise DamagedFileError("segment belongs to another store")
    if (client is not None and segment.client != client) or (seq is not None and segment.seq != seq):
        raise DamagedFileError("segment name does not match its content")
    for digest, blob in segment.blobs.items():
        if blob_hash(blob) != digest:
            raise DamagedFileError("content checksum mismatch")
    return segment


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
