"""Page files another editor (or a broken disk) left behind: every command copes, nothing crashes, nothing is lost."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.robustness.helpers import assert_ok, cli
from wikidesk.core import frontmatter
from wikidesk.core.catalog import normalize_tags, page_info_from_text
from wikidesk.core.opening import open_wiki

BOMB = "---\n" + "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
) + "tags: *a9\ntitle: Bomb\n---\nbody\n"

HOSTILE: dict[str, bytes] = {
    "binary": b"\x00\x01\x02\xff\xfe binary \x00",
    "nul": b"\x00" * 4096,
    "latin1": "café på norsk\n".encode("latin-1"),
    "empty": b"",
    "only-front-matter": b"---\ntitle: Only\n---\n",
    "empty-front-matter": b"---\n---\n",
    "unclosed-front-matter": b"---\ntitle: x\nno end\n",
    "bad-date": b"---\ncreated: 2020-13-45\n---\nbody\n",
    "bad-time": b"---\ncreated: 2020-01-01 25:61:00\n---\nbody\n",
    "bomb": BOMB.encode(),
    "deep": ("---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n").encode(),
    "weird-types": b"---\ntags: {a: 1, b: [2]}\ntitle: [x, y]\nid: [1, 2]\nauthor: {x: 1}\n---\nbody\n",
    "numbers": b"---\ntags: 42\ntitle: 3.5\nid: 17\n---\nbody\n",
    "empty-id": b"---\nid: ''\ntitle: ''\n---\nbody\n",
    "list-front-matter": b"---\n- a\n- b\n---\nbody\n",
    "python-tag": b"---\n!!python/object/apply:os.system ['echo owned > owned.txt']\n---\nbody\n",
    "binary-tag": b"---\nx: !!binary not-base64!\n---\n",
    "crlf-bom": "\ufeff---\r\ntitle: CRLF\r\n---\r\nLinje\r\n".encode(),
}


@pytest.fixture
def hostile_wiki(wiki_dir: Path) -> Path:
    for name, data in HOSTILE.items():
        (wiki_dir / f"{name}.md").write_bytes(data)
    return wiki_dir


def test_every_read_command_copes_with_every_hostile_file(hostile_wiki: Path) -> None:
    started = time.monotonic()
    listed = assert_ok(cli("list", wiki=hostile_wiki, process=True)).splitlines()
    assert len(listed) == len(HOSTILE)
    assert_ok(cli("list", "--json", wiki=hostile_wiki))
    tags = assert_ok(cli("tags", wiki=hostile_wiki))
    assert "{" not in tags and "[" not in tags  # mappings and lists are not turned into tag text
    for name in ("binary", "bad-date", "bomb", "weird-types", "python-tag"):
        assert_ok(cli("show", name, wiki=hostile_wiki))
        assert_ok(cli("show", "--html", name, wiki=hostile_wiki))
        assert_ok(cli("links", name, wiki=hostile_wiki))
    assert not (hostile_wiki / "owned.txt").exists()
    assert time.monotonic() - started < 25  # the alias bomb must not take minutes


def test_reading_never_rewrites_a_hostile_file(hostile_wiki: Path) -> None:
    wiki = open_wiki(hostile_wiki)
    for info in wiki.pages():
        wiki.read(info)
    for name, data in HOSTILE.items():
        assert (hostile_wiki / f"{name}.md").read_bytes() == data, name


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_write_and_rename_keep_every_old_version_recoverable(hostile_wiki: Path, name: str) -> None:
    wiki = open_wiki(hostile_wiki)
    old = HOSTILE[name]
    page = wiki.rename(name, f"{name} renamed")
    page = wiki.save(page.info, "Ny tekst\n")
    again = open_wiki(hostile_wiki)
    assert again.find(page.info.page_id).path == page.info.path  # the id stayed readable and unique
    from wikidesk.core.history import queries

    history = queries.history_of(again)
    blobs = [history.content(rev) for rev in history.page_revisions(page.info.page_id)]
    assert old in blobs, "the file as the other editor left it is in the page history"


def test_alias_bomb_is_refused_quickly() -> None:
    started = time.monotonic()
    doc = frontmatter.parse(BOMB)
    assert time.monotonic() - started < 1
    assert doc.error is not None and doc.meta == {}
    assert doc.body == BOMB  # not a header: page text, shown as written
    assert frontmatter.serialize(doc) == BOMB


@pytest.mark.parametrize("block", ["created: 2020-13-45", "created: 2020-02-30 10:00:00", "created: 2021-02-29"])
def test_yaml_values_python_cannot_build_are_a_reported_error(block: str) -> None:
    doc = frontmatter.parse(f"---\n{block}\n---\nbody\n")
    assert doc.error is not None and "cannot read" in doc.error
    assert doc.meta == {} and doc.body == f"---\n{block}\n---\nbody\n"


def test_saving_a_page_with_broken_front_matter_keeps_its_lines_and_stores_the_id(wiki_dir: Path) -> None:
    broken = "---\ntitle: [unclosed\nowner: Kari\n---\n"
    (wiki_dir / "Broken.md").write_text(broken + "Body\n", "utf-8")
    wiki = open_wiki(wiki_dir)
    page_id = wiki.find("Broken").page_id
    for n in range(3):  # the editor shows the unreadable header as text, and saves what it shows
        wiki.save("Broken", wiki.read("Broken").doc.body.replace(f"Body{n - 1 if n else ''}", f"Body{n}"))
    text = (wiki_dir / "Broken.md").read_text("utf-8")
    assert text.count("id:") == 1, text  # saving again does not append another id line every time
    assert text.endswith(broken + "Body2\n")  # the unreadable lines are kept, as written, as page text
    doc = frontmatter.parse(text)
    assert doc.error is None and doc.meta["id"] == page_id
    moved = wiki.rename("Broken", "Fixed")
    assert moved.info.page_id == page_id  # a rename keeps the id now that it is stored


def test_an_id_that_is_not_a_word_is_replaced_so_renames_keep_the_page(wiki_dir: Path) -> None:
    (wiki_dir / "Listid.md").write_text("---\nid: [1, 2]\n---\nBody\n", "utf-8")
    wiki = open_wiki(wiki_dir)
    before = wiki.find("Listid").page_id
    after = wiki.rename("Listid", "Other name")
    assert after.info.page_id == before


def test_tags_of_odd_types() -> None:
    assert normalize_tags({"a": 1}) == ()
    assert normalize_tags([None, ["nested"], {"a": 1}, "Ok", 7]) == ("ok", "7")
    assert normalize_tags("a, b #c") == ("a", "b", "c")
    assert normalize_tags(None) == ()
    info = page_info_from_text("x.md", "---\ntitle: [a, b]\nid: ''\n---\n", None)
    assert info.title == "x" and len(info.page_id) == 16


def test_a_50_mb_page_lists_and_shows(wiki_dir: Path) -> None:
    line = "Dette er en linje med [[lenke]] og **fet** tekst.\n"
    (wiki_dir / "Huge.md").write_text("---\ntitle: Stor\n---\n" + line * (50 * 1024 * 1024 // len(line)), "utf-8")
    started = time.monotonic()
    assert "Stor" in assert_ok(cli("list", wiki=wiki_dir))
    shown = cli("show", "Stor", wiki=wiki_dir, process=True)
    assert shown.returncode == 0 and len(shown.stdout) > 50_000_000
    assert time.monotonic() - started < 20
