"""A sync process SIGKILLed between writing a page's temp file and renaming it into place (what
``test_multiprocess.py`` hits under load): only an ignored temp file is left, the next round finishes the page,
clients converge, and ``wikidesk check`` removes the leftover once it is old."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.sync.helpers import assert_converged, files, make_client, sync
from tests.sync.multiclient import REPO
from wikidesk.core.atomic import TEMP_PREFIX
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync.check import LEFTOVER_AGE, check, remove_local_temp_files
from wikidesk.core.wiki import Wiki

# A sync round in a real process that dies with SIGKILL right after the temp file of the first page it writes
# is complete (written and fsynced) and before the rename: exactly where a kill under load lands most often.
DIE_BEFORE_RENAME = """
import os, signal, sys
from wikidesk.core import atomic
real_replace = os.replace
def replace(src, dst, *args, **kwargs):
    if os.path.basename(str(src)).startswith(atomic.TEMP_PREFIX) and str(dst).endswith(".md"):
        os.kill(os.getpid(), signal.SIGKILL)
    return real_replace(src, dst, *args, **kwargs)
os.replace = replace
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync import SyncEngine
SyncEngine(open_wiki(sys.argv[1]), mirror_grace=0.0).run()
"""


def leftovers(wiki: Wiki) -> list[Path]:
    return sorted(wiki.root.rglob(f"{TEMP_PREFIX}*.tmp"))


def test_sync_killed_before_renaming_a_page_leaves_only_an_ignored_temp_file(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("Vakt", body="en\nto\n")
    sync(a)
    b.history.close()  # type: ignore[union-attr]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-c", DIE_BEFORE_RENAME, str(b.root)], env=env, cwd=REPO,
                          capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    b = open_wiki(b.root)
    assert len(leftovers(b)) == 1 and not b.exists("Vakt")
    assert [p.title for p in b.pages()] == []  # the temp file is never taken for a page

    report = sync(b)  # finishes what the killed round pulled
    assert report.status == "synced" and b.read("Vakt").body == "en\nto\n"
    assert len(leftovers(b)) == 1  # a stray file nobody reads, not content
    sync(a)
    assert_converged(a, b)  # the clients agree on every file that is content
    assert files(b) == files(a) and not any(TEMP_PREFIX in rel for rel in files(b))

    young = check(b)
    assert young.ok and len(leftovers(b)) == 1  # too young: it might be a save in progress elsewhere
    old = time.time() - LEFTOVER_AGE - 60
    os.utime(leftovers(b)[0], (old, old))
    tidy = check(b)
    assert tidy.ok and leftovers(b) == []
    assert any("leftover temporary file" in r for r in tidy.repaired)


def test_only_old_wikidesk_temp_files_are_removed(tmp_path: Path) -> None:
    (tmp_path / "Rom").mkdir()
    old = time.time() - 2 * LEFTOVER_AGE
    names = {"stale": tmp_path / "Rom" / f"{TEMP_PREFIX}0a1b2c3d4e5f.tmp",
             "fresh": tmp_path / f"{TEMP_PREFIX}ffeeddccbbaa.tmp",
             "page": tmp_path / f"{TEMP_PREFIX}notes.md",  # not a temp file name: never touched
             "other": tmp_path / "Rom" / "report.tmp"}
    for path in names.values():
        path.write_bytes(b"x")
    for key in ("stale", "page", "other"):
        os.utime(names[key], (old, old))
    assert remove_local_temp_files(tmp_path) == 1
    assert not names["stale"].exists()
    assert all(names[k].exists() for k in ("fresh", "page", "other"))
