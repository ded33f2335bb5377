"""History as people look at it: a page's revisions, their text and differences, and pages in conflict.

Every function takes the wiki (for finding pages) and reads its history; nothing here changes anything. Making new
revisions from old ones (restore) or from a person's choice (resolve) is :mod:`wikidesk.core.history.revising`.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from wikidesk.core.errors import NotFoundError, WikiError
from wikidesk.core.history.errors import NoConflictError
from wikidesk.core.history.model import Conflict, Revision
from wikidesk.core.history.scan import scan_paths
from wikidesk.core.history.three_way import merge_texts
from wikidesk.core.names import name_key

if TYPE_CHECKING:
    from wikidesk.core.history.store import History
    from wikidesk.core.wiki import Wiki


def history_of(wiki: Wiki) -> History:
    if wiki.history is None:
        raise WikiError("This wiki has no page history attached.")
    return wiki.history


def page_id_for(wiki: Wiki, ref: str) -> str:
    """The page id for a page reference; also finds deleted pages by their last path or id."""
    history = history_of(wiki)
    try:
        info = wiki.find(ref)
        scan_paths(history, wiki, [info.path])
        return info.page_id
    except NotFoundError:
        pass
    ref_clean = ref.strip().replace("\\", "/").strip("/")
    if history.page_revisions(ref_clean):
        return ref_clean
    key = name_key(ref_clean if ref_clean.lower().endswith(".md") else ref_clean + ".md")
    found = history.page_last_at(key, name_key(ref_clean))
    if found is not None:
        return found
    raise NotFoundError(f"There is no page or page history called “{ref}”.")


def revisions(wiki: Wiki, ref: str) -> list[Revision]:
    """Every revision of a page, oldest first (by logical clock)."""
    return history_of(wiki).page_revisions(page_id_for(wiki, ref))


def revision_text(wiki: Wiki, rev: Revision) -> str:
    data = history_of(wiki).content(rev)
    if data is None:
        return ""
    return data.decode("utf-8", errors="replace")


def diff(wiki: Wiki, ref: str, rev_a: str, rev_b: str | None = None) -> str:
    """Unified diff from ``rev_a`` to ``rev_b`` (default: the page as it is now in the folder)."""
    history = history_of(wiki)
    page_id = page_id_for(wiki, ref)
    a = history.revision(rev_a, page_id)
    if rev_b is not None:
        b = history.revision(rev_b, page_id)
        b_text, b_label = revision_text(wiki, b), f"{b.path} ({b.id[:8]})"
    else:
        entry = history.worktree(page_id)
        b_text = (wiki.root / entry.path).read_text("utf-8", errors="replace") if entry else ""
        b_label = f"{entry.path} (working copy)" if entry else "(deleted)"
    lines = difflib.unified_diff(revision_text(wiki, a).splitlines(True), b_text.splitlines(True),
                                 fromfile=f"{a.path} ({a.id[:8]})", tofile=b_label)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def conflicts(wiki: Wiki) -> list[Conflict]:
    """Pages whose concurrent versions could not be merged automatically."""
    history = history_of(wiki)
    return [conflict(wiki, page_id) for page_id in history.pages_in_conflict()]


def conflict(wiki: Wiki, page_id: str) -> Conflict:
    """The versions in conflict for one page, plus their text merged with conflict markers."""
    from wikidesk.core.history.dag import merge_base

    history = history_of(wiki)
    heads = history.heads(page_id)
    if len(heads) < 2:
        raise NoConflictError("That page is not in conflict.")
    revs = {r.id: r for r in history.page_revisions(page_id)}
    base = merge_base(revs, heads[0].id, heads[1].id)
    base_text = revision_text(wiki, base) if base is not None else ""
    merged = revision_text(wiki, heads[0])
    for other in heads[1:]:
        _clean, merged = merge_texts(base_text, merged, revision_text(wiki, other),
                                     label_a="this version", label_b=f"{other.author}, {other.time}")
    shown = heads[0]
    return Conflict(page_id=page_id, path=shown.path, heads=tuple(heads), merged_text=merged, base=base)
