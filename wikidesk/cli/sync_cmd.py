"""CLI commands for history and sync: ``sync``, ``history``, ``diff``, ``restore``, ``conflicts``, ``resolve``,
``check``; plus :func:`show_revision` (``show PAGE --rev ID``) and :func:`connect_share` (``init --share``).

``--json`` prints one JSON object whose field names are a stable contract.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wikidesk.cli import output
from wikidesk.core.errors import StorageError, WikiError
from wikidesk.core.history import views
from wikidesk.core.history.model import Revision
from wikidesk.core.sync import SyncEngine
from wikidesk.core.sync import connect_share as _connect_share
from wikidesk.core.sync.check import check
from wikidesk.core.wiki import Wiki

SYNC_EXIT_CODES = {"offline": 9, "read-only": 10, "incompatible": 7}


def register(sub: Any) -> None:
    p = sub.add_parser("sync", help="one sync round with the shared folder")
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("history", help="a page's revisions (id, parents, author, time, summary)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("diff", help="differences between two revisions (or a revision and the page now)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("rev1", metavar="REV1")
    p.add_argument("rev2", metavar="REV2", nargs="?")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("restore", help="make an old revision current again (as a new revision)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--rev", required=True, metavar="ID")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("conflicts", help="pages with edits that could not be merged automatically")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", help="finish a conflict with the text in a file")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--file", required=True, metavar="F", help="the chosen text (- for stdin)")
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("check", help="verify the local history and the shared folder; repair what is safe")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)


def connect_share(wiki: Wiki, share_path: str) -> None:
    """Create the store on an empty/new folder or join an existing one (see ``docs/sync-design.md``)."""
    _connect_share(wiki, share_path)


def rev_json(rev: Revision) -> dict[str, Any]:
    return {
        "id": rev.id,
        "parents": list(rev.parents),
        "author": rev.author,
        "time": rev.time,
        "summary": rev.summary,
        "path": rev.path,
        "deleted": rev.deleted,
        "size": rev.size,
        "clock": rev.clock,
    }


def cmd_sync(args: argparse.Namespace, wiki: Wiki) -> int:
    engine = SyncEngine(wiki)
    gen = engine.round()
    while True:
        try:
            done, total, message = next(gen)
        except StopIteration as stop:
            report = stop.value
            break
        if not args.json and not args.quiet and sys.stderr.isatty():
            sys.stderr.write(f"\r[{done}/{total}] {message[:70]:<70}")
    if not args.json and not args.quiet and sys.stderr.isatty():
        sys.stderr.write("\n")
    if args.json:
        output.emit_json(report.to_dict())
    else:
        print(report.message)
        for page in report.conflicts:
            print(f"  in conflict: {page}")
        for problem in report.problems:
            print(f"  note: {problem}")
    code = 0 if report.status in ("synced", "conflicts") else SYNC_EXIT_CODES.get(report.status, 7)
    if code:
        output.error(report.message)
    return code


def cmd_history(args: argparse.Namespace, wiki: Wiki) -> int:
    page_id = views.page_id_for(wiki, args.page)
    revs = views.history_of(wiki).page_revisions(page_id)
    heads = {h.id for h in views.history_of(wiki).heads(page_id)}
    if args.json:
        output.emit_json({"page": args.page, "id": page_id, "heads": sorted(heads),
                          "revisions": [rev_json(r) for r in revs]})
        return 0
    for rev in reversed(revs):
        mark = "*" if rev.id in heads else " "
        what = "deleted" if rev.deleted else rev.path
        print(f"{mark} {rev.id[:10]}  {rev.time}  {rev.author:<16}  {rev.summary or '-'}  [{what}]")
    return 0


def show_revision(args: argparse.Namespace, wiki: Wiki) -> int:
    """``wikidesk show PAGE --rev ID``: print the page file as it was in that revision."""
    history = views.history_of(wiki)
    rev = history.revision(args.rev, views.page_id_for(wiki, args.page))
    data = history.content(rev)
    if data is None:
        raise WikiError(f"Revision {rev.id[:8]} is the deletion of the page; it has no text.")
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return 0


def cmd_diff(args: argparse.Namespace, wiki: Wiki) -> int:
    sys.stdout.write(views.diff(wiki, args.page, args.rev1, args.rev2))
    return 0


def cmd_restore(args: argparse.Namespace, wiki: Wiki) -> int:
    rev = views.restore(wiki, args.page, args.rev)
    print(f"Restored as revision {rev.id[:10]} ({rev.path})")
    return 0


def cmd_conflicts(args: argparse.Namespace, wiki: Wiki) -> int:
    found = views.conflicts(wiki)
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
    rev = views.resolve(wiki, args.page, data)
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
        print("Everything is in order." if report.ok else f"{len(report.problems)} problem(s) found.")
    if report.ok:
        return 0
    output.error(f"{len(report.problems)} problem(s) found.", [f"problem: {line}" for line in report.problems])
    return 1
