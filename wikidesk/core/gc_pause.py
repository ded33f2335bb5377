"""The cyclic garbage collector paused while work makes many objects that form no cycles (a gardening report's
100,000 decoded cache rows and link resolution, the first page list of a big wiki and its tree): each full collection
would walk every object made so far, with the interpreter lock held, in whichever thread allocates (decoding the
report's rows 2.35 -> 1.04 CPU-s; at 100,000 pages a first open had ~10 collections of 0.1-0.4 s). Reference counting
still frees what is dropped. Only around spans that do not yield, so no other thread's work is left without the
collector for long.

One count for the whole process: blocks in several threads at once keep the collector off until the last one ends,
and it is switched on again only if it was on when the first began (someone who turned it off keeps it off)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = [0]  # blocks inside paused() now, in any thread
_was_enabled = [False]  # whether the collector was on when the outermost block began


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection, in any thread, while the block runs."""
    with _lock:
        if not _depth[0]:
            _was_enabled[0] = gc.isenabled()
        _depth[0] += 1
        gc.disable()
    try:
        yield
    finally:
        with _lock:
            _depth[0] -= 1
            if not _depth[0] and _was_enabled[0]:
                gc.enable()
