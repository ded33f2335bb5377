"""Page identity: the ids that keep a page's history and links through renames and moves.

A page's id is written in its front matter (``id:``) the first time wikidesk saves it; a file that has none yet has
an id derived from its path, equal on every client. Attachments have ids derived from their path, marked with ``f``.
"""

from __future__ import annotations

import hashlib
import uuid


def new_page_id() -> str:
    """A fresh id for a new page (or a copy that must not share its original's history)."""
    return uuid.uuid4().hex[:16]


def derived_id(relative_path: str) -> str:
    """The id of a page that has none in its front matter: stable for a given path, equal on every client."""
    key = relative_path.replace("\\", "/").casefold()
    return hashlib.sha256(("wikidesk-path:" + key).encode("utf-8")).hexdigest()[:16]


def attachment_id(rel: str) -> str:
    """The id of an attachment (its path's derived id, first letter ``f``)."""
    return "f" + derived_id(rel)[1:]


def stored_id(meta: dict[str, object]) -> str | None:
    """The page id written in the front matter, or None when there is none usable (missing, empty, a list...)."""
    value = meta.get("id")
    if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
        return str(value)
    return None
