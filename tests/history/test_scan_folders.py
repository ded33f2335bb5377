"""A scan of only the folders where something changed (what the app's folder watcher asks for) records the same
edits, new files, moves, copies and deletions there as a full scan, and nothing elsewhere."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from wikidesk.core.history.scan import scan_all
from wikidesk.core.opening import init_wiki
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    wiki = init_wiki(tmp_path / "w", user="ola")
    wiki.create("Skriver", space="IT", body="a\n")
    wiki.create("Vakt", space="HR", body="b\n")
    wiki.create("Hjem", body="c\n")
    return wiki


def heads(wiki: Wiki) -> dict[str, tuple[str, bool]]:
    """page path -> (page id, deleted) of every page's head."""
    history = wiki.history
    assert history is not None
    found = {}
    for page_id in history.db.page_ids():
        head = history.heads(page_id)[0]
        found[head.path] = (page_id, head.deleted)
    return found


def test_only_the_named_folders_are_looked_at(wiki: Wiki) -> None:
    (wiki.root / "IT" / "Skriver.md").write_text((wiki.root / "IT" / "Skriver.md").read_text() + "endret\n")
    (wiki.root / "HR" / "Vakt.md").write_text((wiki.root / "HR" / "Vakt.md").read_text() + "endret\n")
    (wiki.root / "Ny.md").write_text("ny side\n")
    report = scan_all(wiki.history, wiki, folders=["IT", ""])
    assert sorted(report.recorded) == ["IT/Skriver.md", "Ny.md"]
    assert scan_all(wiki.history, wiki).recorded == ["HR/Vakt.md"]  # the full scan finds the rest


def test_deleted_and_moved_pages_in_the_named_folders(wiki: Wiki) -> None:
    before = heads(wiki)
    (wiki.root / "IT" / "Skriver.md").rename(wiki.root / "HR" / "Skriver.md")  # moved: both folders changed
    (wiki.root / "Hjem.md").unlink()
    report = scan_all(wiki.history, wiki, folders=["IT", "HR", ""])
    after = heads(wiki)
    assert report.deleted == ["Hjem.md"] and after["Hjem.md"][1]
    assert after["HR/Skriver.md"] == (before["IT/Skriver.md"][0], False)  # the same page, moved
    assert "IT/Skriver.md" not in after


def test_a_copy_into_a_named_folder_gets_its_own_id(wiki: Wiki) -> None:
    shutil.copy(wiki.root / "IT" / "Skriver.md", wiki.root / "HR" / "Kopi.md")
    report = scan_all(wiki.history, wiki, folders=["HR"])
    assert report.copies == ["HR/Kopi.md"]
    after = heads(wiki)
    assert after["HR/Kopi.md"][0] != after["IT/Skriver.md"][0] and not after["IT/Skriver.md"][1]


def test_a_removed_folder_deletes_its_pages(wiki: Wiki) -> None:
    shutil.rmtree(wiki.root / "HR")
    assert scan_all(wiki.history, wiki, folders=["HR", ""]).deleted == ["HR/Vakt.md"]
