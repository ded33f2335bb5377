"""History as people look at it: a page's revisions, their text and differences, and pages in conflict.

Every function takes the wiki (for finding pages) and reads its history; nothing here changes anything. Making new
revisions from old ones (restore) or from a person's choice (resolve) is :mod:`wikidesk.core.history.revising`.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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


# ----- a conflict as the person who resolves it sees it (additions for the UI; the functions above are unchanged) ----

@dataclass(frozen=True)
class ConflictVersion:
    """One version of a page in conflict: the revision, its whole file text, and whether it is the person's own."""

    revision: Revision
    text: str
    own: bool  # made on this client by this wiki's user (see :func:`made_here`)
    shown: bool  # the version the page file holds now (the same on every client)


def made_here(wiki: Wiki, revs: Sequence[Revision]) -> set[str]:
    """The ids of those revisions that were made on this client by this wiki's user.

    A revision made here is recorded without an origin and keeps this client's id as its origin once it is sent;
    a pulled one carries the id of the client it came from. The author must also be this wiki's user (one name of a
    merge's "A + B"), so a file taken in from the shared folder's readable copy is not called the person's own.
    Limits: after this client took a new identity (a copied wiki folder), its older revisions carry the old id and
    are no longer called its own; and a revision republished by another client after a restore from backup carries
    that client's id.
    """
    history = history_of(wiki)
    client = history.client_id
    user = (wiki.user or "").strip().casefold()
    ids = [r.id for r in revs]
    if not ids:
        return set()
    rows = history.db.query(f"SELECT id, origin FROM revisions WHERE id IN ({','.join('?' * len(ids))})", ids)
    origins = {row[0]: row[1] for row in rows}
    own = set()
    for rev in revs:
        origin = origins.get(rev.id)
        authors = {name.strip().casefold() for name in rev.author.split(" + ")}
        if (origin is None or origin == client) and user and user in authors:
            own.add(rev.id)
    return own


def conflict_versions(wiki: Wiki, page_id: str) -> list[ConflictVersion]:
    """Every version of a page in conflict with its text, the shown one first; an empty list when the page is not
    in conflict (so the UI can ask for the open page after every change without catching an error)."""
    history = history_of(wiki)
    heads = history.heads(page_id)
    if len(heads) < 2:
        return []
    own = made_here(wiki, heads)
    return [ConflictVersion(revision=h, text=revision_text(wiki, h), own=h.id in own, shown=i == 0)
            for i, h in enumerate(heads)]


def merged_with_labels(wiki: Wiki, page_id: str, labels: Mapping[str, str], *, body_only: bool = False) -> str:
    """The versions in conflict merged with conflict markers labelled in the caller's words.

    ``labels`` maps revision ids to the label of their marker lines, in the order the versions should come (the
    person's own first, say); versions it does not name follow in shown order, labelled "author, time". With
    ``body_only`` the merge is of the Markdown bodies (front matter left out: the UI shows title and tags as fields).
    """
    from wikidesk.core import frontmatter
    from wikidesk.core.history.dag import merge_base

    history = history_of(wiki)
    heads = history.heads(page_id)
    if len(heads) < 2:
        raise NoConflictError("That page is not in conflict.")
    order = {rev_id: i for i, rev_id in enumerate(labels)}
    ordered = sorted(heads, key=lambda h: order.get(h.id, len(order) + heads.index(h)))

    def text_of(rev: Revision | None) -> str:
        text = revision_text(wiki, rev) if rev is not None else ""
        return frontmatter.parse(text).body if body_only else text

    def label(rev: Revision) -> str:
        return labels.get(rev.id) or f"{rev.author}, {rev.time}"

    revs = {r.id: r for r in history.page_revisions(page_id)}
    base = merge_base(revs, ordered[0].id, ordered[1].id)
    base_text = text_of(base)
    merged = text_of(ordered[0])
    for other in ordered[1:]:
        _clean, merged = merge_texts(base_text, merged, text_of(other), label_a=label(ordered[0]),
                                     label_b=label(other))
    return merged


def conflict_base_text(wiki: Wiki, page_id: str) -> str:
    """The text the versions in conflict started from (their merge base; "" when they share none)."""
    from wikidesk.core.history.dag import merge_base

    history = history_of(wiki)
    heads = history.heads(page_id)
    if len(heads) < 2:
        raise NoConflictError("That page is not in conflict.")
    revs = {r.id: r for r in history.page_revisions(page_id)}
    base = merge_base(revs, heads[0].id, heads[1].id)
    return revision_text(wiki, base) if base is not None else ""
