"""The readable mirror never holds two names a Windows share would see as one, and renames leave no old name.

Fast tests on a local (case-sensitive) share folder, so the rule is covered without Samba; ``test_smb.py`` checks
the same against a real case-insensitive Samba share with client processes.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from tests.sync.helpers import files, make_client, sync
from wikidesk.core.names import name_key
from wikidesk.core.wiki import Wiki

NFC_A = "\u00c5"  # Å as one code point
NFD_A = "A\u030a"  # A + combining ring above


def mirror_files(share: Path) -> dict[str, bytes]:
    pages = share / "pages"
    return {p.relative_to(pages).as_posix(): p.read_bytes() for p in sorted(pages.rglob("*")) if p.is_file()}


def clashing_keys(names: list[str]) -> list[list[str]]:
    """Groups of names (relative paths) that are one name on a Windows share."""
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name_key(name), []).append(name)
    return [sorted(group) for group in groups.values() if len(group) > 1]


def settle(*wikis: Wiki, rounds: int = 2) -> None:
    for _ in range(rounds):
        for wiki in wikis:
            assert sync(wiki).status == "synced"


def assert_mirror_matches(share: Path, wiki: Wiki) -> None:
    """The mirror holds exactly the wiki's files (each with its current bytes), no two names equal by key."""
    mirror = mirror_files(share)
    assert clashing_keys(list(mirror)) == []
    assert mirror == files(wiki)


@pytest.fixture
def share(tmp_path: Path) -> Path:
    return tmp_path / "share"


@pytest.mark.parametrize("first", ["ola", "kari"])
def test_titles_equal_ignoring_case_leave_no_stale_mirror_name(tmp_path: Path, share: Path, first: str) -> None:
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("Rutiner", body="fra ola\n")
    b.create("rutiner", body="fra kari\n")
    order = (a, b) if first == "ola" else (b, a)
    settle(*order)
    assert sorted(files(a)) == sorted(files(b)) and len(files(a)) == 2
    assert_mirror_matches(share, a)


def test_titles_equal_ignoring_unicode_form_leave_no_stale_mirror_name(tmp_path: Path, share: Path) -> None:
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create(f"{NFC_A}rsplan", body="fra ola\n")
    b.create(f"{NFD_A}rsplan", body="fra kari\n")
    # a file another program saved with a decomposed name (as macOS does) is a page with that exact path
    (b.root / unicodedata.normalize("NFD", f"{NFC_A}rsmøte.md")).write_bytes(b"fra kari, NFD\n")
    (a.root / f"{NFC_A}rsmøte.md").write_bytes(b"fra ola, NFC\n")
    settle(b, a)
    assert len(files(a)) == 4
    assert_mirror_matches(share, a)


def test_case_only_rename_leaves_no_old_mirror_name(tmp_path: Path, share: Path) -> None:
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("rutiner", body="tekst\n")
    settle(a, b)
    a.rename("rutiner", "Rutiner")
    sync(a), sync(b)
    assert list(mirror_files(share)) == ["Rutiner.md"]
    assert_mirror_matches(share, a)


def test_case_only_rename_reaches_the_other_working_folder_without_its_old_name(tmp_path: Path, share: Path
                                                                                ) -> None:
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("rutiner", body="tekst\n")
    settle(a, b)
    a.rename("rutiner", "Rutiner")
    sync(a), sync(b)
    assert list(files(b)) == ["Rutiner.md"]


def test_rename_of_a_page_moved_aside_by_another_client_leaves_no_old_name(tmp_path: Path, share: Path) -> None:
    """kari's page moves aside in ola's round: ola never wrote its old mirror file, yet must remove it."""
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    b.create("Vakt", body="fra kari\n")
    sync(b)
    a.create("Vakt", body="fra ola\n")
    sync(a)  # pulls kari's Vakt, moves one of them aside, pushes the move
    moved = sorted(n for n in files(a) if n != "Vakt.md")
    assert len(moved) == 1
    assert sorted(mirror_files(share)) == sorted(files(a))
    settle(b, a)
    assert_mirror_matches(share, a)


def test_stale_twin_left_by_a_crashed_client_is_removed_by_the_audit(tmp_path: Path, share: Path) -> None:
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    a.create("Rutiner", body="v1\n")
    settle(a, b)
    old = (share / "pages" / "Rutiner.md").read_bytes()
    a.rename("Rutiner", "Rutiner ny")
    a.save(a.find("Rutiner ny"), "v2\n")
    settle(a, b)
    # a client that crashed before removing the old name (or wrote it just before learning of the rename)
    (share / "pages" / "rutiner.md").write_bytes(old)
    (share / "pages" / "Rutiner ny.md").rename(share / "pages" / "RUTINER NY.md")
    settle(b, a)
    assert_mirror_matches(share, a)


def test_a_name_the_server_stores_in_another_unicode_form_is_not_rewritten_every_round(tmp_path: Path,
                                                                                      share: Path) -> None:
    """A server that stores names decomposed (as HFS+ does) returns them so; rewriting would not change that."""
    a = make_client(tmp_path, "ola", share)
    a.create(f"{NFC_A}rsplan", body="tekst\n")
    settle(a)
    stored = share / "pages" / unicodedata.normalize("NFD", f"{NFC_A}rsplan.md")
    (share / "pages" / f"{NFC_A}rsplan.md").rename(stored)
    reports = [sync(a) for _ in range(2)]
    assert [r.mirror_written for r in reports] == [0, 0]
    assert [p.name for p in (share / "pages").iterdir()] == [stored.name]
