"""Start-up of the frozen app: process start to the first page on screen, as ``bench/startup.py`` measures it.

Runs ``wikideskw`` from a PyInstaller build with ``WIKIDESK_STARTUP_PROBE`` (``packaging/entry_gui.py``) on a copy
of the sample wiki, offscreen, warm (after one untimed run), and the same entry script from the source tree with
this Python side by side. Prints one line each: median and max of N runs, and the build's size on disk.

Usage: python packaging/startup_frozen.py [--dist build/dist/wikidesk] [--runs 5]
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
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def first_page(command: list[str], wiki: Path, home: Path, out: Path) -> tuple[float, str]:
    """Seconds from spawning ``command`` to its first page on screen, and that page's title."""
    env = {**os.environ, "WIKIDESK_HOME": str(home), "WIKIDESK_STARTUP_PROBE": str(out),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out.unlink(missing_ok=True)
    started = time.time()
    subprocess.run([*command, "--wiki", str(wiki)], env=env, check=True, timeout=120, capture_output=True)
    shown = json.loads(out.read_text("utf-8"))
    return shown["shown"] - started, shown["title"]


def measure(command: list[str], runs: int, work: Path) -> list[float]:
    wiki = work / "wiki"
    if not wiki.exists():
        shutil.copytree(ROOT / "resources" / "sample-wiki", wiki)
    first_page(command, wiki, work / "home", work / "probe.json")  # warm-up: first open (history, index), OS cache
    return [first_page(command, wiki, work / "home", work / "probe.json")[0] for _ in range(runs)]


def size_on_disk(folder: Path) -> int:
    """Bytes of the build's files (symbolic links, which PyInstaller makes for Qt's libraries on Linux, once)."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "dist" / "wikidesk")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    frozen = args.dist / ("wikideskw.exe" if sys.platform == "win32" else "wikideskw")
    print(f"machine: {os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"frozen build {size_on_disk(args.dist) / 1e6:.0f} MB in {args.dist}", flush=True)
    with tempfile.TemporaryDirectory(prefix="wikidesk-frozen-start-") as tmp:
        for label, command in (("frozen", [str(frozen)]),
                               ("source", [sys.executable, str(HERE / "entry_gui.py")])):
            times = measure(command, args.runs, Path(tmp) / label)
            print(f"start-up to the first page, sample wiki, {label:<6} median {statistics.median(times):.3f} s "
                  f"(max {max(times):.3f}, {args.runs} runs)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
