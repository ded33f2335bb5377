"""Background tasks: results and errors come back on the UI thread, long work reports progress and can be cancelled,
and the window's work indicator shows it."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest
from PySide6.QtCore import QThread

from wikidesk.core import pacing
from wikidesk.core.errors import NotFoundError
from wikidesk.ui.status_bar import WorkIndicator
from wikidesk.ui.tasks import BACKGROUND_NICE, Cancelled, TaskRunner


def slow_job(steps: int, started: threading.Event):
    started.set()
    for step in range(steps):
        time.sleep(0.01)
        yield step + 1, steps, f"step {step + 1}"
    return "finished"


def test_results_errors_and_progress_arrive_on_ui_thread(qtbot, qapp) -> None:
    runner = TaskRunner()
    ui_thread = QThread.currentThread()
    seen_threads = []
    task = runner.submit("plain", threading.get_ident)
    task.finished.connect(lambda _r: seen_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(task.finished, timeout=5000) as done:
        pass
    assert done.args[0] != threading.get_ident()  # ran on a worker thread
    assert seen_threads == [ui_thread]
    failing = runner.submit("fails", lambda: (_ for _ in ()).throw(NotFoundError("There is no page called X.")))
    with qtbot.waitSignal(failing.failed, timeout=5000) as failed:
        pass
    assert isinstance(failed.args[0], NotFoundError)
    progress = []
    started = threading.Event()
    long = runner.submit("long", lambda: slow_job(5, started), lane="long")
    long.progress.connect(lambda d, t, m: progress.append((d, t, m)))
    with qtbot.waitSignal(long.finished, timeout=5000) as finished:
        pass
    assert finished.args[0] == "finished"
    assert progress[-1] == (5, 5, "step 5")
    assert runner.shutdown()


def test_cancel_long_work(qtbot, qapp) -> None:
    runner = TaskRunner()
    started = threading.Event()
    task = runner.submit("long", lambda: slow_job(10_000, started), lane="long")
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        task.cancel()
    assert isinstance(failed.args[0], Cancelled)
    assert runner.shutdown()


def test_work_indicator_cancel_button(qtbot, window) -> None:
    started = threading.Event()
    task = window.session.tasks.submit("long", lambda: slow_job(10_000, started), lane="long")
    window.work.track(task, "Exporting")
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.waitUntil(lambda: window.work.bar.maximum() == 10_000, timeout=5000)
    assert window.work.isVisible() and window.work.label.text().startswith("Exporting")
    with qtbot.waitSignal(task.failed, timeout=5000):
        window.work.cancel_button.click()
    qtbot.waitUntil(lambda: not window.work.isVisible(), timeout=5000)


@pytest.mark.parametrize("lane", ["idle", "import"])
def test_idle_and_import_lanes_run_one_task_at_a_time_paced(qtbot, qapp, lane: str) -> None:
    runner = TaskRunner()
    release = threading.Event()
    events: list[str] = []

    def first():
        events.append(f"first starts, paced={pacing.is_paced()}")
        yield 0, 1, "waiting"
        release.wait(5)
        events.append("first ends")
        return "first"

    def second() -> str:
        events.append(f"second starts, paced={pacing.is_paced()}")
        return "second"

    one = runner.submit("first", first, lane=lane)
    two = runner.submit("second", second, lane=lane)
    qtbot.waitUntil(lambda: bool(events), timeout=5000)
    qtbot.wait(100)  # a second idle thread would have started the second task by now
    assert events == ["first starts, paced=True"]
    with qtbot.waitSignals([one.finished, two.finished], timeout=5000):
        release.set()
    assert events == ["first starts, paced=True", "first ends", "second starts, paced=True"]
    assert runner.shutdown()


def test_paced_read_task_and_unpaced_ones(qtbot, qapp) -> None:
    runner = TaskRunner()
    seen: dict[str, bool] = {}
    tasks = [runner.submit(name, pacing.is_paced, on_done=lambda paced, name=name: seen.__setitem__(name, paced),
                           lane=lane, paced=paced)
             for name, lane, paced in (("plain", "read", False), ("paced", "read", True), ("long", "long", False))]
    with qtbot.waitSignals([task.finished for task in tasks], timeout=5000):
        pass
    assert seen == {"plain": False, "paced": True, "long": False}
    assert runner.shutdown()


def test_a_held_lane_waits_in_order_until_released(qtbot, qapp) -> None:
    runner = TaskRunner()
    ran: list[str] = []
    runner.hold("write")  # a serial lane, so the order shows
    runner.hold("write")  # two holders (two wikis taking in their pages)
    first = runner.submit("first", lambda: ran.append("first"), lane="write")
    second = runner.submit("second", lambda: ran.append("second"), lane="write")
    read = runner.submit("read", lambda: ran.append("read"))
    with qtbot.waitSignal(read.finished, timeout=5000):
        pass
    qtbot.wait(100)
    assert ran == ["read"] and runner.held("write")
    runner.release("write")
    qtbot.wait(100)
    assert ran == ["read"]  # one hold is left
    with qtbot.waitSignals([first.finished, second.finished], timeout=5000):
        runner.release("write")
    assert ran == ["read", "first", "second"] and not runner.held("write")
    runner.release("write")  # a release too many does nothing
    assert runner.shutdown()


def test_shutdown_ends_every_hold_and_stops_what_waited(qtbot, qapp) -> None:
    runner = TaskRunner()
    started = threading.Event()
    runner.hold("long")
    task = runner.submit("long", lambda: slow_job(10_000, started), lane="long")
    qtbot.wait(50)
    assert not started.is_set()
    with qtbot.waitSignal(task.failed, timeout=5000) as failed:
        assert runner.shutdown()
    assert isinstance(failed.args[0], Cancelled) and not runner.held("long")
    assert not started.is_set()  # stopped before its first step


def test_work_that_cannot_be_cancelled_shows_no_cancel_button(qtbot, qapp) -> None:
    runner, work = TaskRunner(), WorkIndicator()
    qtbot.addWidget(work)
    work.show()
    started, go_on = threading.Event(), threading.Event()

    def job():
        started.set()
        yield 1, 2, ""
        go_on.wait(5)
        return "done"

    task = runner.submit("import", job, lane="import")
    work.track(task, "Taking in", cancellable=False)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert work.isVisible() and work.cancel_button.isHidden()
    work.cancel()  # Escape / the Cancel action: not this work
    other_started = threading.Event()
    other = runner.submit("long", lambda: slow_job(10_000, other_started), lane="long")
    work.track(other, "Exporting")
    assert not work.cancel_button.isHidden()
    with qtbot.waitSignal(other.failed, timeout=5000):
        work.cancel_button.click()
    qtbot.waitUntil(work.cancel_button.isHidden, timeout=5000)
    assert work.isVisible()
    with qtbot.waitSignal(task.finished, timeout=5000) as finished:
        go_on.set()
    assert finished.args[0] == "done" and not task.cancelled
    qtbot.waitUntil(lambda: not work.isVisible(), timeout=5000)
    assert runner.shutdown()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="thread priorities are lowered on Linux only")
def test_a_long_lane_thread_is_lowered_once_whatever_it_runs(qtbot, qapp) -> None:
    """Every long task lowers its pool thread's priority by BACKGROUND_NICE once: a thread that ran the index build
    and then a sync round was at nice 19, and a nice-19 thread that holds the interpreter lock when the OS stops it
    keeps the window waiting for as long as other processes have the CPU."""
    runner = TaskRunner()
    base = os.getpriority(os.PRIO_PROCESS, 0)

    def own_nice() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    seen: list[int] = []
    for _ in range(6):  # more tasks than the lane has threads: each thread runs several
        with qtbot.waitSignal(runner.submit("nice", own_nice, on_done=seen.append, lane="long").done,
                              timeout=5000):
            pass
    assert seen == [min(base + BACKGROUND_NICE, 19)] * 6
    assert runner.shutdown()
