"""SMB backend: reach ``\\\\server\\share\\folder`` without a mapped drive, through ``smbprotocol``'s smbclient.

Create-new is a write to a unique temp name followed by an SMB rename that does not replace (the server refuses
if the target exists), so it is atomic and never overwrites. Both steps are single server-side operations, with
no check-then-act: ``write_new`` opens with create disposition FILE_CREATE (smbclient mode ``"x"``) and ``rename``
sends FileRenameInformation with ReplaceIfExists=0 (``smbclient.rename``; ``smbclient.replace`` sets it to 1), and
the server answers STATUS_OBJECT_NAME_COLLISION if the name exists, even one created a moment earlier by another
client. Connection failures become ``ConnectionError`` and drop the cached connection, so the next round
reconnects when the server is back.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import Any, TypeVar

from wikidesk.core.sync.backend import Entry, ShareBackend

T = TypeVar("T")
_NOT_FOUND = {errno.ENOENT, errno.ENOTDIR}
_NT_ERRNO = {
    0xC0000022: errno.EACCES,  # STATUS_ACCESS_DENIED (also a read-only share)
    0xC00000A2: errno.EROFS,  # STATUS_MEDIA_WRITE_PROTECTED
    0xC0000043: errno.EBUSY,  # STATUS_SHARING_VIOLATION (antivirus, indexer): transient
    0xC0000054: errno.EBUSY,  # STATUS_FILE_LOCK_CONFLICT
    0xC0000056: errno.EBUSY,  # STATUS_DELETE_PENDING
    0xC0000034: errno.ENOENT,  # STATUS_OBJECT_NAME_NOT_FOUND
    0xC000003A: errno.ENOENT,  # STATUS_OBJECT_PATH_NOT_FOUND
    0xC0000033: errno.ENOENT,  # STATUS_OBJECT_NAME_INVALID
    0xC0000035: errno.EEXIST,  # STATUS_OBJECT_NAME_COLLISION
    0xC00000BA: errno.EISDIR,  # STATUS_FILE_IS_A_DIRECTORY
    0xC0000103: errno.ENOTDIR,  # STATUS_NOT_A_DIRECTORY
    0xC000007F: errno.ENOSPC,  # STATUS_DISK_FULL
}


class SMBBackend(ShareBackend):
    """A folder on an SMB server (Windows file server, Samba)."""

    def __init__(self, server: str, share: str, folder: str = "", *, port: int = 445,
                 username: str | None = None, password: str | None = None, timeout: float = 15.0) -> None:
        self.server, self.port = server, port
        self.username, self.password = username, password
        self.timeout = timeout
        base = "\\\\" + server + "\\" + share
        self.base = base + ("\\" + folder.strip("/\\").replace("/", "\\") if folder.strip("/\\") else "")
        self.description = f"\\\\{server}\\{share}" + (f"\\{folder}" if folder else "") + (
            f" (port {port})" if port != 445 else "")
        self._cache: dict[str, Any] = {}
        self._registered = False

    # ----- plumbing -------------------------------------------------------------------------------------------
    def _path(self, rel: str) -> str:
        return self.base + ("\\" + rel.replace("/", "\\") if rel else "")

    def _kw(self) -> dict[str, Any]:
        return {"port": self.port, "connection_cache": self._cache}

    def _run(self, action: Callable[[], T]) -> T:
        import smbclient

        try:
            if not self._registered:
                smbclient.register_session(self.server, username=self.username, password=self.password,
                                           port=self.port, connection_cache=self._cache,
                                           connection_timeout=int(self.timeout))
                self._registered = True
            return action()
        except OSError as exc:
            if exc.errno is None or isinstance(exc, ConnectionError):
                self._drop()
                raise ConnectionError(str(exc)) from exc
            if type(exc) is not OSError and type(exc).__module__.startswith("smbprotocol"):
                # smbprotocol's SMBOSError is not FileNotFoundError etc. (and gives errno 0 for some statuses)
                code = _NT_ERRNO.get(getattr(exc, "ntstatus", 0) or 0, exc.errno or errno.EIO)
                raise OSError(code, exc.strerror or str(exc)) from exc
            raise
        except Exception as exc:
            self._drop()
            raise ConnectionError(f"the SMB server {self.server} is not reachable: {exc}") from exc

    def _drop(self) -> None:
        import smbclient

        self._registered = False
        try:
            smbclient.reset_connection_cache(connection_cache=self._cache)
        except Exception:  # noqa: BLE001 (a dead connection may fail to close)
            self._cache.clear()

    def close(self) -> None:
        self._drop()

    # ----- operations -----------------------------------------------------------------------------------------
    def list(self, rel: str) -> list[Entry]:
        import smbclient

        def action() -> list[Entry]:
            out = []
            for item in smbclient.scandir(self._path(rel), **self._kw()):
                info = item.smb_info
                is_dir = bool(info.file_attributes & 0x10)
                out.append(Entry(item.name, is_dir, int(info.end_of_file), info.last_write_time.timestamp()))
            return out

        return self._run(action)

    def read(self, rel: str) -> bytes:
        import smbclient

        def action() -> bytes:
            with smbclient.open_file(self._path(rel), mode="rb", share_access="rwd", **self._kw()) as handle:
                return handle.read()

        return self._run(action)

    def write_new(self, rel: str, data: bytes) -> bool:
        import smbclient

        def action() -> bool:
            try:
                handle = smbclient.open_file(self._path(rel), mode="xb", **self._kw())
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    return False
                raise
            with handle:
                handle.write(data)
            return True

        return self._run(action)

    def rename(self, src: str, dst: str, *, replace: bool = False) -> bool:
        import smbclient

        def action() -> bool:
            try:
                if replace:
                    smbclient.replace(self._path(src), self._path(dst), **self._kw())
                else:
                    smbclient.rename(self._path(src), self._path(dst), **self._kw())
            except OSError as exc:
                if exc.errno == errno.EEXIST:
                    return False
                raise
            return True

        return self._run(action)

    def stat(self, rel: str) -> Entry | None:
        import smbclient

        def action() -> Entry | None:
            try:
                st = smbclient.stat(self._path(rel), **self._kw())
            except OSError as exc:
                if exc.errno in _NOT_FOUND:
                    return None
                raise
            is_dir = bool(st.st_file_attributes & 0x10)
            return Entry(rel.rsplit("/", 1)[-1], is_dir, st.st_size, st.st_mtime)

        return self._run(action)

    def delete(self, rel: str) -> bool:
        import smbclient

        def action() -> bool:
            try:
                smbclient.remove(self._path(rel), **self._kw())
            except OSError as exc:
                if exc.errno in _NOT_FOUND:
                    return False
                raise
            return True

        return self._run(action)

    def mkdir(self, rel: str) -> None:
        import smbclient

        def action() -> None:
            try:
                smbclient.mkdir(self._path(rel), **self._kw())
            except OSError as exc:
                if exc.errno != errno.EEXIST:
                    raise

        self._run(action)
