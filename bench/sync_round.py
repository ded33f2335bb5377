"""A background round's local cost with a few outside edits: full folder scan vs. the watched folders only.

Builds the share and a synced wiki with ``bench/sync.py``'s ``build`` (N pages, 500 per folder), edits 5 pages in
place (as another program would), then times a round as the app ran it before (a full scan for outside edits, then
the engine's round) and as it runs now (a scan of the folders the folder watcher reported, then the round).

Usage: python bench/sync_round.py 20000 [100000 ...]
"""

from __future__ import annotations

import os
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


def measure(n: int, trials: int = 3) -> None:
    with tempfile.TemporaryDirectory(prefix="wikidesk-round-") as tmp:
        os.environ["WIKIDESK_HOME"] = str(Path(tmp) / "home")
        _share, base = build(Path(tmp), n)
        wiki = open_wiki(base, user="bench")
        for _ in range(2):  # the mirror rows get their times; later rounds audit as usual
            SyncEngine(wiki, scan_first=False, audit_folders=1000).run()
        infos = wiki.pages()[:5]

        def edit(tag: str) -> list[str]:
            for info in infos:
                path = wiki.root / info.path
                path.write_text(path.read_text("utf-8") + f"\n{tag}\n", "utf-8")
            return sorted({info.path.rpartition("/")[0] for info in infos})

        for trial in range(trials):
            edit(f"a{trial}")
            started = time.perf_counter()
            scan_all(wiki.history, wiki)
            full_report = SyncEngine(wiki, scan_first=False).run()
            full = time.perf_counter() - started
            folders = edit(f"b{trial}")
            started = time.perf_counter()
            scan_all(wiki.history, wiki, folders=folders)
            part_report = SyncEngine(wiki, scan_first=False).run()
            part = time.perf_counter() - started
            print(f"{n:,} pages, 5 outside edits: full-scan round {full:.3f} s (pushed {full_report.pushed}); "
                  f"watched-folders round {part:.3f} s (pushed {part_report.pushed})", flush=True)
        assert wiki.history is not None
        wiki.history.close()


def main() -> int:
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    for n in (int(a) for a in sys.argv[1:] or ["20000"]):
        measure(n)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
