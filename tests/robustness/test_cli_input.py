"""Hostile command-line input: page references, titles, stdin, files and attachment names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.robustness.helpers import assert_clean_error, assert_ok, cli
from wikidesk.core.opening import open_wiki


def outside_files(wiki_dir: Path, tmp_path: Path) -> set[Path]:
    """Every file under tmp_path that is not inside the wiki (the wiki must never write there)."""
    return {p for p in tmp_path.rglob("*") if p.is_file() and wiki_dir not in p.parents}


@pytest.mark.parametrize("ref", ["../../etc/passwd", "/etc/passwd", ".wikidesk/history.sqlite", ".wikidesk/wiki.json",
                                 "CON", "", "/", "..", ".", "../wiki/Side", "C:\\Windows\\win.ini"])
def test_page_refs_never_reach_outside_or_into_the_wiki_s_own_files(wiki_dir: Path, ref: str) -> None:
    open_wiki(wiki_dir).create("Side", body="x")
    for command in (["show", ref], ["links", ref], ["delete", ref], ["rename", ref, "Ny"]):
        result = cli(*command, wiki=wiki_dir)
        assert_clean_error(result, 3)
        assert "root:" not in result.stdout
    assert (wiki_dir / ".wikidesk" / "wiki.json").is_file()


def test_creating_with_traversal_stays_inside_the_wiki(wiki_dir: Path, tmp_path: Path) -> None:
    before = outside_files(wiki_dir, tmp_path)
    attempts = [
        ["write", "../../evil", "--create"],
        ["write", "/tmp/evil2", "--create"],
        ["write", ".wikidesk/history/x", "--create"],
        ["new", "x", "--space", "../.."],
        ["new", "..", "--space", "/etc"],
        ["new", "CON"],
        ["new", "y", "--space", ".wikidesk"],
    ]
    for args in attempts:
        result = cli(*args, wiki=wiki_dir, stdin=b"text\n")
        # every one of these names is legal once escaped: the page is made, inside the wiki, under that escaped name
        assert result.returncode == 0 and "Traceback" not in result.stderr, (args, result.stderr)
    assert sorted(p.relative_to(wiki_dir).as_posix() for p in wiki_dir.rglob("*.md")) == [
        "%2E%2E/%2E%2E/evil.md", "%2E%2E/%2E%2E/x.md", "%2Ewikidesk/history/x.md", "%2Ewikidesk/y.md", "%43ON.md",
        "etc/%2E%2E.md", "tmp/evil2.md"]
    assert outside_files(wiki_dir, tmp_path) == before
    meta = sorted(p.name for p in (wiki_dir / ".wikidesk").iterdir())
    assert not any(name.endswith(".md") for name in meta)
    wiki = open_wiki(wiki_dir)
    assert all(not p.path.startswith(".") and ".." not in p.path.split("/") for p in wiki.pages())


@pytest.mark.parametrize("title", ["", "   ", "\n\t", "a" * 1000])
def test_unusable_titles_are_refused_clearly(wiki_dir: Path, title: str) -> None:
    assert_clean_error(cli("new", title, wiki=wiki_dir), 2)


def test_long_and_multiline_titles(wiki_dir: Path) -> None:
    name = assert_ok(cli("new", "Linje én\nlinje to", wiki=wiki_dir)).strip()
    assert name == "Linje én linje to"
    long_title = "Ø" * 400
    name = assert_ok(cli("new", long_title, wiki=wiki_dir)).strip()
    pages = json.loads(assert_ok(cli("list", "--json", wiki=wiki_dir)))["pages"]
    assert long_title in {p["title"] for p in pages}
    assert assert_ok(cli("show", name, wiki=wiki_dir))
    deep = "/".join(["mappe" * 10] * 6)
    assert_clean_error(cli("new", long_title, "--space", deep, wiki=wiki_dir), 2)


def test_stdin_and_files_that_cannot_be_read(wiki_dir: Path, tmp_path: Path) -> None:
    open_wiki(wiki_dir).create("Side", body="original\n")
    assert_clean_error(cli("write", "Side", wiki=wiki_dir, stdin="café".encode("latin-1"), process=True), 1)
    assert_clean_error(cli("write", "Side", "--file", str(tmp_path / "missing.md"), wiki=wiki_dir), 6)
    assert_clean_error(cli("write", "Side", "--file", str(tmp_path), wiki=wiki_dir), 6)
    assert_clean_error(cli("new", "Ny", "--file", str(tmp_path / "missing.md"), wiki=wiki_dir), 6)
    assert "original" in assert_ok(cli("show", "Side", wiki=wiki_dir))  # nothing was lost
    assert_clean_error(cli("write", "Side", "--file", "/dev/null", "--summary", "x", wiki=tmp_path / "nowiki"), 2)


def test_rename_delete_and_write_edge_cases(wiki_dir: Path) -> None:
    wiki = open_wiki(wiki_dir)
    wiki.create("Første", body="en\n")
    wiki.create("Andre", body="to\n")
    assert_clean_error(cli("rename", "Første", "Andre", wiki=wiki_dir), 4)
    assert_clean_error(cli("rename", "Første", "ANDRE", wiki=wiki_dir), 4)
    assert assert_ok(cli("rename", "Første", "Første", wiki=wiki_dir)).strip() == "Første"
    assert assert_ok(cli("rename", "Første", "første", wiki=wiki_dir)).strip() == "første"
    assert "en" in assert_ok(cli("show", "første", wiki=wiki_dir))
    assert_ok(cli("delete", "Andre", wiki=wiki_dir))
    assert_clean_error(cli("delete", "Andre", wiki=wiki_dir), 3)
    assert_clean_error(cli("write", "Andre", wiki=wiki_dir, stdin=b"x"), 3)


def test_write_over_a_page_another_program_changed_keeps_that_change_in_history(wiki_dir: Path) -> None:
    open_wiki(wiki_dir).create("Side", body="v1\n")
    with open(wiki_dir / "Side.md", "a", encoding="utf-8") as handle:
        handle.write("edited in Notepad\n")
    outside = (wiki_dir / "Side.md").read_bytes()
    assert_ok(cli("write", "Side", wiki=wiki_dir, stdin=b"v2\n", process=True))
    history = assert_ok(cli("history", "Side", wiki=wiki_dir))
    assert "outside" in history
    wiki = open_wiki(wiki_dir)
    from wikidesk.core.history import queries

    store = queries.history_of(wiki)
    page_id = wiki.find("Side").page_id
    assert outside in [store.content(rev) for rev in store.page_revisions(page_id)]


def test_a_page_file_dropped_in_and_deleted_stays_recoverable(wiki_dir: Path) -> None:
    (wiki_dir / "Notat.md").write_text("written by another program\n", "utf-8")
    assert_ok(cli("delete", "Notat", wiki=wiki_dir))
    wiki = open_wiki(wiki_dir)
    from wikidesk.core.history import queries

    store = queries.history_of(wiki)
    page_id = queries.page_id_for(wiki, "Notat")
    assert b"written by another program\n" in [store.content(r) for r in store.page_revisions(page_id)]


@pytest.mark.parametrize("name", ["Side.md", "annen.MD", "x.tmp", "~$lock.docx", "thumbs.db", "Desktop.ini"])
def test_attachment_names_that_would_become_pages_or_vanish_are_refused(wiki_dir: Path, tmp_path: Path,
                                                                       name: str) -> None:
    open_wiki(wiki_dir).create("Side", body="the page\n")
    source = tmp_path / "data.bin"
    source.write_bytes(b"attachment bytes")
    assert_clean_error(cli("attach", "Side", str(source), "--name", name, wiki=wiki_dir), 2)
    assert (wiki_dir / "Side.md").read_text("utf-8").endswith("the page\n")  # the page was not overwritten


@pytest.mark.parametrize("name", ["CON", "nul.txt", "../../evil.txt", "/etc/evil", "a/b/c.txt", "x\\y.txt", ".",
                                  "..", ".hidden", "IT", "a" * 300 + ".txt"])
def test_attachment_names_with_paths_or_reserved_words_stay_beside_the_page(wiki_dir: Path, tmp_path: Path,
                                                                            name: str) -> None:
    open_wiki(wiki_dir).create("Side", body="x\n")
    (wiki_dir / "IT").mkdir()
    source = tmp_path / "data.bin"
    source.write_bytes(b"attachment bytes")
    stored = assert_ok(cli("attach", "Side", str(source), "--name", name, wiki=wiki_dir)).strip()
    assert "/" not in stored and "\\" not in stored
    assert (wiki_dir / stored).read_bytes() == b"attachment bytes"
    assert stored in open_wiki(wiki_dir).attachments()
    assert outside_files(wiki_dir, tmp_path) == {source}


def test_attaching_twice_under_one_name_keeps_both(wiki_dir: Path, tmp_path: Path) -> None:
    open_wiki(wiki_dir).create("Side", body="x\n")
    for n in range(2):
        source = tmp_path / f"v{n}.pdf"
        source.write_bytes(f"version {n}".encode())
        assert_ok(cli("attach", "Side", str(source), "--name", "rapport.pdf", wiki=wiki_dir))
    assert (wiki_dir / "rapport.pdf").read_bytes() == b"version 0"
    assert (wiki_dir / "rapport (2).pdf").read_bytes() == b"version 1"
