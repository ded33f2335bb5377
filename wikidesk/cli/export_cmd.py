"""``export html|archive|noark5 OUT [--space S]`` and ``import archive BAG DIR``.

Progress goes to stderr when it is a terminal; ``--json`` prints one summary object (``format``, ``out``, ``pages``,
``revisions``, ``files``, ``bytes``). OUT must be new or an empty folder (exit 4 otherwise); an export never changes
the wiki, and a stopped export leaves no OUT behind.
"""

from __future__ import annotations

import argparse
from typing import Any

from wikidesk.cli import output
from wikidesk.core.wiki import Wiki


def _report(args: argparse.Namespace, summary: Any, what: str) -> int:
    if args.json:
        output.emit_json(summary.to_dict())
    else:
        print(f"{what} {summary.out}: {summary.pages} pages, {summary.revisions} revisions, {summary.files} files, "
              f"{summary.bytes:,} bytes.")
    return 0


def cmd_export(args: argparse.Namespace, wiki: Wiki) -> int:
    if args.format == "html":
        from wikidesk.core.export.static_site import export_site

        steps = export_site(wiki, args.out, space=args.space, language=args.lang)
    elif args.format == "archive":
        from wikidesk.core.export.bagit_archive import export_archive

        steps = export_archive(wiki, args.out, space=args.space, language=args.lang)
    else:
        from wikidesk.core.export.noark5 import export_noark5

        steps = export_noark5(wiki, args.out, space=args.space)
    summary = output.run_steps(steps, show=not (args.json or args.quiet))
    return _report(args, summary, "Exported to")


def cmd_import(args: argparse.Namespace, _wiki: None) -> int:
    from wikidesk.core.export.bagit_archive import import_archive

    summary = output.run_steps(import_archive(args.bag, args.dir), show=not (args.json or args.quiet))
    return _report(args, summary, "Rebuilt the wiki in")
