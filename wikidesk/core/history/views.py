"""History as people use it: list a page's revisions, show and diff them, restore one, and resolve conflicts.

Every function takes the wiki (for finding pages and writing the working file) and its history.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from wikidesk.core.errors import NotFoundError, OutsideEditError, WikiError
from wikidesk.core.history.errors import NoConflictError, RevisionNotFoundError
from wikidesk.core.history.merge import merge_texts
from wikidesk.core.history.model import Conflict, Revision, blob_hash
from wikidesk.core.history.scan import scan_paths
from wikidesk.core.names import name_key

if TYPE_CHECKING:
    from wikidesk.core.history.store import History
    from wikidesk.core.wiki import Wiki


def history_of(wiki: Wiki) -> History:
    if wiki.history is None:
        raise WikiError("This wiki has no page history attached.")
    return wiki.history  # type: ignore[return-value]


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
    rows = history.db.query("SELECT DISTINCT page_id FROM revisions WHERE page_id = ?", (ref_clean,))
    if rows:
        return rows[0][0]
    key = name_key(ref_clean if ref_clean.lower().endswith(".md") else ref_clean + ".md")
    rows = history.db.query("SELECT page_id, path FROM revisions ORDER BY clock DESC")
    for page_id, path in rows:
        if name_key(path) in (key, name_key(ref_clean)):
            return page_id
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


def write_revision(wiki: Wiki, *, page_id: str, path: str, data: bytes, parents: list[str], summary: str,
                   kind: str = "page") -> Revision:
    """Put ``data`` at ``path`` in the working folder and record it with explicit parents."""
    history = history_of(wiki)
    entry = history.worktree(page_id)
    old_path = entry.path if entry else None
    if entry is not None and _etag_on_disk(wiki, entry.path) not in (entry.etag, None):
        raise OutsideEditError("The page was changed by another program just now; look at it again and retry.")
    if name_key(path) != name_key(old_path or "") and (wiki.root / path).exists():
        path = old_path or path  # the old location is taken by another page now: keep the current one
    wiki.apply_remote(page_id=page_id, path=path, data=data, old_path=old_path)
    rev = history.record(page_id=page_id, path=path, data=data, author=wiki.user, summary=summary, kind=kind,
                         parents=parents)
    if rev is None:
        raise WikiError("Nothing to change: the page already holds that text.")
    return rev


def restore(wiki: Wiki, ref: str, rev_ref: str) -> Revision:
    """Make an old revision the page's current text again, as a new revision (history is kept)."""
    history = history_of(wiki)
    page_id = page_id_for(wiki, ref)
    old = history.revision(rev_ref, page_id)
    data = history.content(old)
    if data is None:
        raise RevisionNotFoundError("That revision is the page's deletion; choose a revision with text to restore.")
    parents = [h.id for h in history.heads(page_id)]
    return write_revision(wiki, page_id=page_id, path=old.path, data=data, parents=parents,
                          summary=f"Restored revision {old.id[:8]} of {old.time}", kind=old.kind)


def conflicts(wiki: Wiki) -> list[Conflict]:
    """Pages whose concurrent versions could not be merged automatically."""
    history = history_of(wiki)
    return [conflict(wiki, page_id) for page_id in history.db.multi_head_pages()]


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


def resolve(wiki: Wiki, ref: str, text: str | bytes) -> Revision:
    """Finish a conflict with the text a person chose; its parents are every conflicting version."""
    history = history_of(wiki)
    page_id = page_id_for(wiki, ref)
    heads = history.heads(page_id)
    if len(heads) < 2:
        raise NoConflictError("That page is not in conflict; there is nothing to resolve.")
    data = text.encode("utf-8") if isinstance(text, str) else text
    entry = history.worktree(page_id)
    if heads[0].kind == "page":
        data = _with_page_metadata(history, data, heads, page_id)
    path = entry.path if entry else heads[0].path
    live = [h for h in heads if not h.deleted]
    kind = (live or heads)[0].kind
    return write_revision(wiki, page_id=page_id, path=path, data=data, parents=[h.id for h in heads],
                          summary="Resolved a conflict", kind=kind)


def _with_page_metadata(history: History, data: bytes, heads: Sequence[Revision], page_id: str) -> bytes:
    """The resolved text as ``write`` stores a text: every line kept, metadata it lacks taken from the version
    shown, and the page's id kept, or the page would lose its history and links."""
    from wikidesk.core import frontmatter

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    shown = next((history.content(h) for h in heads if not h.deleted), None)
    base = frontmatter.parse(shown.decode("utf-8", errors="replace")) if shown else frontmatter.Document()
    doc = frontmatter.adopt(text, base)
    if str(doc.meta.get("id") or "") != page_id:
        doc.meta["id"] = page_id
    return frontmatter.serialize(doc).encode("utf-8")


def _etag_on_disk(wiki: Wiki, rel: str) -> str | None:
    try:
        return blob_hash((wiki.root / rel).read_bytes())
    except OSError:
        return None
