"""Revision values: what one saved state of a page (or attachment) is, and how its id is computed.

A revision is immutable and content-addressed: its id is a hash over the page id, kind, path, content hash,
parents, author, wall time, logical clock and summary. Two clients that build the same revision (for example the
same deterministic merge of the same heads) get the same id, so their histories converge.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

REV_ID_LEN = 32
KINDS = ("page", "file")


def blob_hash(data: bytes) -> str:
    """Content hash of file bytes (equal to the wiki's etag of the same bytes)."""
    return hashlib.sha256(data).hexdigest()


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Revision:
    """One revision of one page or attachment. ``blob`` is None for a deletion (a tombstone)."""

    page_id: str
    kind: str
    path: str
    blob: str | None
    size: int
    parents: tuple[str, ...]
    author: str
    time: str  # wall time (ISO 8601, UTC) for people; never used to decide anything
    clock: int  # Lamport clock: orders revisions and picks deterministic winners
    summary: str
    id: str = field(default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "parents", tuple(sorted(set(self.parents))))
        if not self.id:
            object.__setattr__(self, "id", compute_rev_id(self))

    @property
    def deleted(self) -> bool:
        return self.blob is None

    def rank(self) -> tuple[int, str]:
        """Deterministic order used to pick the version shown for a page in conflict (highest wins)."""
        return (self.clock, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "page": self.page_id,
            "kind": self.kind,
            "path": self.path,
            "blob": self.blob,
            "size": self.size,
            "parents": list(self.parents),
            "author": self.author,
            "time": self.time,
            "clock": self.clock,
            "summary": self.summary,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, verify: bool = True) -> Revision:
        """Build a revision from its dict form; with ``verify``, raise ValueError if the id does not match."""
        rev = cls(
            page_id=str(data["page"]),
            kind=str(data["kind"]),
            path=str(data["path"]),
            blob=None if data.get("blob") is None else str(data["blob"]),
            size=int(data.get("size") or 0),
            parents=tuple(str(p) for p in data.get("parents") or ()),
            author=str(data.get("author") or ""),
            time=str(data.get("time") or ""),
            clock=int(data["clock"]),
            summary=str(data.get("summary") or ""),
        )
        if rev.kind not in KINDS:
            raise ValueError(f"unknown revision kind {rev.kind!r}")
        if verify and data.get("id") != rev.id:
            raise ValueError("revision id does not match its content")
        return rev


def compute_rev_id(rev: Revision) -> str:
    payload = {
        "page": rev.page_id,
        "kind": rev.kind,
        "path": rev.path,
        "blob": rev.blob,
        "size": rev.size,
        "parents": sorted(set(rev.parents)),
        "author": rev.author,
        "time": rev.time,
        "clock": rev.clock,
        "summary": rev.summary,
    }
    text = "wikidesk-rev-1\n" + json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:REV_ID_LEN]


@dataclass(frozen=True)
class Conflict:
    """A page whose heads could not be merged: every version is kept until a person resolves it."""

    page_id: str
    path: str
    heads: tuple[Revision, ...]  # best-ranked first: heads[0] is the version the working copy shows
    merged_text: str  # all versions with conflict markers, ready to edit
    base: Revision | None = None
