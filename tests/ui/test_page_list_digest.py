"""The page list digest reuses what did not change: after a save (same pages, paths and titles) the sorted titles
and spaces are the previous lists themselves, which the editor's link completer then skips; a new title gives
new lists."""

from __future__ import annotations

from dataclasses import replace

from wikidesk.core.pages import PageInfo
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
