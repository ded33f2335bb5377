"""Which shared folder a wiki syncs with (``<wiki>/.wikidesk/sync.json``), and joining or creating a store."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from wikidesk.core.atomic import write_atomic
from wikidesk.core.sync.errors import NoShareError, ShareOfflineError
from wikidesk.core.sync.location import open_backend
from wikidesk.core.sync.store import ShareStore

if TYPE_CHECKING:
    from wikidesk.core.wiki import Wiki

SYNC_FILE = "sync.json"


def load(wiki: Wiki) -> dict[str, Any]:
    try:
        data = json.loads((wiki.meta_dir / SYNC_FILE).read_text("utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def save(wiki: Wiki, data: dict[str, Any]) -> None:
    write_atomic(wiki.meta_dir / SYNC_FILE, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))


def share_location(wiki: Wiki) -> str:
    location = str(load(wiki).get("share") or "")
    if not location:
        raise NoShareError("This wiki is not connected to a shared folder; run “wikidesk init DIR --share PATH”.")
    return location


def connect_share(wiki: Wiki, share_path: str) -> None:
    """Connect ``wiki`` to a shared folder: join the store there, or create one in an empty or new folder.

    A folder that holds other files but no store marker is refused and left untouched.
    """
    store = ShareStore(open_backend(share_path))
    try:
        try:
            store.open()
        except ShareOfflineError:
            store.create()
        save(wiki, {**load(wiki), "share": share_path, "store_id": store.store_id})
    finally:
        store.backend.close()
