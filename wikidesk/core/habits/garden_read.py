"""Every page file's info and facts for the gardening report: from the cache where the file's stamp is unchanged, else
read and worked out, in parser processes when there are many (the first report of a big wiki), as the search index
build does."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Generator, Iterator
from multiprocessing.pool import Pool
from pathlib import Path
from typing import TypeVar

from wikidesk.core.catalog import is_page_path, read_text, walk
from wikidesk.core.pages import PageInfo

from . import garden_rows
from .garden_cache import GardenCache
from .garden_rows import Entry, Row
from .page_facts import page_entry

POOL_THRESHOLD = 400  # fewer pages than this are read in-process (starting parser processes costs ~0.5 s)
CHUNK = 64
PROGRESS_EVERY = 500
DECODE_BATCH = 2_000  # rows decoded at a time as parser processes hand them over
STORE_BATCH = 20_000  # rows written to the cache at a time (one transaction each)
Progress = tuple[int, int, str]
Job = tuple[str, str, int, int, float]  # wiki root, page path, mtime_ns, size, modified (as listed)
Read = tuple[str, Row | None, bool]  # page path, its cache row, whether it may be kept
A = TypeVar("A")
R = TypeVar("R")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class Parsers:
    """The parser processes of one report: started when many pages are to be read, and kept until :meth:`close`, so
    the report can hand them more work after the pages (:meth:`submit`) while it goes on with its own."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers if workers is not None else default_workers()
        self._pool: Pool | None = None

    @property
    def started(self) -> bool:
        return self._pool is not None

    def start(self) -> None:
        """Start the processes now (if there are to be any): they get ready while this one goes on."""
        if self.workers > 0:
            self._running()

    def _running(self) -> Pool:
        if self._pool is None:  # "spawn" everywhere: forking a process that runs Qt or tantivy threads is unsafe
            self._pool = multiprocessing.get_context("spawn").Pool(self.workers, initializer=_ready)
        return self._pool

    def read(self, todo: list[Job], meanwhile: Callable[[], object] | None = None) -> Iterator[Read]:
        """The pages read, by the parser processes (none, or a small job: in this process). Processes, not threads:
        in the app, parsing in a thread would hold the interpreter lock the window needs. ``meanwhile`` is called
        while the processes work, if they are started (this process would otherwise only wait)."""
        if self.workers <= 0 or (self._pool is None and len(todo) < POOL_THRESHOLD):
            yield from map(read_page, todo)
            return
        results = self._running().imap_unordered(read_page, todo, chunksize=CHUNK)  # the processes start on it now
        if meanwhile is not None:
            meanwhile()
        yield from results

    def submit(self, work: Callable[[A], R], arg: A) -> Callable[[], R] | None:
        """``work(arg)`` started in a parser process, if they are running: a function that waits for its answer (and
        raises what the process raised, or why it could not run it); None without parser processes."""
        if self._pool is None:
            return None
        return self._pool.apply_async(work, (arg,)).get

    def close(self) -> None:
        """Stop the processes (any work still running in them is dropped)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None


def read_pages(root: Path, cache: GardenCache | None, pages: list[PageInfo] | None, *, workers: int | None = None,
               meanwhile: Callable[[], object] | None = None, parsers: Parsers | None = None,
               ) -> Generator[Progress, None, dict[str, Entry]]:
    """``(info, facts, keys)`` of every page file by path, in the order of the wiki's page list (path, ignoring case);
    a file that cannot be read is left out. ``pages``: only these pages (the caller has the page list). ``meanwhile``
    is called while parser processes work, if any are started (the first report: this process would otherwise only
    wait). ``parsers``: the caller's (kept running after the pages), else ``workers`` processes stopped at the end."""
    used = parsers if parsers is not None else Parsers(workers)
    try:
        return (yield from _read_pages(root, cache, pages, used, meanwhile))
    finally:
        if parsers is None:
            used.close()


def _read_pages(root: Path, cache: GardenCache | None, pages: list[PageInfo] | None, parsers: Parsers,
                meanwhile: Callable[[], object] | None) -> Generator[Progress, None, dict[str, Entry]]:
    stats: dict[str, os.stat_result] = {}
    first = cache is None or not cache.has_pages()  # every page file is to be read: a big wiki needs the processes
    for rel, st in walk(root):
        if is_page_path(rel):
            stats[rel] = st
            if first and len(stats) == POOL_THRESHOLD:
                parsers.start()  # they start up while the listing goes on
    yield 0, 0, "Reading pages"
    wanted = sorted(stats, key=str.casefold) if pages is None else [p.path for p in pages if p.path in stats]
    known = cache.entries() if cache is not None else {}
    found: dict[str, Entry] = {}
    todo: list[Job] = []
    for rel in wanted:
        st = stats[rel]
        hit = known.get(rel)
        if hit is not None and hit[0] == (st.st_mtime_ns, st.st_size):
            found[rel] = hit[1]
        else:
            todo.append((str(root), rel, st.st_mtime_ns, st.st_size, st.st_mtime))
    rows: list[Row] = []
    fresh: list[Row] = []
    total = len(todo)
    yield 0, total, "Reading pages"
    # Rows are decoded and kept a batch at a time as they come, while the parser processes go on reading.
    for done, (_rel, row, keep) in enumerate(parsers.read(todo, meanwhile), 1):
        if row is not None:
            rows.append(row)
            if keep:
                fresh.append(row)
        if len(rows) >= DECODE_BATCH:
            found.update((rel, entry) for rel, (_stamp, entry) in garden_rows.entries(rows).items())
            rows = []
        if cache is not None and len(fresh) >= STORE_BATCH:
            cache.store(fresh)
            fresh = []
        if done % PROGRESS_EVERY == 0:
            yield done, total, "Reading pages"
    found.update((rel, entry) for rel, (_stamp, entry) in garden_rows.entries(rows).items())
    if cache is not None:
        cache.store(fresh, gone=[rel for rel in known if rel not in stats])
    return {rel: found[rel] for rel in wanted if rel in found}


def read_page(job: Job) -> Read:
    """Parser entry point: ``(wiki root, relative path, mtime_ns, size, modified)`` of a page file as listed →
    ``(path, its cache row, whether the row may be kept)``: the row is None if the file could not be read, and is not
    kept if the file changed while it was read. Never raises."""
    root, rel, mtime_ns, size, modified = job
    path = os.path.join(root, rel)  # a string: building a Path costs more than the rest of opening the file
    try:
        _data, text = read_text(path)
        after = os.stat(path)
        row = garden_rows.row(rel, (mtime_ns, size), page_entry(rel, text, (mtime_ns, size), modified))
    except Exception:  # noqa: BLE001 - one unreadable page must not stop the report (it is left out, as the page list does)
        return rel, None, False
    return rel, row, (after.st_mtime_ns, after.st_size) == (mtime_ns, size)


def _ready() -> None:
    """Run first in each parser process: unpickling it imports this module, so a process is ready to parse before
    the listing of the pages ends."""
