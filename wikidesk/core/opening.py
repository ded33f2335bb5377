"""Opening a wiki: its folder and its page history, built together in this one place.

Everything that opens a wiki for work (the app, the CLI, tests) calls :func:`open_wiki` or :func:`init_wiki`; the
:class:`~wikidesk.core.wiki.Wiki` class alone knows nothing of how history is stored.
"""

from __future__ import annotations

from pathlib import Path

from wikidesk.core.errors import WikiError
from wikidesk.core.history.scan import first_import
from wikidesk.core.history.store import History
from wikidesk.core.recording import INITIAL_SUMMARY  # noqa: F401 (re-exported; its home is below history)
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki


def open_wiki(root: Path | str, *, user: str | None = None, take_in: bool = True) -> Wiki:
    """Open an existing wiki folder (any folder of Markdown files) with its page history. ``take_in=False`` leaves
    history's first import of the pages already there to the caller (the app runs
    :func:`~wikidesk.core.history.scan.first_import` in the background once its window shows)."""
    wiki = Wiki.open_folder(root, user=user)
    attach_history(wiki, take_in=take_in)
    return wiki


def init_wiki(root: Path | str, *, user: str | None = None) -> Wiki:
    """Make ``root`` a wiki (nothing already there is overwritten) and open it with its page history."""
    wiki = Wiki.init_folder(root, user=user)
    attach_history(wiki)
    return wiki


def attach_history(wiki: Wiki, *, take_in: bool = True) -> History | None:
    """Give ``wiki`` its local history, created on first use with the pages already there taken in (unless
    ``take_in`` is false: then :meth:`History.needs_first_scan` stays true until someone does).

    A history that cannot be opened or written (a read-only or full disk) leaves the wiki readable: its pages can
    be read, and every change is refused with the reason (:attr:`Wiki.history_error`).
    """
    try:
        history = History(wiki.root, wiki.meta_dir)
        wiki.attach_history(history)
        if take_in and history.needs_first_scan():
            drain(first_import(history, wiki))
    except WikiError as exc:
        wiki.attach_history(None, error=exc)
        return None
    return history
