"""The app's long-lived objects kept out of the cyclic garbage collector's way, and freed heap memory handed back.

Every full collection of CPython's cyclic garbage collector visits every object it tracks, holding the interpreter
lock all the while, in whichever thread happens to allocate. A big wiki's page list is hundreds of thousands of such
objects that live as long as the window: a full collection took 84 ms at 20,000 pages (90,856 objects) and ~0.3-0.4 s
at 100,000, a stall of the window each time. :func:`freeze` moves every object alive now into the collector's
permanent generation (``gc.freeze()``, a constant-time splice of lists), which later collections skip: call it once
the long-lived objects are made. Cyclic garbage alive at that moment would never be collected, so freeze when there
is little (5 objects at the first page list of 20,000 pages) or after :func:`settle` collects the rest; whoever drops
a frozen structure with cycles breaks them (``tree_model.release_tree``); closing a window thaws everything
(:func:`thaw`), so what it leaves in cycles (its widgets' wrappers, a dialog frozen while open) is collected then.

:func:`trim_heap` asks glibc to return free heap pages to the OS (Linux): the first page list, the first tag count
and an index build free much in worker threads' own malloc arenas, which glibc keeps. Measured in the app at
100,000 pages (``bench/startup.py --trim``): RssAnon 305 -> 275 MB after the first open. Elsewhere it does nothing.

:func:`fix_mmap_threshold` keeps glibc from moving big allocations into its arenas (Linux): by default, each big block
freed raises the size from which blocks get a memory map of their own (up to 32 MB), so the index build's and a sync
round's big buffers (tantivy's) came from the threads' arenas afterwards, and what they left there stayed even after
a trim. Measured in the app at 100,000 pages when the index build ends: RSS 281 -> 242 MB (history already taken in)
and 316 -> 271 MB (the first open), peak 515 -> 476 and 570 -> 512 MB, the build's CPU unchanged within the noise
(docs/benchmarks/memory.md, session 10).
"""

from __future__ import annotations

import ctypes
import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from wikidesk.core import gc_pause


def freeze() -> None:
    """Move every object the collector tracks now into its permanent generation (cheap; any thread)."""
    gc.freeze()


def thaw() -> None:
    """Let the collector visit every object again (a window closed: what it left in cycles is collected next)."""
    gc.unfreeze()


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection, in any thread, while the block runs (:func:`wikidesk.core.gc_pause.paused`, one count
    with the core's pauses), then :func:`freeze` what it made: for one-off work that makes hundreds of thousands of
    long-lived objects (the first page list of a big wiki)."""
    with gc_pause.paused():
        try:
            yield
        finally:
            freeze()  # before the collector is on again: else its first young collection walks all the block made


MMAP_THRESHOLD = 1 << 20  # bytes: blocks this big or bigger get a memory map of their own, unmapped when freed
_M_MMAP_THRESHOLD = -3  # mallopt's parameter number (malloc.h)


def _glibc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def fix_mmap_threshold(size: int = MMAP_THRESHOLD) -> bool:
    """Hold glibc's memory-map threshold at ``size`` for the whole process, instead of letting every big block
    freed raise it: big buffers then go back to the OS when freed, rather than into an arena (any thread, any time;
    it applies to later allocations). True if it was set; elsewhere (Windows, macOS, not glibc) it does nothing."""
    libc = _glibc()
    return libc is not None and libc.mallopt(_M_MMAP_THRESHOLD, size) == 1


def trim_heap() -> bool:
    """Ask glibc to return free heap memory to the OS (call it off the UI thread: it walks every arena); True if it
    ran. ctypes lets go of the interpreter lock during the call."""
    libc = _glibc()
    if libc is None:
        return False
    libc.malloc_trim(0)
    return True


def settle() -> bool:
    """After big one-off work: collect the garbage made since the last freeze (only that: frozen objects are not
    visited), freeze what is left, hand the freed memory back; True if the memory was trimmed. Off the UI thread."""
    gc.collect()
    freeze()
    return trim_heap()
