"""``wikidesk join SHARE DIR [--user NAME] [--json] [--quiet]``: a new wiki folder filled from the team's shared
folder (its newest snapshot, then the changes after it). Progress on stderr when it is a terminal. ``--json``
prints the :class:`~wikidesk.core.sync.join.JoinReport` (``folder``, ``status``, ``message``, ``snapshot``,
``from_snapshot``, ``comments_from_snapshot``, ``pulled``, ``pages``, ``operations``, ``problems``)."""

from __future__ import annotations

import argparse

from wikidesk.cli import output
from wikidesk.cli.sync_cmd import exit_code
from wikidesk.core import wikis
from wikidesk.core.settings import Settings
from wikidesk.core.sync.errors import ShareOfflineError
from wikidesk.core.sync.join import join

OFFLINE_EXIT = 9


def cmd_join(args: argparse.Namespace, _wiki: object) -> int:
    try:
        report = output.run_steps(join(args.share, args.dir, user=args.user), show=not args.json and not args.quiet)
    except ShareOfflineError as exc:
        output.error(f"{exc} Nothing was joined.")
        return OFFLINE_EXIT
    settings = Settings.load()
    if not settings.get("wiki_path") and args.user:
        settings.set("user_name", args.user)
        settings.save()
    wikis.register(report.folder, share=args.share)  # in `wikidesk wikis`; the first becomes the current wiki
    if args.json:
        output.emit_json(report.to_dict())
    else:
        how = f"from the snapshot {report.snapshot} and the changes after it" if report.snapshot else \
            "by reading the shared folder's whole change log"
        print(f"Joined: {report.pages} page(s) in {report.folder}, {how}.")
        for problem in report.problems:
            print(f"  note: {problem}")
    return exit_code(report.status, report.message)
