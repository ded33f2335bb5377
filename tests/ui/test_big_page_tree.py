"""A big folder's page tree: the worker makes the tree and its page index, and the top level is shown in slices
(the view fetches more as it scrolls), so a new tree costs the UI thread little however many pages there are."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from wikidesk.core.pages import PageInfo
from wikidesk.ui.page_list import digest, sorted_casefold
from wikidesk.ui.sidebar import tree_model
from wikidesk.ui.sidebar.tree_model import PAGE_ID_ROLE, ROOT_ROWS, PageTreeModel


def pages(n: int) -> list[PageInfo]:
    spaces = [PageInfo(f"s{i}", f"IT/Side {i}.md", f"Side {i}", "IT") for i in range(3)]
    top = [PageInfo(f"p{i:05d}", f"Side {i:05d}.md", f"Side {i:05d}", "") for i in range(n)]
    return spaces + top


def test_the_worker_makes_the_tree_and_its_page_index(monkeypatch, qapp) -> None:
    listing = digest(pages(10))
    assert set(listing.tree_pages) == {p.page_id for p in listing.pages}
    model = PageTreeModel()
    monkeypatch.setattr(tree_model, "pages_by_id", lambda root: (_ for _ in ()).throw(AssertionError("walked")))
    assert model.set_tree(listing.tree, listing.tree_key, listing.tree_pages)  # no walk over the nodes here
    assert model.by_id is listing.tree_pages
    again = digest(pages(10), listing)
    assert again.tree is listing.tree and again.tree_pages is listing.tree_pages  # unchanged: reused


def test_the_top_level_is_shown_in_slices(qapp) -> None:
    listing = digest(pages(2 * ROOT_ROWS + 10))
    model = PageTreeModel()
    model.set_tree(listing.tree, listing.tree_key, listing.tree_pages)
    assert model.rowCount() == ROOT_ROWS
    assert model.index(0, 0).data() == "IT"  # spaces first
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * ROOT_ROWS
    last = model.index_of_page(f"p{2 * ROOT_ROWS + 9:05d}")  # selecting a page shows its row
    assert last.isValid() and last.row() == 2 * ROOT_ROWS + 10 and model.rowCount() == 2 * ROOT_ROWS + 11
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount(model.index(0, 0)) == 3  # a space's pages are all there when it is expanded


def test_filtering_sees_every_page(qapp) -> None:
    listing = digest(pages(3 * ROOT_ROWS))
    model = PageTreeModel()
    model.set_tree(listing.tree, listing.tree_key, listing.tree_pages)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setRecursiveFilteringEnabled(True)
    model.show_all()  # what the panel does before it sets the filter
    proxy.setFilterFixedString(f"Side {3 * ROOT_ROWS - 1:05d}")
    assert [proxy.index(r, 0).data(PAGE_ID_ROLE) for r in range(proxy.rowCount())] == [f"p{3 * ROOT_ROWS - 1:05d}"]


def test_names_sort_case_insensitively_in_slices(monkeypatch) -> None:
    monkeypatch.setattr("wikidesk.ui.page_list.SORT_SLICE", 3)
    names = ["beta", "Alfa", "alfa", "Gamma", "delta", "Øst", "Epsilon", "zulu"]
    assert sorted_casefold(names) == ["Alfa", "alfa", "beta", "delta", "Epsilon", "Gamma", "zulu", "Øst"]


def test_a_page_is_found_at_its_row_under_its_space(qapp) -> None:
    listing = digest(pages(5))
    model = PageTreeModel()
    model.set_tree(listing.tree, listing.tree_key, listing.tree_pages)
    index = model.index_of_page("s2")
    assert index.isValid() and index.row() == 2 and index.data() == "Side 2"
    assert index.parent().data() == "IT" and index.parent().row() == 0
    assert model.index(2, 0, index.parent()).data(PAGE_ID_ROLE) == "s2"
    top = model.index_of_page("p00003")
    assert top.row() == 4 and not top.parent().isValid() and top.data(PAGE_ID_ROLE) == "p00003"
