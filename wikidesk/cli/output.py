"""Printing for the CLI: JSON for scripts, plain lines for people, errors as one sentence on stderr."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Generator
from typing import TYPE_CHECKING, Any, TypeVar

from wikidesk.cli import json_text
from wikidesk.core.steps import drain

if TYPE_CHECKING:
    from wikidesk.core.pages import PageInfo

Result = TypeVar("Result")


def emit_json(data: Any) -> None:
    """``data`` as ``json.dump(indent=2, default=str)`` writes it (through :mod:`~wikidesk.cli.json_text`)."""
    sys.stdout.write(json_text.indented(data, default=str) + "\n")


_written = [0]  # error sentences written by this process


def run_steps(steps: Generator[tuple[int, int, str], Any, Result], *, show: bool) -> Result:
    """Run a core job to its end and return its result; with ``show`` and a terminal on stderr, its progress as
    one line that overwrites itself (ended by a newline however the job ends)."""
    if not (show and sys.stderr.isatty()):
        return drain(steps)

    def line(step: tuple[int, int, str]) -> None:
        done, total, message = step
        sys.stderr.write(f"\r[{done}/{total}] {message[:70]:<70}")

    try:
        return drain(steps, line)
    finally:
        sys.stderr.write("\n")


def error(message: str, details: list[str] | tuple[str, ...] = ()) -> None:
    """One sentence on stderr (``wikidesk: ...``), then optional detail lines (indented)."""
    _written[0] += 1
    sys.stderr.write(f"wikidesk: {message}\n")
    for line in details:
        sys.stderr.write(f"  {line}\n")


def errors_written() -> int:
    """How many error sentences this process has written (so a failing exit can be checked for one)."""
    return _written[0]


_pending = [True]  # False once the command said it holds nothing that teardown must finish


def nothing_pending() -> None:
    """Say that the command holds nothing the interpreter's teardown must finish (no index writer, no file being
    written, no threads at work), so the process may end at once (see :func:`end_now`)."""
    _pending[0] = False


def end_now(code: int) -> int:
    """End the process with ``code`` after flushing stdout and stderr, without the interpreter's teardown (freeing
    every module and object: ~10 ms of a ``wikidesk search``, issue 20), when :func:`nothing_pending` was said;
    otherwise return ``code`` for a normal exit."""
    if _pending[0]:
        return code
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def count(n: int, one: str, many: str) -> str:
    """``1 page``, ``2 pages``: a number with its noun in the right form."""
    return f"{n} {one if n == 1 else many}"


def iso(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch, dt.UTC).astimezone().replace(microsecond=0).isoformat()


def page_json(info: PageInfo) -> dict[str, Any]:
    """The stable JSON shape of a page in every command's output."""
    return {
        "page": info.name,
        "path": info.path,
        "title": info.title,
        "space": info.space,
        "id": info.page_id,
        "tags": list(info.tags),
        "modified": iso(info.modified) if info.modified else None,
        "author": info.author,
    }
