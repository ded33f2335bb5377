"""Exports read the wiki and write OUT (via a temporary folder); they never change the wiki."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from wikidesk.core.errors import AlreadyExistsError, InvalidNameError
from wikidesk.core.export.bagit_archive import export_archive
from wikidesk.core.export.noark5 import export_noark5
from wikidesk.core.export.snapshot import drain
from wikidesk.core.export.static_site import export_site
from wikidesk.core.opening import open_wiki

EXPORTS = {"html": export_site, "archive": export_archive, "noark5": export_noark5}


def folder_bytes(root: Path) -> dict[str, str]:
    """Every file's hash, SQLite's own working files (``-wal``, ``-shm``) left out: they come and go with open
    connections, whoever opened them. What they hold is checkpointed into the database first (:func:`settle`)."""
    out = {}
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            if name.endswith(("-wal", "-shm")):
                continue
            path = Path(dirpath) / name
            out[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def settle(root: Path) -> None:
    """Close what the fixture left open and write every database's log into the database itself."""
    gc.collect()
    for db in (root / ".wikidesk").glob("*.sqlite"):
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def test_exports_never_change_the_wiki(built_wiki: Path, tmp_path: Path) -> None:
    settle(built_wiki)
    before = folder_bytes(built_wiki)
    assert ".wikidesk/history.sqlite" in before
    for name, export in EXPORTS.items():
        wiki = open_wiki(built_wiki)
        drain(export(wiki, tmp_path / name))
        wiki.history.close()  # type: ignore[union-attr]
    settle(built_wiki)
    assert folder_bytes(built_wiki) == before


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_a_cancelled_export_leaves_nothing(wiki, tmp_path: Path, name: str) -> None:
    steps = EXPORTS[name](wiki, tmp_path / "out")
    for _ in range(3):
        next(steps)
    steps.close()  # what the app's cancel button does between steps
    assert list(tmp_path.iterdir()) == []


def test_out_must_be_new_or_empty_and_outside_the_wiki(wiki, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(AlreadyExistsError):
        drain(export_site(wiki, tmp_path / "full"))
    with pytest.raises(InvalidNameError):
        drain(export_site(wiki, wiki.root / "site"))
    (tmp_path / "empty").mkdir()
    summary = drain(export_site(wiki, tmp_path / "empty"))
    assert (tmp_path / "empty" / "index.html").is_file()
    assert summary.pages == 5


def test_progress_counts_up_to_its_total(wiki, tmp_path: Path) -> None:
    steps = export_noark5(wiki, tmp_path / "n5")
    seen = []
    while True:
        try:
            seen.append(next(steps))
        except StopIteration:
            break
    assert all(0 <= done <= total for done, total, _message in seen)
    assert seen[-1][2] == "Writing the change log and the description"
