"""Shared fixtures: every test gets its own per-user folders, so nothing touches the real home directory; a test
that leaves a thread running fails."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("WIKIDESK_CORPUS", REPO.parent / "shared" / "corpus" / "felleslosninger-docs"))
SAMPLE = REPO / "resources" / "sample-wiki"


THREAD_GRACE_S = 2.0  # for threads that were told to stop and are on their way out
TASKS = Path("/proc/self/task")  # Linux: every thread of this process, Python's or not


def _running(thread: threading.Thread) -> bool:
    if isinstance(thread, threading._DummyThread):
        # a thread started outside Python (a Qt pool thread) that ran Python code: before 3.13, is_alive() says True
        # for ever, so ask the OS whether the thread itself is still there
        if sys.platform.startswith("linux") and thread.native_id is not None:
            return (TASKS / str(thread.native_id)).exists()
        return False
    return thread.is_alive()


def _describe(thread: threading.Thread) -> str:
    target = getattr(thread, "_target", None)
    what = getattr(target, "__qualname__", None) or type(thread).__name__
    return f"{thread.name} ({what}{', daemon' if thread.daemon else ''})"


def _our_native_threads() -> dict[str, str]:
    """Threads of our Qt thread pools (``wikidesk-read`` ...): a pool thread that never asked Python for
    ``threading.current_thread()`` is not in ``threading.enumerate()``. Thread id -> name; empty off Linux."""
    found = {}
    try:
        for task in TASKS.iterdir():
            try:
                name = (task / "comm").read_text().strip()
            except OSError:  # ended meanwhile
                continue
            if name.startswith("wikidesk-"):
                found[task.name] = name
    except OSError:
        pass
    return found


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """Fail a test that leaves behind a thread it started (daemon or not), after a short grace period to finish.

    Set up before every other function-scoped fixture, so it looks after their teardown (closing windows, services,
    indexes) too; threads that were there before the test (started by a session fixture, say) are not counted."""
    before, native_before = set(threading.enumerate()), _our_native_threads()
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    while True:
        left = [t for t in threading.enumerate() if t not in before and _running(t)]
        native = {tid: name for tid, name in _our_native_threads().items() if tid not in native_before}
        native_ids = {str(t.native_id) for t in left}
        described = [_describe(t) for t in left] + [f"{name} (Qt pool thread {tid})"
                                                    for tid, name in native.items() if tid not in native_ids]
        remaining = deadline - time.monotonic()
        if not described or remaining <= 0:
            break
        thread = next((t for t in left if not isinstance(t, threading._DummyThread)), None)
        if thread is not None:
            thread.join(remaining)
        else:
            time.sleep(min(0.02, remaining))
    if described:
        pytest.fail(f"the test left {len(described)} thread(s) running: {', '.join(described)}", pytrace=False)


@pytest.fixture(autouse=True)
def wikidesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WIKIDESK_HOME", str(home))
    monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(home / "machine-defaults.json"))
    monkeypatch.delenv("WIKIDESK_WIKI", raising=False)
    return home


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the Norwegian test corpus is not at {CORPUS} (set WIKIDESK_CORPUS)")
    return CORPUS


@pytest.fixture
def sample_wiki(tmp_path: Path) -> Path:
    """A fresh copy of the shipped sample wiki."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target)
    return target
