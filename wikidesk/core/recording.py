"""How the wiki notes its changes in the page history: every save a revision, and what another program left on disk
kept as its own revision before wikidesk replaces it. A history that cannot be written turns into one sentence."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from wikidesk.core.atomic import describe_os_error
from wikidesk.core.catalog import is_page_path, page_info_from_text
from wikidesk.core.errors import StorageError, WikiError
from wikidesk.core.page_ids import attachment_id

if TYPE_CHECKING:
    from wikidesk.core.history.store import History

OUTSIDE_EDIT = "Edited outside wikidesk"
INITIAL_SUMMARY = "Added before history was kept"  # a page's first revision, taken in from the folder


def record(history: History, *, user: str, page_id: str, path: str, data: bytes | None, summary: str, kind: str,
           failed: str) -> None:
    """Record a revision; a full disk or broken database becomes a :class:`StorageError` starting ``failed``."""
    try:
        history.record(page_id=page_id, path=path, data=data, author=user, summary=summary, kind=kind)
    except (OSError, sqlite3.Error) as exc:
        reason = describe_os_error(exc) if isinstance(exc, OSError) else str(exc)
        raise StorageError(f"{failed}: {reason}.") from exc


def outside_summary(history: History, page_id: str) -> str:
    """What a version of a file found on disk is called: an outside edit, or, for a page history has not taken in
    yet (its first import still running), one that was there before history was kept."""
    return OUTSIDE_EDIT if not history.needs_first_scan() or history.heads(page_id) else INITIAL_SUMMARY


def keep_outside_edit(history: History, *, user: str, file: Path, rel: str, new_data: bytes | None) -> None:
    """Before ``rel`` is replaced or removed, record what is on disk (a no-op when history already has it)."""
    try:
        before = file.read_bytes()
    except OSError:
        return
    if before == new_data:
        return
    kind = "page" if is_page_path(rel) else "file"
    page_id = (page_info_from_text(rel, before.decode("utf-8", errors="replace"), None).page_id
               if kind == "page" else attachment_id(rel))
    record(history, user=user, page_id=page_id, path=rel, data=before, summary=outside_summary(history, page_id),
           kind=kind,
           failed="Nothing was saved, because the page history could not keep the version on disk")


def check_writable(root: Path, history_error: WikiError | None) -> None:
    """Refuse every change, with the reason, when the history could not be opened (a read-only or full disk)."""
    if history_error is None:
        return
    if root.is_dir() and not os.access(root, os.W_OK):
        raise StorageError(f"The wiki folder {root} is read-only, so nothing was changed.")
    reason = str(history_error).rstrip(".")
    raise StorageError(f"Nothing was changed: {reason[:1].lower()}{reason[1:]}.")
