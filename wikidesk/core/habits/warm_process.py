"""The gardening report's cache filled in a process of its own.

Filling the cache makes the whole report once: at 100,000 pages a few hundred MB of short-lived Python objects.
In the app's own process they left its heap fragmented for good (RSS 241 → 404 MB after the fill, 390 after a
trim, with the same number of live objects); in a child process the memory goes back to the system when it ends.

The child is not sent the caller's page list: it lists the folder itself. Pickling 100,000 ``PageInfo`` makes a list
for each (a slotted dataclass's state), all alive until the pickle is done: a 55-80 ms full collection of the
cyclic collector in the middle of it, with the interpreter lock held, and ~19 MB of the app's heap fragmented for
good (measured at 100,000 pages).
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections.abc import Generator
from multiprocessing.connection import Connection

from wikidesk.core.errors import WikiError
from wikidesk.core.opening import open_wiki
from wikidesk.core.pages import PageInfo
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki

from . import garden

POLL_S = 0.2  # how often the caller's generator looks for the child's answer (and may be cancelled)


def _fill(root: str, listed: bool, workers: int | None, answer: Connection) -> None:
    """The child: open the wiki (its history is there already), fill the cache (for the folder's page list, as the
    app lists it, if ``listed``), send ``("ok", pages looked at)`` or ``("error", what went wrong)``."""
    if sys.platform != "win32":  # terminate() from a cancel: end through Python, so the parser processes stop too
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        wiki = open_wiki(root, take_in=False)
        pages = wiki.pages(refresh=True) if listed else None
        answer.send(("ok", drain(garden.warm(wiki, pages=pages, workers=workers))))
    except Exception as exc:  # noqa: BLE001 - whatever it was, the app says it in its log and goes on
        answer.send(("error", str(exc) or type(exc).__name__))


def warm_elsewhere(wiki: Wiki, *, pages: list[PageInfo] | None = None, workers: int | None = None,
                   ) -> Generator[tuple[int, int, str], None, int]:
    """:func:`garden.warm` run in a child process; yields now and then (without progress) so that a caller's task
    can be cancelled, which ends the child. Returns the number of pages looked at; a failure in the child raises
    :class:`WikiError` with its reason. A cache already warm for ``pages`` is seen here, without a process; else the
    child fills it for the folder's pages as it lists them (the same list as ``pages`` unless the folder changed
    meanwhile)."""
    if pages is not None and garden.is_warm(wiki, pages):
        return len(pages)
    ctx = multiprocessing.get_context("spawn")  # never fork a process that runs Qt or tantivy threads
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_fill, args=(str(wiki.root), pages is not None, workers, send),
                        name="wikidesk-garden-cache")
    child.start()
    send.close()
    answer: tuple[str, object] | None = None
    try:
        while answer is None:
            if receive.poll(POLL_S):
                answer = receive.recv()
            elif not child.is_alive() and not receive.poll(0):
                break
            else:
                yield 0, 0, ""
    except EOFError:  # the child ended without an answer
        pass
    finally:
        if child.is_alive() and answer is None:
            child.terminate()
        child.join()
        receive.close()
    if answer is None:
        raise WikiError(f"Filling the gardening cache stopped unexpectedly (exit code {child.exitcode}).")
    kind, value = answer
    if kind != "ok":
        raise WikiError(f"Could not fill the gardening cache: {value}")
    return int(value)  # type: ignore[call-overload]
