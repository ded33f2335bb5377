"""Work off the UI thread: reads in a small pool, writes through one serial lane, results back as signals.

A task is a plain callable or a core generator yielding ``(done, total, message)``; its return value arrives on the UI
thread through :attr:`Task.finished`, an exception through :attr:`Task.failed`. Generator tasks can be cancelled
between steps. A task starts when control returns to the event loop, so whoever submitted it can connect to its
signals first (a queued signal emitted before anyone is connected is lost).

A *paced* task (``paced=True``, and every task of the ``idle`` lane) rests a moment without the interpreter lock
after every few milliseconds of running (:mod:`wikidesk.core.pacing`: between a generator's steps and wherever the
core's loops over every page call ``pacing.pause()``), so the UI thread never waits long for the lock while it runs.
The ``idle`` lane runs such work one task at a time: what can wait (the tag count) waits there. Its thread keeps the
normal OS priority, as the read lane's do: a thread at low priority that holds the interpreter lock when the OS
stops it (a loaded machine) keeps the UI thread waiting until it runs again; ``bench/gil_pacing.py`` at load 7.5:
the longest lock wait 13.6 ms paced at nice 0, 21.7 ms paced at nice +10, 100.6 ms unpaced at nice +10. The
``import`` lane is the same for history's first import of a folder (one task at a time, paced, nice 0), so it
takes neither a reader's thread nor waits behind the tag count.

A lane can be held (:meth:`TaskRunner.hold`): its tasks wait, in order, until it is released. The app holds the
``long`` lane (index, sync, exports, gardening) while history's first import runs: none of them starts on a
history that is still taking in the folder, as none could before the import ran in the background.
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
from collections.abc import Callable
from contextlib import nullcontext
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from wikidesk.core import pacing

BACKGROUND_NICE = 10


class Cancelled(Exception):
    """Raised inside a task's result when it was cancelled before it finished."""


class Task(QObject):
    """Handle of one piece of background work; its signals arrive on the UI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()  # after finished or failed, whichever came

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


def lower_thread_priority() -> None:
    """Let the OS prefer the UI thread over this one (and over processes it starts): BACKGROUND_NICE below the
    process's main thread, however many tasks this thread has run (it was +10 for each: a long-lane thread reached
    nice 19 at its second task); Linux only, best effort."""
    if sys.platform.startswith("linux"):
        try:
            tid = threading.get_native_id()
            target = min(os.getpriority(os.PRIO_PROCESS, os.getpid()) + BACKGROUND_NICE, 19)
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), target))
        except OSError:
            pass


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[], Any], task: Task, *, background: bool = False, paced: bool = False) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._task, self._background, self._paced = fn, task, background, paced

    def run(self) -> None:
        if self._background:
            lower_thread_priority()  # the pool thread keeps it: it only ever runs long work
        task = self._task
        try:
            with pacing.paced() if self._paced else nullcontext():
                result = self._fn()
                if inspect.isgenerator(result):
                    result = self._drive(result)
        except BaseException as exc:  # noqa: BLE001 (delivered to the UI thread as a failure)
            outcome, value = task.failed, exc
        else:
            outcome, value = task.finished, result
        try:
            outcome.emit(value)
            task.done.emit()
        except RuntimeError:  # the window (and the task object) went away meanwhile: nobody left to tell
            pass

    def _drive(self, gen: Any) -> Any:
        task = self._task
        try:
            while True:
                if task.cancelled:
                    gen.close()
                    raise Cancelled(task.name)
                step = next(gen)
                pacing.pause()  # a paced task rests here now and then; others go on at once
                if isinstance(step, tuple) and len(step) == 3:
                    done, total, message = step
                    task.progress.emit(int(done), int(total), str(message))
        except StopIteration as stop:
            return stop.value


LANES = ("read", "write", "long", "idle", "import")


class TaskRunner(QObject):
    """Runs tasks: ``read`` ones in parallel, ``write`` ones one at a time in submission order, ``long`` ones
    (index, sync) beside them at low OS priority, ``idle`` and ``import`` ones one at a time each, paced."""

    task_started = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(2)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._long = QThreadPool(self)
        self._long.setMaxThreadCount(2)
        self._idle = QThreadPool(self)
        self._idle.setMaxThreadCount(1)
        self._import = QThreadPool(self)
        self._import.setMaxThreadCount(1)
        self._pools = {"read": self._reads, "write": self._writes, "long": self._long, "idle": self._idle,
                       "import": self._import}
        # Qt names a pool's threads after the pool: top, debuggers and the tests' leak check see whose they are
        for lane, pool in self._pools.items():
            pool.setObjectName(f"wikidesk-{lane}")
        self._live: set[Task] = set()
        self._pending: list[tuple[str, _Runner]] = []
        self._holds: dict[str, int] = {}  # lane -> how many holds it has
        self._held: list[tuple[str, _Runner]] = []  # submitted to a held lane, in order
        self._closed = False

    def submit(
        self,
        name: str,
        fn: Callable[[], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        lane: str = "read",
        paced: bool = False,
    ) -> Task:
        """Run ``fn`` off the UI thread; ``lane`` is "read", "write" (serial), "long" (indexing, sync), "idle"
        (serial, paced: work that can wait) or "import" (serial, paced: history's first import). ``paced``: rest
        now and then so the UI thread gets the interpreter lock.

        After :meth:`close` nothing new starts (a panel's timer may fire while the app quits): the task is returned
        not running, and neither of its callbacks is called."""
        task = Task(name)
        if self._closed:
            task.running = False
            return task
        if on_done is not None:
            task.finished.connect(on_done)
        if on_error is not None:
            task.failed.connect(on_error)
        self._live.add(task)
        task.done.connect(lambda: self._forget(task))
        if lane not in self._pools:
            raise ValueError(f"no task lane called {lane!r}")
        self.task_started.emit(task)
        if not self._pending:
            QTimer.singleShot(0, self, self._start_pending)  # dropped if the runner is gone by then
        self._pending.append((lane, _Runner(fn, task, background=lane == "long",
                                            paced=paced or lane in ("idle", "import"))))
        return task

    def _start_pending(self) -> None:
        pending, self._pending = self._pending, []
        for lane, runner in pending:
            if self._holds.get(lane):
                self._held.append((lane, runner))
            else:
                self._pools[lane].start(runner)

    def hold(self, lane: str) -> None:
        """Start no more tasks of ``lane`` until as many :meth:`release` calls as holds; meanwhile its tasks wait,
        in the order they came (those already running go on)."""
        self._holds[lane] = self._holds.get(lane, 0) + 1

    def release(self, lane: str) -> None:
        """End one :meth:`hold` of ``lane``; after the last one its waiting tasks start (a release with no hold left,
        e.g. after :meth:`shutdown`, does nothing)."""
        left = self._holds.get(lane, 0) - 1
        if left > 0:
            self._holds[lane] = left
            return
        self._holds.pop(lane, None)
        waiting = [item for item in self._held if item[0] == lane]
        self._held = [item for item in self._held if item[0] != lane]
        for _lane, runner in waiting:
            self._pools[lane].start(runner)

    def held(self, lane: str) -> bool:
        return bool(self._holds.get(lane))

    def _forget(self, task: Task) -> None:
        task.running = False
        self._live.discard(task)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def close(self, timeout_ms: int = 5000) -> bool:
        """The app is quitting: start nothing new from now on, then :meth:`shutdown`."""
        self._closed = True
        return self.shutdown(timeout_ms)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel long work and wait for running tasks; True if all stopped in time. Every hold ends: what waited
        starts, cancelled (a generator task stops at its first step)."""
        self._start_pending()  # e.g. the last save, submitted by closing the window
        for task in list(self._live):
            task.cancel()
        self._holds.clear()
        held, self._held = self._held, []
        for lane, runner in held:
            self._pools[lane].start(runner)
        ok = True
        for pool in (self._long, self._import, self._idle, self._writes, self._reads):
            ok = pool.waitForDone(timeout_ms) and ok
        return ok
