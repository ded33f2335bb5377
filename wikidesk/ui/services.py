"""Attach the optional parts (search, history, sync) to a window when their core modules exist."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QObject

from wikidesk.ui.main_window import MainWindow
from wikidesk.ui.session import WikiSession

log = logging.getLogger(__name__)

# (ui module, core module it needs)
SERVICES = (
    ("wikidesk.ui.search.service", "wikidesk.core.search"),
    ("wikidesk.ui.history.service", "wikidesk.core.history"),
    ("wikidesk.ui.sync.service", "wikidesk.core.sync"),
)


def preload() -> None:
    """Import the optional core parts (safe from a worker thread: they import no Qt)."""
    for module in (*(core for _ui, core in SERVICES), "wikidesk.core.search.service", "wikidesk.core.history.views",
                   "wikidesk.core.links"):
        try:
            importlib.import_module(module)
        except ImportError:
            continue


def attach_all(window: MainWindow, session: WikiSession) -> list[QObject]:
    attached = []
    for ui_module, core_module in SERVICES:
        try:
            importlib.import_module(core_module)
            if importlib.util.find_spec(ui_module) is None:
                raise ImportError(f"{ui_module} is not written yet")
        except ImportError as exc:
            log.info("Not attaching %s: %s", ui_module, exc)
            continue
        module = importlib.import_module(ui_module)
        attached.append(module.attach(window, session))
    return attached
