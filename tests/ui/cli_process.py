"""The real CLI as another client's process, for UI tests that need a colleague on the same shared folder."""

from __future__ import annotations

import os
import subprocess
import sys


def cli(*args: str, stdin: str | None = None) -> str:
    """``python -m wikidesk ARGS`` in its own process; fails the test on a non-zero exit; returns stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "wikidesk", *args], input=stdin, capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout
