"""Backends that wrap another backend: count operations, add latency, or inject faults (tests, benchmarks).

``WIKIDESK_TEST_SLOW_SYNC=<seconds>`` makes every sync use a :class:`LatencyBackend` with that delay per
operation, which widens the window for tests that kill a sync mid-round.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable

from wikidesk.core.sync.backend import Entry, ShareBackend

OPS = ("list", "read", "write_new", "rename", "stat", "delete", "mkdir")


class WrappingBackend(ShareBackend):
    """Forwards every operation to ``inner`` through :meth:`_call`."""

    def __init__(self, inner: ShareBackend) -> None:
        self.inner = inner
        self.description = inner.description
        self.parallel = inner.parallel

    def _call(self, op: str, func: Callable[[], object]) -> object:
        return func()

    def list(self, rel: str) -> list[Entry]:
        return self._call("list", lambda: self.inner.list(rel))  # type: ignore[return-value]

    def read(self, rel: str) -> bytes:
        return self._call("read", lambda: self.inner.read(rel))  # type: ignore[return-value]

    def write_new(self, rel: str, data: bytes) -> bool:
        return self._call("write_new", lambda: self.inner.write_new(rel, data))  # type: ignore[return-value]

    def rename(self, src: str, dst: str, *, replace: bool = False) -> bool:
        return self._call("rename", lambda: self.inner.rename(src, dst, replace=replace))  # type: ignore[return-value]

    def stat(self, rel: str) -> Entry | None:
        return self._call("stat", lambda: self.inner.stat(rel))  # type: ignore[return-value]

    def delete(self, rel: str) -> bool:
        return self._call("delete", lambda: self.inner.delete(rel))  # type: ignore[return-value]

    def mkdir(self, rel: str) -> None:
        self._call("mkdir", lambda: self.inner.mkdir(rel))

    def close(self) -> None:
        self.inner.close()


class CountingBackend(WrappingBackend):
    """Counts operations by kind, and the directory entries listings returned."""

    def __init__(self, inner: ShareBackend) -> None:
        super().__init__(inner)
        self.counts: Counter[str] = Counter()
        self.entries_listed = 0
        self._lock = threading.Lock()  # operations may come from several threads (ShareStore.replace_many)

    def _call(self, op: str, func: Callable[[], object]) -> object:
        with self._lock:
            self.counts[op] += 1
        result = func()
        if op == "list":
            with self._lock:
                self.entries_listed += len(result)  # type: ignore[arg-type]
        return result

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def reset(self) -> None:
        self.counts.clear()
        self.entries_listed = 0


class LatencyBackend(WrappingBackend):
    """Adds a fixed delay to every operation (a slow network share)."""

    def __init__(self, inner: ShareBackend, delay: float) -> None:
        super().__init__(inner)
        self.delay = delay

    def _call(self, op: str, func: Callable[[], object]) -> object:
        time.sleep(self.delay)
        return func()


class FaultBackend(WrappingBackend):
    """Test helper: refuse writes like a read-only share, or fail every operation like a vanished one."""

    def __init__(self, inner: ShareBackend, *, read_only: bool = False, offline: bool = False,
                 fail_after: int | None = None) -> None:
        super().__init__(inner)
        self.parallel = 1  # calls counted in a fixed order, so a test's fail_after hits the same operation
        self.read_only = read_only
        self.offline = offline
        self.fail_after = fail_after
        self.calls = 0

    def _call(self, op: str, func: Callable[[], object]) -> object:
        self.calls += 1
        if self.offline or (self.fail_after is not None and self.calls > self.fail_after):
            raise ConnectionError("the network share is not reachable")
        if self.read_only and op in ("write_new", "rename", "delete", "mkdir"):
            raise PermissionError(13, "Permission denied")
        return func()
