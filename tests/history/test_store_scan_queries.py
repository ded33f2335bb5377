"""The local history store: recording, clock, identity, scanning outside edits, and the history queries and revising."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from wikidesk.core.errors import NotFoundError
from wikidesk.core.history import queries, revising
from wikidesk.core.history.errors import AmbiguousRevisionError, NoConflictError, RevisionNotFoundError
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    return init_wiki(tmp_path / "w", user="ola")


def test_every_local_change_is_a_revision_chain(wiki: Wiki) -> None:
    page = wiki.create("Hei", body="1\n")
    wiki.save(page.info, "1\n2\n", summary="la til")
    wiki.save(wiki.find("Hei"), "1\n2\n")  # no change: no revision
    wiki.rename(wiki.find("Hei"), "Hallo")
    wiki.delete(wiki.find("Hallo"))
    revs = queries.revisions(wiki, "Hallo")
    assert [r.summary for r in revs][1] == "la til"
    assert len(revs) == 4 and revs[-1].deleted and revs[2].path == "Hallo.md"
    for parent, child in itertools.pairwise(revs):
        assert child.parents == (parent.id,) and child.clock > parent.clock
    assert all(r.author == "ola" for r in revs)


def test_clock_ignores_wall_time_going_backwards(tmp_path: Path) -> None:
    times = iter(["2030-01-01T00:00:00Z", "1999-01-01T00:00:00Z", "2010-01-01T00:00:00Z", "2000-01-01T00:00:00Z"])
    history = History(tmp_path, tmp_path / ".wikidesk", now=lambda: next(times))
    r1 = history.record(page_id="p", path="p.md", data=b"1", author="a", summary="")
    r2 = history.record(page_id="p", path="p.md", data=b"2", author="a", summary="")
    r3 = history.record(page_id="p", path="p.md", data=b"3", author="a", summary="")
    assert r1 and r2 and r3 and r1.clock < r2.clock < r3.clock
    history.observe(100)
    r4 = history.record(page_id="q", path="q.md", data=b"q", author="a", summary="")
    assert r4 is not None and r4.clock == 101


def test_heads_survive_out_of_order_arrival(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk")
    root = Revision("p", "page", "p.md", blob_hash(b"0"), 1, (), "a", "t", 1, "")
    child = Revision("p", "page", "p.md", blob_hash(b"1"), 1, (root.id,), "a", "t", 2, "")
    history.add(child, b"1", published=True)  # the child arrives first
    history.add(root, b"0", published=True)
    assert [h.id for h in history.heads("p")] == [child.id]


def test_new_identity_is_a_new_client_id(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk")
    old = history.client_id
    new = history.take_new_identity()
    assert new != old and history.client_id == new
    history.close()
    assert History(tmp_path, tmp_path / ".wikidesk").client_id == new


def test_scan_takes_in_outside_edits_moves_deletes_and_copies(wiki: Wiki) -> None:
    from wikidesk.core.history.scan import scan_all

    a = wiki.create("A", body="a\n")
    wiki.create("B", body="b\n")
    (wiki.root / "A.md").write_text((wiki.root / "A.md").read_text() + "edited\n")
    (wiki.root / "B.md").rename(wiki.root / "B2.md")  # moved by hand: keeps its id
    (wiki.root / "Ny.md").write_text("no front matter\n")
    report = scan_all(wiki.history, wiki)  # type: ignore[arg-type]
    assert sorted(report.recorded) == ["A.md", "B2.md", "Ny.md"] and report.deleted == []
    assert queries.revisions(wiki, "A")[-1].summary == "Edited outside wikidesk"
    assert len(queries.revisions(wiki, "B2")) == 2
    shutil.copy(wiki.root / "A.md", wiki.root / "A kopi.md")
    (wiki.root / "Ny.md").unlink()
    report = scan_all(wiki.history, wiki)  # type: ignore[arg-type]
    assert report.copies == ["A kopi.md"] and report.deleted == ["Ny.md"]
    assert wiki.find("A kopi").page_id != a.info.page_id
    assert scan_all(wiki.history, wiki).recorded == []  # stable afterwards


def test_existing_folder_is_imported_when_history_starts(tmp_path: Path) -> None:
    root = tmp_path / "old"
    (root / "IT").mkdir(parents=True)
    (root / "IT" / "Printer.md").write_text("# Printer\n")
    wiki = open_wiki(root)
    revs = queries.revisions(wiki, "IT/Printer")
    assert len(revs) == 1 and revs[0].summary == "Added before history was kept"


def test_diff_restore_and_revision_prefixes(wiki: Wiki) -> None:
    page = wiki.create("Doc", body="one\n")
    wiki.save(page.info, "two\n")
    first, second = queries.revisions(wiki, "Doc")
    text = queries.diff(wiki, "Doc", first.id[:6], second.id[:6])
    assert "-one" in text and "+two" in text
    restored = revising.restore(wiki, "Doc", first.id[:8])
    assert wiki.read("Doc").body == "one\n" and restored.parents == (second.id,)
    assert "Restored revision" in restored.summary
    with pytest.raises(RevisionNotFoundError):
        wiki.history.revision("ffff")  # type: ignore[union-attr]
    with pytest.raises(RevisionNotFoundError):
        wiki.history.revision("ab")  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        queries.revisions(wiki, "No such page")
    with pytest.raises(NoConflictError):
        revising.resolve(wiki, "Doc", "x")
    # a deleted page can be restored by its old name
    wiki.delete(wiki.find("Doc"))
    revising.restore(wiki, "Doc", second.id)
    assert wiki.read("Doc").body == "two\n"


def test_ambiguous_prefix(tmp_path: Path) -> None:
    history = History(tmp_path, tmp_path / ".wikidesk", now=lambda: "2026-01-01T00:00:00Z")  # fixed ids
    ids = []
    for i in range(1000):
        rev = history.record(page_id=f"p{i}", path=f"p{i}.md", data=str(i).encode(), author="a", summary="")
        assert rev is not None
        ids.append(rev.id)
    prefix = next(a[:4] for a in ids for b in ids if a != b and a[:4] == b[:4])
    with pytest.raises(AmbiguousRevisionError):
        history.revision(prefix)
