"""glibc's memory-map threshold held fixed (ui/heap.fix_mmap_threshold): big blocks freed go back to the OS at once,
instead of staying in an arena because an earlier big block raised the threshold."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wikidesk.ui import heap

# In a fresh process: free one 16 MiB block (by default that raises glibc's threshold to 16 MiB), then make sixteen
# 2 MiB blocks, each followed by a smaller one that stays, free the sixteen, and print how many MB of RssAnon that
# handed back.
PROBE = """
import ctypes, sys
from wikidesk.ui import heap
libc = ctypes.CDLL("libc.so.6")
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]

def anon_mb():
    for line in open("/proc/self/status"):
        if line.startswith("RssAnon:"):
            return int(line.split()[1]) / 1024

if sys.argv[1] == "fixed":
    assert heap.fix_mmap_threshold()
big = libc.malloc(16 << 20)
ctypes.memset(big, 1, 16 << 20)
libc.free(big)
blocks, pins = [], []
for _ in range(16):
    blocks.append(libc.malloc(2 << 20))
    ctypes.memset(blocks[-1], 1, 2 << 20)
    pins.append(libc.malloc(256 << 10))  # after each block: in an arena, its space is a hole, not the top
before = anon_mb()
for block in blocks:
    libc.free(block)
print(round(before - anon_mb(), 1))
"""


def _handed_back_mb(mode: str) -> float:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parent)
    assert done.returncode == 0, done.stderr
    return float(done.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's (Linux)")
def test_big_blocks_freed_go_back_to_the_os_with_the_threshold_fixed() -> None:
    assert _handed_back_mb("default") < 8  # glibc's own rule: the sixteen blocks stayed in the arena
    assert _handed_back_mb("fixed") >= 30  # each had its own map, unmapped when freed


def test_fix_mmap_threshold_does_nothing_without_glibc(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert heap.fix_mmap_threshold() is False
    assert heap.trim_heap() is False


def test_a_session_fixes_the_threshold(qtbot, desktop, wiki_root: Path, monkeypatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(heap, "fix_mmap_threshold", lambda size=heap.MMAP_THRESHOLD: calls.append(size) or True)
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    assert calls == [heap.MMAP_THRESHOLD]
