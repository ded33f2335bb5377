"""Build or catch up the index from the wiki folder: resumable, with progress, Markdown parsed on every core.

The build compares the folder (one ``stat`` per file) with the stamps stored in the index, so the same job
serves as the first build, a rebuild after corruption, the catch-up after the app was closed while files changed,
and the resumption of an interrupted build: pages whose stamp matches are skipped. Work is committed every
:data:`COMMIT_EVERY` pages and when the job is stopped (``close()`` on the generator), so little is redone.
"""

from __future__ import annotations

import heapq
import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from wikidesk.core import pacing
from wikidesk.core.catalog import is_page_path, walk
from wikidesk.core.search.document import stamp_for
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.source import prepare, prepare_many

Progress = tuple[int, int, str]
COMMIT_EVERY = 20_000
PROGRESS_EVERY = 250
POOL_THRESHOLD = 400  # fewer pages than this are parsed in-process (starting workers costs ~0.5 s)
CHUNK = 32
SORT_SLICE = 2000


def plan(index: SearchIndex, root: Path) -> tuple[list[str], list[str]]:
    """``(paths to index, paths to drop)``: what differs between the folder and the index."""
    indexed = index.stamps()
    todo: list[str] = []
    present: set[str] = set()
    for rel, st in walk(root):
        if not is_page_path(rel):
            continue
        present.add(rel)
        if indexed.get(rel) != stamp_for(rel, st.st_mtime_ns, st.st_size):
            todo.append(rel)
    gone = [rel for rel in indexed if rel not in present]
    return _sorted_casefold(todo), gone


def _sorted_casefold(names: list[str]) -> list[str]:
    """Sorted case-insensitively, in slices merged by a Python generator: one ``sort`` of 100,000 paths is one call
    into C that keeps the interpreter lock ~0.1 s, which the app's window (the build runs in its thread) would wait
    for."""
    keyed = [(name.casefold(), name) for name in names]
    runs = [sorted(keyed[i : i + SORT_SLICE]) for i in range(0, len(keyed), SORT_SLICE)]
    return [name for _, name in heapq.merge(*runs)]


def default_workers() -> int:
    """Parse workers for a build: one core is left to this process, whose tantivy thread indexes what they parse
    (~40 % of a build's CPU). On 2 cores one worker took the same CPU as two and ~100 MB less memory (20,000
    pages: 231 against 342 MB; the numbers are in ``docs/benchmarks/search.md``)."""
    return max(1, min((os.cpu_count() or 2) - 1, 8))


def _results(root: Path, todo: list[str], workers: int) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """Parsed pages, from ``workers`` parser processes (0: in this process, as small jobs always are). One worker
    process is still a process: in the app, parsing in a thread would hold the interpreter lock the window needs."""
    if workers <= 0 or len(todo) < POOL_THRESHOLD:
        yield from map(prepare, [(str(root), rel) for rel in todo])  # a page at a time: the app's build is paced
        return
    # "spawn" everywhere: forking a process that runs Qt or tantivy threads is unsafe. A worker parses a chunk of
    # pages a step at a time (source.prepare_many).
    chunks = [(str(root), todo[i : i + CHUNK]) for i in range(0, len(todo), CHUNK)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for parsed in pool.imap_unordered(prepare_many, chunks):
            yield from parsed


def build(
    index: SearchIndex,
    root: Path,
    *,
    full: bool = False,
    workers: int | None = None,
    index_threads: int = 1,
) -> Iterator[Progress]:
    """Bring ``index`` up to date with the pages under ``root``; yields ``(done, total, message)``.

    ``full`` throws the index away first. Stopping the generator early keeps what was indexed so far.
    """
    if full:
        index.reset()
    yield 0, 0, "Looking for changed pages…"
    todo, gone = plan(index, root)
    total = len(todo)
    fresh = index.num_docs == 0
    if not todo and not gone:
        index.mark_build_complete()
        yield 0, 0, "The search index is up to date."
        return
    index.mark_build_complete(False)
    failed: list[str] = []
    done = 0
    with index.bulk(threads=index_threads, fresh=fresh) as bulk:
        for rel in gone:
            bulk.delete_path(rel)
        yield 0, total, f"Indexing {total} pages…"
        for rel, fields in _results(root, todo, workers or default_workers()):
            done += 1
            if fields is None:
                failed.append(rel)
            else:
                bulk.add(fields)
            pacing.pause()  # in the app's paced build thread: the window gets the interpreter lock between pages
            if done % COMMIT_EVERY == 0:
                bulk.commit()
            if done % PROGRESS_EVERY == 0:
                yield done, total, f"Indexed {done} of {total} pages"
        yield done, total, "Saving the index…"
    index.mark_build_complete(measure=fresh)
    message = f"Indexed {done - len(failed)} pages."
    if failed:
        message += f" {len(failed)} could not be read (e.g. {failed[0]}); they are tried again next time."
    yield done, total, message
