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
    (~80 ms of the UI thread at the first open, mostly PySide's per-module import hook). Then the Qt classes
    whose Python types PySide makes on first use while the window is built and first shown (:func:`warm_qt`)."""
    import wikidesk.core.history.queries
    import wikidesk.core.history.revising
    import wikidesk.core.links
    import wikidesk.core.search.service
    import wikidesk.core.sync
    import wikidesk.ui.history.service
    import wikidesk.ui.search.service
    import wikidesk.ui.sync.service  # noqa: F401

    warm_qt()


# event classes that reach the window's Python overrides while it is built and first shown
_EVENTS = ("QFocusEvent", "QPlatformSurfaceEvent", "QInputMethodEvent", "QScrollEvent", "QContextMenuEvent")


def warm_qt() -> None:
    """Make, from a worker thread, the Python types (with their enums) of the Qt classes the first window meets
    only as arguments of its Python overrides: every style option (the sidebar's tab style is a Python proxy
    style: Qt hands it one per widget kind it lays out) and a few events. PySide makes each type, and an enum
    class per Qt enum of it, the first time one is passed to Python: ~70 enums, ~5-10 ms of the UI thread's first
    window otherwise. No Qt object is made."""
    from PySide6 import QtGui, QtWidgets

    for name in dir(QtWidgets):
        if name.startswith("QStyleOption"):
            getattr(QtWidgets, name)
    for name in _EVENTS:
        getattr(QtGui, name)


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
