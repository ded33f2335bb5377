"""Opening a wiki: its folder and its page history, built together in this one place.

Everything that opens a wiki for work (the app, the CLI, tests) calls :func:`open_wiki` or :func:`init_wiki`; the
:class:`~wikidesk.core.wiki.Wiki` class alone knows nothing of how history is stored.
"""

from __future__ import annotations

from pathlib import Path

from wikidesk.core.errors import WikiError
from wikidesk.core.history.scan import scan_all
from wikidesk.core.history.store import History
from wikidesk.core.wiki import Wiki

INITIAL_SUMMARY = "Added before history was kept"


def open_wiki(root: Path | str, *, user: str | None = None) -> Wiki:
    """Open an existing wiki folder (any folder of Markdown files is a wiki) with its page history."""
    wiki = Wiki.open_folder(root, user=user)
    attach_history(wiki)
    return wiki


def init_wiki(root: Path | str, *, user: str | None = None) -> Wiki:
    """Make ``root`` a wiki (nothing already there is overwritten) and open it with its page history."""
    wiki = Wiki.init_folder(root, user=user)
    attach_history(wiki)
    return wiki


def attach_history(wiki: Wiki) -> History | None:
    """Give ``wiki`` its local history, created on first use with the pages already there taken in.

    A history that cannot be opened or written (a read-only or full disk) leaves the wiki readable: its pages can
    be read, and every change is refused with the reason (:attr:`Wiki.history_error`).
    """
    try:
        history = History(wiki.root, wiki.meta_dir)
        wiki.attach_history(history)
        if history.needs_first_scan():
            scan_all(history, wiki, summary_new=INITIAL_SUMMARY)
            history.first_scan_done()
    except WikiError as exc:
        wiki.attach_history(None, error=exc)
        return None
    return history
