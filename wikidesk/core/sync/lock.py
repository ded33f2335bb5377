"""One sync at a time per wiki folder, across processes (an OS file lock on the LOCAL disk, never the share)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from wikidesk.core.sync.errors import SyncBusyError


@contextmanager
def sync_lock(meta_dir: Path, *, timeout: float = 60.0) -> Iterator[None]:
    """Hold ``<wiki>/.wikidesk/sync.lock`` (released by the OS if the process dies)."""
    meta_dir.mkdir(parents=True, exist_ok=True)
    handle = open(meta_dir / "sync.lock", "a+b")
    deadline = time.monotonic() + timeout
    try:
        while not _try_lock(handle):
            if time.monotonic() > deadline:
                raise SyncBusyError("Another sync of this wiki is still running; try again in a moment.")
            time.sleep(0.05)
        yield
    finally:
        _unlock(handle)
        handle.close()


def _try_lock(handle: object) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[attr-defined]
    except OSError:
        return False
    return True


def _unlock(handle: object) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)  # type: ignore[attr-defined]
    except OSError:
        pass
