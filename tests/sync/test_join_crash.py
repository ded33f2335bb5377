"""A join killed part-way (a real ``wikidesk join`` process, SIGKILL) never leaves history saying a page is applied
that is not on the disk for good, and one ``wikidesk sync`` afterwards finishes with every page.

Pages are written in durable batches (``core/sync/apply.py``): staged, fsynced together, put in place, and only then
noted in history. The child process logs each batch's files once its commit returned (made durable), and dies at
a chosen point. The test then plays the power loss the kill stands for at its worst: every page file that no
commit made durable is deleted (a rename that was not synced may be lost). History must not name any of those.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.helpers import files, is_crash_leftover, make_client, sync
from tests.sync.multiclient import REPO
from wikidesk.core.history.model import blob_hash
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.check import check
from wikidesk.core.wiki import Wiki

PAGES = 150
BATCH = 40

# argv: journal file, the batch to die in, where: "fsync" (half-way through its file fsyncs), "rename" (half-way
# through putting its files in place) or "note" (after it is durable, before history notes it), then join's args.
JOIN_AND_DIE = """
import os, signal, sys
from pathlib import Path
from wikidesk.core import atomic
from wikidesk.core.sync import apply
from wikidesk.cli.main import main

journal, die_in, where = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
apply.BATCH_PAGES = {batch}
commits = {{"n": 0, "fsync": 0, "rename": 0, "note": 0}}
real_commit, real_fsync, real_replace = atomic.DurableBatch.commit, atomic.fsync_file, atomic.os.replace

def dying(kind, limit):
    if where == kind and commits["n"] == die_in:
        commits[kind] += 1
        if commits[kind] > limit:
            os.kill(os.getpid(), signal.SIGKILL)

def fsync_file(path):  # file fsyncs run while a batch is staged: count them from the start
    commits["fsync"] += 1
    if where == "fsync" and commits["fsync"] > {batch} * (die_in - 1) + {half}:
        os.kill(os.getpid(), signal.SIGKILL)
    real_fsync(path)

def replace(src, dst):
    if str(dst).endswith(".md"):
        dying("rename", {half})
    real_replace(src, dst)

def commit(self):
    commits["n"] += 1
    names = [str(target) for _tmp, target in self._staged] + [str(path) for path in self._kept]
    real_commit(self)
    with open(journal, "a", encoding="utf-8") as out:
        out.writelines(name + "\\n" for name in names)
    dying("note", -1)

atomic.fsync_file, atomic.os.replace, atomic.DurableBatch.commit = fsync_file, replace, commit
sys.exit(main(sys.argv[4:]))
""".format(batch=BATCH, half=BATCH // 2)


@pytest.fixture
def team(tmp_path: Path) -> tuple[Path, Wiki]:
    """A share with PAGES pages in three spaces, a snapshot of them, and a few changes after it."""
    tmp = tmp_path / "team"
    share = tmp / "share"
    a = make_client(tmp, "a", share)
    for i in range(PAGES):
        a.create(f"Rutine {i:03d}", space=f"Enhet {i % 3}", body=f"Slik gjør vi det, nummer {i}.\n")
    sync(a, snapshot_every=0)
    for i in range(0, PAGES, 10):
        a.write_text(a.find(f"Enhet {i % 3}/Rutine {i:03d}"), f"Endret {i}.\n")
    assert sync(a, snapshot_every=1).snapshot
    a.create("Etter", body="skrevet etter øyeblikksbildet\n")
    a.delete(a.find("Enhet 1/Rutine 001"))
    sync(a, snapshot_every=0)
    return share, a


def run_cli(args: list[str], home: Path, script: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "WIKIDESK_HOME": str(home)}
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "wikidesk"]
    return subprocess.run(command + args, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)


def page_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.md") if ".wikidesk" not in p.parts and not is_crash_leftover(p.name)]


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
@pytest.mark.parametrize("where", ["fsync", "rename", "note"])
def test_a_join_killed_part_way_claims_no_page_it_has_not_made_durable(team: tuple[Path, Wiki], tmp_path: Path,
                                                                       where: str) -> None:
    share, a = team
    folder, journal = tmp_path / "joined", tmp_path / "journal.txt"
    journal.touch()
    died = run_cli([str(journal), "2", where, "join", str(share), str(folder), "--user", "ny", "--quiet"],
                   tmp_path / "home", script=JOIN_AND_DIE)
    assert died.returncode == -signal.SIGKILL, died.stderr
    durable = {Path(line) for line in journal.read_text("utf-8").splitlines()}
    batches = 2 if where == "note" else 1  # committed before the kill (a batch may hold a deletion: no file)
    assert batches * BATCH - 1 <= len(durable) <= batches * BATCH

    joined = open_wiki(folder)
    history = joined.history
    assert history is not None
    noted = {e.page_id: e for e in (history.worktree(p) for p in history.page_ids()) if e is not None}
    assert 0 < len(noted) <= BATCH
    for entry in noted.values():  # every page history calls applied holds its version, made durable
        path = folder / entry.path
        assert path in durable and blob_hash(path.read_bytes()) == entry.etag
    in_place = set(page_files(folder))
    if where == "rename":  # half of the second batch took its name, not yet durable
        assert durable < in_place and len(in_place - durable) == BATCH // 2
    else:  # "fsync": no page of the second batch takes its name before all are fsynced
        assert in_place == durable
    if where == "note":  # the second batch is durable and in place, but history does not say so yet
        assert len(noted) <= BATCH < len(durable)
    history.close()

    for path in in_place - durable:  # the power loss at its worst: what no commit made durable is gone
        path.unlink()
    finished = run_cli(["--wiki", str(folder), "sync", "--json"], tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    report = json.loads(finished.stdout)
    assert report["status"] == "synced" and report["problems"] == [] and report["pushed"] == 0

    joined = open_wiki(folder)
    assert files(joined) == files(a)  # every page, with its newest version
    assert joined.history is not None
    assert joined.history.unpublished() == [] and joined.history.pages_behind_history() == []
    assert check(joined).ok
    joined.history.close()
