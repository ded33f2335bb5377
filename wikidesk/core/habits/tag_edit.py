"""Renaming and merging tags across the wiki: in each page's front matter ``tags`` and in its inline ``#tags``
(:mod:`.inline`: not in code, links or URLs), each page saved through :meth:`Wiki.save` as an ordinary revision (so
the change syncs, and merges with a colleague's concurrent edit of the same page like any other edit)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wikidesk.core import links
from wikidesk.core.catalog import normalize_tags
from wikidesk.core.errors import AlreadyExistsError, InvalidNameError, NotFoundError, WikiError
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from .inline import replace_tag, valid_tag


@dataclass
class TagEdit:
    """What a rename or merge did: the pages changed (with how many places each), and pages it could not change."""

    old: str
    new: str
    changed: list[tuple[PageInfo, int]] = field(default_factory=list)
    failed: list[tuple[PageInfo, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"old": self.old, "new": self.new,
                "changed": [{"page": p.name, "id": p.page_id, "places": n} for p, n in self.changed],
                "failed": [{"page": p.name, "id": p.page_id, "error": e} for p, e in self.failed]}


def check_name(name: str) -> str:
    tag = valid_tag(name)
    if tag is None:
        raise InvalidNameError(f"“{name.strip()}” is not a tag: a tag starts with a letter and holds letters, "
                               "digits, - _ and /, ending on a letter or digit.")
    return tag


def rename(wiki: Wiki, old: str, new: str) -> TagEdit:
    """Rename tag ``old`` to ``new`` on every page; refuses when ``new`` is in use already (that is a merge)."""
    old_tag, new_tag = check_name(old), check_name(new)
    by_tag = links.tags(wiki)
    if old_tag not in by_tag:
        raise NotFoundError(f"No page has the tag #{old_tag}.")
    if new_tag in by_tag and new_tag != old_tag:
        raise AlreadyExistsError(f"The tag #{new_tag} is in use already; to put the pages of #{old_tag} under it, "
                                 f"merge them: wikidesk tags merge {old_tag} {new_tag}.")
    return _apply(wiki, by_tag[old_tag], old_tag, new_tag, f"Renamed tag #{old_tag} to #{new_tag}")


def merge(wiki: Wiki, source: str, target: str) -> TagEdit:
    """Merge tag ``source`` into ``target``: every page of ``source`` carries ``target`` instead (once)."""
    old_tag, new_tag = check_name(source), check_name(target)
    if old_tag == new_tag:
        raise InvalidNameError("A tag cannot be merged into itself.")
    by_tag = links.tags(wiki)
    if old_tag not in by_tag:
        raise NotFoundError(f"No page has the tag #{old_tag}.")
    return _apply(wiki, by_tag[old_tag], old_tag, new_tag, f"Merged tag #{old_tag} into #{new_tag}")


def _apply(wiki: Wiki, pages: list[PageInfo], old: str, new: str, summary: str) -> TagEdit:
    report = TagEdit(old, new)
    for info in pages:
        try:
            places = edit_page(wiki, info, old, new, summary)
        except WikiError as exc:
            report.failed.append((info, str(exc)))
            continue
        if places:
            report.changed.append((info, places))
    return report


def edit_page(wiki: Wiki, info: PageInfo, old: str, new: str, summary: str) -> int:
    """Rename ``old`` to ``new`` in one page (front matter and text); returns the places changed (0: none)."""
    page = wiki.read(info)
    body, places = replace_tag(page.body, old, new)
    updates: dict[str, Any] = {}
    raw = page.meta.get("tags")
    listed = list(normalize_tags(raw))
    if old in listed:
        renamed = list(dict.fromkeys(new if t == old else t for t in listed))
        updates["tags"] = renamed
        places += 1
    if not places:
        return 0
    wiki.save(page.info, body, expected_etag=page.etag, meta_updates=updates or None, summary=summary)
    return places
