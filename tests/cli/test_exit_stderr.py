"""Every non-zero exit says its sentence on stderr, while stdout (plain or ``--json``) stays as it was.

Run as real ``wikidesk`` processes. The read-only share is a folder without write permission; root ignores
permissions, so as root the share's folders are made immutable (``chattr +i``) instead.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wikidesk", *args], check=False, capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=120)


def _chattr(flag: str, folders: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(["chattr", flag, *map(str, folders)], check=False, capture_output=True, text=True)


@pytest.fixture
def read_only() -> Iterator:
    """Makes a folder tree read-only for this user (chmod; as root, which ignores modes, ``chattr +i``)."""
    made: list[Path] = []

    def make(folder: Path) -> None:
        folders = [folder, *(p for p in folder.rglob("*") if p.is_dir())]
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        if os.geteuid() == 0:
            if shutil.which("chattr") is None or _chattr("+i", folders).returncode != 0:
                pytest.skip("running as root, and chattr +i is not available to make the share read-only")
            made.extend(folders)

    yield make
    if made:
        _chattr("-i", made)


def test_sync_offline_says_it_on_stderr_too(tmp_path: Path) -> None:
    share, wiki = tmp_path / "share", tmp_path / "a"
    assert run("init", str(wiki), "--user", "ola", "--share", str(share)).returncode == 0
    share.rename(tmp_path / "gone")
    plain = run("--wiki", str(wiki), "sync")
    assert plain.returncode == 9
    message = plain.stdout.splitlines()[0]
    assert "is missing, empty or not reachable" in message
    assert plain.stderr == f"wikidesk: {message}\n"
    as_json = run("--wiki", str(wiki), "sync", "--json")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 9 and report["status"] == "offline"
    assert as_json.stderr == f"wikidesk: {report['message']}\n"


def test_sync_read_only_says_it_on_stderr_too(tmp_path: Path, read_only) -> None:
    share, a, b = tmp_path / "share", tmp_path / "a", tmp_path / "b"
    assert run("init", str(a), "--user", "ola", "--share", str(share)).returncode == 0
    assert run("init", str(b), "--user", "kari", "--share", str(share)).returncode == 0
    assert run("--wiki", str(a), "new", "Fra Ola").returncode == 0
    assert run("--wiki", str(a), "sync").returncode == 0
    assert run("--wiki", str(b), "new", "Fra Kari").returncode == 0
    read_only(share)
    plain = run("--wiki", str(b), "sync")
    assert plain.returncode == 10, plain.stderr
    message = plain.stdout.splitlines()[0]
    assert message.startswith("The shared folder is read-only for you")
    assert plain.stderr == f"wikidesk: {message}\n"
    assert (b / "Fra Ola.md").exists()  # pulled all the same
    as_json = run("--wiki", str(b), "sync", "--json")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 10 and report["status"] == "read-only"
    assert as_json.stderr == f"wikidesk: {report['message']}\n"


def test_check_with_problems_says_them_on_stderr_too(tmp_path: Path) -> None:
    share, wiki = tmp_path / "share", tmp_path / "a"
    assert run("init", str(wiki), "--user", "ola", "--share", str(share)).returncode == 0
    assert run("--wiki", str(wiki), "new", "Side", "--space", "IT").returncode == 0
    assert run("--wiki", str(wiki), "sync").returncode == 0
    (segment,) = share.glob("log/*/0000000001.seg")
    segment.chmod(0o644)
    segment.write_bytes(b"WIKIDESK-SEGMENT 1 0000 4\njunk")
    rel = segment.relative_to(share).as_posix()
    plain = run("--wiki", str(wiki), "check")
    assert plain.returncode == 1
    assert f"problem: {rel} on the shared folder is damaged" in plain.stdout
    assert plain.stdout.splitlines()[-1] == "1 problem found."
    assert plain.stderr.splitlines() == ["wikidesk: 1 problem found.",
                                         f"  problem: {rel} on the shared folder is damaged (checksum mismatch "
                                         "(torn or corrupt file))."]
    as_json = run("--wiki", str(wiki), "check", "--json")
    report = json.loads(as_json.stdout)
    assert as_json.returncode == 1 and report["ok"] is False and len(report["problems"]) == 1
    assert as_json.stderr.splitlines() == ["wikidesk: 1 problem found.", f"  problem: {report['problems'][0]}"]
