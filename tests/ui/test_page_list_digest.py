"""The page list digest reuses what did not change: after a save (same pages, paths and titles) the sorted titles
and spaces are the previous lists themselves, which the editor's link completer then skips; a new title gives
new lists."""

from __future__ import annotations

from dataclasses import replace

from wikidesk.core.pages import PageInfo
from wikidesk.ui import page_list
from wikidesk.ui.page_list import digest


def pages() -> list[PageInfo]:
    return [PageInfo("a1", "IT/Skriver.md", "Skriver", "IT", modified=1.0),
            PageInfo("b2", "Hjem.md", "Hjem", "", modified=2.0),
            PageInfo("c3", "HR/Vakt.md", "vakt", "HR", modified=3.0)]


def test_a_save_keeps_the_lists_and_a_new_title_makes_new_ones() -> None:
    first = digest(pages())
    assert first.titles == ["Hjem", "Skriver", "vakt"] and first.spaces == ["HR", "IT"]
    saved = [replace(p, modified=p.modified + 10, size=5) for p in pages()]
    again = digest(saved, first)
    assert again.titles is first.titles and again.spaces is first.spaces and again.tree is first.tree
    assert again.pages is saved and again.recent[0].modified == 13.0
    retitled = [replace(p, title="Arkiv") if p.page_id == "b2" else p for p in saved]
    third = digest(retitled, again)
    assert third.titles == ["Arkiv", "Skriver", "vakt"] and third.titles is not first.titles


def test_pages_by_id_answer_from_the_newest_list_when_the_tree_is_kept() -> None:
    first = digest(pages())
    assert first.by_id["b2"] is first.pages[1] and first.by_id.get("zz") is None and len(first.by_id) == 3
    saved = [replace(p, modified=p.modified + 10) for p in pages()]
    again = digest(saved, first)
    assert again.tree is first.tree and again.by_id["b2"] is saved[1] and again.by_id["b2"].modified == 12.0
    assert again.tree_pages["a1"].info is saved[0]  # the tree shows the new page infos too


def test_of_pages_sharing_an_id_the_last_listed_is_found() -> None:
    copied = [*pages(), PageInfo("a1", "Kopi/Skriver.md", "Skriver", "Kopi")]
    listing = digest(copied)
    assert listing.by_id["a1"] is copied[3] and dict(listing.by_id) == {p.page_id: p for p in copied}


def test_the_tree_key_follows_ids_paths_and_titles_a_chunk_at_a_time(monkeypatch) -> None:
    """The key of a big list is hashed a chunk of pages at a time, resting between chunks, and still changes with any
    page's id, path or title, or a page more or less; a save (time, size) leaves it."""
    many = [PageInfo(f"id{i}", f"S/P{i}.md", f"P{i}", "S", modified=float(i)) for i in range(4_500)]
    rests: list[int] = []
    monkeypatch.setattr(page_list.pacing, "pause", lambda: rests.append(1))
    key = page_list.tree_key_of(many)
    assert len(rests) == 3  # 2,000 + 2,000 + 500 pages
    assert page_list.tree_key_of([replace(p, modified=9.0, size=3) for p in many]) == key
    for changed in ([*many[:4_000], replace(many[4_000], title="Other"), *many[4_001:]],
                    [*many[:10], replace(many[10], path="T/P10.md"), *many[11:]],
                    [*many[:2_000], replace(many[2_000], page_id="x"), *many[2_001:]],
                    many[:-1], [*many, PageInfo("new", "New.md", "New", "")]):
        assert page_list.tree_key_of(changed) != key
