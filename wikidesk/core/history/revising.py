"""New revisions made from history: restore an old revision, or resolve a conflict with the text a person chose.

Both write the page through the wiki and record the revision with explicit parents, so every client ends up with
the same history.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from wikidesk.core.errors import OutsideEditError, WikiError
from wikidesk.core.history.errors import NoConflictError, RevisionNotFoundError
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.queries import history_of, page_id_for
from wikidesk.core.names import name_key

if TYPE_CHECKING:
    from wikidesk.core.history.store import History
    from wikidesk.core.wiki import Wiki


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
