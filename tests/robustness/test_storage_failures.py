"""The disk fills up, the folder turns read-only, the wiki folder vanishes: say so, keep running, lose nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.robustness.helpers import assert_clean_error, assert_ok, cli
from wikidesk.core.atomic import TEMP_PREFIX, create_exclusive, write_atomic
from wikidesk.core.errors import StorageError
from wikidesk.core.opening import init_wiki


def temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(f"{TEMP_PREFIX}*")]


def fill(mount: Path) -> None:
    """Fill the tmpfs to the last byte."""
    try:
        with open(mount / "filler", "wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError:
        pass


def test_disk_full_refuses_clearly_keeps_the_old_page_and_leaves_no_temp_files(tmpfs: Path) -> None:
    root = tmpfs / "wiki"
    wiki = init_wiki(root, user="Kari")
    wiki.create("Side", body="precious\n")
    before = (root / "Side.md").read_bytes()
    fill(tmpfs)
    big = b"x" * 300_000
    message = assert_clean_error(cli("write", "Side", wiki=root, stdin=big, process=True), 6)
    assert message.startswith("wikidesk: Nothing was") and message.endswith("disk is full.")  # the cause, not "I/O"
    assert (root / "Side.md").read_bytes() == before
    assert_clean_error(cli("new", "Ny", wiki=root, stdin=big), 6)
    assert "precious" in assert_ok(cli("show", "Side", wiki=root))  # reading still works on a full disk
    assert "Side" in assert_ok(cli("list", wiki=root))
    assert temp_files(root) == []


def test_write_atomic_on_a_full_disk_leaves_no_temp_file(tmpfs: Path) -> None:
    target = tmpfs / "page.md"
    target.write_bytes(b"old")
    fill(tmpfs)
    with pytest.raises(StorageError, match="disk is full"):
        write_atomic(target, b"y" * 1_000_000)
    with pytest.raises(StorageError, match="disk is full"):
        create_exclusive(tmpfs / "new.md", b"y" * 1_000_000)
    assert target.read_bytes() == b"old"
    assert temp_files(tmpfs) == []


def test_read_only_folder_reads_fine_and_refuses_changes_in_one_sentence(tmpfs: Path) -> None:
    root = tmpfs / "wiki"
    assert_ok(cli("init", str(root), process=True))  # in other processes: no open file keeps the mount busy
    assert_ok(cli("new", "Side", wiki=root, stdin=b"lesbar\n", process=True))
    assert_ok(cli("write", "Side", wiki=root, stdin=b"lesbar\n", process=True))
    snapshot = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    remount = subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True, check=False)
    if remount.returncode != 0:
        pytest.skip(f"cannot remount the tmpfs read-only here: {remount.stderr.decode(errors='replace').strip()}")
    assert "Side" in assert_ok(cli("list", wiki=root, process=True))
    assert "lesbar" in assert_ok(cli("show", "Side", wiki=root))
    for args in (["write", "Side"], ["new", "Ny"], ["rename", "Side", "Ny"], ["delete", "Side"]):
        message = assert_clean_error(cli(*args, wiki=root, stdin=b"x\n"), 6)
        assert "read-only" in message
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == snapshot


def test_the_wiki_folder_deleted_while_in_use(tmp_path: Path) -> None:
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Kari")
    wiki.create("Side", body="x\n")
    shutil.rmtree(root)
    with pytest.raises(StorageError, match="no longer there"):
        wiki.pages()
    with pytest.raises(StorageError, match="no longer there"):
        wiki.create("Ny")
    assert not root.exists()  # a vanished share is never re-created as an empty local folder


def test_the_wiki_folder_vanishing_before_a_save(tmp_path: Path) -> None:
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Kari")
    page = wiki.create("Side", body="x\n")
    shutil.rmtree(root)
    with pytest.raises(StorageError, match="no longer there"):
        wiki.save(page.info, "new text\n")
    assert not root.exists()


def test_cli_on_a_missing_wiki_folder(tmp_path: Path) -> None:
    assert_clean_error(cli("list", wiki=tmp_path / "gone"), 2)
    (tmp_path / "file").write_text("x")
    assert_clean_error(cli("list", wiki=tmp_path / "file"), 2)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_page_is_skipped_and_reported(wiki_dir: Path) -> None:
    (wiki_dir / "Hemmelig.md").write_text("x\n")
    (wiki_dir / "Hemmelig.md").chmod(0)
    (wiki_dir / "Åpen.md").write_text("y\n")
    try:
        assert "Åpen" in assert_ok(cli("list", wiki=wiki_dir))
        assert_clean_error(cli("show", "Hemmelig", wiki=wiki_dir))
    finally:
        (wiki_dir / "Hemmelig.md").chmod(0o644)
