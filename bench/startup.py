"""Desktop app start-up and responsiveness.

1. Start-up: wall time from process start (spawn) to the main window showing a page (the editor filled and the
   window painted), for the sample wiki and for a 10,000-page wiki, warm (after one untimed run), median of N runs.
   Baseline, run side by side: a bare PySide6 window that shows one file in a QPlainTextEdit (the floor Python + Qt
   set for any Qt app on this machine); the ratio says what wikidesk adds.
2. Responsiveness: a 10 ms QTimer probe in the window's event loop records every gap; reported are the longest gap
   and the number of gaps over 50 ms while (a) the search index of a 10,000-page wiki builds from nothing and (b) a
   sync round pushes that wiki to an empty shared folder, then (c) ``--rounds`` rounds of 5 changed pages each, the
   folder watcher on (without the "build" phase the sync phases run while the index builds, as after a first open).
   Each phase reports the UI thread's CPU inside the gaps, the app process's CPU and its resident memory. On Linux
   the UI thread's run-queue wait (``/proc/thread-self/schedstat``: time it was ready but had no CPU, i.e. other
   processes' load) is taken out of each gap: ``ui_runq_in_stalls_ms`` is that wait inside the gaps over 50 ms,
   ``ui_blocked_in_stalls_ms`` what is left after the 10 ms tick, the UI thread's CPU and that wait (the UI thread
   asleep: waiting for the interpreter lock that a background thread holds, or for disk), and
   ``max_gap_less_runq_ms`` the longest gap less its run-queue wait (what a free CPU would have left of it).
   ``PROBE_DEBUG=1`` prints the stacks sampled in every gap over 50 ms; ``PROBE_DEBUG=summary`` one line a gap with
   the innermost frame of wikidesk's own code in each thread.

Usage: python bench/startup.py [--runs 5] [--pages 10000]
       python bench/startup.py --skip-startup --pages 100000 --phases open,build --settle 30 [--trim]  # big folder, RSS
       python bench/startup.py --skip-startup --pages 20000 --phases open,sync --rounds 3      # sync rounds
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))


# ----- child processes ------------------------------------------------------------------------------------------
def child_wikidesk(wiki: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wikidesk.core.settings import Settings
    from wikidesk.ui.application import DesktopApp

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    desktop = DesktopApp(app, Settings.load())

    def ready(window: object) -> None:
        def shown(page: object) -> None:
            window.repaint()  # type: ignore[attr-defined]
            print(json.dumps({"shown": time.time(), "title": page.info.title}), flush=True)  # type: ignore[attr-defined]
            QTimer.singleShot(0, app.quit)

        window.view.page_opened.connect(shown)  # type: ignore[attr-defined]

    desktop.window_ready.connect(ready)
    desktop.open_wiki_in_background(wiki)
    app.exec()
    desktop.shutdown()


def child_bare(file: str) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    window = QMainWindow()
    editor = QPlainTextEdit(window)
    window.setCentralWidget(editor)
    window.resize(1280, 800)
    window.show()

    def fill() -> None:
        editor.setPlainText(Path(file).read_text("utf-8"))
        window.repaint()
        print(json.dumps({"shown": time.time()}), flush=True)
        QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, fill)
    app.exec()


def timed(args: list[str], env: dict[str, str]) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, __file__, *args], env=env, capture_output=True, text=True, timeout=300,
                         check=True).stdout
    line = next(line for line in out.splitlines() if line.startswith("{"))
    return json.loads(line)["shown"] - started


def startup(label: str, wiki: Path, home: Path, runs: int) -> dict[str, float]:
    env = {**os.environ, "WIKIDESK_HOME": str(home), "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                                         "offscreen")}
    first_page = next(wiki.rglob("*.md"))
    timed(["--child-wikidesk", str(wiki)], env)  # warm-up: first open (history, index) and OS file cache
    timed(["--child-bare", str(first_page)], env)
    ours = [timed(["--child-wikidesk", str(wiki)], env) for _ in range(runs)]
    bare = [timed(["--child-bare", str(first_page)], env) for _ in range(runs)]
    result = {"median": statistics.median(ours), "max": max(ours), "bare_median": statistics.median(bare)}
    print(f"start-up {label:<14} wikidesk median {result['median']:.3f} s (max {result['max']:.3f})   "
          f"bare Qt window {result['bare_median']:.3f} s   ratio {result['median'] / result['bare_median']:.2f}",
          flush=True)
    return result


# ----- responsiveness (in this process) ---------------------------------------------------------------------------
class Probe:
    """Records gaps between 10 ms timer ticks: a gap over 50 ms is a stall the user could feel. Also the cyclic
    garbage collector's full collections (generation 2) in any thread: each holds the interpreter lock for as long as
    it takes to visit every object the collector tracks, which grows with the wiki."""

    def __init__(self) -> None:
        import gc

        from PySide6.QtCore import QTimer

        self.collections: list[float] = []  # ms of each full collection
        self.collected_at: list[tuple[float, float]] = []  # (start, end) perf_counter of each full collection
        self._gc_started: dict[int, float] = {}

        def census() -> None:
            """``PROBE_GC=1``: before each full collection, the kinds of object it is about to visit (frozen ones are
            not), and the thread that set it off: what the app made since its last freeze."""
            from collections import Counter

            tracked = [o for generation in range(3) for o in gc.get_objects(generation)]
            if len(tracked) < 50_000:
                return
            kinds = Counter(f"{type(o).__module__}.{type(o).__qualname__}" for o in tracked)
            where = sys._getframe(2)
            while where is not None and "wikidesk" not in where.f_code.co_filename.replace("wikidesk-", ""):
                where = where.f_back
            frame = f"{Path(where.f_code.co_filename).name}:{where.f_code.co_name}" if where else "?"
            print(f"   full collection of {len(tracked)} objects, thread {threading.current_thread().name}, "
                  f"in {frame}: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common(12)), flush=True)
            del tracked

        def timed(phase: str, info: dict[str, int]) -> None:
            if info["generation"] != 2:
                return
            if phase == "start":
                if os.environ.get("PROBE_GC"):
                    census()
                self._gc_started[threading.get_ident()] = time.perf_counter()
            elif threading.get_ident() in self._gc_started:
                began, ended = self._gc_started.pop(threading.get_ident()), time.perf_counter()
                self.collections.append((ended - began) * 1000)
                self.collected_at.append((began, ended))

        gc.callbacks.append(timed)
        self._gc_callback = timed

        self.gaps: list[float] = []
        self.busy: list[float] = []  # CPU time the UI thread itself used during each gap
        self.runq: list[float] = []  # time the UI thread was ready to run but waited for a CPU, during each gap
        try:  # the probe is made on the UI thread: this is its own scheduler statistics file
            self._schedstat: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._schedstat = None
        self._last = time.perf_counter()
        self._last_cpu = time.thread_time()
        self._last_runq = self._runq_ms()
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.stacks: list[tuple[float, list[str]]] = []  # PROBE_DEBUG: the UI thread's stack every 5 ms
        if os.environ.get("PROBE_DEBUG"):  # "summary": one line a gap, wikidesk's innermost frame per thread
            ui = threading.get_ident()
            summary = os.environ["PROBE_DEBUG"] == "summary"

            def sample() -> None:
                me = threading.get_ident()
                while True:
                    names = []
                    for ident, top in sys._current_frames().items():
                        if ident == me:
                            continue
                        who = "UI" if ident == ui else "bg"
                        frame, depth = top, 0
                        if summary:  # the innermost frame of wikidesk's own code, per thread
                            while frame is not None and "wikidesk" not in frame.f_code.co_filename.replace(
                                    "wikidesk-", ""):
                                frame = frame.f_back
                            if frame is not None:
                                names.append(f"{who} {Path(frame.f_code.co_filename).name}:"
                                             f"{frame.f_code.co_name}:{frame.f_lineno}")
                            continue
                        while frame is not None and depth < (40 if ident == ui else 4):
                            names.append(f"{who} {Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"
                                         f":{frame.f_lineno if depth == 0 else ''}")
                            frame, depth = frame.f_back, depth + 1
                    self.stacks.append((time.perf_counter(), names))
                    time.sleep(0.005)

            threading.Thread(target=sample, daemon=True).start()

    def close(self) -> None:
        """Stop timing the collector's full collections (before the interpreter shuts down)."""
        import gc

        if self._gc_callback in gc.callbacks:
            gc.callbacks.remove(self._gc_callback)

    def _runq_ms(self) -> float:
        """The UI thread's total run-queue wait so far (ms; 0 where the kernel does not say)."""
        if self._schedstat is None:
            return 0.0
        return int(os.pread(self._schedstat, 100, 0).split()[1]) / 1e6

    def _tick(self) -> None:
        now, cpu, runq = time.perf_counter(), time.thread_time(), self._runq_ms()
        self.gaps.append((now - self._last) * 1000)
        self.busy.append((cpu - self._last_cpu) * 1000)
        self.runq.append(runq - self._last_runq)
        self._last, self._last_cpu, self._last_runq = now, cpu, runq

    def start(self) -> None:
        self._cpu0 = time.process_time()  # every thread of this process (not the parse workers)
        self.gaps, self.busy, self.runq, self.collections, self.collected_at = [], [], [], [], []
        self._last, self._last_cpu, self._last_runq = time.perf_counter(), time.thread_time(), self._runq_ms()
        self._started = self._last
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        at = 0.0
        gc_in_stalls = 0.0
        for gap, busy, runq in zip(self.gaps, self.busy, self.runq, strict=True):
            at += gap
            end = self._started + at / 1000
            in_gc = (sum(max(0.0, min(e, end) - max(b, end - gap / 1000)) for b, e in self.collected_at) * 1000
                     if gap > 50 else 0.0)
            gc_in_stalls += in_gc
            if gap > 50 and os.environ.get("PROBE_DEBUG"):
                print(f"   gap {gap:.0f} ms at {at / 1000:.2f} s, UI thread busy {busy:.0f} ms of it, waited "
                      f"{runq:.0f} ms for a CPU" + (f", {in_gc:.0f} ms in full collections" if in_gc else ""),
                      flush=True)
                seen: dict[str, int] = {}
                for when, names in self.stacks:
                    if end - gap / 1000 <= when <= end:
                        for name in dict.fromkeys(names):
                            seen[name] = seen.get(name, 0) + 1
                top = sorted(seen.items(), key=lambda x: -x[1])
                if os.environ["PROBE_DEBUG"] == "summary":
                    print("      " + "; ".join(f"{n}x {name}" for name, n in top[:6]), flush=True)
                    continue
                for name, n in top[:30]:
                    print(f"      {n:3d} x 5 ms  {name}", flush=True)
        over = [(g, b, r) for g, b, r in zip(self.gaps, self.busy, self.runq, strict=True) if g > 50]
        return {"ticks": len(self.gaps), "max_gap_ms": max(self.gaps, default=0.0), "stalls_over_50ms": len(over),
                "ui_busy_in_stalls_ms": round(sum(b for _, b, _r in over)),
                "ui_runq_in_stalls_ms": round(sum(r for _g, _b, r in over)),
                "ui_blocked_in_stalls_ms": round(sum(max(0.0, g - 10 - b - r) for g, b, r in over)),
                "max_gap_less_runq_ms": round(max((g - r for g, r in zip(self.gaps, self.runq, strict=True)),
                                                  default=0.0)),
                "full_gc": len(self.collections), "full_gc_max_ms": round(max(self.collections, default=0.0)),
                "full_gc_total_ms": round(sum(self.collections)), "full_gc_in_stalls_ms": round(gc_in_stalls),
                "app_process_cpu_s": round(time.process_time() - self._cpu0, 1)}


def rss_mb() -> tuple[float, float, float, float]:
    """This process's resident memory now and at its peak (VmRSS, VmHWM), and of it now, the process's own
    (RssAnon) and mapped files (RssFile: the index files tantivy maps, which the OS can drop), in MB (Linux)."""
    found = {"VmRSS:": 0.0, "VmHWM:": 0.0, "RssAnon:": 0.0, "RssFile:": 0.0}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, *rest = line.split()
            if key in found:
                found[key] = int(rest[0]) / 1024
    except OSError:
        pass
    return found["VmRSS:"], found["VmHWM:"], found["RssAnon:"], found["RssFile:"]


def trimmed_rss_mb() -> float:
    """RssAnon after glibc's ``malloc_trim(0)`` (free heap memory handed back to the OS), in MB; 0 where there is
    no glibc. Tells whether a trim in the app would lower what the phase left resident."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        return 0.0
    return rss_mb()[2]


def _mallinfo2() -> dict[str, int]:
    """glibc's own account of its heap: arena (the main heap and threads' arenas), mmapped blocks, in use, free."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                           "fsmblks", "uordblks", "fordblks", "keepcost")]

    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = MallInfo2
    except (OSError, AttributeError):
        return {}
    info = libc.mallinfo2()
    return {"arenas": info.arena, "mmapped": info.hblkhd, "in use": info.uordblks, "free": info.fordblks}


def heap_census() -> None:
    """``PROBE_HEAP=phase``: after that phase, the Python objects alive (frozen or not, and the strings, bytes and
    numbers they hold) by kind: count and bytes (``sys.getsizeof``, not counting what they refer to), largest first.
    Also the biggest single containers. Slow (seconds) and it freezes what is alive: diagnosis only."""
    import gc
    from collections import Counter

    gc.unfreeze()
    tracked = gc.get_objects()
    gc.freeze()
    count: Counter[str] = Counter()
    size: Counter[str] = Counter()
    seen: set[int] = set()
    big: list[tuple[int, str, int]] = []
    for obj in tracked:
        kind = f"{type(obj).__module__}.{type(obj).__qualname__}"
        try:
            n = sys.getsizeof(obj)
        except TypeError:
            n = 0
        count[kind] += 1
        size[kind] += n
        if n > 1 << 20:
            big.append((n, kind, len(obj) if hasattr(obj, "__len__") else -1))
        for ref in gc.get_referents(obj):
            if not gc.is_tracked(ref) and id(ref) not in seen:
                seen.add(id(ref))
                rkind = f"(untracked) {type(ref).__qualname__}"
                count[rkind] += 1
                try:
                    size[rkind] += sys.getsizeof(ref)
                except TypeError:
                    pass
    print(f"   python heap: {sum(size.values()) / 1e6:.1f} MB in {sum(count.values())} objects; by kind (MB, count): "
          + ", ".join(f"{k} {v / 1e6:.1f} ({count[k]})" for k, v in size.most_common(25)), flush=True)
    mallinfo = _mallinfo2()
    if mallinfo:
        print("   glibc malloc (MB): " + ", ".join(f"{k} {v / 1e6:.1f}" for k, v in mallinfo.items()), flush=True)
    with tempfile.TemporaryFile("w+") as stats:  # pymalloc's own account (it prints to the C stderr)
        saved = os.dup(2)
        os.dup2(stats.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        stats.seek(0)
        lines = [line for line in stats.read().splitlines() if line.startswith(("# arenas", "# bytes in"))
                 or "Total" in line]
    print("   pymalloc: " + "; ".join(" ".join(line.split()) for line in lines), flush=True)
    biggest = sorted(big)[::-1][:15]
    print("   biggest containers: " + ", ".join(f"{k} {n / 1e6:.1f} MB len {ln}" for n, k, ln in biggest), flush=True)


def resident_by_mapping() -> list[tuple[str, float]]:
    """``PROBE_SMAPS=1``: resident memory by what is mapped (a file's name, the index's files together, or the kind
    of anonymous memory), largest first, in MB (Linux)."""
    sizes: dict[str, float] = {}
    name = "?"
    try:
        lines = Path("/proc/self/smaps").read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        head = line.split(maxsplit=5)
        if "-" in head[0] and len(head) >= 5 and ":" not in head[0]:
            path = head[5].strip() if len(head) > 5 else ""
            if not path:
                name = "anonymous"
            elif path.startswith("["):
                name = path
            elif ".wikidesk" in path or "/index" in path:
                name = "index and meta files" if path.endswith((".idx", ".pos", ".term", ".fast", ".fieldnorm",
                                                                 ".store")) else "meta " + Path(path).name
            else:
                name = Path(path).name
        elif head[0] == "Rss:":
            sizes[name] = sizes.get(name, 0.0) + int(head[1]) / 1024
    return sorted(sizes.items(), key=lambda kv: -kv[1])


AFTER_ROUNDS_S = 20.0  # the last reading: this long after the sync rounds, the app left alone


def settle(seconds: float) -> None:
    """Run the event loop for ``seconds`` (the page list, tree and tags arrive meanwhile)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def responsiveness(wiki: Path, work: Path, phases: set[str], settle_s: float, rounds: int = 3, trim: bool = False
                   ) -> dict[str, dict[str, float]]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from wikidesk.core.settings import Settings
    from wikidesk.ui.application import DesktopApp

    os.environ["WIKIDESK_HOME"] = str(work / "home")
    app = QApplication.instance() or QApplication(sys.argv)
    app.setStyle("Fusion")
    settings = Settings.load()
    share = work / "share"
    share.mkdir()
    desktop = DesktopApp(app, settings)
    probe = Probe()
    results: dict[str, dict[str, float]] = _Results()

    def wait(signal: object, timeout_s: float) -> float:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        started = time.perf_counter()
        loop.exec()
        return time.perf_counter() - started

    probe.start()
    started = time.perf_counter()
    desktop.open_wiki_in_background(wiki)  # first open: the history takes in every page, off the UI thread
    took = wait(desktop.window_ready, 600)
    window = desktop.window
    assert window is not None
    window_s = time.perf_counter() - started
    search = next(s for s in desktop.services if type(s).__name__ == "SearchService")
    if window.view.page is None:
        took += wait(window.view.page_opened, 60)
    page_s = time.perf_counter() - started
    if window.session.taking_in:  # history's first import runs in the background once the window shows
        took += wait(window.session.taken_in, 1800)
    taken_in_s = time.perf_counter() - started
    if settle_s:  # the page list, tree and tags of the whole folder arrive after the first page shows
        started = time.perf_counter()
        settle(settle_s)
        took += time.perf_counter() - started
    rss, peak, anon, files = rss_mb()
    results["first open of the folder"] = {**probe.stop(), "seconds": took, "window_s": round(window_s, 2),
                                           "page_s": round(page_s, 2), "taken_in_s": round(taken_in_s, 2),
                                           "rss_mb": rss, "peak_rss_mb": peak,
                                           "rss_anon_mb": anon, "rss_file_mb": files,
                                           "pages_listed": len(window.session.pages),
                                           **({"rss_anon_after_trim_mb": trimmed_rss_mb()} if trim else {})}
    if "build" in phases:
        probe.start()  # the window is up with a page open; the index build runs from here
        took = wait(search.built, 1800)
        rss, peak, anon, files = rss_mb()
        results[f"index build ({len(window.session.pages)} pages, from empty)"] = {
            **probe.stop(), "seconds": took, "message": search.last_message, "rss_mb": rss,  # type: ignore[dict-item]
            "peak_rss_mb": peak, "rss_anon_mb": anon, "rss_file_mb": files,
            **({"rss_anon_after_trim_mb": trimmed_rss_mb()} if trim else {})}
    if "sync" not in phases:  # without "build", the sync phases run while the index builds
        desktop.shutdown()
        probe.close()
        _print_results(results)
        return results
    sync = next(s for s in desktop.services if type(s).__name__ == "SyncService")
    settings.set("sync_interval", 0)
    probe.start()
    sync.reconfigure(str(share))  # creates the store there, connects and runs the first round: pushes every page
    took = wait(sync.round_finished, 900)
    report = sync.last_report
    row = probe.stop()
    rss, peak, anon, files = rss_mb()
    results["first sync round (push all)"] = {**row, "seconds": took,
                                              "status": getattr(report, "status", "?"),  # type: ignore[dict-item]
                                              "pushed": getattr(report, "pushed", 0), "rss_mb": rss,
                                              "peak_rss_mb": peak, "rss_anon_mb": anon}
    for round_no in range(1, rounds + 1):  # each: 5 pages changed, the folder watcher reports their folders
        for info in window.session.pages[5 * round_no : 5 * round_no + 5]:
            window.session.wiki.save(info, window.session.wiki.read(info).body + f"\nEndret i runde {round_no}.\n")
        settle(1.0)  # the watcher's events arrive
        probe.start()
        started = time.perf_counter()
        sync.sync_now()
        took = wait(sync.round_finished, 300)
        report = sync.last_report
        results[f"sync round {round_no} (5 changes)"] = {
            **probe.stop(), "seconds": took, "status": getattr(report, "status", "?"),  # type: ignore[dict-item]
            "pushed": getattr(report, "pushed", 0), "round_s": round(time.perf_counter() - started, 3)}
    rss, peak, anon, files = rss_mb()
    results["after the sync rounds"] = {"max_gap_ms": 0.0, "stalls_over_50ms": 0, "ticks": 0, "rss_mb": rss,
                                        "peak_rss_mb": peak, "rss_anon_mb": anon}
    # The app left alone: the search index's writer is given back after 2 s idle, background work ends.
    probe.start()
    settle(AFTER_ROUNDS_S)
    row = probe.stop()
    rss, peak, anon, files = rss_mb()
    results[f"{AFTER_ROUNDS_S:.0f} s later, left alone"] = {
        **row, "rss_mb": rss, "peak_rss_mb": peak, "rss_anon_mb": anon, "rss_file_mb": files,
        **({"rss_anon_after_trim_mb": trimmed_rss_mb()} if trim else {})}
    if "pull" in phases:  # a colleague changed many pages: the next round pulls them all
        for name, row in pull_phase(window, sync, probe, share, work, wait).items():
            results[name] = row
    # Then a person searches: the index files' pages that the searches read are mapped into the process (RssFile).
    # They are the OS's file cache, shared and dropped under memory pressure; Windows' Task Manager shows the
    # private working set, without them, which is this process's RssAnon here.
    if search.engine is not None:
        for query in SEARCHES:
            search.engine.search(query)
        rss, peak, anon, files = rss_mb()
        results[f"after {len(SEARCHES)} searches"] = {"max_gap_ms": 0.0, "stalls_over_50ms": 0, "ticks": 0,
                                                      "rss_mb": rss, "rss_anon_mb": anon, "rss_file_mb": files}
    desktop.shutdown()
    probe.close()
    _print_results(results)
    return results


PULL_PAGES = 2000  # pages a second client changes before the app's round that pulls them (``--phases …,pull``)


def pull_phase(window: Any, sync: Any, probe: Probe, share: Path, work: Path, wait: Any) -> dict[str, dict[str, float]]:
    """A second client (the CLI in its own processes: ``join``, then ``sync``) changes :data:`PULL_PAGES` pages and
    sends them; then the app's round takes them in (merging each into its page, the search index following)."""
    other = work / "colleague"
    env = {**os.environ, "WIKIDESK_HOME": str(work / "colleague-home")}
    cli = [sys.executable, "-m", "wikidesk"]
    started = time.perf_counter()
    subprocess.run([*cli, "join", str(share), str(other), "--user", "Kollega", "--quiet"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    changed = 0
    for info in window.session.pages[1000 : 1000 + PULL_PAGES]:
        path = other / info.path
        path.write_text(path.read_text(encoding="utf-8") + "\nEndret av en kollega.\n", encoding="utf-8")
        changed += 1
    subprocess.run([*cli, "--wiki", str(other), "sync", "--quiet"], env=env, check=True, stdout=subprocess.DEVNULL)
    prepared_s = time.perf_counter() - started
    probe.start()
    began = time.perf_counter()
    sync.sync_now()
    took = wait(sync.round_finished, 900)
    report = sync.last_report
    row = probe.stop()
    rss, _peak, anon, files = rss_mb()
    return {f"sync round pulling {changed} changed pages": {
        **row, "seconds": took, "round_s": round(time.perf_counter() - began, 2), "prepared_s": round(prepared_s, 1),
        "status": getattr(report, "status", "?"), "pulled": getattr(report, "pulled", 0),
        "rss_mb": rss, "rss_anon_mb": anon, "rss_file_mb": files}}


SEARCHES = ["kommune", "arkiv", "tilgang", "innlogging", "møte referat", '"digital post"', "skriv*", "personvern",
            "sikkerhet rutine", "kamera", "tag:it", "integrasjon", "signering", "fullmakt", "varsling", "kontakt",
            "brukerstøtte", "feilmelding", "ansvar", "tjeneste"]


class _Results(dict[str, dict[str, float]]):
    """The phases' figures; each is printed as soon as its phase ends (a long run shows what it has so far)."""

    def __setitem__(self, name: str, row: dict[str, float]) -> None:
        super().__setitem__(name, row)
        print(f"phase done (load {os.getloadavg()[0]:.2f}): ", end="")
        _print_row(name, row)
        if any(part and part in name for part in os.environ.get("PROBE_HEAP", "").split(",")):
            heap_census()
        if os.environ.get("PROBE_SMAPS"):
            print("   resident by mapping (MB): " + ", ".join(f"{k} {v:.1f}" for k, v in resident_by_mapping()[:14]),
                  flush=True)


def _print_row(name: str, row: dict[str, float]) -> None:
    hidden = ("ticks", "max_gap_ms", "stalls_over_50ms")
    extra = ", ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()
                      if k not in hidden)
    print(f"responsiveness {name:<36} longest event-loop gap {row['max_gap_ms']:.0f} ms, "
          f"{row['stalls_over_50ms']} gaps > 50 ms of {row['ticks']} ticks ({extra})", flush=True)


def _print_results(results: dict[str, dict[str, float]]) -> None:
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for name, row in results.items():
        _print_row(name, row)


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--child-wikidesk":
        child_wikidesk(sys.argv[2])
        return 0
    if len(sys.argv) > 2 and sys.argv[1] == "--child-bare":
        child_bare(sys.argv[2])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-responsiveness", action="store_true")
    parser.add_argument("--phases", default="open,build,sync",
                        help="responsiveness phases: open (first open of the folder), build (index), sync, pull "
                             "(after sync: a second client changes PULL_PAGES pages, the app's round pulls them)")
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds the first-open phase goes on after the page shows (page list, tree, tags)")
    parser.add_argument("--rounds", type=int, default=3, help="sync rounds with 5 changed pages each")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="override the GIL switch interval (seconds) for the responsiveness run")
    parser.add_argument("--trim", action="store_true",
                        help="after each phase, also report RssAnon after glibc's malloc_trim(0)")
    args = parser.parse_args()
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval)
    print(f"GIL switch interval: {sys.getswitchinterval() * 1000:.1f} ms; load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from corpus import cached_wiki

    from wikidesk.core.resources import resource

    with tempfile.TemporaryDirectory(prefix="wikidesk-startup-") as tmp:
        work = Path(tmp)
        sample = work / "sample-wiki"
        shutil.copytree(resource("sample-wiki"), sample)
        big = work / f"wiki-{args.pages}"
        shutil.copytree(cached_wiki(args.pages), big, ignore=shutil.ignore_patterns(".wikidesk", ".complete"))
        print(f"machine: {os.cpu_count()} cores; pages: sample={sum(1 for _ in sample.rglob('*.md'))}, "
              f"big={sum(1 for _ in big.rglob('*.md'))}", flush=True)
        if not args.skip_startup:
            startup("sample wiki", sample, work / "home-sample", args.runs)
            startup(f"{args.pages} pages", big, work / "home-big", args.runs)
        if not args.skip_responsiveness:
            fresh = work / "fresh"
            fresh.mkdir()
            responsiveness(big, fresh, set(args.phases.split(",")), args.settle, args.rounds, args.trim)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
