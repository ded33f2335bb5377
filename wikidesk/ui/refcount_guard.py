"""A guard against a PySide6 6.12.0 defect on Python 3.10/3.11: every Qt call that returns nothing (and signal
emits, which return a bool) takes one reference from ``None`` / ``True`` / ``False`` without having given it, so
a long session eventually frees one of them and Python aborts ("none_dealloc" / "bool_dealloc").

Python 3.12+ makes these objects immortal, and PySide6 6.11.3 does not have the defect; there this module does
nothing. Where the defect is detected, a timer keeps a reserve of references so the counts never run out (it
costs 8 bytes per leaked reference: about 1.6 MB per 200,000 Qt calls). The real fix is a PySide6 release without
the defect, or Python 3.12+.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
LOW = 400_000  # top up when a count falls below this
STEP = 200_000
CHECK_MS = 250


def qt_leaks_references() -> bool:
    """True if a Qt call returning nothing takes a reference from None (measured, not assumed from versions)."""
    if sys.version_info >= (3, 12):
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 100


class RefcountGuard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reserve: list[object] = []
        self.top_ups = 0
        self.top_up()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.top_up)
        self._timer.start()

    def top_up(self) -> None:
        for obj in (None, True, False):
            while sys.getrefcount(obj) < LOW:
                self._reserve.extend([obj] * STEP)
                self.top_ups += 1


_installed: dict[str, RefcountGuard | None] = {}


def install(parent: QObject) -> RefcountGuard | None:
    """Start the guard once per process if this PySide6 build needs it."""
    if "guard" not in _installed:
        needed = qt_leaks_references()
        if needed:
            log.warning("This PySide6 build leaks references to None/True/False on Python %s; guarding against it.",
                        sys.version.split()[0])
        _installed["guard"] = RefcountGuard(parent) if needed else None
    return _installed["guard"]
