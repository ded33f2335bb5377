"""Every page file's info and facts for the gardening report: from the cache where the file's stamp is unchanged, else
read and worked out, in parser processes when there are many (the first report of a big wiki), as the search index
build does."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from wikidesk.core.catalog import is_page_path, walk
from wikidesk.core.pages import PageInfo

from .garden_cache import Entry, GardenCache
from .page_facts import ReadPage, Stamp, read_page

POOL_THRESHOLD = 400  # fewer pages than this are read in-process (starting parser processes costs ~0.5 s)
CHUNK = 64
PROGRESS_EVERY = 500
Progress = tuple[int, int, str]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def read_pages(root: Path, cache: GardenCache | None, pages: list[PageInfo] | None, *, workers: int | None = None,
               meanwhile: Callable[[], object] | None = None) -> Generator[Progress, None, dict[str, Entry]]:
    """``(info, facts, keys)`` of every page file by path, in the order of the wiki's page list (path, ignoring case);
    a file that cannot be read is left out. ``pages``: only these pages (the caller has the page list; a page whose
    info is of the file's current version is not parsed for it again). ``meanwhile`` is called while parser processes
    work, if any are started (the first report: this process would otherwise only wait)."""
    stats: dict[str, os.stat_result] = {}
    for rel, st in walk(root):
        if is_page_path(rel):
            stats[rel] = st
    yield 0, 0, "Reading pages"
    given = {} if pages is None else {p.path: p for p in pages}
    wanted = sorted(stats, key=str.casefold) if pages is None else [p.path for p in pages if p.path in stats]
    known = cache.entries() if cache is not None else {}
    found: dict[str, Entry] = {}
    todo: list[tuple[str, str, os.stat_result, tuple[str, bool] | None]] = []
    for rel in wanted:
        st = stats[rel]
        hit = known.get(rel)
        if hit is not None and hit[0] == (st.st_mtime_ns, st.st_size):
            found[rel] = hit[1]
            continue
        info = given.get(rel)
        same = info is not None and (info.modified, info.size) == (st.st_mtime, st.st_size)
        todo.append((str(root), rel, st, (info.title, bool(info.tags)) if same and info is not None else None))
    fresh: list[tuple[str, Stamp, Entry]] = []
    total = len(todo)
    yield 0, total, "Reading pages"
    pages_read = _read(todo, workers if workers is not None else default_workers(), meanwhile)
    for done, page in enumerate(pages_read, 1):
        info = page.info or given.get(page.rel)
        if info is not None and page.facts is not None and page.keys is not None:
            entry = (info, page.facts, page.keys)
            found[page.rel] = entry
            if page.keep:
                st = stats[page.rel]
                fresh.append((page.rel, (st.st_mtime_ns, st.st_size), entry))
        if done % PROGRESS_EVERY == 0:
            yield done, total, "Reading pages"
    if cache is not None:
        cache.store(fresh, gone=[rel for rel in known if rel not in stats])
    return {rel: found[rel] for rel in wanted if rel in found}


def _read(todo: list[tuple[str, str, os.stat_result, tuple[str, bool] | None]], workers: int,
          meanwhile: Callable[[], object] | None) -> Iterator[ReadPage]:
    """The pages read, by ``workers`` parser processes (0, or a small job: in this process). A process, not a thread:
    in the app, parsing in a thread would hold the interpreter lock the window needs."""
    if workers <= 0 or len(todo) < POOL_THRESHOLD:
        yield from map(read_page, todo)
        return
    # "spawn" everywhere: forking a process that runs Qt or tantivy threads is unsafe.
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        results = pool.imap_unordered(read_page, todo, chunksize=CHUNK)  # the processes start on it now
        if meanwhile is not None:
            meanwhile()
        yield from results
