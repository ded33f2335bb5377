"""Handing freed heap memory back to the OS after the big one-off work of opening a wiki (Linux, glibc).

The first page list of a big folder, the first tag count and an index build allocate and free hundreds of MB of
small objects, much of it in worker threads' own malloc arenas, which glibc keeps for reuse. ``malloc_trim(0)``
returns their free pages: measured in the app at 100,000 pages (``bench/startup.py --trim``), RssAnon 305 -> 275 MB
after the first open. Elsewhere (Windows, macOS, musl) :func:`trim_heap` does nothing.
"""

from __future__ import annotations

import ctypes
import sys


def trim_heap() -> bool:
    """Ask glibc to return free heap memory to the OS (call it off the UI thread: it walks every arena); True if it
    ran. ctypes lets go of the interpreter lock during the call."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):  # not glibc
        return False
    trim(0)
    return True
