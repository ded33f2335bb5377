"""``wikidesk wikis [--json]`` (the person's wikis) and ``wikidesk search QUERY --all`` (one search over them)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import output
from wikidesk.core import wikis


def cmd_wikis(args: argparse.Namespace, _nothing: None) -> int:
    registry = wikis.load()
    listed = wikis.entries()
    current = wikis.folder_key(registry.current) if registry.current else ""
    if args.json:
        output.emit_json({"wikis": [w.to_json(current=wikis.folder_key(w.folder) == current) for w in listed]})
        return 0
    if not listed:
        print("No wikis yet; run “wikidesk init DIR” (or “wikidesk join”).")
        return 0
    for entry in listed:
        mark = "*" if wikis.folder_key(entry.folder) == current else " "
        last = (output.iso(entry.last_sync.time)[:16].replace("T", " ") if entry.last_sync and entry.last_sync.time
                else "never")
        print(f"{mark} {entry.name}")
        print(f"    folder:    {entry.folder}")
        print(f"    share:     {entry.share or '(none)'}")
        print(f"    state:     {entry.state}  (last sync: {last})")
    return 0


def search_all(args: argparse.Namespace, root: Path) -> int:
    """``search QUERY --all``: every registered wiki (and ``root``), each index caught up first, one ranking."""
    from wikidesk.cli import index_cmd
    from wikidesk.cli.search_cmd import print_hit
    from wikidesk.core import paths
    from wikidesk.core.search import freshness
    from wikidesk.core.search.index import SearchIndex
    from wikidesk.core.search.multi import search_all as run

    chosen = [(w.name, w.path) for w in wikis.entries() if w.path.is_dir()]
    if not any(wikis.folder_key(folder) == wikis.folder_key(root) for _, folder in chosen):
        chosen.insert(0, (wikis.default_name(root), root))
    opened = []
    try:
        for name, folder in chosen:
            index = SearchIndex(paths.index_dir(folder))
            opened.append((name, str(folder), index))
            if not index.build_complete or (args.update and freshness.needs_look(Path(index.path), folder)):
                index_cmd.catch_up(index, folder, quiet=args.json)
        results = run(opened, " ".join(args.query), limit=args.limit, offset=args.offset)
    finally:
        for _, _, index in opened:
            index.close()
    if args.json:
        data = results.to_json()
        for hit, out in zip(results.hits, data["hits"], strict=True):
            out["modified"] = output.iso(hit.hit.modified) if hit.hit.modified else None
        output.emit_json(data)
        return 0
    for note in results.notes:
        output.error(note)
    if results.suggestion:
        print(f"Did you mean: {results.suggestion}" + (" (showing those results)" if results.fuzzy else ""))
    if not results.hits:
        print("No pages found.")
        return 0
    shown = (f"{args.offset + 1}-{args.offset + len(results.hits)} of " if results.total > len(results.hits) else "")
    print(f"{shown}{output.count(results.total, 'page', 'pages')} in {output.count(len(opened), 'wiki', 'wikis')}")
    bold = sys.stdout.isatty()
    for found in results.hits:
        print_hit(found.hit, bold, found.wiki)
    return 0

