"""File and folder names another editor made on disk: odd, clashing, undecodable, or links leading elsewhere."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from tests.robustness.helpers import assert_clean_error, assert_ok, cli
from wikidesk.core.errors import InvalidNameError, NotFoundError
from wikidesk.core.opening import open_wiki


def test_a_file_name_that_is_not_utf8_does_not_break_the_wiki(wiki_dir: Path) -> None:
    os.close(os.open(os.fsencode(wiki_dir) + b"/\xff\xfe-latin1-navn.md", os.O_CREAT | os.O_WRONLY, 0o644))
    (wiki_dir / "Normal.md").write_text("Hei\n", "utf-8")
    assert assert_ok(cli("list", wiki=wiki_dir)).split() == ["Normal"]
    assert_ok(cli("new", "Ny side", wiki=wiki_dir))
    assert_ok(cli("tags", wiki=wiki_dir))


def test_odd_names_are_listed_and_found(wiki_dir: Path) -> None:
    names = ["100%", "😀 emoji", "%41", "CON", "trail ", "dir.md", "new\tline"]
    for name in names:
        (wiki_dir / f"{name}.md").write_text(f"{name!r}\n", "utf-8")
    (wiki_dir / "folder.md").mkdir()
    (wiki_dir / "folder.md" / "z.md").write_text("z\n", "utf-8")
    wiki = open_wiki(wiki_dir)
    assert {p.path for p in wiki.pages()} == {f"{n}.md" for n in names} | {"folder.md/z.md"}
    for name in names:
        assert wiki.read(wiki.find(name)).body == f"{name!r}\n"
    assert wiki.find("trail").path == "trail .md"  # a trailing space another editor typed is not needed
    assert wiki.find("folder.md/z").path == "folder.md/z.md"


def test_names_differing_only_in_case_or_unicode_form_are_ambiguous_not_mixed_up(wiki_dir: Path) -> None:
    (wiki_dir / "A.md").write_text("upper\n", "utf-8")
    (wiki_dir / "a.md").write_text("lower\n", "utf-8")
    (wiki_dir / (unicodedata.normalize("NFD", "Kåre") + ".md")).write_text("nfd\n", "utf-8")
    (wiki_dir / (unicodedata.normalize("NFC", "Kåre") + ".md")).write_text("nfc\n", "utf-8")
    message = assert_clean_error(cli("show", "a", wiki=wiki_dir), 3)
    assert "rename one of them" in message and "A.md" in message  # not "give the space": they share one
    wiki = open_wiki(wiki_dir)
    bodies = {wiki.read(p).body for p in wiki.pages()}
    assert bodies == {"upper\n", "lower\n", "nfd\n", "nfc\n"}
    assert_clean_error(cli("new", "a", wiki=wiki_dir), 4)
    assert_clean_error(cli("new", "KÅRE", wiki=wiki_dir), 4)


def test_a_folder_and_a_page_with_the_same_name(wiki_dir: Path) -> None:
    (wiki_dir / "IT").mkdir()
    (wiki_dir / "IT.md").write_text("space page\n", "utf-8")
    (wiki_dir / "IT" / "Skriver.md").write_text("inner\n", "utf-8")
    assert assert_ok(cli("show", "IT", wiki=wiki_dir)) == "space page\n"
    assert assert_ok(cli("show", "IT/Skriver", wiki=wiki_dir)) == "inner\n"
    assert_ok(cli("rename", "IT", "IT-oversikt", wiki=wiki_dir))
    assert (wiki_dir / "IT" / "Skriver.md").read_text("utf-8") == "inner\n"


def test_a_symlink_loop_is_not_followed(wiki_dir: Path) -> None:
    (wiki_dir / "loop").mkdir()
    (wiki_dir / "loop" / "self").symlink_to("..")
    (wiki_dir / "loop" / "Side.md").write_text("x\n", "utf-8")
    assert assert_ok(cli("list", wiki=wiki_dir)).split() == ["loop/Side"]


def test_a_symlinked_page_pointing_outside_is_not_read(wiki_dir: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET\n", "utf-8")
    (wiki_dir / "passwd.md").symlink_to(secret)
    assert "passwd" not in assert_ok(cli("list", wiki=wiki_dir))
    shown = cli("show", "passwd", wiki=wiki_dir)
    assert_clean_error(shown, 3)
    assert "TOP SECRET" not in shown.stdout
    assert "TOP SECRET" not in assert_ok(cli("search", "SECRET", wiki=wiki_dir))


def test_a_symlinked_folder_pointing_outside_is_never_written_through(wiki_dir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (wiki_dir / "Ut").symlink_to(outside, target_is_directory=True)
    assert_clean_error(cli("new", "Lekk", "--space", "Ut", wiki=wiki_dir), 2)
    assert_clean_error(cli("write", "Ut/Lekk", "--create", wiki=wiki_dir, stdin=b"x\n"), 2)
    assert list(outside.iterdir()) == []
    wiki = open_wiki(wiki_dir)
    with pytest.raises(InvalidNameError):
        wiki.apply_remote(page_id="p", path="Ut/Lekk.md", data=b"x")
    assert list(outside.iterdir()) == []


def test_a_page_deleted_between_list_and_read(wiki_dir: Path) -> None:
    wiki = open_wiki(wiki_dir)
    wiki.create("Borte", body="x")
    info = wiki.find("Borte")
    (wiki_dir / "Borte.md").unlink()
    with pytest.raises(NotFoundError):
        wiki.read(info)
    assert wiki.pages() == []
