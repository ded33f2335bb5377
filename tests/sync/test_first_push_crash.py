"""A first push killed part-way (a real ``wikidesk sync`` process, SIGKILL) leaves a share every client reads, and the
next round finishes it: every page on the share, in the other clients' folders and in the readable mirror."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sync.helpers import make_client, sync
from tests.sync.multiclient import REPO
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.check import check
from wikidesk.core.wiki import Wiki

PAGES = 90

# argv: what to count ("segment": segments created on the share; "mirror": mirror batches put in place), how many
# to let through before dying, then the CLI's arguments.
SYNC_AND_DIE = """
import os, signal, sys
from wikidesk.core.sync import mirror, push
from wikidesk.core.sync.store import ShareStore, ShareWriter
from wikidesk.cli.main import main

what, allowed = sys.argv[1], int(sys.argv[2])
push.MAX_REVISIONS_PER_SEGMENT, mirror.BATCH = 20, 8
seen = {"n": 0}
real_create, real_finish = ShareStore.create_new, ShareWriter.finish

def count():
    seen["n"] += 1
    if seen["n"] > allowed:
        os.kill(os.getpid(), signal.SIGKILL)

def create_new(self, rel, data):
    done = real_create(self, rel, data)
    if what == "segment" and rel.endswith(".seg"):
        count()
    return done

def finish(started):
    real_finish(started)
    if what == "mirror":
        count()

ShareStore.create_new, ShareWriter.finish = create_new, staticmethod(finish)
sys.exit(main(sys.argv[3:]))
"""


def run_cli(args: list[str], home: Path, script: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "WIKIDESK_HOME": str(home)}
    command = [sys.executable, "-c", script] if script else [sys.executable, "-m", "wikidesk"]
    return subprocess.run(command + args, env=env, cwd=REPO, capture_output=True, text=True, timeout=300)


def pages_of(wiki: Wiki) -> dict[str, bytes]:
    return {info.path: (wiki.root / info.path).read_bytes() for info in wiki.pages()}


def mirror_files(share: Path) -> dict[str, bytes]:
    return {p.relative_to(share / "pages").as_posix(): p.read_bytes() for p in (share / "pages").rglob("*")
            if p.is_file() and not p.name.startswith(".~")}


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
@pytest.mark.parametrize(("what", "allowed"), [("segment", 2), ("mirror", 3)])
def test_a_first_push_killed_part_way_is_read_by_all_and_finished_by_the_next_round(tmp_path: Path, what: str,
                                                                                    allowed: int) -> None:
    share = tmp_path / "share"
    ola = make_client(tmp_path, "ola", share)
    for i in range(PAGES):
        ola.create(f"Rutine {i:03d}", space=f"Enhet {i % 3}", body=f"Slik gjør vi det, nummer {i}.\n")
    assert ola.history is not None
    ola.history.close()
    died = run_cli([what, str(allowed), "--wiki", str(ola.root), "sync", "--json"], tmp_path / "home",
                   script=SYNC_AND_DIE)
    assert died.returncode == -signal.SIGKILL, died.stderr
    segments = list((share / "log").rglob("*.seg"))
    if what == "segment":
        assert len(segments) == allowed + 1 and not mirror_files(share)  # killed before its heads marker
    else:
        assert len(segments) == PAGES // 20 + 1 and 0 < len(mirror_files(share)) < PAGES

    kari = make_client(tmp_path, "kari", share)
    report = sync(kari)  # what the killed push left is readable: the whole push or none of it
    assert report.status == "synced" and report.problems == []
    assert report.pulled == (PAGES if what == "mirror" else 0)
    assert check(kari).ok

    finished = run_cli(["--wiki", str(ola.root), "sync", "--json"], tmp_path / "home")
    assert finished.returncode == 0, finished.stderr
    report_ola = json.loads(finished.stdout)
    assert report_ola["status"] == "synced" and report_ola["problems"] == [] and report_ola["waiting"] == 0
    ola = open_wiki(ola.root)
    assert sync(kari).status == "synced"
    assert pages_of(kari) == pages_of(ola) and len(pages_of(ola)) == PAGES
    assert mirror_files(share) == pages_of(ola)
    assert check(ola).ok and check(kari).ok
