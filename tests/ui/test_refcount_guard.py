"""The guard against PySide6 6.12.0 taking references from None/True/False on Python < 3.12."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from wikidesk.ui import refcount_guard


def test_many_qt_calls_never_exhaust_none(qapp) -> None:
    if not refcount_guard.qt_leaks_references():
        pytest.skip("this PySide6 build does not have the reference defect")
    guard = refcount_guard.install(qapp)
    assert guard is not None
    probe = QObject()
    for _ in range(5):
        for _ in range(100_000):
            probe.setObjectName("x")  # one reference taken from None per call on the defective build
        guard.top_up()
    assert sys.getrefcount(None) >= refcount_guard.LOW
    assert guard.top_ups >= 1
