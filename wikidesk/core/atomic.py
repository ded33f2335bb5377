"""Crash-safe file writes: temp file in the same folder, fsync, rename over the target.

A crash at any instant leaves either the old file or the new one, never a truncated mix. Renames that fail
because another program (antivirus, indexer, a sync client) holds the file for a moment are retried with backoff.
:class:`DurableBatch` does the same for many files at once with the fsyncs done together (sync writing thousands of
pages). :func:`rename_noreplace` moves a file into place without ever replacing one (create-new on shared folders).
"""

from __future__ import annotations

import ctypes
import errno
import os
import secrets
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
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


def fsync_file(path: Path) -> None:
    """Flush one file's bytes to the disk by name. Windows' ``FlushFileBuffers`` (what ``os.fsync`` calls there)
    needs a handle opened for writing, so the file is opened read-write there and read-only elsewhere."""
    fd = os.open(path, (os.O_RDWR | getattr(os, "O_BINARY", 0)) if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    return target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}.tmp")


def write_atomic(target: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace ``target`` with ``data`` atomically (creating parent folders as needed)."""
    target = Path(target)
    try:
        tmp = _write_temp(target, data, durable=durable)
        try:
            retry_transient(lambda: os.replace(tmp, target))
        except BaseException:
            _unlink_quietly(tmp)
            raise
        if durable:
            fsync_dir(target.parent)
    except OSError as exc:
        raise StorageError(f"Could not save {target.name}: {describe_os_error(exc)}.") from exc


def _write_temp(target: Path, data: bytes, *, durable: bool) -> Path:
    """``data`` in a new temp file beside ``target`` (fsynced if ``durable``); nothing is left behind on error."""
    tmp = temp_path_for(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
    except BaseException:
        _unlink_quietly(tmp)  # a full disk or a vanished share must not leave half-written temp files
        raise
    return tmp


def create_exclusive(target: Path, data: bytes) -> bool:
    """Write ``data`` to a new file ``target``; return False (and write nothing) if it already exists.

    The data goes to a temp file first and is moved into place with :func:`rename_noreplace`, which never replaces
    a file, not even one another process creates at the same moment.
    """
    target = Path(target)
    tmp = temp_path_for(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        done = rename_noreplace(tmp, target)
        if done:
            fsync_dir(target.parent)
        return done
    except OSError as exc:
        raise StorageError(f"Could not save {target.name}: {describe_os_error(exc)}.") from exc
    finally:
        _unlink_quietly(tmp)


FSYNC_THREADS = 16  # fsyncs waiting together share the disk's journal commits (ext4, NTFS): ~4x fewer seconds


class DurableBatch:
    """Many files replaced at once, made durable together instead of with two fsyncs each, one after the other.

    :meth:`stage` writes a file's new bytes to a temp file beside it and hands its fsync to a pool of threads (so
    the fsyncs share the disk's journal commits, and run while the caller prepares the next file); :meth:`remove`
    notes a file to delete, :meth:`then` a step to run once everything is in place. :meth:`commit` waits for every
    fsync, renames each temp file over its target, deletes the noted files, fsyncs every folder it touched once,
    and only then runs the ``then`` steps. So, as with :func:`write_atomic`, a crash or power loss at any instant
    leaves under each name the old file or the whole new one (and at most ignored temp files), never a torn page;
    and whatever a caller records after :meth:`commit` returns is on the disk for good. On Windows there is no
    folder fsync: NTFS journals renames itself. :meth:`close` (or ``with``) ends the threads.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temp file, target)
        self._removals: list[Path] = []
        self._kept: list[Path] = []
        self._then: list[Callable[[], None]] = []
        self._flushing: list[Future[None]] = []
        self._pool: ThreadPoolExecutor | None = None

    def __len__(self) -> int:
        return len(self._staged) + len(self._removals) + len(self._kept)

    def __enter__(self) -> DurableBatch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _flush_soon(self, path: Path) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(FSYNC_THREADS, thread_name_prefix="wikidesk-fsync")
        self._flushing.append(self._pool.submit(fsync_file, path))

    def stage(self, target: Path, data: bytes) -> None:
        """Write ``data`` for ``target`` to a temp file beside it; ``target`` changes at :meth:`commit`."""
        target = Path(target)
        try:
            tmp = _write_temp(target, data, durable=False)
        except OSError as exc:
            raise StorageError(f"Could not save {target.name}: {describe_os_error(exc)}.") from exc
        self._staged.append((tmp, target))
        self._flush_soon(tmp)

    def remove(self, path: Path) -> None:
        """Delete ``path`` (if it is there) at :meth:`commit`, after the staged files are in place."""
        self._removals.append(Path(path))

    def keep(self, path: Path) -> None:
        """Make a file that is already in place durable by :meth:`commit` (one an interrupted batch put there)."""
        self._kept.append(Path(path))
        self._flush_soon(Path(path))

    def then(self, step: Callable[[], None]) -> None:
        """Run ``step`` at the end of :meth:`commit`, once every file is durable."""
        self._then.append(step)

    def commit(self) -> None:
        """Make every staged file and removal durable, in place; then run the ``then`` steps. Empties the batch."""
        staged, removals, kept, steps, flushing = (self._staged, self._removals, self._kept, self._then,
                                                   self._flushing)
        self._staged, self._removals, self._kept, self._then, self._flushing = [], [], [], [], []
        try:
            for future in flushing:
                future.result()  # re-raises the fsync's error
            for tmp, target in staged:
                retry_transient(lambda tmp=tmp, target=target: os.replace(tmp, target))
            for path in removals:
                try:
                    path.unlink()
                except FileNotFoundError:
                    pass
            folders = sorted({target.parent for _tmp, target in staged} | {p.parent for p in removals + kept})
            if self._pool is not None and len(folders) > 1:
                for _ in self._pool.map(fsync_dir, folders):
                    pass
            else:
                for folder in folders:
                    fsync_dir(folder)
        except OSError as exc:
            for future in flushing:
                future.cancel()
            for tmp, _target in staged:
                _unlink_quietly(tmp)
            raise StorageError(f"Could not save the files: {describe_os_error(exc)}.") from exc
        for step in steps:
            step()

    def discard(self) -> None:
        """Forget everything staged (its temp files are deleted; no target changes)."""
        for future in self._flushing:
            future.cancel()
        wait(self._flushing)
        for tmp, _target in self._staged:
            _unlink_quietly(tmp)
        self._staged, self._removals, self._kept, self._then, self._flushing = [], [], [], [], []

    def close(self) -> None:
        """Discard what was not committed and end the fsync threads."""
        self.discard()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


# ----- moving a file into place without ever replacing one ----------------------------------------------------
_LINK_UNSUPPORTED = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK, errno.ENOSYS}
_NOREPLACE_UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP}
_AT_FDCWD = -100
_RENAME_NOREPLACE = 1


def _load_renameat2() -> Callable[..., int] | None:
    """libc's ``renameat2`` (glibc 2.28+, musl 1.2.2+) on Linux; None elsewhere or if libc lacks it."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        func = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    func.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    func.restype = ctypes.c_int
    return func  # type: ignore[no-any-return]


_RENAMEAT2 = _load_renameat2()


def rename_noreplace(src: Path | str, dst: Path | str) -> bool:
    """Move ``src`` to ``dst`` unless ``dst`` exists; False (``src`` left alone) if it does.

    Never replaces ``dst``, also when another process creates it at the same moment: each step below is one call
    the OS refuses if the target exists (there is no check-then-rename anywhere). Windows: ``os.rename``, which is
    ``MoveFileExW`` without ``MOVEFILE_REPLACE_EXISTING`` (the Python docs: "On Windows, if dst exists a
    FileExistsError is always raised"). Elsewhere: a hard link, else ``renameat2(RENAME_NOREPLACE)`` (Linux 3.15+;
    filesystems without it answer EINVAL), else an exclusive create of ``dst`` (see :func:`_copy_exclusive`).
    """
    if os.name == "nt":
        try:
            os.rename(src, dst)
        except FileExistsError:
            return False
        return True
    try:
        os.link(src, dst)
    except FileExistsError:
        return False
    except (OSError, NotImplementedError) as exc:
        if isinstance(exc, OSError) and exc.errno not in _LINK_UNSUPPORTED:
            raise
        done = _renameat2_noreplace(src, dst)
        return _copy_exclusive(src, dst) if done is None else done
    os.unlink(src)
    return True


def _renameat2_noreplace(src: Path | str, dst: Path | str) -> bool | None:
    """True if moved, False if ``dst`` exists, None if this kernel or filesystem cannot do it."""
    func = _RENAMEAT2
    if func is None:
        return None
    if func(_AT_FDCWD, os.fsencode(src), _AT_FDCWD, os.fsencode(dst), _RENAME_NOREPLACE) == 0:
        return True
    code = ctypes.get_errno()
    if code == errno.EEXIST:
        return False
    if code in _NOREPLACE_UNSUPPORTED:
        return None
    raise OSError(code, os.strerror(code), os.fspath(dst))


def _copy_exclusive(src: Path | str, dst: Path | str) -> bool:
    """Last resort: create ``dst`` exclusively (``O_EXCL`` never replaces), copy ``src`` into it, remove ``src``.

    Unlike a rename this is not atomic for readers: one may see ``dst`` short or empty while it is written, and a
    writer killed mid-copy leaves it short for good. Readers of what goes through here tolerate that: sync
    segments and objects carry a checksum and length and are retried later ("pending") while damaged, the store
    marker is re-read each round, and a page file is never created this way (pages use :func:`write_atomic`).
    """
    with open(src, "rb") as handle:
        data = handle.read()
    try:
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except FileExistsError:
        return False
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        _unlink_quietly(Path(dst))  # our own partial file (created exclusively): remove it, report the error
        raise
    os.unlink(src)
    return True


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
