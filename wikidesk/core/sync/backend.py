"""The few operations sync uses on a shared folder, and the local/mapped-folder backend.

Every backend offers exactly these primitives (each one is counted as one file operation by the benchmarks):
``list`` a folder, ``read`` a file, ``write_new`` (create a file that must not exist and write it), ``rename``
(optionally refusing to replace), ``stat``, ``delete`` and ``mkdir``. Paths are relative, with ``/``.
Failures are plain ``OSError``: ``FileNotFoundError`` (missing), ``FileExistsError`` is never raised (``write_new``
and ``rename`` return False instead), ``PermissionError`` (read-only or locked), anything else = unreachable.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

from wikidesk.core.atomic import rename_noreplace


@dataclass(frozen=True)
class Entry:
    """One directory entry as a listing or stat reports it."""

    name: str
    is_dir: bool
    size: int
    mtime: float


class ShareBackend(ABC):
    """A shared folder reached through a handful of share-safe operations."""

    description = "shared folder"
    parallel = 1  # operations that may run at once from several threads (1: call it from one thread only)

    @abstractmethod
    def list(self, rel: str) -> list[Entry]:
        """Entries of a folder (raises FileNotFoundError if it does not exist)."""

    @abstractmethod
    def read(self, rel: str) -> bytes: ...

    @abstractmethod
    def write_new(self, rel: str, data: bytes) -> bool:
        """Create ``rel`` with ``data``; False (nothing written) if it exists. Parent must exist."""

    @abstractmethod
    def rename(self, src: str, dst: str, *, replace: bool = False) -> bool:
        """Move ``src`` to ``dst``; without ``replace``, False if ``dst`` exists (as Windows and SMB do)."""

    @abstractmethod
    def stat(self, rel: str) -> Entry | None: ...

    @abstractmethod
    def delete(self, rel: str) -> bool:
        """Remove a file; False if it was not there."""

    @abstractmethod
    def mkdir(self, rel: str) -> None:
        """Create one folder (its parent must exist); no error if it exists."""

    def close(self) -> None:  # noqa: B027 (optional hook)
        """Release connections."""


class LocalBackend(ShareBackend):
    """A local, mapped (``U:\\Team\\wiki``) or cloud-synced folder."""

    parallel = 16  # plain file calls; fsyncs that wait together share the file system's journal commits

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.description = str(self.root)

    def _path(self, rel: str) -> Path:
        return self.root / rel if rel else self.root

    def list(self, rel: str) -> list[Entry]:
        out = []
        with os.scandir(self._path(rel)) as entries:
            for item in entries:
                try:
                    st = item.stat(follow_symlinks=False)
                    out.append(Entry(item.name, item.is_dir(follow_symlinks=False), st.st_size, st.st_mtime))
                except FileNotFoundError:
                    continue
        return out

    def read(self, rel: str) -> bytes:
        with open(self._path(rel), "rb") as handle:
            return handle.read()

    def write_new(self, rel: str, data: bytes) -> bool:
        try:
            handle = open(self._path(rel), "xb")
        except FileExistsError:
            return False
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def rename(self, src: str, dst: str, *, replace: bool = False) -> bool:
        source, target = self._path(src), self._path(dst)
        if replace:
            os.replace(source, target)
            return True
        return rename_noreplace(source, target)  # link, renameat2 or exclusive create: never replaces

    def stat(self, rel: str) -> Entry | None:
        path = self._path(rel)
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return None
        except NotADirectoryError:
            return None
        return Entry(path.name, os.path.isdir(path), st.st_size, st.st_mtime)

    def delete(self, rel: str) -> bool:
        try:
            os.unlink(self._path(rel))
        except FileNotFoundError:
            return False
        return True

    def mkdir(self, rel: str) -> None:
        try:
            os.mkdir(self._path(rel))
        except FileExistsError:
            pass
