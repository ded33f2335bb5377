"""The store on the shared folder: its marker, log segments, heads markers, objects and the readable mirror.

Layout (every name lowercase ASCII, Windows-safe)::

    wikidesk-store.json           marker: format version and store id (written at creation; replaced once, with
                                  the same store id, when a format-1 store is raised to format 2)
    heads/<client>.<seq>          empty file: the client's latest segment number (one per client)
    log/<client>/<seq>.seg        immutable log segments (never listed; read by name)
    objects/<ab>/<hash>           large contents, fanned out
    snapshots/<n>.<client>.snap   immutable snapshots for joining (format 2; see snapshot.py)
    pages/<page path>             readable mirror of the latest version of every page (derived)

Files are created under a temp name and renamed into place without replacing, so a file that exists is final.
Only the mirror is ever rewritten (it is derived, never trusted). Nothing here uses locks.
"""

from __future__ import annotations

import errno
import json
import secrets
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import TypeVar

from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.sync.backend import Entry, ShareBackend
from wikidesk.core.sync.errors import (
    IncompatibleStoreError,
    NotAStoreError,
    ShareOfflineError,
    ShareReadOnlyError,
)
from wikidesk.core.sync.segment import DamagedFileError, decode_object, encode_object

MARKER = "wikidesk-store.json"
STORE_FORMAT = 2  # 2: segments may carry comments (segment format 2); snapshots/ (read by format-2 clients only)
COMMENTS_FORMAT = 2  # the store format a share must have before a segment with comments is written to it
TEMP_PREFIX = ".~wd-"
MIRROR = "pages"
T = TypeVar("T")


def segment_path(client: str, seq: int) -> str:
    return f"log/{client}/{seq:010d}.seg"


def marker_path(client: str, seq: int) -> str:
    return f"heads/{client}.{seq:010d}"


def object_path(digest: str) -> str:
    return f"objects/{digest[:2]}/{digest}"


def parse_marker_name(name: str) -> tuple[str, int] | None:
    """``(client, seq)`` for a heads marker name; None for anything else (conflict copies, litter)."""
    client, dot, seq = name.partition(".")
    if not dot or len(seq) != 10 or not seq.isdigit() or not client or not all(c in "0123456789abcdef"
                                                                               for c in client):
        return None
    return client, int(seq)


def is_transient(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or exc.errno in (errno.EBUSY, errno.EAGAIN)


class ShareStore:
    """Share-safe operations on one store; maps OS errors to the errors a person understands."""

    def __init__(self, backend: ShareBackend, *, tag: str = "x", retry_delays: tuple[float, ...] = (0.05, 0.2)
                 ) -> None:
        self.backend = backend
        self.tag = tag
        self.retry_delays = retry_delays
        self.store_id = ""
        self.format = 0
        self._dirs: set[str] = set()

    @property
    def where(self) -> str:
        return self.backend.description

    # ----- error handling -------------------------------------------------------------------------------------
    def _op(self, action: Callable[[], T], *, writing: bool = False) -> T:
        """Run one operation; retry sharing violations briefly; map failures to store errors."""
        for delay in (*self.retry_delays, None):
            try:
                return action()
            except (FileNotFoundError, NotADirectoryError):
                raise
            except OSError as exc:
                if is_transient(exc) and delay is not None:
                    time.sleep(delay)
                    continue
                if writing and (isinstance(exc, PermissionError) or exc.errno == errno.EROFS):
                    raise ShareReadOnlyError(f"The shared folder {self.where} is read-only for you.") from exc
                if isinstance(exc, PermissionError):
                    raise ShareOfflineError(f"Access to the shared folder {self.where} was denied.") from exc
                raise ShareOfflineError(f"The shared folder {self.where} is not reachable right now.") from exc
        raise AssertionError("unreachable")

    # ----- marker ---------------------------------------------------------------------------------------------
    def open(self) -> dict[str, object]:
        """Read and check the store marker; sets :attr:`store_id`. Never writes anything."""
        try:
            raw = self._op(lambda: self.backend.read(MARKER))
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise ShareOfflineError(f"The shared folder {self.where} is missing, empty or not reachable; "
                                    "working offline.") from exc
        try:
            marker = json.loads(raw.decode("utf-8"))
            kind, version = marker["kind"], int(marker["format"])
            store_id = str(marker["store_id"])
        except (ValueError, KeyError, TypeError) as exc:
            raise ShareOfflineError(f"The store marker in {self.where} is unreadable; nothing was changed there."
                                    ) from exc
        if kind != "wikidesk-store":
            raise NotAStoreError(f"{self.where} is not a wikidesk shared folder.")
        if version > STORE_FORMAT:
            raise IncompatibleStoreError(
                f"The shared folder {self.where} was set up by a newer wikidesk (store format {version}); "
                "update wikidesk to sync with it. Nothing was changed there.")
        self.store_id = store_id
        self.format = version
        return marker

    def raise_format(self, version: int) -> None:
        """Make the store's marker say ``version`` (same store id) before writing files older clients would
        misread: an older wikidesk then says the share needs a newer one instead of skipping those files. The
        one file on the share ever replaced besides the mirror: atomically, by a marker that differs only in its
        format; two clients doing it at once write the same thing."""
        if self.format >= version:
            return
        marker = self.open()  # re-read: another client may have raised it already
        if self.format >= version:
            return
        marker = {**marker, "format": version, "upgraded": utc_now_iso()}
        self.replace(MARKER, json.dumps(marker, indent=2).encode("utf-8"))
        self.format = version

    def create(self) -> str:
        """Make a new store in an empty or missing folder; refuses a folder that holds other files."""
        try:
            self._op(lambda: self.backend.mkdir(""), writing=True)
            entries = [e for e in self._op(lambda: self.backend.list("")) if not e.name.startswith(TEMP_PREFIX)]
        except FileNotFoundError as exc:
            raise ShareOfflineError(f"The folder above {self.where} does not exist or is not reachable.") from exc
        if any(e.name == MARKER for e in entries):
            self.open()
            return self.store_id
        if entries:
            raise NotAStoreError(f"{self.where} already holds other files and no wikidesk store; choose an empty "
                                 "folder or the folder your team's wiki is in.")
        store_id = secrets.token_hex(8)
        marker = {"kind": "wikidesk-store", "format": STORE_FORMAT, "store_id": store_id, "created": utc_now_iso()}
        for folder in ("heads", "log", "objects", "snapshots", MIRROR):
            self._op(lambda f=folder: self.backend.mkdir(f), writing=True)
        if not self.create_new(MARKER, json.dumps(marker, indent=2).encode("utf-8")):
            self.open()  # someone else created it a moment ago: join theirs
            return self.store_id
        self.store_id = store_id
        self.format = STORE_FORMAT
        return store_id

    # ----- generic file operations ---------------------------------------------------------------------------
    def _ensure_dir(self, folder: str) -> None:
        parts = folder.split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if sub and sub not in self._dirs:
                if i == 1 and self.store_id and self.stat(MARKER) is None:
                    # never rebuild a store's folders where the store has vanished (a share replaced or unmounted)
                    raise ShareOfflineError(f"The shared folder {self.where} went away during sync.")
                try:
                    self._op(lambda s=sub: self.backend.mkdir(s), writing=True)
                except (FileNotFoundError, NotADirectoryError) as exc:
                    raise ShareOfflineError(f"The shared folder {self.where} went away during sync.") from exc
                self._dirs.add(sub)

    def _temp_name(self, rel: str) -> str:
        folder = rel.rpartition("/")[0]
        name = f"{TEMP_PREFIX}{self.tag}-{secrets.token_hex(4)}.tmp"
        return f"{folder}/{name}" if folder else name

    def _write_temp(self, rel: str, data: bytes) -> str:
        tmp = self._temp_name(rel)
        try:
            self._op(lambda: self.backend.write_new(tmp, data), writing=True)
        except (FileNotFoundError, NotADirectoryError):
            self._ensure_dir(rel.rpartition("/")[0])
            try:
                self._op(lambda: self.backend.write_new(tmp, data), writing=True)
            except (FileNotFoundError, NotADirectoryError) as exc:
                raise ShareOfflineError(f"The shared folder {self.where} went away during sync.") from exc
        return tmp

    def create_new(self, rel: str, data: bytes) -> bool:
        """Create ``rel`` atomically with ``data``; False (nothing changed) if it already exists."""
        tmp = self._write_temp(rel, data)
        try:
            done = self._op(lambda: self.backend.rename(tmp, rel, replace=False), writing=True)
        except (FileNotFoundError, NotADirectoryError) as exc:
            self._quiet_delete(tmp)
            raise ShareOfflineError(f"The shared folder {self.where} went away during sync.") from exc
        except BaseException:
            self._quiet_delete(tmp)
            raise
        if not done:
            self._quiet_delete(tmp)
        return done

    def create_empty(self, rel: str) -> bool:
        """Create an empty marker file (cannot be torn, so no temp file is needed)."""
        try:
            return self._op(lambda: self.backend.write_new(rel, b""), writing=True)
        except (FileNotFoundError, NotADirectoryError):
            self._ensure_dir(rel.rpartition("/")[0])
            try:
                return self._op(lambda: self.backend.write_new(rel, b""), writing=True)
            except (FileNotFoundError, NotADirectoryError) as exc:
                raise ShareOfflineError(f"The shared folder {self.where} went away during sync.") from exc

    def replace(self, rel: str, data: bytes) -> None:
        """Write ``rel`` through a temp file and a replacing rename (only for derived mirror files)."""
        tmp = self._write_temp(rel, data)
        try:
            self._op(lambda: self.backend.rename(tmp, rel, replace=True), writing=True)
        except (FileNotFoundError, NotADirectoryError) as exc:
            self._quiet_delete(tmp)
            raise ShareOfflineError(f"The shared folder {self.where} went away during sync.") from exc
        except BaseException:
            self._quiet_delete(tmp)
            raise

    def read(self, rel: str) -> bytes | None:
        """File bytes, or None if it is not there (yet)."""
        try:
            return self._op(lambda: self.backend.read(rel))
        except (FileNotFoundError, NotADirectoryError):
            return None

    def list(self, rel: str) -> list[Entry] | None:
        try:
            return self._op(lambda: self.backend.list(rel))
        except (FileNotFoundError, NotADirectoryError):
            return None

    def stat(self, rel: str) -> Entry | None:
        try:
            return self._op(lambda: self.backend.stat(rel))
        except (FileNotFoundError, NotADirectoryError):
            return None

    def delete(self, rel: str) -> bool:
        try:
            return self._op(lambda: self.backend.delete(rel), writing=True)
        except (FileNotFoundError, NotADirectoryError):
            return False

    def _quiet_delete(self, rel: str) -> None:
        try:
            self.backend.delete(rel)
        except OSError:
            pass

    # ----- store files -----------------------------------------------------------------------------------------
    def list_heads(self) -> dict[str, int]:
        """The latest segment number of every client, from one listing of ``heads/``."""
        entries = self.list("heads")
        if entries is None:
            raise ShareOfflineError(f"The shared folder {self.where} is incomplete (no heads folder); "
                                    "working offline.")
        latest: dict[str, int] = {}
        for entry in entries:
            parsed = parse_marker_name(entry.name)
            if parsed is not None and not entry.is_dir:
                client, seq = parsed
                latest[client] = max(seq, latest.get(client, 0))
        return latest

    def put_object(self, digest: str, data: bytes) -> None:
        self.create_new(object_path(digest), encode_object(data))

    def get_object(self, digest: str) -> bytes | None:
        raw = self.read(object_path(digest))
        if raw is None:
            return None
        try:
            return decode_object(raw, digest)
        except DamagedFileError:
            return None


class ShareWriter:
    """Replaces many files on the share (the mirror after a big push), as many at once as the backend allows, so
    their fsyncs wait together; a batch's writes run while the caller prepares the next. Use with ``with``: leaving
    waits for every write still running, also after a failure."""

    def __init__(self, store: ShareStore) -> None:
        self.store = store
        workers = store.backend.parallel
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="wd-share") if workers > 1 else None

    def __enter__(self) -> ShareWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)

    def start(self, items: list[tuple[str, bytes]]) -> list[Future[None]]:
        """Begin replacing these files (with a one-at-a-time backend: replace them now)."""
        if self._pool is None:
            for rel, data in items:
                self.store.replace(rel, data)
            return []
        return [self._pool.submit(self.store.replace, rel, data) for rel, data in items]

    @staticmethod
    def finish(started: list[Future[None]]) -> None:
        """Wait for every write :meth:`start` began; then raise the first failure, if any (a file may then be in
        place or not; callers treat both alike)."""
        wait(started)
        for future in started:
            future.result()
