"""Fixtures for the robustness audit: a fresh wiki, and a tiny real tmpfs to fill up or make read-only."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from wikidesk.core.opening import init_wiki


@pytest.fixture
def wiki_dir(tmp_path: Path) -> Path:
    root = tmp_path / "wiki"
    init_wiki(root, user="Kari")
    return root


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A small real tmpfs (4 MB) to fill up or make read-only; skipped where mounting is not allowed."""
    point = tmp_path / f"tmpfs-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(point)], capture_output=True,
                             check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace').strip()}")
    try:
        yield point
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(point)], capture_output=True, check=False)
        subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)
