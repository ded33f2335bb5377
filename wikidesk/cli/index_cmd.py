"""``wikidesk index rebuild|update|status``, and the catch-up a search runs when pages changed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import output
from wikidesk.core import paths
from wikidesk.core.search import freshness
from wikidesk.core.search.build import build
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.service import PROBLEM_TEXT, index_status


def run_build(index: SearchIndex, root: Path, full: bool, quiet: bool) -> str:
    """Run a (re)build, printing progress on stderr when it is a terminal; returns the last message."""
    show = not quiet and sys.stderr.isatty()
    message = ""
    snapshot = freshness.take(root)  # before the look: a change made during it is seen next time
    for done, total, message in build(index, root, full=full):
        if show:
            share = f"{done}/{total} " if total else ""
            sys.stderr.write(f"\r{share}{message}\x1b[K")
            sys.stderr.flush()
    if show:
        sys.stderr.write("\n")
    freshness.save(Path(index.path), snapshot)
    return message


def catch_up(index: SearchIndex, root: Path, *, quiet: bool) -> None:
    """Bring the index up to date with the folder before a search (a first build says so on stderr)."""
    if index.problem and not quiet:
        output.error(f"{PROBLEM_TEXT.get(index.problem, 'Building the search index')}…")
    run_build(index, root, full=False, quiet=quiet)


def cmd_index(args: argparse.Namespace, root: Path) -> int:
    index = SearchIndex(paths.index_dir(root))
    if args.action == "status":
        status = index_status(index)
        if args.json:
            output.emit_json(status.to_json())
            return 0
        state = "complete" if status.complete else PROBLEM_TEXT.get(status.problem or "", "not built yet").lower()
        print(f"Index:     {status.path}")
        print(f"Pages:     {status.documents}")
        print(f"Size:      {status.size_bytes / 1e6:.1f} MB")
        print(f"State:     {state}")
        return 0
    message = run_build(index, root, full=args.action == "rebuild", quiet=args.json)
    if args.json:
        output.emit_json({"action": args.action, "message": message, **index_status(index).to_json()})
    else:
        print(message)
    return 0
