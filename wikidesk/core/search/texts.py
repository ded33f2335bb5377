"""What a search hit shows (title, space, tags, section headings and the page text), kept beside the index.

Tantivy's document store compresses stored fields in blocks of ~16 KB, so showing one hit decompressed a whole block
(~15 µs a hit at 100,000 pages). This file holds the same values uncompressed and is read through a memory map:
the index keeps, for each page, the offset of its record in a fast field (:data:`~schema.TEXT_AT`), so a hit costs
one fast-field read plus a slice (~3 µs).

Records are only appended, by whoever holds the index writer (tantivy's lock serializes writers across
processes), and the file is flushed to disk before the index commit that points at them, so a committed page
always has its record. A crash before the commit leaves an unreferenced tail, which is harmless. Records of
changed or deleted pages stay as garbage until the next full build rewrites the file: a full build notes the
live records' size (:meth:`PageTexts.live_bytes`), and opening the index rebuilds it when the garbage grows too
large (see ``index.COMPACT_MIN``).

Record: ``b"WR"``, payload length (4 bytes, little-endian), payload = a JSON list ``[id, path, title, space,
modified, tags, sections]``, a NUL byte, the page text (UTF-8).
"""

from __future__ import annotations

import json
import mmap
import os
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from wikidesk.core.search import schema as s
from wikidesk.core.search.document import body_of

FILE_NAME = "texts.bin"
MAGIC = b"WR"
_HEADER = struct.Struct("<2sI")
MAX_TEXT = 4_000_000  # bytes of page text kept for snippets (the index itself takes all of it)


@dataclass(frozen=True)
class StoredPage:
    page_id: str
    path: str
    title: str
    space: str
    modified: float
    tags: tuple[str, ...]
    sections: list[list[Any]]  # [[offset in text, heading], ...]
    text: str


class PageTexts:
    """The append-only record file of one index; safe to read from several threads."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / FILE_NAME
        self._lock = threading.Lock()
        self._map: mmap.mmap | None = None
        self._file: BinaryIO | None = None
        self._ino: int | None = None

    # --- writing (by the holder of the index writer) ---------------------------------------------------------------

    def create(self) -> None:
        """Start an empty file (a new or rebuilt index)."""
        self.close()
        with open(self.path, "wb") as f:
            f.write(_HEADER.pack(MAGIC, 0))  # offset 0 is never a page: an empty record marks the format

    def append(self, fields: dict[str, Any]) -> int:
        """Append the record of a page (its :func:`~document.to_fields` values); returns its offset. Call
        :meth:`sync` before committing the index."""
        head = [fields[s.ID], fields[s.PATH], fields[s.TITLE], fields[s.SPACE], fields[s.MODIFIED],
                fields.get(s.TAGS, []), fields[s.SECTIONS]]
        body = body_of(fields).encode("utf-8", "replace")
        if len(body) > MAX_TEXT:
            body = body[:MAX_TEXT].decode("utf-8", "ignore").encode("utf-8")
        payload = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\0" + body
        f = self._writer()
        offset = f.seek(0, os.SEEK_END)
        f.write(_HEADER.pack(MAGIC, len(payload)) + payload)
        return offset

    def _writer(self) -> BinaryIO:
        if self._file is None:
            self._file = open(self.path, "ab")  # kept open while the writer is held
        return self._file

    def sync(self) -> None:
        """Make appended records durable (before the index commit that refers to them)."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def release(self) -> None:
        """Close the append handle (when the index writer is given back)."""
        if self._file is not None:
            self.sync()
            self._file.close()
            self._file = None

    # --- reading ---------------------------------------------------------------------------------------------------

    def check(self) -> bool:
        """Whether the file exists and starts like one of ours."""
        try:
            with open(self.path, "rb") as f:
                magic, _ = _HEADER.unpack(f.read(_HEADER.size))
            return magic == MAGIC
        except (OSError, struct.error):
            return False

    def refresh(self) -> None:
        """Drop the memory map if the file was replaced (another process rebuilt the index)."""
        try:
            ino = self.path.stat().st_ino
        except OSError:
            ino = None
        if ino != self._ino:
            self._unmap()

    def read(self, offset: int) -> StoredPage | None:
        """The record at ``offset``, or None if there is none (a damaged or replaced file)."""
        if offset <= 0:
            return None
        try:
            view = self._view(offset + _HEADER.size)
            if view is None:
                return None
            magic, length = _HEADER.unpack_from(view, offset)
            start = offset + _HEADER.size
            if magic != MAGIC:
                return None
            if start + length > len(view):
                view = self._view(start + length)
                if view is None:
                    return None
            payload = view[start : start + length]
            split = payload.find(b"\0")
            page_id, path, title, space, modified, tags, sections = json.loads(payload[:split])
            text = payload[split + 1 :].decode("utf-8")
            return StoredPage(page_id, path, title, space, float(modified), tuple(tags), sections, text)
        except (ValueError, TypeError, struct.error):  # damaged record, or the map was closed meanwhile
            return None

    def _view(self, needed: int) -> mmap.mmap | None:
        current = self._map
        if current is not None and len(current) >= needed:
            return current
        with self._lock:
            self._unmap()
            try:
                with open(self.path, "rb") as f:
                    ino = os.fstat(f.fileno()).st_ino
                    self._map = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
                    self._ino = ino
            except (OSError, ValueError):
                return None
            return self._map if len(self._map) >= needed else None

    def _unmap(self) -> None:
        # Not closed here: another thread may be reading it. The map closes when the last reader lets go.
        self._map = None
        self._ino = None

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def live_bytes(self, offsets: list[int]) -> int:
        """The bytes taken by the records at ``offsets`` (the rest of the file is garbage)."""
        view = self._view(self.size())
        if view is None:
            return 0
        total = 0
        for offset in offsets:
            if 0 < offset <= len(view) - _HEADER.size:
                total += _HEADER.size + _HEADER.unpack_from(view, offset)[1]
        return total

    def close(self) -> None:
        self.release()
        with self._lock:
            current, self._map, self._ino = self._map, None, None
        if current is not None:
            try:
                current.close()
            except BufferError:  # a reader still holds a slice: the map closes when it lets go
                pass
