"""Saving is atomic: a crash at any moment leaves the old page or the new one, never a mix."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wikidesk.core.atomic import create_exclusive, write_atomic
from wikidesk.core.errors import StorageError

WRITER = """
import sys
from pathlib import Path
from wikidesk.core.atomic import write_atomic
target = Path(sys.argv[1])
n = 0
while True:
    n += 1
    ch = b"ab"[n % 2:n % 2 + 1]
    write_atomic(target, ch * 2_000_000)
    print(n, flush=True)
"""


def test_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "side.md"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["side.md"]


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_kill_during_save_never_leaves_a_partial_page(tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    write_atomic(target, b"a" * 2_000_000)
    for delay in (0.05, 0.11, 0.17, 0.23, 0.31):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE)
        proc.stdout.readline()  # at least one save completed; now kill it somewhere inside a later one
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = target.read_bytes()
        assert len(data) == 2_000_000 and data in (b"a" * 2_000_000, b"b" * 2_000_000)


def test_unwritable_folder_gives_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        write_atomic(blocker / "sub" / "page.md", b"x")
    assert "Could not save page.md" in str(info.value)


def test_create_exclusive_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "obj"
    assert create_exclusive(target, b"first")
    assert not create_exclusive(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["obj"]
