"""Everything the panels derive from the list of pages, computed once per reload off the UI thread.

At 10,000 pages, sorting titles and building the tree take tens of milliseconds each; done in the worker that
lists the pages, the UI thread only swaps in the results (and skips them when nothing changed). Tags need the
pages' text (inline ``#tags``): the session counts them in a task of their own after each list
(``WikiSession.tags``).

The worker shares the interpreter lock with the UI thread, and one long call into C keeps it: sorting 100,000
titles with ``key=str.casefold`` is one such call (~0.1-0.2 s). So the keys are made in Python, the sort runs in
slices of :data:`SORT_SLICE` and the slices are merged by a Python generator: the lock changes hands between them.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from wikidesk.core import pacing
from wikidesk.core.pages import PageInfo
from wikidesk.ui.sidebar.tree_model import Node, PageNode, build_tree

RECENT = 50
SORT_SLICE = 2000
HOME_TITLES = ("home", "start", "forside", "velkommen", "welcome", "index", "readme")


class PagesById(Mapping[str, PageInfo]):
    """The listed pages by id, read from the tree's page nodes: one map by id for the tree and the session instead
    of two (a dict of 100,000 pages is ~5 MB). Of pages that share an id, the last listed."""

    __slots__ = ("_nodes",)

    def __init__(self, nodes: dict[str, PageNode]) -> None:
        self._nodes = nodes

    def __getitem__(self, page_id: str) -> PageInfo:
        return self._nodes[page_id].info

    def __iter__(self) -> Iterator[str]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)


@dataclass
class PageList:
    pages: list[PageInfo] = field(default_factory=list)
    tree_key: int = 0  # changes when ids, paths or titles change
    tree: Node | None = None
    tree_pages: dict[str, PageNode] = field(default_factory=dict)  # the tree's page nodes by id
    titles: list[str] = field(default_factory=list)
    spaces: list[str] = field(default_factory=list)
    recent: list[PageInfo] = field(default_factory=list)
    by_id: Mapping[str, PageInfo] = field(default_factory=dict)  # a PagesById over tree_pages
    home: PageInfo | None = None  # a top-level page called Home, Start, Forside, ...; else the first page


def find_home(pages: list[PageInfo]) -> PageInfo | None:
    top = {p.title.casefold(): p for p in reversed(pages) if not p.space}
    return next((top[name] for name in HOME_TITLES if name in top), pages[0] if pages else None)


def sorted_casefold(names: Iterable[str]) -> list[str]:
    """``names`` sorted case-insensitively (ties by the name itself), without holding the interpreter lock long."""
    keyed = [(name.casefold(), name) for name in names]
    runs = []
    for i in range(0, len(keyed), SORT_SLICE):
        runs.append(sorted(keyed[i : i + SORT_SLICE]))
        pacing.pause()
    return [name for _, name in heapq.merge(*runs)]


def _renew_infos(tree_pages: dict[str, PageNode], pages: list[PageInfo]) -> None:
    """Point the kept tree's page nodes at the new page infos (a save changes a page's time and size, not its id,
    path or title, which the tree shows): what :class:`PagesById` answers is the new list's."""
    for info in pages:
        node = tree_pages.get(info.page_id)
        if node is not None and node.info is not info and node.info.path == info.path:
            node.info = info
        pacing.pause()


_KEY_CHUNK = 2_000  # pages hashed between rests


def tree_key_of(pages: list[PageInfo]) -> int:
    """A key that changes when a page's id, path or title changes, or a page comes or goes: hashed a chunk of pages at
    a time with a rest between (``pacing.pause``), not in one go while the window may want the interpreter lock."""
    parts = []
    for start in range(0, len(pages), _KEY_CHUNK):
        parts.append(hash(tuple((p.page_id, p.path, p.title) for p in pages[start:start + _KEY_CHUNK])))
        pacing.pause()
    return hash((len(pages), *parts))


def digest(pages: list[PageInfo], previous: PageList | None = None) -> PageList:
    tree_key = tree_key_of(pages)
    if previous is not None and previous.tree_key == tree_key:  # no page added, removed, moved or retitled
        tree, tree_pages = previous.tree, previous.tree_pages
        titles, spaces = previous.titles, previous.spaces  # the same lists: the UI skips them (editor completer)
        _renew_infos(tree_pages, pages)
    else:
        tree_pages = {}
        tree = build_tree(pages, tree_pages)
        titles = sorted_casefold({p.title for p in pages})
        spaces = sorted_casefold({p.space for p in pages if p.space})
    return PageList(
        pages=pages,
        tree_key=tree_key,
        tree=tree,
        tree_pages=tree_pages,
        titles=titles,
        spaces=spaces,
        recent=heapq.nlargest(RECENT, pages, key=lambda p: p.modified),
        by_id=PagesById(tree_pages),
        home=find_home(pages),
    )
