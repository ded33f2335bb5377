"""Where a wiki's files go: paths that cannot leave the wiki folder, and names Windows would not see as one.

Pure functions of the wiki's root folder; :class:`~wikidesk.core.wiki.Wiki` uses them before every write.
"""

from __future__ import annotations

import os
from pathlib import Path

from wikidesk.core import names
from wikidesk.core.errors import AlreadyExistsError, InvalidNameError, StorageError

MAX_PATH = 250  # characters of a full path Windows tools still handle


def safe_path(root: Path, rel: str) -> Path:
    """The file for a wiki-relative path; refuses anything that could reach outside the wiki folder."""
    parts = rel.split("/")
    windows_only = os.name == "nt" and any(ch in rel for ch in "\\:")  # separators and drives there
    if not rel or windows_only or any(p in ("", ".", "..") or p.startswith(".") for p in parts):
        raise InvalidNameError(f"“{rel}” is not a path inside the wiki.")
    if not root.is_dir():
        raise StorageError(
            f"The wiki folder {root} is no longer there; it may have been moved or deleted, or the network "
            "drive is disconnected."
        )
    current = root
    for part in parts:
        current = current / part
        if current.is_symlink():
            raise InvalidNameError(f"“{rel}” goes through a symbolic link; wikidesk only uses files inside the "
                                   "wiki folder.")
    return current


def page_rel(root: Path, space: str, title: str) -> str:
    """The path of a page called ``title`` in ``space`` (the space's folder spelled as on disk)."""
    folder = existing_folder(root, names.space_to_dir(space)) if space.strip() else ""
    filename = names.title_to_filename(title)
    rel = f"{folder}/{filename}" if folder else filename
    if len(str(root / rel)) > MAX_PATH and len(rel) > 200:
        raise InvalidNameError("The page's folder path and title are too long together; use a shorter title.")
    return rel


def ensure_free(root: Path, rel: str, title: str) -> None:
    """Refuse a page path already taken, ignoring case (one folder listing, not a rescan of the wiki)."""
    folder, _, filename = rel.rpartition("/")
    if names.name_key(filename) in names_in_folder(root, folder) or os.path.lexists(root / rel):
        raise AlreadyExistsError(f"A page called “{title}” already exists there.")


def existing_folder(root: Path, folder: str) -> str:
    """``folder`` spelled as the folders already on disk are (space names ignore case, as on Windows)."""
    parts: list[str] = []
    for part in folder.split("/"):
        parent = root.joinpath(*parts)
        try:
            match = next((e for e in os.listdir(parent) if names.name_key(e) == names.name_key(part)), None)
        except OSError:
            match = None
        parts.append(match if match is not None and (parent / match).is_dir() else part)
    return "/".join(parts)


def names_in_folder(root: Path, folder: str) -> set[str]:
    """Case-insensitive keys of every name in one folder of the wiki (empty if the folder does not exist)."""
    try:
        return {names.name_key(entry) for entry in os.listdir(root / folder if folder else root)}
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise StorageError(f"Could not read the folder {folder or root}: {exc.strerror or exc}.") from exc
