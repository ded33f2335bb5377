"""CLI commands for comments: ``comment PAGE [--reply ID | --edit ID | --delete ID] [--file F]`` and
``comments PAGE [--json]`` (``--json`` field names are a contract: ``id``, ``version``, ``author``, ``created``,
``time``, ``text``, ``deleted``, ``edited``, ``versions``, ``replies``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wikidesk.cli import output
from wikidesk.core.comments import CommentStore
from wikidesk.core.errors import StorageError, WikiError
from wikidesk.core.wiki import Wiki


def _text(args: argparse.Namespace) -> str:
    try:
        if args.file and args.file != "-":
            data = Path(args.file).read_bytes()
        else:
            data = sys.stdin.buffer.read()
    except OSError as exc:
        raise StorageError(f"Could not read {args.file}: {exc.strerror or exc}.") from exc
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n").strip("\n")


def cmd_comment(args: argparse.Namespace, wiki: Wiki) -> int:
    history = wiki.history
    if history is None:
        raise WikiError("Comments need the wiki's page history, which is not attached.")
    info = wiki.find(args.page)
    with CommentStore.of(wiki) as store:
        if args.delete:
            comment = store.delete(history, info.page_id, args.delete, author=wiki.user)
            verb = "Deleted comment"
        elif args.edit:
            comment = store.edit(history, info.page_id, args.edit, _text(args), author=wiki.user)
            verb = "Edited comment"
        else:
            comment = store.add(history, info.page_id, _text(args), author=wiki.user, parent=args.reply)
            verb = "Comment"
        if args.json:
            output.emit_json({"page": info.name, **comment.to_dict()})
        else:
            print(f"{verb} {comment.id[:10]} on {info.name}; run “wikidesk sync” to share it.")
    return 0


def cmd_comments(args: argparse.Namespace, wiki: Wiki) -> int:
    info = wiki.find(args.page)
    with CommentStore.of(wiki) as store:
        threads = store.thread(info.page_id)
        store.mark_read(info.page_id)
    if args.json:
        output.emit_json({"page": info.name, "id": info.page_id, "comments": [t.to_dict() for t in threads]})
        return 0
    if not threads:
        print(f"No comments on {info.name}.")
    for top in threads:
        for depth, t in top.walk():
            pad = "  " * depth
            c = t.current
            note = " (edited)" if t.edited and not t.deleted else ""
            print(f"{pad}{t.id[:10]}  {c.author}  {t.created}{note}")
            for line in (["(deleted)"] if t.deleted else c.text.splitlines() or [""]):
                print(f"{pad}  {line}")
    return 0
