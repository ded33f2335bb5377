"""``wikidesk wikis`` and ``wikidesk search QUERY --all`` as real processes: two wikis with different shares, edits
in both, one ranking over both; a read-only share shows as read-only."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wikidesk", *args], check=False, capture_output=True, text=True,
                          encoding="utf-8", env=dict(os.environ), timeout=180, input=stdin)


def ok(*args: str, stdin: str | None = None) -> str:
    done = run(*args, stdin=stdin)
    assert done.returncode == 0, done.stderr
    return done.stdout


def page(word_times: int, n: int) -> str:
    """A page of 24 words of which ``word_times`` are "skriver" (every page the same length)."""
    fillers = ["møte", "kontor", "plan", "rutine", "vakt", "bok", "lys", "dør"]
    words = ["skriver"] * word_times + [fillers[(n + i) % len(fillers)] for i in range(24 - word_times)]
    return " ".join(words) + "\n"


@pytest.fixture
def two_wikis(tmp_path: Path) -> tuple[Path, Path, Path, Path]:
    a, b, share_a, share_b = tmp_path / "team-a", tmp_path / "team-b", tmp_path / "share-a", tmp_path / "share-b"
    ok("init", str(a), "--user", "ola", "--share", str(share_a))
    ok("init", str(b), "--user", "ola", "--share", str(share_b))
    return a, b, share_a, share_b


def test_search_all_ranks_hits_of_both_wikis_in_one_list(two_wikis) -> None:
    a, b, _share_a, _share_b = two_wikis
    # team A: 10 pages, "skriver" 4 times in one and twice in another; team B: 40 pages, 3 times and once.
    # Each wiki's own IDF would put B's one-mention page above A's four-mention one (the word looks rarer in B);
    # ranked with the statistics of both wikis together, more mentions rank higher whichever wiki they are in.
    for n in range(10):
        ok("--wiki", str(a), "write", f"A{n}", "--create", stdin=page({0: 4, 1: 2}.get(n, 0), n))
    for n in range(40):
        ok("--wiki", str(b), "write", f"B{n}", "--create", stdin=page({0: 3, 1: 1}.get(n, 0), n))
    ok("--wiki", str(a), "sync")
    ok("--wiki", str(b), "sync")
    data = json.loads(ok("search", "skriver", "--all", "--json"))
    assert [(h["wiki"], h["title"]) for h in data["hits"]] == [("team-a", "A0"), ("team-b", "B0"),
                                                               ("team-a", "A1"), ("team-b", "B1")]
    assert data["total"] == 4 and data["wikis"] == ["team-a", "team-b"]
    assert data["hits"][0]["wiki_folder"] == str(a)
    plain = ok("search", "skriver", "--all")
    assert plain.splitlines()[0] == "4 pages in 2 wikis" and "[team-b] B0  (B0)" in plain
    # without --all only the current wiki (the first one init set up)
    assert [h["title"] for h in json.loads(ok("search", "skriver", "--json"))["hits"]] == ["A0", "A1"]


def test_wikis_lists_both_with_share_state_and_current(two_wikis) -> None:
    a, b, share_a, share_b = two_wikis
    ok("--wiki", str(b), "new", "Fra B")
    ok("--wiki", str(b), "sync")
    data = json.loads(ok("wikis", "--json"))["wikis"]
    assert [(w["name"], w["folder"], w["share"], w["state"], w["current"]) for w in data] == [
        ("team-a", str(a), str(share_a), "not synced yet", True),
        ("team-b", str(b), str(share_b), "synced", False)]
    assert data[1]["last_sync"]["pushed"] == 1 and data[0]["last_sync"] is None
    text = ok("wikis")
    assert "* team-a" in text and "  team-b" in text and "state:     synced" in text


def _chattr(flag: str, folders: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(["chattr", flag, *map(str, folders)], check=False, capture_output=True, text=True)


def test_a_read_only_share_is_listed_read_only(two_wikis) -> None:
    _a, b, _share_a, share_b = two_wikis
    ok("--wiki", str(b), "new", "Fra B")
    ok("--wiki", str(b), "sync")
    ok("--wiki", str(b), "new", "Enda en")
    folders = [share_b, *(p for p in share_b.rglob("*") if p.is_dir())]
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or _chattr("+i", folders).returncode != 0:
            pytest.skip("running as root, and chattr +i is not available to make the share read-only")
    else:
        for folder in folders:
            folder.chmod(0o555)
    try:
        assert run("--wiki", str(b), "sync").returncode == 10
        states = {w["name"]: w["state"] for w in json.loads(ok("wikis", "--json"))["wikis"]}
        assert states == {"team-a": "not synced yet", "team-b": "read-only"}
    finally:
        if os.geteuid() == 0:
            _chattr("-i", folders)
        else:
            for folder in folders:
                folder.chmod(0o755)
