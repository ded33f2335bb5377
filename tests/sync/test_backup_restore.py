"""The shared folder restored from an older backup: clients publish again what it lacks, then check is clean."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.sync.helpers import assert_converged, make_client, sync
from wikidesk.core.sync.check import check


def test_check_is_clean_once_a_restored_share_holds_everything_again(tmp_path: Path) -> None:
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "a", share), make_client(tmp_path, "b", share)
    a.create("Før", body="1\n")
    sync(a), sync(b)
    backup = tmp_path / "backup"
    shutil.copytree(share, backup)
    a.create("Etter", body="2\n")
    b.create("Etter B", body="3\n")
    sync(a), sync(b), sync(a)
    shutil.rmtree(share)
    shutil.copytree(backup, share)  # the IT department restores last night's backup
    for wiki in (a, b, a, b):
        assert sync(wiki).status == "synced"
    c = make_client(tmp_path, "c", share)  # joins after the restore: never saw the lost segments
    sync(c)
    assert c.exists("Etter") and c.exists("Etter B")
    assert_converged(a, b, c)
    for _ in range(2):  # round after round
        for wiki in (a, b, c):
            report = check(wiki)
            assert report.problems == [], wiki.user
            sync(wiki)
    assert sync(c).pulled == 0  # nothing is sent again and again
