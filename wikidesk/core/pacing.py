"""Letting the window's thread have the interpreter lock while a long loop runs in a background thread.

CPython runs one thread's Python code at a time. A background loop over every page (the page list's first scan, the
tag count, backlinks) keeps the interpreter lock until the UI thread has waited a switch interval (5 ms) for it, and
the UI thread asks for it again after almost every call into Qt: a few milliseconds of UI work then take tens or
hundreds. A thread given a pace (:func:`paced`; the app's task runner does this for its background work) sleeps
briefly whenever it has run ``work_s`` since its last rest, in :func:`pause`, which such loops call once a page; the
UI thread takes the lock at once. Without a pace (the CLI, tests), :func:`pause` returns at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

WORK_S = 0.002  # a paced thread runs at most this long between rests
REST_S = 0.001  # and then sleeps this long, without the lock

_local = threading.local()


def pause() -> None:
    """Rest now if this thread is paced and has run its share since the last rest; else return at once."""
    until = getattr(_local, "until", None)
    if until is not None and time.perf_counter() >= until:
        time.sleep(_local.rest)
        _local.until = time.perf_counter() + _local.work


@contextmanager
def paced(work_s: float = WORK_S, rest_s: float = REST_S) -> Iterator[None]:
    """Within this block, :func:`pause` in this thread rests ``rest_s`` after every ``work_s`` of running."""
    outer = getattr(_local, "until", None), getattr(_local, "work", work_s), getattr(_local, "rest", rest_s)
    _local.work, _local.rest = work_s, rest_s
    _local.until = time.perf_counter() + work_s
    try:
        yield
    finally:
        _local.until, _local.work, _local.rest = outer


def is_paced() -> bool:
    """True in a thread inside :func:`paced`."""
    return getattr(_local, "until", None) is not None
