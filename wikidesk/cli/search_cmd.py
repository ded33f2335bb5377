"""``wikidesk search QUERY``: answers from the index at once; the build machinery (Markdown parsers, YAML) is loaded
only when pages changed since the last look (:mod:`wikidesk.core.search.freshness`)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from wikidesk.cli import output
from wikidesk.core import paths
from wikidesk.core.errors import WikiError
from wikidesk.core.search import freshness
from wikidesk.core.search.index import SearchIndex

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from wikidesk.core.search.results import Hit


def cmd_search(args: argparse.Namespace, root: Path) -> int:
    if args.limit < 0 or args.offset < 0:
        raise WikiError("--limit and --offset must be zero or more.")
    if getattr(args, "all", False):
        from wikidesk.cli import wikis_cmd  # several indexes: only with --all

        return wikis_cmd.search_all(args, root)
    folder = paths.index_dir(root)
    index = SearchIndex(folder)
    if not index.build_complete or (args.update and freshness.needs_look(folder, root)):
        from wikidesk.cli import index_cmd  # the build machinery: only when the folder changed

        index_cmd.catch_up(index, root, quiet=args.json)
    else:  # only read: no index writer, no file being written
        output.nothing_pending()
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
        print_hit(hit, bold)
    return 0


def print_hit(hit: Hit, bold: bool, wiki: str = "") -> None:
    """One hit as people read it: title and page, where and tags, the marked snippet (``[wiki]`` first with --all)."""
    where = " › ".join(filter(None, [hit.space, hit.heading]))
    tags = " ".join(f"#{t}" for t in hit.tags)
    print()
    print(f"{f'[{wiki}] ' if wiki else ''}{hit.title}  ({hit.path[:-3] if hit.path.endswith('.md') else hit.path})")
    meta = "  ".join(filter(None, [where, tags, output.iso(hit.modified)[:10] if hit.modified else ""]))
    if meta:
        print(f"  {meta}")
    marked = hit.marked_snippet("\x1b[1m", "\x1b[0m") if bold else hit.marked_snippet("[", "]")
    if marked:
        print(f"  {marked}")


