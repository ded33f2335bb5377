"""Run the CLI as a real process and judge how it failed."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from wikidesk.cli.main import main

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, wiki: Path | None = None, stdin: bytes = b"", process: bool = False, timeout: float = 60
        ) -> Result:
    """``wikidesk [--wiki W] ARGS`` with stdin as raw bytes: in a fresh Python process with ``process=True``,
    else through the same ``main()`` in this process with real byte streams (fast enough to try many attacks)."""
    argv = (["--wiki", str(wiki)] if wiki is not None else []) + list(args)
    if process:
        done = subprocess.run([sys.executable, "-m", "wikidesk", *argv], input=stdin, capture_output=True,
                              timeout=timeout, cwd=REPO, env=dict(os.environ), check=False)
        return Result(done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace"))
    streams = {name: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for name in ("out", "err")}
    stdin_stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin_stream, streams["out"], streams["err"]
    try:
        code = main(argv)
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    out, err = (streams[n].buffer.getvalue().decode("utf-8", "replace") for n in ("out", "err"))  # type: ignore[attr-defined]
    return Result(code, out, err)


def assert_clean_error(result: Result, code: int | None = None) -> str:
    """A user-caused failure: non-zero, not 70, one ``wikidesk: ...`` line on stderr, no traceback."""
    assert result.returncode not in (0, 70), (result.returncode, result.stderr)
    if code is not None:
        assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("wikidesk: "), result.stderr
    return lines[0]


def assert_ok(result: Result) -> str:
    assert result.returncode == 0, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    return result.stdout
