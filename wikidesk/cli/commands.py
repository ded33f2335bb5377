"""Every command's arguments, defined without loading what runs it (so ``--help``, ``--version`` and a search
start fast). Each command names its handler as ``"module:function"`` of ``wikidesk.cli``; ``cli/main.py`` imports
that module only when the command runs.

``needs`` says what the handler is given: ``"wiki"`` (default) an opened wiki with its history, ``"folder"`` only
the wiki folder's path (search needs nothing else), ``"nothing"`` (``init``) no wiki at all.
"""

from __future__ import annotations

from typing import Any

QUERY_HELP = (
    'words (all must match), "exact phrase", prefix*, -exclude, a OR b, and filters tag:, space:, author:, '
    "title:, path:, modified:>2026-01-01"
)


def add_all(sub: Any, only: str | None = None) -> None:
    """Add every command to ``sub`` (argparse's subparsers), in the order ``--help`` lists them; with ``only``, that
    one command alone (a command line names one: building the others' parsers is most of ``--version``'s time)."""
    target = sub if only is None else _Only(sub, only)
    for add in _ADDERS:
        add(target)


def names() -> set[str]:
    """Every command's name, found without building a parser."""
    found = _Names()
    for add in _ADDERS:
        add(found)
    return found.names


class _Ignored:
    """Stands for a parser that is not built: every call is accepted and does nothing."""

    def __getattr__(self, _name: str) -> Any:
        return lambda *_args, **_kwargs: self


class _Only:
    """Subparsers that build only the parser of one command."""

    def __init__(self, sub: Any, name: str) -> None:
        self.sub, self.name = sub, name

    def add_parser(self, name: str, **kwargs: Any) -> Any:
        return self.sub.add_parser(name, **kwargs) if name == self.name else _Ignored()


class _Names:
    def __init__(self) -> None:
        self.names: set[str] = set()

    def add_parser(self, name: str, **_kwargs: Any) -> Any:
        self.names.add(name)
        return _Ignored()


def _page_commands(sub: Any) -> None:
    p = sub.add_parser("init", help="make a folder a wiki (and optionally join a shared folder)")
    p.add_argument("dir", metavar="DIR")
    p.add_argument("--user", metavar="NAME", help="your name, as shown in history")
    p.add_argument("--share", metavar="PATH", help="the team's shared folder to sync through")
    p.set_defaults(handler="page_cmd:cmd_init", needs="nothing")

    p = sub.add_parser("new", help="create a page")
    p.add_argument("title", metavar="TITLE")
    p.add_argument("--space", default="", metavar="S", help="space (folder), e.g. IT or IT/Skrivere")
    p.add_argument("--tag", action="append", default=[], metavar="T", help="tag (repeatable)")
    p.add_argument("--file", metavar="F", help="initial content from a file (- for stdin)")
    p.add_argument("--template", metavar="NAME", help="start from a template (e.g. møtereferat, minutes; a page "
                   "of the wiki's Maler space by its title); see docs/habits.md")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="page_cmd:cmd_new")

    p = sub.add_parser("write", help="replace a page's content from stdin or --file")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--file", metavar="F", help="read the content from this file instead of stdin")
    p.add_argument("--create", action="store_true", help="create the page if it does not exist")
    p.add_argument("--summary", default="", help="a short note for the history")
    p.set_defaults(handler="page_cmd:cmd_write")

    p = sub.add_parser("show", help="print a page (its Markdown file, or --html)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--html", action="store_true", help="print the rendered, sanitized HTML")
    p.add_argument("--rev", metavar="ID", help="show this revision from the page's history")
    p.set_defaults(handler="page_cmd:cmd_show")

    p = sub.add_parser("list", help="list pages")
    p.add_argument("--space", metavar="S", help="only this space and its subspaces")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="page_cmd:cmd_list")

    p = sub.add_parser("rename", help="rename (and optionally move) a page; links and history stay")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("new_title", metavar="NEWTITLE")
    p.add_argument("--space", metavar="S", help="move it to this space")
    p.set_defaults(handler="page_cmd:cmd_rename")

    p = sub.add_parser("delete", help="delete a page (its history is kept)")
    p.add_argument("page", metavar="PAGE")
    p.set_defaults(handler="page_cmd:cmd_delete")

    p = sub.add_parser("links", help="a page's outgoing links and backlinks")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="page_cmd:cmd_links")

    p = sub.add_parser("tags", help="all tags with their pages; tags rename OLD NEW, tags merge A B")
    p.add_argument("words", nargs="*", metavar="rename OLD NEW | merge A B",
                   help="rename a tag, or merge tag A into B, on every page (front matter and inline #tags)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="habits_cmd:cmd_tags")

    p = sub.add_parser("attach", help="attach a file to a page")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--name", help="file name to store it under")
    p.set_defaults(handler="page_cmd:cmd_attach")


def _search_commands(sub: Any) -> None:
    p = sub.add_parser("search", help="full-text search of the wiki's pages", description=QUERY_HELP)
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many hits to show (default 10)")
    p.add_argument("--offset", type=int, default=0, metavar="N", help="skip the first N hits")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--no-update", dest="update", action="store_false", help="skip looking for pages changed since the last search"
    )
    p.add_argument("--all", action="store_true", help="search all your wikis (see `wikidesk wikis`), ranked together")
    p.set_defaults(handler="search_cmd:cmd_search", needs="folder")

    p = sub.add_parser("wikis", help="list your wikis with their shared folder, last sync and state")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler="wikis_cmd:cmd_wikis", needs="nothing")

    p = sub.add_parser("index", help="the search index: rebuild, update or show its status")
    p.add_argument("action", choices=["rebuild", "update", "status"])
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler="index_cmd:cmd_index", needs="folder")


def _sync_commands(sub: Any) -> None:
    p = sub.add_parser("sync", help="one sync round with the shared folder")
    p.add_argument("--json", action="store_true")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(handler="sync_cmd:cmd_sync")

    p = sub.add_parser("join", help="join a team: a new wiki folder filled from its shared folder (fast, from a "
                       "snapshot)")
    p.add_argument("share", metavar="SHARE", help="the team's shared folder (a path, \\\\host\\share or smb://)")
    p.add_argument("dir", metavar="DIR", help="a new (or empty) folder for your copy of the wiki")
    p.add_argument("--user", metavar="NAME", help="your name, as shown in history")
    p.add_argument("--json", action="store_true", help="print one JSON summary object")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(handler="join_cmd:cmd_join", needs="nothing")

    p = sub.add_parser("conflicts", help="pages with edits that could not be merged automatically")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="sync_cmd:cmd_conflicts")

    p = sub.add_parser("resolve", help="finish a conflict with the text in a file")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--file", required=True, metavar="F", help="the chosen text (- for stdin)")
    p.set_defaults(handler="sync_cmd:cmd_resolve")

    p = sub.add_parser("check", help="verify the local history and the shared folder; repair what is safe")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="sync_cmd:cmd_check")


def _history_commands(sub: Any) -> None:
    p = sub.add_parser("history", help="a page's revisions (id, parents, author, time, summary)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="history_cmd:cmd_history")

    p = sub.add_parser("diff", help="differences between two revisions (or a revision and the page now)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("rev1", metavar="REV1")
    p.add_argument("rev2", metavar="REV2", nargs="?")
    p.set_defaults(handler="history_cmd:cmd_diff")

    p = sub.add_parser("restore", help="make an old revision current again (as a new revision)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--rev", required=True, metavar="ID")
    p.set_defaults(handler="history_cmd:cmd_restore")


def _comment_commands(sub: Any) -> None:
    p = sub.add_parser("comment", help="comment on a page (text from stdin or --file); reply, edit or delete")
    p.add_argument("page", metavar="PAGE")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--reply", metavar="ID", help="answer this comment (its id or first characters)")
    which.add_argument("--edit", metavar="ID", help="replace the text of this comment (the old text stays in history)")
    which.add_argument("--delete", metavar="ID", help="delete this comment (it stays in history)")
    p.add_argument("--file", metavar="F", help="read the text from this file instead of stdin")
    p.add_argument("--json", action="store_true", help="print the new comment as one JSON object")
    p.set_defaults(handler="comment_cmd:cmd_comment")

    p = sub.add_parser("comments", help="a page's discussion, threaded")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler="comment_cmd:cmd_comments")


def _export_commands(sub: Any) -> None:
    p = sub.add_parser("export", help="export the wiki: a web site, an archive package (BagIt) or Noark 5")
    p.add_argument("format", choices=["html", "archive", "noark5"],
                   help="html: a static web site; archive: a BagIt package with all history; noark5: arkivuttrekk")
    p.add_argument("out", metavar="OUT", help="a new (or empty) folder to write to")
    p.add_argument("--space", metavar="S", help="only this space and its subspaces")
    p.add_argument("--lang", choices=["en", "nb"], default="en", help="language of the site's own text (default en)")
    p.add_argument("--json", action="store_true", help="print one JSON summary object")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(handler="export_cmd:cmd_export")

    p = sub.add_parser("import", help="rebuild a wiki, history included, from an archive package")
    p.add_argument("kind", choices=["archive"])
    p.add_argument("bag", metavar="BAG", help="the archive package (a BagIt folder)")
    p.add_argument("dir", metavar="DIR", help="a new (or empty) folder for the wiki")
    p.add_argument("--json", action="store_true", help="print one JSON summary object")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.set_defaults(handler="export_cmd:cmd_import", needs="nothing")


PEOPLE_HELP = (
    "people QUERY...: who knows about something (declared skills, and the pages they wrote); "
    "people show NAME: a person's page with their recent work, topics and co-authors; "
    "people import FILE.csv: create or update people pages from a staff list (name, user, unit, title, email, "
    "phone). To search for the words show, import or find themselves: people find QUERY..."
)


def _people_commands(sub: Any) -> None:
    p = sub.add_parser("people", help="find colleagues by what they know; show or import people pages",
                       description=PEOPLE_HELP)
    p.add_argument("words", nargs="*", metavar="QUERY | show NAME | import FILE.csv")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="how many people to show (default 10)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--all", action="store_true", help="find people in all your wikis (see `wikidesk wikis`), "
                   "ranked together")
    p.set_defaults(handler="people_cmd:cmd_people")


def _habits_commands(sub: Any) -> None:
    p = sub.add_parser("changes", help="recent changes across the wiki, newest first (who, what, when, diff)")
    p.add_argument("--since", metavar="DATE", type=_since, help="only changes from this date or time on")
    p.add_argument("--space", metavar="S", help="only this space and its subspaces")
    p.add_argument("--author", metavar="A", help="only changes by this person")
    p.add_argument("--limit", type=int, default=100, metavar="N", help="how many (default 100; 0: all)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="habits_cmd:cmd_changes")

    for name, text in (("watch", "watch a page or space (your own list, not synced)"),
                       ("unwatch", "stop watching a page or space")):
        p = sub.add_parser(name, help=text)
        p.add_argument("target", metavar="PAGE_OR_SPACE")
        p.add_argument("--space", action="store_true", help="it is a space (when a page has the same name)")
        p.set_defaults(handler=f"habits_cmd:cmd_{name}")

    p = sub.add_parser("watched", help="what you watch, and what changed since you looked")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="habits_cmd:cmd_watched")

    p = sub.add_parser("bookmark", help="bookmark a page (your own list, not synced)")
    p.add_argument("page", metavar="PAGE")
    p.add_argument("--remove", action="store_true", help="remove the bookmark")
    p.set_defaults(handler="habits_cmd:cmd_bookmark")

    p = sub.add_parser("bookmarks", help="your bookmarks")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="habits_cmd:cmd_bookmarks")

    p = sub.add_parser("garden", help="the gardening report: wanted, orphan, stale, untagged, empty, conflicted "
                       "pages and near-duplicate titles (changes nothing)")
    p.add_argument("--months", type=int, default=12, metavar="N", help="stale: not edited for N months (default 12)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler="habits_cmd:cmd_garden")


def _since(text: str) -> str:
    from wikidesk.cli.habits_cmd import since_arg

    return since_arg(text)


_ADDERS = (_page_commands, _search_commands, _sync_commands, _history_commands, _comment_commands, _export_commands,
           _people_commands, _habits_commands)
