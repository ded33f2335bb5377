"""A background round's local cost with a few outside edits: full folder scan vs. the watched folders only.

Builds the share and a synced wiki with ``bench/sync.py``'s ``build`` (N pages, 500 per folder), edits 5 pages in
place (as another program would), then times a round as the app runs it without a folder watcher hint (a full scan
for outside edits, then the engine's round) and with one (a scan of the folders the watcher reported, then the
round). Each round prints wall and CPU seconds and the load average (the machine may be shared).

The built share and wiki are kept in ``--cache`` (default ``/tmp/wikidesk-bench/sync-round-<N>``) and reused: each
run adds a few segments and edits, as a team's wiki would see; delete the folder to start fresh. ``--profile K``
prints the K costliest functions of the last watched round.

Usage: python bench/sync_round.py 20000 [100000 ...] [--trials 3] [--profile 30] [--cache DIR]
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sync import build

from wikidesk.core.history.scan import scan_all
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync import SyncEngine
from wikidesk.core.wiki import Wiki

READY = "ready"  # written into the cache once it holds a built, synced wiki


def prepared(n: int, cache: Path) -> Wiki:
    """The cached wiki of ``n`` pages (built and synced first if the cache is not ready)."""
    if not (cache / READY).exists():
        started = time.perf_counter()
        build(cache, n)
        wiki = open_wiki(cache / "base", user="bench")
        for _ in range(2):  # the mirror rows get their times; later rounds audit as usual
            SyncEngine(wiki, scan_first=False, audit_folders=1000).run()
        (cache / READY).write_text("built\n")
        print(f"built {n:,} pages in {cache} in {time.perf_counter() - started:.0f} s", flush=True)
        return wiki
    return open_wiki(cache / "base", user="bench")


def timed(action: object, profiler: cProfile.Profile | None = None) -> tuple[float, float, object]:
    cpu, started = time.process_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    result = action()  # type: ignore[operator]
    if profiler is not None:
        profiler.disable()
    return time.perf_counter() - started, time.process_time() - cpu, result


def measure(n: int, cache: Path, trials: int, profile: int) -> None:
    os.environ["WIKIDESK_HOME"] = tempfile.mkdtemp(prefix="wikidesk-round-home-")
    wiki = prepared(n, cache)
    assert wiki.history is not None
    infos = wiki.pages()[:5]

    def edit(tag: str) -> list[str]:
        for info in infos:
            path = wiki.root / info.path
            path.write_text(path.read_text("utf-8") + f"\n{tag} {time.time()}\n", "utf-8")
        return sorted({info.path.rpartition("/")[0] for info in infos})

    def full_round() -> object:
        scan_all(wiki.history, wiki)
        return SyncEngine(wiki, scan_first=False).run()

    def watched_round(folders: list[str]) -> object:
        scan_all(wiki.history, wiki, folders=folders)
        return SyncEngine(wiki, scan_first=False).run()

    for trial in range(trials):
        edit(f"a{trial}")
        load = os.getloadavg()[0]
        full, full_cpu, full_report = timed(full_round)
        folders = edit(f"b{trial}")
        profiler = cProfile.Profile() if profile and trial == trials - 1 else None
        part, part_cpu, part_report = timed(functools.partial(watched_round, folders), profiler)
        print(f"{n:,} pages, 5 outside edits, load {load:.2f}: full-scan round {full:.3f} s ({full_cpu:.3f} CPU s, "
              f"pushed {full_report.pushed}); watched-folders round {part:.3f} s "  # type: ignore[attr-defined]
              f"({part_cpu:.3f} CPU s, pushed {part_report.pushed})", flush=True)  # type: ignore[attr-defined]
        if profiler is not None:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    wiki.history.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[20000])
    parser.add_argument("--trials", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0)
    parser.add_argument("--cache", default="", help="folder for the built wiki (default per size in /tmp)")
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for n in args.sizes:
        cache = Path(args.cache) if args.cache else Path(f"/tmp/wikidesk-bench/sync-round-{n}")
        measure(n, cache, args.trials, args.profile)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
