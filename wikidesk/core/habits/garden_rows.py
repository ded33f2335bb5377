"""One page file's facts as the gardening cache keeps them: a JSON row that names its path and stamp again, with its
CRC-32, written by whoever read the file (a parser process, the first time) and read back in one go."""

from __future__ import annotations

import json
import zlib
from typing import Any

from wikidesk.core import gc_pause
from wikidesk.core.pages import PageInfo

from .page_facts import PageFacts, PageKeys, Stamp

Entry = tuple[PageInfo, PageFacts, PageKeys]
Row = tuple[str, int, int, str, int]  # path, mtime_ns, size, data, crc: as the cache's table holds it
# json.dumps(..., ensure_ascii=False, separators=(",", ":")) without making an encoder for each row
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def crc(data: str) -> int:
    return zlib.crc32(data.encode())


def encode(path: str, stamp: Stamp, entry: Entry) -> str:
    """One row's text: the stamp and path it belongs to (checked on reading), the page info, facts and keys."""
    info, facts, keys = entry
    return _ENCODE([path, *stamp, info.page_id, info.title, info.space, info.tags, info.modified, info.author,
                    info.created, info.size, facts.empty, facts.inline_tags, facts.targets,
                    keys.path, keys.title, keys.near])


def row(path: str, stamp: Stamp, entry: Entry) -> Row:
    data = encode(path, stamp, entry)
    return path, stamp[0], stamp[1], data, crc(data)


def decode(path: str, stamp: Stamp, row: list[Any]) -> Entry | None:
    """The entry of a row :func:`encode` wrote for this path and stamp (its checksum matched), else None."""
    if len(row) != 17 or row[0] != path or row[1] != stamp[0] or row[2] != stamp[1]:
        return None
    # positional arguments: a frozen dataclass is made ~5x faster so than by keyword (100,000 rows a report)
    info = PageInfo(row[3], path, row[4], row[5], tuple(row[6]), row[7], row[8], row[9], row[10])
    return info, PageFacts(row[11], row[12], tuple(row[13])), PageKeys(row[14], row[15], row[16])


def entries(rows: list[Row]) -> dict[str, tuple[Stamp, Entry]]:
    """The entries of the intact rows, by path: ``(stamp, entry)`` (a row whose text does not match its CRC-32, or is
    not what :func:`encode` wrote for its path and stamp, is left out)."""
    rows = [r for r in rows if isinstance(r[3], str) and r[4] == crc(r[3])]
    found: dict[str, tuple[Stamp, Entry]] = {}
    with gc_pause.paused():
        for (path, mtime_ns, size, _data, _crc), parsed in zip(rows, _parsed([r[3] for r in rows]), strict=True):
            try:
                entry = decode(path, (mtime_ns, size), parsed) if isinstance(parsed, list) else None
            except TypeError:
                entry = None
            if entry is not None:
                found[path] = ((mtime_ns, size), entry)
    return found


def _parsed(texts: list[str]) -> list[Any]:
    """The JSON texts parsed, all in one call when every one is valid (the usual case), else one by one."""
    try:
        return json.loads("[" + ",".join(texts) + "]")  # type: ignore[no-any-return]
    except ValueError:
        pass
    parsed: list[Any] = []
    for text in texts:
        try:
            parsed.append(json.loads(text))
        except ValueError:
            parsed.append(None)
    return parsed
