"""The search, history and sync services of a window, wired explicitly.

Every import here is a plain one: a module that fails to import is a bug, and reaches the app's error message like
any other, never a feature that silently goes missing. The core parts are imported by :func:`preload` in the worker
that opens the wiki (they import no Qt, and take a noticeable part of a second to load, which the UI thread should
not wait for); the UI modules when :func:`attach_all` builds the services on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.session import WikiSession

if TYPE_CHECKING:
    from wikidesk.ui.history.service import HistoryService
    from wikidesk.ui.search.service import SearchService
    from wikidesk.ui.sync.service import SyncService


def preload() -> None:
    """Import the services' modules from a worker thread: the core parts (they import no Qt), then the UI ones,
    which only define classes (no Qt object is made at import), so building the window does not wait for them
    (~80 ms of the UI thread at the first open, mostly PySide's per-module import hook)."""
    import wikidesk.core.history.queries
    import wikidesk.core.history.revising
    import wikidesk.core.links
    import wikidesk.core.search.service
    import wikidesk.core.sync
    import wikidesk.ui.history.service
    import wikidesk.ui.search.service
    import wikidesk.ui.sync.service  # noqa: F401


def attach_all(window: MainWindow, session: WikiSession) -> list[SearchService | HistoryService | SyncService]:
    """Build the search, history and sync services for ``window``; ``session.search`` etc. hold them too."""
    from wikidesk.ui.history.service import HistoryService
    from wikidesk.ui.search.service import SearchService
    from wikidesk.ui.sync.service import SyncService

    session.search = SearchService(window, session)
    session.search.built.connect(lambda _message: session.settle_heap())  # a build frees much of what it held
    session.history = HistoryService(window, session)
    session.sync = SyncService(window, session)
    return [session.search, session.history, session.sync]
