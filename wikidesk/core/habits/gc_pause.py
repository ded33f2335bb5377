"""The cyclic garbage collector paused while a report builds many objects that form no cycles (100,000 decoded cache
rows, the page lookup, link resolution): each collection would walk every object made so far, which at 100,000 pages
is more than half the time of decoding the cache (2.35 -> 1.04 CPU-s). Reference counting still frees what is
dropped; the collector runs again afterwards. Only around spans that do not yield, so no other thread's work is
left without it for long."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
