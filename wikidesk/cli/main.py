"""``wikidesk [--wiki DIR] COMMAND``: argument parsing, wiki selection and error handling."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from wikidesk import __version__
from wikidesk.cli import commands, output
from wikidesk.core.errors import ConfigError, WikiError

if TYPE_CHECKING:
    from wikidesk.core.pages import WikiChange
    from wikidesk.core.wiki import Wiki

INTERNAL_ERROR = 70


class _Parser(argparse.ArgumentParser):
    """argparse's parser, with the help's width found without importing shutil: argparse makes a help formatter for
    every argument it adds, and shutil (with bz2, lzma and zlib) cost ~2 ms of every command (issue 20). Its
    subcommands' parsers are of this class too (``add_subparsers`` uses the parent's class)."""

    def _get_formatter(self) -> argparse.HelpFormatter:
        return self.formatter_class(prog=self.prog, width=_help_width())


def _help_width() -> int:
    """The width argparse's formatter takes from ``shutil.get_terminal_size`` (``$COLUMNS``, else the terminal's,
    else 80), less its margin of 2."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
        except (AttributeError, ValueError, OSError):
            columns = 80
    return columns - 2


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with ``only``, with that one command's parser alone (see :func:`command_named`)."""
    parser = _Parser(
        prog="wikidesk",
        description="A desktop wiki for sharing what you know. With no command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"wikidesk {__version__}")
    parser.add_argument("--wiki", metavar="DIR", help="wiki folder (default: $WIKIDESK_WIKI, then the configured wiki)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_all(sub, only=only)
    return parser


def command_named(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (its first word after the global options), when it is one; ``""`` for a bare
    ``--version``; else None: the whole parser is built (help, the app, or an error message naming every command)."""
    words = iter(argv)
    for word in words:
        if word == "--wiki":
            next(words, None)
        elif word.startswith("--wiki="):
            continue
        elif word == "--version":
            return "" if "-h" not in argv and "--help" not in argv else None
        elif word.startswith("-"):
            return None
        else:
            return word if word in commands.names() else None
    return None


def choose_wiki(arg: str | None) -> str:
    """The wiki folder: ``--wiki``, then ``$WIKIDESK_WIKI``, then the settings."""
    chosen = arg or os.environ.get("WIKIDESK_WIKI")
    if not chosen:  # the settings (JSON, the machine's defaults) only when neither was given
        from wikidesk.core.settings import Settings

        chosen = Settings.load().get("wiki_path")
    if not chosen:
        raise ConfigError("No wiki is chosen; pass --wiki DIR, set WIKIDESK_WIKI, or run “wikidesk init DIR”.")
    return chosen


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(command_named(argv))
    args = parser.parse_args(argv)
    if not args.command:
        from wikidesk.ui.app import main as app_main

        return app_main(args.wiki or os.environ.get("WIKIDESK_WIKI"))
    module_name, _, function = args.handler.partition(":")
    handler = getattr(importlib.import_module(f"wikidesk.cli.{module_name}"), function)
    needs = getattr(args, "needs", "wiki")
    if needs == "nothing":
        return int(handler(args, None))
    if needs == "folder":
        return int(handler(args, wiki_folder(choose_wiki(args.wiki))))
    from wikidesk.core.opening import open_wiki

    wiki = open_wiki(choose_wiki(args.wiki))
    changes: list[WikiChange] = []
    wiki.subscribe(changes.append)
    try:
        return int(handler(args, wiki))
    finally:
        if changes:
            update_search_index(wiki, changes)


def wiki_folder(chosen: str) -> Path:
    """The wiki's folder, for commands that read only its files and index (no history is opened)."""
    path = Path(chosen)
    if not path.is_dir():
        raise ConfigError(f"The wiki folder {path} does not exist or is not a folder.")
    return path.resolve()


def update_search_index(wiki: Wiki, changes: list[WikiChange]) -> None:
    """Bring an existing search index up to date with what this command changed (best effort: a later search
    catches up on anything missed, so a busy or failing index never fails the command)."""
    from wikidesk.core.paths import index_dir
    from wikidesk.core.search.index import SearchIndex
    from wikidesk.core.search.updater import queue_changes

    folder = index_dir(wiki.root)
    if not folder.is_dir():
        return  # no index yet: the first search builds it
    index = SearchIndex(folder, lock_timeout=2.0)
    try:
        queue_changes(index, wiki.root, changes)
        index.flush(wait=True)
    except Exception:
        import logging  # only on this rare path: a whole process should not pay for it (issue 20)

        logging.getLogger(__name__).warning("could not update the search index", exc_info=True)
    finally:
        index.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: never lets a traceback reach the user."""
    _utf8_streams()
    said_before = output.errors_written()
    try:
        code = _said(run(argv), said_before)
        return output.end_now(code) if argv is None else code  # a whole process: skip teardown when safe
    except WikiError as exc:
        output.error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        output.error("Stopped.")
        return 130
    except BrokenPipeError:
        return 0
    except ImportError as exc:  # Qt is platform-specific: a CLI-only install has none
        if "PySide6" in str(exc) or "wikidesk.ui" in str(exc):
            output.error("The desktop app is not available in this installation; use the commands (see --help).")
            return 2
        return _internal_error(exc)
    except Exception as exc:  # noqa: BLE001 (last line of defence: log it, say it in one sentence)
        return _internal_error(exc)


def _said(code: int, said_before: int) -> int:
    """Make sure a failing exit has its sentence on stderr (every command should say its own)."""
    if code and output.errors_written() == said_before:
        output.error(f"The command failed (exit code {code}).")
    return code


def _internal_error(exc: BaseException) -> int:
    where = _log_traceback(exc)
    output.error(f"Something went wrong inside wikidesk ({type(exc).__name__}); nothing was lost. Details: {where}")
    return INTERNAL_ERROR


def _log_traceback(exc: BaseException) -> str:
    import logging
    import traceback

    from wikidesk.core.paths import log_dir

    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cli-errors.log"
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)))
        return str(path)
    except OSError:
        logging.getLogger(__name__).exception("internal error")
        return "(the log folder is not writable)"


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and (stream.encoding or "").lower() not in ("utf-8", "utf8"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass
