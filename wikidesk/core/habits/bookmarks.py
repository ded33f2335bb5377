"""Bookmarks: one person's own short list of pages, in the order they chose, kept in their data folder (never
synced). A bookmark holds the page id, so it follows the page through renames and moves."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from . import user_state

KEY = "bookmarks"


@dataclass(frozen=True)
class Bookmark:
    page_id: str
    page: PageInfo | None  # None: the page was deleted (or is not here yet)

    def to_json(self) -> dict[str, Any]:
        info = self.page
        return {"id": self.page_id, "page": info.name if info else None, "title": info.title if info else None,
                "exists": info is not None}


def ids(wiki: Wiki) -> list[str]:
    raw = user_state.load(wiki).get(KEY)
    return [str(i) for i in raw if isinstance(i, str)] if isinstance(raw, list) else []


def bookmarks(wiki: Wiki, pages: list[PageInfo] | None = None) -> list[Bookmark]:
    """The bookmarks in the person's order, each with its page as it is now (``pages``: the page list, if the
    caller has it)."""
    current = {p.page_id: p for p in (pages if pages is not None else wiki.pages(refresh=False))}
    return [Bookmark(i, current.get(i)) for i in ids(wiki)]


def add(wiki: Wiki, info: PageInfo) -> bool:
    """Bookmark a page (at the end); False if it already was."""
    current = ids(wiki)
    if info.page_id in current:
        return False
    user_state.update(wiki, KEY, [*current, info.page_id])
    return True


def remove(wiki: Wiki, page_id: str) -> bool:
    current = ids(wiki)
    if page_id not in current:
        return False
    user_state.update(wiki, KEY, [i for i in current if i != page_id])
    return True


def move(wiki: Wiki, page_id: str, index: int) -> None:
    """Put a bookmark at ``index`` of the list."""
    current = [i for i in ids(wiki) if i != page_id]
    current.insert(max(0, min(index, len(current))), page_id)
    user_state.update(wiki, KEY, current)


def is_bookmarked(wiki: Wiki, page_id: str) -> bool:
    return page_id in ids(wiki)
