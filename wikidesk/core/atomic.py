"""Crash-safe file writes: temp file in the same folder, fsync, rename over the target.

A crash at any instant leaves either the old file or the new one, never a truncated mix. Renames that fail
because another program (antivirus, indexer, a sync client) holds the file for a moment are retried with backoff.
"""

from __future__ import annotations

import errno
import os
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from wikidesk.core.errors import StorageError

TEMP_PREFIX = ".~wikidesk-"
T = TypeVar("T")
_TRANSIENT = {errno.EACCES, errno.EBUSY, errno.EAGAIN, errno.ETXTBSY}


def retry_transient(action: Callable[[], T], *, attempts: int = 8, first_delay: float = 0.01) -> T:
    """Run ``action``; retry briefly on sharing violations (PermissionError/EBUSY) before giving up."""
    delay = first_delay
    for attempt in range(attempts):
        try:
            return action()
        except OSError as exc:
            transient = isinstance(exc, PermissionError) or exc.errno in _TRANSIENT
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
    raise AssertionError("unreachable")


def fsync_dir(folder: Path) -> None:
    """Make a rename durable on POSIX; a no-op where directories cannot be opened (Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}.tmp")


def write_atomic(target: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``target`` with ``data`` atomically (creating parent folders as needed)."""
    target = Path(target)
    tmp = temp_path_for(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(tmp, "xb") as handle:
                handle.write(data)
                handle.flush()
                if durable:
                    os.fsync(handle.fileno())
            retry_transient(lambda: os.replace(tmp, target))
        except BaseException:
            _unlink_quietly(tmp)  # a full disk or a vanished share must not leave half-written temp files
            raise
        if durable:
            fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(f"Could not save {target.name}: {describe_os_error(exc)}.") from exc


def create_exclusive(target: Path, data: bytes) -> bool:
    """Write ``data`` to a new file ``target``; return False (and write nothing) if it already exists.

    The data goes to a temp file first and is linked into place, so no reader ever sees a partial file.
    Where hard links are unsupported, falls back to an exclusive create and write (still never replaces).
    """
    target = Path(target)
    tmp = temp_path_for(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EOPNOTSUPP, errno.EMLINK):
                raise
            if target.exists():
                return False
            os.rename(tmp, target)
            return True
        return True
    except OSError as exc:
        raise StorageError(f"Could not save {target.name}: {describe_os_error(exc)}.") from exc
    finally:
        _unlink_quietly(tmp)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def describe_os_error(exc: OSError) -> str:
    """A short plain-language reason for an OS error."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission was denied",
        errno.EPERM: "permission was denied",
        errno.EROFS: "the folder is read-only",
        errno.ENOENT: "the folder no longer exists",
        errno.EIO: "the disk or network reported an error",
        errno.EHOSTDOWN: "the network share is not reachable",
        errno.ENAMETOOLONG: "the name is too long",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))
