"""What a search hit shows (title, space, tags, section headings and the page text), kept beside the index.

Tantivy's document store compresses stored fields in blocks of ~16 KB, so showing one hit decompressed a whole block
(~15 µs a hit at 100,000 pages). This file holds the same values uncompressed: the index keeps, for each page, the
offset of its record in a fast field (:data:`~schema.TEXT_AT`), so a hit costs one fast-field read and one
positioned read (~6 µs with parsing). A memory map took ~9 µs: nearly every hit touches a page of the map for the
first time, and each such page fault cost more than a ``pread``.

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

import contextlib
import json
import os
import struct
import threading
from pathlib import Path
from typing import Any, BinaryIO

from wikidesk.core.search import schema as s
from wikidesk.core.search.records import record

FILE_NAME = "texts.bin"
MAGIC = b"WR"
_HEADER = struct.Struct("<2sI")
MAX_TEXT = 4_000_000  # bytes of page text kept for snippets (the index itself takes all of it)
READ_AHEAD = 8192  # one read covers most records (pages average ~3 KB of text)
_PREAD = getattr(os, "pread", None)


@record(frozen=True)
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
        self._reader: _Reader | None = None
        self._file: BinaryIO | None = None
        self._end = 0  # where the next record goes (while the append handle is open)

    # --- writing (by the holder of the index writer) ---------------------------------------------------------------

    def create(self) -> None:
        """Start an empty file (a new or rebuilt index)."""
        self.close()
        with open(self.path, "wb") as f:
            f.write(_HEADER.pack(MAGIC, 0))  # offset 0 is never a page: an empty record marks the format

    def append(self, fields: dict[str, Any]) -> int:
        """Append the record of a page (its :func:`~document.to_fields` values); returns its offset. Call
        :meth:`sync` before committing the index."""
        from wikidesk.core.search.document import body_of  # the writing side: not loaded by a search

        head = [fields[s.ID], fields[s.PATH], fields[s.TITLE], fields[s.SPACE], fields[s.MODIFIED],
                fields.get(s.TAGS, []), fields[s.SECTIONS]]
        body = body_of(fields).encode("utf-8", "replace")
        if len(body) > MAX_TEXT:
            body = body[:MAX_TEXT].decode("utf-8", "ignore").encode("utf-8")
        payload = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\0" + body
        f = self._writer()
        offset = self._end
        record = _HEADER.pack(MAGIC, len(payload)) + payload
        try:
            f.write(record)
        except BaseException:  # e.g. a full disk: reopen next time, at the file's real end
            self.abandon()
            raise
        self._end += len(record)  # (asking the file each time flushed its buffer: a write per page)
        return offset

    def _writer(self) -> BinaryIO:
        if self._file is None:
            self._file = open(self.path, "ab")  # kept open while the writer is held: no one else appends
            self._end = self._file.seek(0, os.SEEK_END)
        return self._file

    def sync(self) -> None:
        """Make appended records durable (before the index commit that refers to them)."""
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())

    def abandon(self) -> None:
        """Drop the append handle after a failed write or commit, so the next append asks the file where its end
        is (another process may append once this one has given the index writer up)."""
        f, self._file = self._file, None
        if f is not None:
            with contextlib.suppress(OSError, ValueError):
                f.close()

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
        """Let go of the read handle if the file was replaced (another process rebuilt the index)."""
        try:
            ino = self.path.stat().st_ino
        except OSError:
            ino = None
        reader = self._reader
        if reader is not None and ino != reader.ino:
            self._reader = None

    def read(self, offset: int) -> StoredPage | None:
        """The record at ``offset``, or None if there is none (a damaged or replaced file)."""
        if offset <= 0:
            return None
        reader = self._reader or self._open_reader()
        if reader is None:
            return None
        try:
            data = reader.read(offset, READ_AHEAD)
            magic, length = _HEADER.unpack_from(data)
            if magic != MAGIC:
                return None
            end = _HEADER.size + length
            if end > len(data):
                data += reader.read(offset + len(data), end - len(data))
                if end > len(data):
                    return None
            split = data.find(b"\0", _HEADER.size, end)
            page_id, path, title, space, modified, tags, sections = json.loads(data[_HEADER.size : split])
            text = data[split + 1 : end].decode("utf-8")
            return StoredPage(page_id, path, title, space, float(modified), tuple(tags), sections, text)
        except (OSError, ValueError, TypeError, struct.error):  # damaged record, or the file went away
            return None

    def _open_reader(self) -> _Reader | None:
        with self._lock:
            if self._reader is None:
                try:
                    self._reader = _Reader(self.path)
                except OSError:
                    return None
            return self._reader

    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def live_bytes(self, offsets: list[int]) -> int:
        """The bytes taken by the records at ``offsets`` (the rest of the file is garbage)."""
        try:
            reader = _Reader(self.path)
        except OSError:
            return 0
        total = 0
        for offset in offsets:
            if offset > 0:
                try:
                    total += _HEADER.size + _HEADER.unpack(reader.read(offset, _HEADER.size))[1]
                except (OSError, struct.error):
                    continue
        return total

    def close(self) -> None:
        """Let go of both handles (the index is closing: a read still running gets None, as for a damaged file)."""
        self.release()
        reader, self._reader = self._reader, None
        if reader is not None:
            reader.close()


class _Reader:
    """A read handle for positioned reads; it closes itself when the last thread using it lets go of it, so a
    handle swapped out by :meth:`PageTexts.refresh` is never closed under a reader."""

    def __init__(self, path: Path):
        self._file = open(path, "rb", buffering=0)  # closed when this object is dropped
        self.ino = os.fstat(self._file.fileno()).st_ino
        self._lock = threading.Lock()

    def close(self) -> None:
        with self._lock:
            self._file.close()

    def __del__(self) -> None:  # dropped by refresh() or a searcher never closed: no "unclosed file" warning
        with contextlib.suppress(Exception):
            self._file.close()

    def read(self, offset: int, size: int) -> bytes:
        if _PREAD is not None:
            return _PREAD(self._file.fileno(), size, offset)
        with self._lock:  # no pread (Windows): seek and read under a lock
            self._file.seek(offset)
            return self._file.read(size)
