"""The list of pages and attachments in a wiki folder, kept current with cheap stat calls.

A full scan reads each page file once; later scans only stat files and re-read those whose size or mtime changed.

Memory: the list is held for the life of an open wiki (100,000 pages in the app). A page costs its
:class:`PageInfo` (slots, no per-object dict), its own strings (id, path, title), and one int for its stat
signature; what many pages share (space, tags, author, creation date) is interned, so it is one string each.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from wikidesk.core import frontmatter, pacing
from wikidesk.core.atomic import TEMP_PREFIX
from wikidesk.core.errors import StorageError
from wikidesk.core.names import PAGE_SUFFIX, dir_to_space, name_key, normalize_title, stem_to_title
from wikidesk.core.page_ids import derived_id, stored_id
from wikidesk.core.pages import PageInfo

META_DIR = ".wikidesk"
IGNORED_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


def is_ignored(name: str) -> bool:
    """Names no wiki content uses: hidden files, our temp files, Office lock files, OS litter."""
    return (
        name.startswith(".")
        or name.startswith(TEMP_PREFIX)
        or name.startswith("~$")
        or name.lower() in IGNORED_NAMES
        or name.endswith(".tmp")
    )


def walk(root: Path) -> Iterator[tuple[str, os.stat_result]]:
    """Yield ``(relative POSIX path, stat)`` of every content file under ``root``."""
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = list(os.scandir(root / rel_dir if rel_dir else root))
        except OSError:
            continue
        for entry in entries:
            if is_ignored(entry.name) or not _is_utf8_name(entry.name):
                continue
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(rel)
                elif entry.is_file(follow_symlinks=False):  # a symlink could point outside the wiki
                    yield rel, entry.stat(follow_symlinks=False)
            except OSError:
                continue


def _is_utf8_name(name: str) -> bool:
    """False for a name whose bytes are not UTF-8 (another system's encoding): no path, id or URL can carry it."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def is_page_path(rel: str) -> bool:
    return rel.lower().endswith(PAGE_SUFFIX)


def page_info_from_text(rel: str, text: str, stat: os.stat_result | None) -> PageInfo:
    """Build a :class:`PageInfo` from a page file's text (front matter wins, file name as fallback)."""
    size = stat.st_size if stat else len(text.encode("utf-8"))
    return page_info_from_document(rel, frontmatter.parse(text), stat, size)


def page_info_from_document(rel: str, doc: frontmatter.Document, stat: os.stat_result | None, size: int) -> PageInfo:
    """A :class:`PageInfo` from a page file's parsed front matter (``size`` in bytes, used when there is no
    ``stat``); lets a caller that needs the metadata too parse the file once."""
    meta = doc.meta
    folder, _, filename = rel.rpartition("/")
    stem = filename[: -len(PAGE_SUFFIX)]
    title = meta.get("title")
    title = str(title).strip() if isinstance(title, (str, int, float)) and str(title).strip() else stem_to_title(stem)
    return PageInfo(
        page_id=stored_id(meta) or derived_id(rel),
        path=rel,
        title=title,
        space=sys.intern(dir_to_space(folder)),
        tags=normalize_tags(meta.get("tags")),
        modified=stat.st_mtime if stat else 0.0,
        author=sys.intern(str(meta["author"])) if meta.get("author") else None,
        created=sys.intern(str(meta["created"])) if meta.get("created") else None,
        size=stat.st_size if stat else size,
    )


def normalize_tags(value: object) -> tuple[str, ...]:
    """Front matter tags as a tuple of lowercase names (accepts a list or a comma/space separated string).

    Values that are not plain words (null, nested lists, mappings) are skipped rather than turned into text.
    """
    if isinstance(value, (str, int, float)):
        items: list[object] = list(str(value).replace(",", " ").split())
    elif isinstance(value, (list, tuple)):
        items = [item for item in value if isinstance(item, (str, int, float))]
    else:
        return ()
    seen: dict[str, None] = {}
    for item in items:
        tag = str(item).strip().lstrip("#").casefold()
        if tag:
            seen.setdefault(sys.intern(tag), None)
    tags = tuple(seen)
    return _TAG_SETS.setdefault(tags, tags)


# Each set of tags once, however many pages have it: half the pages of the generated wiki share their tags with
# another page (~1.5 MB of tuples at 100,000 pages). Grows with the distinct sets, a few thousand.
_TAG_SETS: dict[tuple[str, ...], tuple[str, ...]] = {}


def read_text(path: Path | str) -> tuple[bytes, str]:
    """Bytes and decoded text (:func:`decode_text`) of a page file (a string path: cheaper where every page is read)."""
    with open(path, "rb") as file:
        data = file.read()
    return data, decode_text(data)


def decode_text(data: bytes) -> str:
    """A page file's text: invalid UTF-8 is shown with replacement characters, not refused."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def listed_as(info: PageInfo, st: os.stat_result) -> bool:
    """Whether a page file with this ``stat`` is the version ``info`` was made from (same size and modified time):
    what a rescan compares, so the page list keeps no signature of its own a page (~7 MB at 100,000 pages)."""
    return info.size == st.st_size and info.modified == st.st_mtime


class Catalog:
    """An in-memory index of the wiki's files, refreshed incrementally from ``stat`` (size and modified time)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._pages: dict[str, PageInfo] = {}
        self._attachments: set[str] = set()
        self.unreadable: dict[str, str] = {}
        self._lookup: Lookup | None = None

    def refresh(self) -> None:
        if not self.root.is_dir():
            raise StorageError(
                f"The wiki folder {self.root} is no longer there; it may have been moved or deleted, or the network "
                "drive is disconnected."
            )
        seen_pages: dict[str, PageInfo] = {}
        attachments: set[str] = set()
        self.unreadable = {}
        for rel, st in walk(self.root):
            pacing.pause()  # in the app's background thread: the window gets the interpreter lock now and then
            if not is_page_path(rel):
                attachments.add(rel)
                continue
            old = self._pages.get(rel)
            if old is not None and listed_as(old, st):
                seen_pages[rel] = old
            else:
                try:
                    _, text = read_text(self.root / rel)
                except OSError as exc:
                    self.unreadable[rel] = exc.strerror or str(exc)
                    continue
                seen_pages[rel] = page_info_from_text(rel, text, st)
        if self._lookup is not None:
            for rel, info in self._pages.items():
                if seen_pages.get(rel) != info:
                    self._lookup.remove(info)
            for rel, info in seen_pages.items():
                if self._pages.get(rel) != info:
                    self._lookup.add(info)
        self._pages, self._attachments = seen_pages, attachments

    def update(self, rel: str, info: PageInfo | None) -> None:
        """Record a change this process made, without a rescan (a rescan reads the file again if ``info`` was not
        made from its present size and modified time)."""
        old = self._pages.get(rel)
        if self._lookup is not None:
            if old is not None:
                self._lookup.remove(old)
            if info is not None:
                self._lookup.add(info)
        if info is None:
            self._pages.pop(rel, None)
            return
        self._pages[rel] = info

    def lookup(self) -> Lookup:
        if self._lookup is None:
            self._lookup = Lookup(self._pages.values())
        return self._lookup

    def pages(self) -> list[PageInfo]:
        return sorted(self._pages.values(), key=lambda p: p.path.casefold())

    def attachments(self) -> list[str]:
        return sorted(self._attachments, key=str.casefold)


# A lookup key's pages: the page itself (nearly always), or a tuple of the few pages that share the key. A tuple for
# every key cost ~19 MB at 100,000 pages (three keys a page).
Entry = PageInfo | tuple[PageInfo, ...]

# Path and title keys are filed under their hash, not as strings: a key is nearly always a new string (the path or
# title case-folded), ~14 MB at 100,000 pages for the two tables; an int of at most 60 bits is 32 bytes. The pages
# found under a hash are checked against the key itself, so two keys with the same hash never mix. A page whose file
# name has its title's key (all but 163 of the 100,000 generated pages) is found by its path through the title
# table: the path table holds only the others (~8 MB less at 100,000 pages).
_HASH_BITS = (1 << 60) - 1


def pages_of(entry: Entry | None) -> tuple[PageInfo, ...]:
    """The pages of one key of a :class:`Lookup` table, as a tuple."""
    return () if entry is None else entry if isinstance(entry, tuple) else (entry,)


def hashed(key: str) -> int:
    """What a :class:`Lookup` files a path or title key under."""
    return hash(key) & _HASH_BITS


def path_key(info: PageInfo) -> str:
    """The key a page is found under by its path."""
    return name_key(info.path)


def title_key(info: PageInfo) -> str:
    """The key a page is found under by its title."""
    return name_key(normalize_title(info.title))


def _name_of(key: str) -> str:
    """The file name of a page's path key, without its ``.md``."""
    return key.rpartition("/")[2][:-3]


class Lookup:
    """Pages by path key, id and title key, so finding a page or resolving a link is a dict lookup, not a scan.

    ``by_id`` is keyed by the page id itself, ``by_title`` by :func:`hashed` title keys, ``by_path`` by hashed path
    keys of the pages whose file name is not their title's key (the others are found through ``by_title``)."""

    def __init__(self, pages: Iterable[PageInfo]) -> None:
        self.by_path: dict[int, Entry] = {}
        self.by_id: dict[str, Entry] = {}
        self.by_title: dict[int, Entry] = {}
        for info in pages:
            self.add(info)
            pacing.pause()

    def with_path(self, key: str) -> tuple[PageInfo, ...]:
        """The pages whose path has this key (:func:`~wikidesk.core.names.name_key`)."""
        found = pages_of(self.by_path.get(hashed(key)))
        if key.endswith(".md"):
            found = pages_of(self.by_title.get(hashed(_name_of(key)))) + found
        return tuple(p for p in found if path_key(p) == key)

    def with_id(self, page_id: str) -> tuple[PageInfo, ...]:
        return pages_of(self.by_id.get(page_id))

    def with_title(self, key: str) -> tuple[PageInfo, ...]:
        """The pages whose title has this key (``name_key(normalize_title(title))``)."""
        return tuple(p for p in pages_of(self.by_title.get(hashed(key))) if title_key(p) == key)

    @classmethod
    def from_keys(cls, entries: Iterable[tuple[PageInfo, str, str]]) -> Lookup:
        """The lookup of pages whose path key and title key (as :meth:`add` works them out) are known already."""
        lookup = cls(())
        for info, path, title in entries:
            lookup._put(info, path, title)
        return lookup

    def add(self, info: PageInfo) -> None:
        self._put(info, path_key(info), title_key(info))

    def _tables(self, info: PageInfo, path: str, title: str) -> list[tuple[dict[Any, Entry], int | str]]:
        """Where a page with these path and title keys is filed."""
        tables: list[tuple[dict[Any, Entry], int | str]] = [(self.by_id, info.page_id), (self.by_title, hashed(title))]
        if _name_of(path) != title:
            tables.append((self.by_path, hashed(path)))
        return tables

    def _put(self, info: PageInfo, path: str, title: str) -> None:
        for table, key in self._tables(info, path, title):
            found = table.get(key)
            table[key] = info if found is None else (*pages_of(found), info)

    def remove(self, info: PageInfo) -> None:
        for table, key in self._tables(info, path_key(info), title_key(info)):
            entries = pages_of(table.get(key))
            if info in entries:
                at = entries.index(info)
                rest = entries[:at] + entries[at + 1 :]
                if not rest:
                    del table[key]
                else:
                    table[key] = rest[0] if len(rest) == 1 else rest
