"""Benchmark wikidesk.core.markdown.render() over the real corpus, against plain mistune.html() as baseline.

Usage: python bench/render.py [--passes N] [--corpus PATH]

Prints MB/s and pages/s for: the baseline (mistune.html, no plugins, no sanitizer), our full render(), and
the nh3 sanitizer alone, plus the ratio full/baseline. Front matter is stripped first (not timed).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import mistune  # noqa: E402
from machine import cpu_model  # noqa: E402

from wikidesk.core import frontmatter  # noqa: E402
from wikidesk.core.markdown import render, sanitize  # noqa: E402

DEFAULT_CORPUS = Path(os.environ.get("WIKIDESK_CORPUS", REPO.parent / "shared" / "corpus" / "felleslosninger-docs"))


def load(corpus: Path) -> list[str]:
    files = sorted(corpus.rglob("*.md"))
    return [frontmatter.parse(f.read_text(encoding="utf-8", errors="replace")).body for f in files]


def timed(fn: Callable[[str], object], bodies: list[str], passes: int) -> list[float]:
    runs = []
    for _ in range(passes):
        start = time.perf_counter()
        for body in bodies:
            fn(body)
        runs.append(time.perf_counter() - start)
    return runs




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"corpus not found at {args.corpus} (set WIKIDESK_CORPUS)")

    bodies = load(args.corpus)
    megabytes = sum(len(b.encode("utf-8")) for b in bodies) / 1e6
    rendered_html = [render(b).html for b in bodies]  # warm-up, and input for the sanitizer-only row
    print(f"corpus: {len(bodies)} pages, {megabytes:.2f} MB of Markdown; {args.passes} passes each (median)")
    print(f"machine: {cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"mistune {mistune.__version__}")  # fmt: skip

    rows = {
        "baseline mistune.html()": timed(mistune.html, bodies, args.passes),
        "wikidesk render()": timed(render, bodies, args.passes),
    }
    start = time.perf_counter()
    for _ in range(args.passes):
        for html in rendered_html:
            sanitize(html)
    sanitize_only = (time.perf_counter() - start) / args.passes

    print(f"{'':28}{'seconds':>9}{'MB/s':>9}{'pages/s':>10}")
    for name, runs in rows.items():
        sec = statistics.median(runs)
        print(f"{name:28}{sec:9.3f}{megabytes / sec:9.2f}{len(bodies) / sec:10.0f}")
    print(f"{'  of which nh3 sanitize':28}{sanitize_only:9.3f}")
    ratio = statistics.median(rows["wikidesk render()"]) / statistics.median(rows["baseline mistune.html()"])
    per_page = statistics.median(rows["wikidesk render()"]) / len(bodies)
    print(f"ratio render()/baseline: {ratio:.2f}x slower")
    print(f"projected for 100,000 such pages on one core: {per_page * 100_000:.0f} s")


if __name__ == "__main__":
    main()
