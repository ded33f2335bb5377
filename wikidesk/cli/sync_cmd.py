"""CLI commands for history and sync: ``sync``, ``history``, ``diff``, ``restore``, ``conflicts``, ``resolve``,
``check``; plus :func:`show_revision` (``show PAGE --rev ID``) and :func:`connect_share` (``init --share``).

``--json`` prints one JSON object whose field names are a stable contract.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import output
from wikidesk.cli.history_cmd import rev_json
from wikidesk.core.errors import StorageError
from wikidesk.core.history import queries, revising
from wikidesk.core.sync import SyncEngine
from wikidesk.core.sync import connect_share as _connect_share
from wikidesk.core.sync.check import check
from wikidesk.core.wiki import Wiki

SYNC_EXIT_CODES = {"offline": 9, "read-only": 10, "incompatible": 7}


def connect_share(wiki: Wiki, share_path: str) -> None:
    """Create the store on an empty/new folder or join an existing one (see ``docs/sync-design.md``)."""
    _connect_share(wiki, share_path)


def cmd_sync(args: argparse.Namespace, wiki: Wiki) -> int:
    engine = SyncEngine(wiki)
    report = output.run_steps(engine.round(), show=not args.json and not args.quiet)
    from wikidesk.core import wikis

    wikis.record_sync(wiki.root, report)  # `wikidesk wikis` shows it
    if args.json:
        output.emit_json(report.to_dict())
    else:
        print(report.message)
        for page in report.conflicts:
            print(f"  in conflict: {page}")
        for problem in report.problems:
            print(f"  note: {problem}")
    return exit_code(report.status, report.message)


def exit_code(status: str, message: str) -> int:
    """A round's exit code (sync, join): 0 synced, also with conflicts; else the status's code, and ``message``
    on stderr."""
    code = 0 if status in ("synced", "conflicts") else SYNC_EXIT_CODES.get(status, 7)
    if code:
        output.error(message)
    return code


def cmd_conflicts(args: argparse.Namespace, wiki: Wiki) -> int:
    found = queries.conflicts(wiki)
    if args.json:
        output.emit_json({"conflicts": [
            {"page": c.path[:-3] if c.path.endswith(".md") else c.path, "path": c.path, "id": c.page_id,
             "versions": [rev_json(h) for h in c.heads]} for c in found]})
        return 0
    if not found:
        print("No conflicts.")
    for c in found:
        print(f"{c.path}: {len(c.heads)} versions: " + ", ".join(f"{h.id[:8]} by {h.author}" for h in c.heads))
    return 0


def cmd_resolve(args: argparse.Namespace, wiki: Wiki) -> int:
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        raise StorageError(f"Could not read {args.file}: {exc.strerror or exc}.") from exc
    rev = revising.resolve(wiki, args.page, data)
    print(f"Resolved as revision {rev.id[:10]}; run “wikidesk sync” to share it.")
    return 0


def cmd_check(args: argparse.Namespace, wiki: Wiki) -> int:
    report = check(wiki)
    if args.json:
        output.emit_json(report.to_dict())
    else:
        for line in report.repaired:
            print(f"repaired: {line}")
        for line in report.problems:
            print(f"problem: {line}")
        found = f"{output.count(len(report.problems), 'problem', 'problems')} found."
        print("Everything is in order." if report.ok else found)
    if report.ok:
        return 0
    output.error(f"{output.count(len(report.problems), 'problem', 'problems')} found.",
                 [f"problem: {line}" for line in report.problems])
    return 1
