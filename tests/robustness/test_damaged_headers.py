"""Every line handed to ``write`` (or saved, resolved, or written by another program) is in the page file.

A page's header (front matter) damaged the way people and scripts damage it (a stray line, bad indentation, a tab,
an unclosed bracket, a second ``---`` block, a byte-order mark, Windows line endings) is not a reason to drop a line:
a header that is not valid YAML is page text, shown and searched like the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.helpers import assert_ok, cli
from wikidesk.core import frontmatter
from wikidesk.core.opening import open_wiki

BOM = "\ufeff"
# Printable text without line breaks; the damage below adds the interesting characters.
WORD = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\x85"),
               min_size=1, max_size=12)


@st.composite
def damaged_pages(draw: st.DrawFn) -> str:
    """A page text with a header, then random damage to the header."""
    header = [f"title: {draw(WORD)}", f"tags: [{draw(WORD)}, {draw(WORD)}]", f"owner: {draw(WORD)}"]
    body = draw(st.lists(WORD, min_size=1, max_size=5))
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["stray", "indent", "tab", "bracket", "second", "colon"]))
        at = draw(st.integers(0, len(header)))
        if kind == "stray":
            header.insert(at, draw(WORD))
        elif kind == "indent" and header:
            header[min(at, len(header) - 1)] = " " * draw(st.integers(1, 4)) + header[min(at, len(header) - 1)]
        elif kind == "tab":
            header.insert(at, "\t" + draw(WORD))
        elif kind == "bracket":
            header.insert(at, f"list: [{draw(WORD)}")
        elif kind == "second":
            body = ["---", f"more: {draw(WORD)}", "---", *body]
        else:
            header.insert(at, f"{draw(WORD)}: {draw(WORD)}: {draw(WORD)}")
    text = "\n".join(["---", *header, "---", *body]) + draw(st.sampled_from(["", "\n"]))
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = BOM + text
    return text


def given_lines(text: str) -> list[str]:
    """The lines a person gave: a leading byte-order mark is the encoding's, not text (``write`` reads UTF-8-sig)."""
    return text.removeprefix(BOM).replace("\r\n", "\n").split("\n")


def stored_lines(data: str) -> set[str]:
    return set(data.removeprefix(BOM).replace("\r\n", "\n").split("\n"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=damaged_pages())
def test_every_line_given_to_write_is_in_show_and_in_the_revision(wiki_dir: Path, text: str) -> None:
    wiki = open_wiki(wiki_dir)
    page_id = wiki.find("Side").page_id if wiki.exists("Side") else wiki.create("Side", tags=["x"]).info.page_id
    result = cli("write", page_id, wiki=wiki_dir, stdin=text.encode("utf-8"))
    assert_ok(result)
    shown = assert_ok(cli("show", page_id, wiki=wiki_dir))
    missing = [line for line in given_lines(text) if line not in stored_lines(shown)]
    assert not missing, (missing, shown)
    newest = json.loads(assert_ok(cli("history", page_id, "--json", wiki=wiki_dir)))["revisions"][-1]
    assert assert_ok(cli("show", page_id, "--rev", newest["id"], wiki=wiki_dir)) == shown
    assert frontmatter.parse(shown).meta["id"] == page_id  # the page keeps its identity


def test_the_issue_s_stray_line_is_kept_visible_and_the_script_is_told(wiki_dir: Path) -> None:
    page = open_wiki(wiki_dir).create("Rutiner", tags=["drift"])
    text = "---\ntitle: Rutiner\nen linje uten kolon\ntags: [drift]\n---\nInnhold\n"
    result = cli("write", "Rutiner", wiki=wiki_dir, stdin=text.encode(), process=True)
    assert result.returncode == 0
    assert "line 4" in result.stderr and "kept as page text" in result.stderr  # one note, naming the line
    shown = cli("show", "Rutiner", wiki=wiki_dir).stdout
    assert "\nen linje uten kolon\n" in shown
    html = cli("show", "Rutiner", "--html", wiki=wiki_dir).stdout
    assert "en linje uten kolon" in html  # shown on the page, not hidden in a comment
    doc = frontmatter.parse(shown)
    assert doc.meta["id"] == page.info.page_id and doc.meta["tags"] == ["drift"] and doc.meta["author"] == "Kari"


def test_a_valid_header_given_to_write_keeps_its_comments_and_layout(wiki_dir: Path) -> None:
    page = open_wiki(wiki_dir).create("Mal", tags=["a"])
    text = "---\n# owned by the archive team\ntitle:   Mal\ntags: [b]   # was a\n---\nBody\n"
    assert_ok(cli("write", "Mal", wiki=wiki_dir, stdin=text.encode()))
    shown = cli("show", "Mal", wiki=wiki_dir).stdout
    assert shown.startswith("---\n# owned by the archive team\ntitle:   Mal\ntags: [b]   # was a\n")
    doc = frontmatter.parse(shown)
    assert doc.meta["tags"] == ["b"] and doc.meta["id"] == page.info.page_id and doc.meta["author"] == "Kari"


def test_another_page_s_id_in_the_text_is_kept_as_a_comment_not_taken(wiki_dir: Path) -> None:
    wiki = open_wiki(wiki_dir)
    mine, other = wiki.create("Mine"), wiki.create("Other")
    text = f"---\ntitle: Mine\nid: {other.info.page_id}\n---\nBody\n"
    assert_ok(cli("write", "Mine", wiki=wiki_dir, stdin=text.encode()))
    shown = cli("show", "Mine", wiki=wiki_dir).stdout
    assert frontmatter.parse(shown).meta["id"] == mine.info.page_id
    assert f"# id: {other.info.page_id}" in shown  # the line is kept, as a comment
    assert open_wiki(wiki_dir).find(other.info.page_id).path == "Other.md"


def test_an_outside_edit_the_editor_and_write_agree_on_a_broken_header(wiki_dir: Path) -> None:
    """The same damaged file is page text whether another program wrote it, the editor saved it or ``write``
    stored it: the lines are in the page's body (what the page view and the editor show)."""
    broken = "---\ntitle: Notat\n\tinnrykk med tab\n---\nTekst\n"
    (wiki_dir / "Notat.md").write_text(broken, "utf-8")
    wiki = open_wiki(wiki_dir)
    outside = wiki.read("Notat")
    assert outside.doc.body == broken and outside.doc.error and "line 3" in outside.doc.error
    saved = wiki.save("Notat", outside.doc.body + "Mer\n", expected_etag=outside.etag)  # the editor's save
    assert saved.doc.body == broken + "Mer\n" and saved.doc.meta["id"] == outside.info.page_id
    written = wiki.write_text("Notat", broken)
    assert written.doc.body == broken and written.doc.meta["id"] == outside.info.page_id
