"""One person's own choices about one wiki (watch list, what they saw, bookmarks): a small JSON file in the user's
data folder (:func:`wikidesk.core.paths.data_dir`), keyed by the wiki's id, so it follows the wiki wherever its
folder is and is never synced to colleagues."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

from wikidesk.core.atomic import write_atomic
from wikidesk.core.paths import data_dir, wiki_key
from wikidesk.core.wiki import Wiki

_LOCK = threading.Lock()


def state_path(wiki: Wiki) -> Path:
    """``<data>/habits/<wiki id>.json`` (a wiki without an id yet: keyed by its folder)."""
    key = wiki.wiki_id or wiki_key(wiki.root)
    return data_dir() / "habits" / f"{key}.json"


def load(wiki: Wiki) -> dict[str, Any]:
    """The whole state (empty when none was saved or the file is unreadable: it only holds preferences)."""
    try:
        data = json.loads(state_path(wiki).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def update(wiki: Wiki, key: str, value: Any) -> None:
    """Replace one part of the state (read, change, atomic write; one writer at a time in this process)."""
    with _LOCK:
        data = load(wiki)
        data[key] = value
        path = state_path(wiki)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True).encode("utf-8"))
