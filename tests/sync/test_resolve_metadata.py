"""``resolve`` stores a text as ``write`` does: metadata the text lacks stays, on every client after sync."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import assert_converged, make_client, sync
from wikidesk.cli.main import main
from wikidesk.core import frontmatter
from wikidesk.core.history import queries, revising


def _conflict(tmp_path: Path):
    share = tmp_path / "share"
    a, b = make_client(tmp_path, "ola", share), make_client(tmp_path, "kari", share)
    page = a.create("Vakt", tags=["drift", "helg"], body="vakt: Ola\n")
    sync(a), sync(b)
    a.save("Vakt", "vakt: Kari\n")
    b.save("Vakt", "vakt: Per\n")
    sync(a)
    assert sync(b).conflicts == ["Vakt.md"]
    return a, b, page


@pytest.mark.parametrize("how", ["cli", "core"])
def test_resolving_with_only_the_text_keeps_title_tags_created_and_author(tmp_path: Path, how: str) -> None:
    a, b, page = _conflict(tmp_path)
    before = page.doc.meta
    fixed = tmp_path / "fix.md"
    fixed.write_text("vakt: Kari og Per\n", "utf-8")
    if how == "cli":
        assert main(["--wiki", str(b.root), "resolve", "Vakt", "--file", str(fixed)]) == 0
    else:
        revising.resolve(b, "Vakt", fixed.read_text("utf-8"))
    sync(b), sync(a), sync(b)
    assert_converged(a, b)
    for client in (a, b):
        doc = frontmatter.parse((client.root / "Vakt.md").read_text("utf-8"))
        assert doc.body == "vakt: Kari og Per\n"
        assert {k: doc.meta.get(k) for k in ("title", "id", "tags", "created", "author")} == {
            k: before[k] for k in ("title", "id", "tags", "created", "author")}, client.user
    assert queries.conflicts(a) == [] and queries.conflicts(b) == []


def test_resolving_with_a_header_takes_its_changes_and_keeps_the_rest(tmp_path: Path) -> None:
    a, b, page = _conflict(tmp_path)
    text = "---\n# agreed on the phone\ntags: [drift]\n---\nvakt: Kari\n"
    revising.resolve(b, "Vakt", text)
    sync(b), sync(a)
    shown = (a.root / "Vakt.md").read_text("utf-8")
    assert shown.startswith("---\n# agreed on the phone\ntags: [drift]\n")  # the person's header as written
    doc = frontmatter.parse(shown)
    assert doc.meta["tags"] == ["drift"] and doc.meta["title"] == "Vakt" and doc.meta["id"] == page.info.page_id
    assert doc.meta["created"] == page.doc.meta["created"] and doc.body == "vakt: Kari\n"
