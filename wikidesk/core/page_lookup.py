"""Finding a page from what a person or script typed: a path, an id, ``Space/Title`` or a title."""

from __future__ import annotations

from wikidesk.core import names
from wikidesk.core.catalog import Lookup
from wikidesk.core.errors import NotFoundError
from wikidesk.core.pages import PageInfo


def clean_ref(ref: str) -> str:
    """A page reference with Windows separators and surrounding slashes and spaces removed."""
    return ref.strip().replace("\\", "/").strip("/")


def match(lookup: Lookup, ref: str) -> list[PageInfo]:
    """Every page ``ref`` names: by path (with or without ``.md``), then id, then title (case-insensitive)."""
    key = names.name_key(ref)
    by_path = lookup.with_path(key if key.endswith(".md") else key + ".md")
    if by_path:
        return list(by_path)
    by_id = lookup.with_id(ref)
    if by_id:
        return list(by_id)
    by_title = lookup.with_title(names.name_key(names.normalize_title(ref)))
    if by_title or "/" not in ref:
        return sorted(by_title, key=lambda p: p.path.casefold())
    space, _, title = ref.rpartition("/")
    space_key = names.name_key(space)
    candidates = lookup.with_title(names.name_key(names.normalize_title(title)))
    return [p for p in candidates if names.name_key(p.space) == space_key]


def only_one(ref: str, found: list[PageInfo]) -> PageInfo:
    """The one page found, or a :class:`NotFoundError` that says what to type instead."""
    if not found:
        raise NotFoundError(f"There is no page called “{ref}”.")
    if len(found) > 1:
        if len({names.name_key(p.path) for p in found}) == 1:  # A.md and a.md, made on Linux
            options = ", ".join(p.path for p in found[:5])
            raise NotFoundError(f"Several files in the wiki folder have the same name apart from letter case or "
                                f"accents ({options}); rename one of them, as Windows would see them as one.")
        if len({names.name_key(p.space) for p in found}) == len(found):
            options = ", ".join(p.name for p in found[:5])
            raise NotFoundError(f"“{ref}” matches several pages ({options}); give the space too, as Space/Title.")
        options = ", ".join(f"{p.path} has id {p.page_id}" for p in found[:5])
        raise NotFoundError(f"“{ref}” matches several pages ({options}); give the page id instead.")
    return found[0]


def prefer_space(found: list[PageInfo], space: str) -> PageInfo | None:
    """Of the pages a link names, the one in the linking page's own space, else the first."""
    same_space = [p for p in found if names.name_key(p.space) == names.name_key(space)]
    return (same_space or found or [None])[0]
