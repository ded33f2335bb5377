"""How long the UI thread waits for the interpreter lock while a background thread scans the page list.

A background thread runs the catalog's first scan of a wiki (every page file read and its front matter parsed, the
work of the app's "list pages" task) over and over; the main thread, standing in for the UI thread, sleeps 2 ms and
wakes 2,000 times a mode, the way the UI thread gives up and takes back the lock around each call into Qt. For each
wake-up: how much later than asked it got going again, less the time it waited for a CPU (its run-queue wait from
``/proc/thread-self/schedstat``, other processes' load), so what is left is the wait for the lock. The modes run
interleaved (a slice of each in turn), so they share the machine's load: the background thread unpaced (the
baseline) or paced (``core/pacing.py``), each at nice 0 and at nice +10 (the app's background lanes).

Usage: python bench/gil_pacing.py [--pages 2000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from contextlib import nullcontext
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

MODES = (("unpaced", 0), ("paced", 0), ("unpaced", 10), ("paced", 10))
WAKES = 200  # wake-ups per slice of a mode


def main() -> int:
    from corpus import cached_wiki

    from wikidesk.core import pacing
    from wikidesk.core.catalog import Catalog

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=10, help="slices of each mode, interleaved")
    args = parser.parse_args()
    root = cached_wiki(args.pages)
    mode: list[tuple[str, int]] = [MODES[0]]
    scanned = dict.fromkeys(MODES, 0)
    busy = dict.fromkeys(MODES, 0.0)
    stop = threading.Event()

    def background() -> None:
        tid = threading.get_native_id()
        while not stop.is_set():
            now = mode[0]
            os.setpriority(os.PRIO_PROCESS, tid, now[1])
            started = time.thread_time()
            with pacing.paced() if now[0] == "paced" else nullcontext():
                Catalog(root).refresh()
            scanned[now] += 1
            busy[now] += time.thread_time() - started

    schedstat = os.open("/proc/thread-self/schedstat", os.O_RDONLY)

    def runq_s() -> float:
        return int(os.pread(schedstat, 100, 0).split()[1]) / 1e9

    waits: dict[tuple[str, int], list[float]] = {m: [] for m in MODES}
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; {args.pages} pages; "
          f"GIL switch interval {sys.getswitchinterval() * 1000:.1f} ms", flush=True)
    worker = threading.Thread(target=background, daemon=True)
    worker.start()
    for _ in range(args.rounds):
        for m in MODES:
            mode[0] = m
            time.sleep(0.05)  # the background thread picks the mode up at its next scan, mostly
            for _ in range(WAKES):
                r0, t0 = runq_s(), time.perf_counter()
                time.sleep(0.002)
                late = time.perf_counter() - t0 - 0.002
                waits[m].append(max(0.0, late - (runq_s() - r0)) * 1000)
    stop.set()
    worker.join()
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    base = statistics.median(waits[MODES[0]]) or 1e-9
    for m in MODES:
        w = sorted(waits[m])
        p99 = w[int(len(w) * 0.99)]
        print(f"{m[0]:>8} nice {m[1]:>2}: lock wait per wake-up p50 {statistics.median(w):5.2f} ms, p99 {p99:5.2f} ms, "
              f"max {w[-1]:6.1f} ms, over 5 ms {sum(x > 5 for x in w):4d} of {len(w)}; "
              f"background scans {scanned[m]} ({busy[m]:.1f} CPU-s)", flush=True)
    print(f"ratio paced/unpaced p50 at nice 0: {statistics.median(waits[MODES[1]]) / base:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
