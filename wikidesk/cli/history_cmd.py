"""CLI commands for page history: ``history``, ``diff``, ``restore``, and ``show PAGE --rev ID``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from wikidesk.cli import output
from wikidesk.core.errors import WikiError
from wikidesk.core.history import queries, revising
from wikidesk.core.history.model import Revision
from wikidesk.core.wiki import Wiki


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


def cmd_history(args: argparse.Namespace, wiki: Wiki) -> int:
    page_id = queries.page_id_for(wiki, args.page)
    revs = queries.history_of(wiki).page_revisions(page_id)
    heads = {h.id for h in queries.history_of(wiki).heads(page_id)}
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
    history = queries.history_of(wiki)
    rev = history.revision(args.rev, queries.page_id_for(wiki, args.page))
    data = history.content(rev)
    if data is None:
        raise WikiError(f"Revision {rev.id[:8]} is the deletion of the page; it has no text.")
    sys.stdout.buffer.write(data)
    sys.stdout.flush()
    return 0


def cmd_diff(args: argparse.Namespace, wiki: Wiki) -> int:
    sys.stdout.write(queries.diff(wiki, args.page, args.rev1, args.rev2))
    return 0


def cmd_restore(args: argparse.Namespace, wiki: Wiki) -> int:
    rev = revising.restore(wiki, args.page, args.rev)
    print(f"Restored as revision {rev.id[:10]} ({rev.path})")
    return 0


