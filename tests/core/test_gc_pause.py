"""The collector is paused inside and left as it was found afterwards, also after an error."""

from __future__ import annotations

import gc
import threading

import pytest

from wikidesk.core import gc_pause


def test_paused_inside_and_restored_after() -> None:
    assert gc.isenabled()
    with gc_pause.paused():
        assert not gc.isenabled()
        with gc_pause.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves the outer one paused
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_pause.paused():
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_pause.paused():
            pass
        assert not gc.isenabled()  # paused by someone else before: still paused
    finally:
        gc.enable()


def test_pauses_in_two_threads_keep_the_collector_off_until_the_last_ends() -> None:
    """A report's pause ending in one thread does not switch the collector on under another thread's pause (the
    first page list), nor does the other's end switch it on while the report still runs."""
    assert gc.isenabled()
    entered, may_leave = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other() -> None:
        with gc_pause.paused():
            entered.set()
            may_leave.wait(5)
        seen.append(gc.isenabled())  # the main thread's pause still runs

    thread = threading.Thread(target=other)
    try:
        with gc_pause.paused():
            thread.start()
            entered.wait(5)
        seen.append(gc.isenabled())  # the other thread's pause still runs
        with gc_pause.paused():
            may_leave.set()
            thread.join(5)
        seen.append(gc.isenabled())
    finally:
        may_leave.set()
        gc.enable()
    assert seen == [False, False, True]
