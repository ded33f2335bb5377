"""What a revision pulled from the share must be before it may enter local history (and the wiki folder).

A segment anyone could have written (a broken client, a person with write access to the folder) may hold a
revision whose path leads outside the wiki, names a drive, a hidden or reserved file, or is too long; or numbers
that would poison the Lamport clock. :func:`revision_problem` says why such a revision is refused; pull sets it
aside (recorded in ``set_aside``, reported by sync and check, never applied) and takes in everything else.
"""

from __future__ import annotations

import functools
import re

from wikidesk.core.catalog import is_ignored
from wikidesk.core.history.model import Revision
from wikidesk.core.names import RESERVED

MAX_PATH = 1024  # characters in a whole wiki-relative path
MAX_COMPONENT_BYTES = 255  # bytes of one file or folder name (the limit of common file systems)
MAX_PAGE_ID = 200
MAX_NUMBER = 2**53  # clock and size; larger values are not something a client makes
_REV_ID = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile(r"[\x00-\x1f]")
_WINDOWS_FORBIDDEN = set('<>:"\\|?*')


@functools.lru_cache(maxsize=65536)  # a pure function of the text; a page's versions share their path
def path_problem(path: str) -> str | None:
    """Why ``path`` is not a legal wiki-relative path for a page or attachment (None if it is)."""
    if not path:
        return "it is empty"
    if len(path) > MAX_PATH:
        return "it is too long"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
        return "it contains control characters"
    if path.startswith(("/", "\\")):
        return "it is an absolute path"
    if re.match(r"[A-Za-z]:", path) or "\\" in path:
        return "it names a drive or uses a backslash"
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "it leads outside the wiki folder"
    for part in parts:
        problem = _component_problem(part)
        if problem:
            return problem
    return None


def _component_problem(part: str) -> str | None:
    if part.startswith("."):
        return "it names a hidden file or folder"
    if any(ch in _WINDOWS_FORBIDDEN for ch in part):
        return "it holds a character Windows forbids in names"
    if part.endswith((".", " ")):
        return "a name in it ends with a dot or a space"
    if part.split(".", 1)[0].rstrip(" ").upper() in RESERVED:
        return f"“{part}” is a reserved name on Windows"
    if len(part.encode("utf-8")) > MAX_COMPONENT_BYTES:
        return "it is too long"
    if is_ignored(part):
        return "it names a temporary or system file the wiki ignores"
    return None


def revision_problem(rev: Revision) -> str | None:
    """Why a revision from the share may not be taken in (None if it may)."""
    if not rev.page_id or len(rev.page_id) > MAX_PAGE_ID or _CONTROL.search(rev.page_id):
        return "its page id is malformed"
    if not all(map(_REV_ID.fullmatch, rev.parents)):
        return "its parents are malformed"
    if not (0 <= rev.clock < MAX_NUMBER) or not (0 <= rev.size < MAX_NUMBER):
        return "its clock or size is out of range"
    return path_problem(rev.path)


def shown_path(path: str, limit: int = 80) -> str:
    """A path as it can be shown in one line (control characters replaced, long ones cut)."""
    clean = "".join("?" if ord(ch) < 32 or ord(ch) == 127 else ch for ch in path)
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
