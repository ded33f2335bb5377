"""``wikidesk search QUERY`` and ``wikidesk index rebuild|update|status``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import output
from wikidesk.core import paths
from wikidesk.core.errors import WikiError
from wikidesk.core.search import SearchIndex
from wikidesk.core.search.build import build
from wikidesk.core.search.results import Hit
from wikidesk.core.search.service import PROBLEM_TEXT, index_status


def _open(root: Path) -> SearchIndex:
    return SearchIndex(paths.index_dir(root))


def _run_build(index: SearchIndex, root: Path, full: bool, quiet: bool) -> str:
    """Run a (re)build, printing progress on stderr when it is a terminal; returns the last message."""
    show = not quiet and sys.stderr.isatty()
    message = ""
    for done, total, message in build(index, root, full=full):
        if show:
            share = f"{done}/{total} " if total else ""
            sys.stderr.write(f"\r{share}{message}\x1b[K")
            sys.stderr.flush()
    if show:
        sys.stderr.write("\n")
    return message


def cmd_search(args: argparse.Namespace, root: Path) -> int:
    if args.limit < 0 or args.offset < 0:
        raise WikiError("--limit and --offset must be zero or more.")
    index = _open(root)
    if args.update or not index.build_complete:  # a catch-up costs one stat per page when nothing changed
        if index.problem and not args.json:
            output.error(f"{PROBLEM_TEXT.get(index.problem, 'Building the search index')}…")
        _run_build(index, root, full=False, quiet=args.json)
    results = index.search(" ".join(args.query), limit=args.limit, offset=args.offset)
    if args.json:
        data = results.to_json()
        for hit, out in zip(results.hits, data["hits"], strict=True):
            out["modified"] = output.iso(hit.modified) if hit.modified else None
        output.emit_json(data)
        return 0
    for note in results.notes:
        output.error(note)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}" + (" (showing those results)" if results.fuzzy else ""))
    if not results.hits:
        print("No pages found.")
        return 0
    shown = f"{args.offset + 1}-{args.offset + len(results.hits)} of " if results.total > len(results.hits) else ""
    print(f"{shown}{output.count(results.total, 'page', 'pages')}")
    bold = sys.stdout.isatty()
    for hit in results.hits:
        _print_hit(hit, bold)
    return 0


def _print_hit(hit: Hit, bold: bool) -> None:
    where = " › ".join(filter(None, [hit.space, hit.heading]))
    tags = " ".join(f"#{t}" for t in hit.tags)
    print()
    print(f"{hit.title}  ({hit.path[:-3] if hit.path.endswith('.md') else hit.path})")
    meta = "  ".join(filter(None, [where, tags, output.iso(hit.modified)[:10] if hit.modified else ""]))
    if meta:
        print(f"  {meta}")
    marked = hit.marked_snippet("\x1b[1m", "\x1b[0m") if bold else hit.marked_snippet("[", "]")
    if marked:
        print(f"  {marked}")


def cmd_index(args: argparse.Namespace, root: Path) -> int:
    index = _open(root)
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
    message = _run_build(index, root, full=args.action == "rebuild", quiet=args.json)
    if args.json:
        output.emit_json({"action": args.action, "message": message, **index_status(index).to_json()})
    else:
        print(message)
    return 0
