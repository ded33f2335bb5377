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


def _running(thread: threading.Thread) -> bool:
    if isinstance(thread, threading._DummyThread):
        # a thread started outside Python (a Qt pool thread) that ran Python code: before 3.13, is_alive() says True
        # for ever, so ask the OS whether the thread itself is still there
        if sys.platform.startswith("linux") and thread.native_id is not None:
            return os.path.exists(f"/proc/self/task/{thread.native_id}")
        return False
    return thread.is_alive()


def _describe(thread: threading.Thread) -> str:
    target = getattr(thread, "_target", None)
    what = getattr(target, "__qualname__", None) or type(thread).__name__
    return f"{thread.name} ({what}{', daemon' if thread.daemon else ''})"


@pytest.fixture(autouse=True)
def no_thread_left_running() -> Iterator[None]:
    """Fail a test that leaves behind a thread it started (daemon or not), after a short grace period to finish.

    Set up before every other function-scoped fixture, so it looks after their teardown (closing windows, services,
    indexes) too; threads that were there before the test (started by a session fixture, say) are not counted."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + THREAD_GRACE_S
    while True:
        left = [t for t in threading.enumerate() if t not in before and _running(t)]
        remaining = deadline - time.monotonic()
        if not left or remaining <= 0:
            break
        thread = left[0]
        if isinstance(thread, threading._DummyThread):
            time.sleep(min(0.02, remaining))
        else:
            thread.join(remaining)
    if left:
        pytest.fail(f"the test left {len(left)} thread(s) running: {', '.join(map(_describe, left))}", pytrace=False)


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
