"""Whole-process command-line times: ``wikidesk search`` and ``wikidesk --version`` against a process that asks SQLite
FTS5, side by side on the same generated wiki (``bench/corpus.py``).

Each measurement starts a fresh process, as a script or a person does, and waits for it to exit; the figure is the
wall time of the whole process (interpreter start, imports, opening the index, the search, printing). The index and
the FTS5 table are built once before timing; the search's look for changed pages is what ``wikidesk search`` does by
default (a folder-time check, see ``wikidesk/core/search/freshness.py``). The FTS5 process opens the database, runs
one ``MATCH`` with ``bm25`` and ``snippet()`` and prints the rows: the least a search process must do.

    .venv/bin/python bench/cli.py --pages 20000 --runs 30
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus
from machine import cpu_model

WORDS = ["kommune", "innlogging", "tilgang", "sertifikat", "meldingstjeneste", "integrasjon", "postmottak",
         "samtykke", "fullmakt", "eksempel"]

FTS5_SEARCH = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT path, title, snippet(pages, 2, '[', ']', '…', 24) FROM pages WHERE pages MATCH ? "
                  "ORDER BY bm25(pages, 4.0, 1.0, 1.0) LIMIT 10", (sys.argv[2],)).fetchall()
for row in rows:
    print(*row, sep="\t")
"""


def build_fts5(root: Path, db_path: Path) -> None:
    """The FTS5 table of the same files: title from the file name, the whole text as the body."""
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(title, body, path UNINDEXED, "
               "tokenize='unicode61 remove_diacritics 0')")
    for path in root.rglob("*.md"):
        rel = path.relative_to(root).as_posix()
        db.execute("INSERT INTO pages(title, body, path) VALUES (?, ?, ?)",
                   (path.stem, path.read_text("utf-8", errors="replace"), rel))
    db.commit()
    db.execute("INSERT INTO pages(pages) VALUES('optimize')")
    db.commit()
    db.close()


def timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {done.stderr.decode(errors='replace')}")
    return elapsed * 1000


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"p50 {statistics.median(times):6.1f} ms   p90 {p90:6.1f} ms   min {ordered[0]:6.1f} ms"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    root = corpus.cached_wiki(args.pages)
    exe = str(Path(sys.executable).with_name("wikidesk"))
    with tempfile.TemporaryDirectory(prefix="wikidesk-bench-cli-") as tmp:
        # An installed wikidesk runs from compiled bytecode (pip compiles it at install; the frozen build ships it):
        # a machine that forbids writing it (PYTHONDONTWRITEBYTECODE) would time compiling every module instead.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["WIKIDESK_HOME"] = str(Path(tmp) / "home")
        print(f"wikidesk CLI vs an FTS5 process, {args.pages} pages, {args.runs} runs each; {cpu_model()}, "
              f"{os.cpu_count()} cores, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}")
        started = time.perf_counter()
        subprocess.run([exe, "--wiki", str(root), "index", "rebuild"], env=env, check=True,
                       stdout=subprocess.DEVNULL)
        print(f"  (index built in {time.perf_counter() - started:.1f} s)")
        db = Path(tmp) / "fts5.db"
        build_fts5(root, db)
        for warm in ([exe, "--version"], [exe, "--wiki", str(root), "search", WORDS[0], "--json"]):
            timed(warm, env)  # the first run writes the bytecode
        load = os.getloadavg()[0]
        ours, theirs, version, bare = [], [], [], []
        for run in range(args.runs):  # interleaved, so both see the same machine load
            word = WORDS[run % len(WORDS)]
            ours.append(timed([exe, "--wiki", str(root), "search", word, "--json"], env))
            theirs.append(timed([sys.executable, "-c", FTS5_SEARCH, str(db), word], env))
            version.append(timed([exe, "--version"], env))
            bare.append(timed([sys.executable, "-c", "pass"], env))
        print(f"  wikidesk search --json   {summary(ours)}")
        print(f"  FTS5 search process      {summary(theirs)}")
        print(f"  wikidesk --version       {summary(version)}")
        print(f"  python -c pass           {summary(bare)}")
        print(f"  ratio search p50 (wikidesk / FTS5): {statistics.median(ours) / statistics.median(theirs):.2f}x; "
              f"load average {load:.2f} -> {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
