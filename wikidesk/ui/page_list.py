"""Everything the panels derive from the list of pages, computed once per reload off the UI thread.

At 10,000 pages, sorting titles and building the tree take tens of milliseconds each; done in the worker that
lists the pages, the UI thread only swaps in the results (and skips them when nothing changed). Tags need the
pages' text (inline ``#tags``): the session counts them in a task of their own after each list
(``WikiSession.tags``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wikidesk.core.pages import PageInfo
from wikidesk.ui.sidebar.tree_model import Node, build_tree

RECENT = 50
HOME_TITLES = ("home", "start", "forside", "velkommen", "welcome", "index", "readme")


@dataclass
class PageList:
    pages: list[PageInfo] = field(default_factory=list)
    tree_key: int = 0  # changes when ids, paths or titles change
    tree: Node | None = None
    titles: list[str] = field(default_factory=list)
    spaces: list[str] = field(default_factory=list)
    recent: list[PageInfo] = field(default_factory=list)
    by_id: dict[str, PageInfo] = field(default_factory=dict)
    home: PageInfo | None = None  # a top-level page called Home, Start, Forside, ...; else the first page


def find_home(pages: list[PageInfo]) -> PageInfo | None:
    top = {p.title.casefold(): p for p in reversed(pages) if not p.space}
    return next((top[name] for name in HOME_TITLES if name in top), pages[0] if pages else None)


def digest(pages: list[PageInfo], previous: PageList | None = None) -> PageList:
    tree_key = hash(tuple((p.page_id, p.path, p.title) for p in pages))
    tree = previous.tree if previous is not None and previous.tree_key == tree_key else build_tree(pages)
    return PageList(
        pages=pages,
        tree_key=tree_key,
        tree=tree,
        titles=sorted({p.title for p in pages}, key=str.casefold),
        spaces=sorted({p.space for p in pages if p.space}, key=str.casefold),
        recent=sorted(pages, key=lambda p: p.modified, reverse=True)[:RECENT],
        by_id={p.page_id: p for p in pages},
        home=find_home(pages),
    )
