"""Recent changes and the gardening report at 100,000 pages (issue 22).

The wiki is the generated corpus wiki (``bench/corpus.py``), hard-linked into a work folder. Its history is written
straight into the history database through ``History.add_all`` (as ``bench/people.py`` does): each page has 1-3
revisions by authors from a group of 40, spread over three years, in clock order; revision contents are not stored
(neither measure reads them). One page in 500 has two heads (a conflict).

Measured:
- the last 100 changes (``habits.changes.recent``): the first call of a process (it reads every revision once
  through History's public API), then calls with the log in memory (as the app holds it), with one new revision
  before each;
- the gardening report (``habits.garden.report``) with the page list already loaded (as the app has it): cold
  (no cache: every page file read, in parser processes) and warm (the cache in ``.wikidesk/garden.sqlite``); the
  page list's own scan is printed too;
- ``wikidesk garden --json`` as a whole process (what a person at the command line waits for): cold, warm, and warm
  after 10 pages were edited. CPU seconds include the parser processes.

The run changes a copy (``--run``, default ``habits-N-run`` beside the built wiki), never the built wiki itself.

Usage: python bench/habits.py [--pages 100000] [--calls 50] [--reuse] [--run FOLDER]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
import machine

from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

AUTHORS = [f"{first} {last}" for first in ("Kari", "Ola", "Ingrid", "Per", "Anne", "Lars", "Marit", "Jon")
           for last in ("Nordmann", "Hansen", "Olsen", "Berg", "Dahl")]


def build(root: Path, n: int, rng: random.Random) -> tuple[int, float]:
    """The work wiki with its history; returns (revisions, seconds)."""
    started = time.perf_counter()
    source = corpus.cached_wiki(n)
    if root.exists():
        shutil.rmtree(root)
    subprocess.run(["cp", "-al", str(source), str(root)], check=True)
    wiki = Wiki.init_folder(root, user="bench")
    history = History(wiki.root, wiki.meta_dir)
    history.first_scan_done()
    wiki.attach_history(history)
    infos = wiki.pages()
    end = dt.datetime.now(dt.UTC)
    start = end - dt.timedelta(days=3 * 365)
    events = []  # (time, page index, step)
    for i in range(len(infos)):
        for step in range(rng.randint(1, 3)):
            events.append((start + (end - start) * rng.random(), i, step))
    events.sort()
    last: dict[int, Revision] = {}
    batch: list[tuple[Revision, bytes | None]] = []
    for clock, (when, i, _step) in enumerate(events, 1):
        info = infos[i]
        parent = last.get(i)
        rev = Revision(page_id=info.page_id, kind="page", path=info.path,
                       blob=blob_hash(f"{info.page_id}:{clock}".encode()), size=3000,
                       parents=(parent.id,) if parent else (), author=rng.choice(AUTHORS),
                       time=when.replace(microsecond=0).isoformat().replace("+00:00", "Z"), clock=clock,
                       summary="" if parent else "Created the page")
        last[i] = rev
        batch.append((rev, None))
        if i % 500 == 0 and parent is not None:  # a concurrent version: a conflict
            other = Revision(page_id=info.page_id, kind="page", path=info.path, blob=blob_hash(b"x%d" % clock),
                             size=3000, parents=(parent.id,), author="Ola Hansen", time=rev.time, clock=clock,
                             summary="concurrent")
            batch.append((other, None))
        if len(batch) >= 20000:
            history.add_all(batch, published=True, origin="bench", seq=1)
            batch = []
    history.add_all(batch, published=True, origin="bench", seq=1)
    history.close()
    return len(events), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--calls", type=int, default=50)
    parser.add_argument("--reuse", action="store_true", help="use the work wiki of an earlier run if it is there")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("WIKIDESK_BENCH_CACHE",
                                                                          "/tmp/wikidesk-bench")))
    parser.add_argument("--run", type=Path, help="the copy the run changes (default: habits-N-run beside the wiki)")
    args = parser.parse_args()
    os.environ.setdefault("WIKIDESK_HOME", str(args.work / "habits-home"))
    from wikidesk.core.habits import changes
    from wikidesk.core.opening import open_wiki

    rng = random.Random(22)
    root = args.work / f"habits-{args.pages}"
    print(f"machine: {machine.cpu_model()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}, "
          f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    if args.reuse and (root / ".wikidesk" / "history.sqlite").is_file():
        print(f"reused: {root}")
    else:
        revisions, took = build(root, args.pages, rng)
        print(f"built: {args.pages} pages, {revisions} revisions in {took:.1f} s")
    root = work_copy(root, args.run or args.work / f"habits-{args.pages}-run")

    t = time.perf_counter()
    wiki = open_wiki(root, user="bench")
    infos = wiki.pages()
    print(f"open + page list (every page file read once): {time.perf_counter() - t:.2f} s, {len(infos)} pages")

    t = time.perf_counter()
    first = changes.recent(wiki, limit=100)
    print(f"last 100 changes, first call (reads every revision once): {(time.perf_counter() - t) * 1000:.0f} ms")
    assert len(first) == 100
    times = []
    history = wiki.history
    assert history is not None
    for n in range(args.calls):  # as in the app: a save (its change event tells the log which page changed)
        info = infos[rng.randrange(len(infos))]
        page = wiki.read(info)
        saved = wiki.save(info, page.body + f"\nbench edit {n}\n", summary="bench edit")
        t = time.perf_counter()
        got = changes.recent(wiki, limit=100)
        times.append((time.perf_counter() - t) * 1000)
        assert got[0].page_id == saved.info.page_id
    times.sort()
    print(f"last 100 changes, log in memory, one page saved before each call: p50 {statistics.median(times):.1f} "
          f"ms, p99 {times[int(len(times) * 0.99) - 1]:.1f} ms, max {times[-1]:.1f} ms ({args.calls} calls)")

    other = []  # another process wrote to the history: every id is compared again
    for n in range(5):
        info = infos[rng.randrange(len(infos))]
        head = history.heads(info.page_id)[0]
        history.add(Revision(page_id=info.page_id, kind="page", path=info.path, blob=blob_hash(b"o%d" % n), size=1,
                             parents=(head.id,), author="Ola Hansen", time=head.time, clock=history.tick(),
                             summary="from another process"), None, published=True, origin="bench", seq=3)
        t = time.perf_counter()
        changes.recent(wiki, limit=100)
        other.append((time.perf_counter() - t) * 1000)
    print(f"last 100 changes after another process wrote (all ids compared): median {statistics.median(other):.0f} ms")

    garden_bench(root, infos)
    print(f"load after: {os.getloadavg()[0]:.1f}")
    return 0


def work_copy(source: Path, target: Path) -> Path:
    """A copy of the bench wiki for a run to change (saves, new pages, caches), so the built one stays as built: page
    files hard-linked (the wiki replaces a file it saves, never writes into it), the .wikidesk folder copied."""
    if target.exists():
        shutil.rmtree(target)
    subprocess.run(["cp", "-al", str(source), str(target)], check=True)
    shutil.rmtree(target / ".wikidesk")
    subprocess.run(["cp", "-a", str(source / ".wikidesk"), str(target / ".wikidesk")], check=True)
    print(f"work copy: {target}")
    return target


def cpu() -> float:
    """CPU seconds of this process and of its finished child processes (parser workers, CLI processes)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def rng_title(n: int) -> str:
    return random.Random(n).choice(["Rutiner for arkiv", "Skriveroppsett", "Møtereferat styret", "Nettverk"])


def garden_bench(root: Path, infos: list[PageInfo]) -> None:
    """The gardening report cold and warm, with the page list loaded (the app) and as a whole CLI process."""
    from wikidesk.core.habits import garden, garden_cache
    from wikidesk.core.opening import open_wiki

    def forget() -> None:
        assert garden_cache.remove(root / ".wikidesk" / garden_cache.FILE_NAME)

    def timed(label: str, work: Callable[[], object]) -> float:
        load = os.getloadavg()[0]
        t, c = time.perf_counter(), cpu()
        work()
        wall, used = time.perf_counter() - t, cpu() - c
        print(f"  {label}: {wall:.2f} s wall, {used:.2f} CPU-s (load {load:.1f})")
        return wall

    wiki = open_wiki(root, user="bench")  # a fresh history object
    pages = wiki.pages()
    print("gardening report, page list loaded (the app):")
    forget()
    cold = timed("cold (no cache)", lambda: garden.report(wiki, months=12, pages=pages))
    warm = timed("warm", lambda: garden.report(wiki, months=12, pages=pages))
    print(f"  cold/warm: {cold / warm:.1f}x")
    report = garden.report(wiki, months=12, pages=pages)
    print(f"  found: {len(report.wanted)} wanted, {len(report.orphans)} orphans, {len(report.stale)} stale, "
          f"{len(report.untagged)} untagged, {len(report.empty)} empty, {len(report.conflicts)} in conflict, "
          f"{len(report.duplicates)} near-duplicate groups")
    env = {**os.environ, "WIKIDESK_WIKI": str(root)}
    command = [sys.executable, "-m", "wikidesk", "garden", "--json"]

    def cli() -> None:
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)

    print("wikidesk garden --json, whole process:")
    forget()
    cold = timed("cold (no cache)", cli)
    warm = timed("warm", cli)
    for info in infos[:: max(1, len(infos) // 10)][:10]:
        page = wiki.read(info)
        wiki.save(info, page.body + "\nEn lenke til [[Ny side fra benken]].\n", summary="bench edit")
    for n in range(5):  # new titles: the near-duplicate groups are brought up to date, not worked out again
        wiki.create(f"Benkeside {n} {rng_title(n)} {time.time_ns()}", body="Ny side fra benken.\n")
    timed("warm, 10 pages edited and 5 created since", cli)
    print(f"  cold/warm: {cold / warm:.1f}x")


if __name__ == "__main__":
    raise SystemExit(main())
