"""Attachments: files stored beside a page, under names that are safe and free in the page's folder."""

from __future__ import annotations

import os
from pathlib import Path

from wikidesk.core import names
from wikidesk.core.catalog import is_ignored, is_page_path
from wikidesk.core.errors import InvalidNameError
from wikidesk.core.wiki_paths import names_in_folder


def free_name(root: Path, folder: str, filename: str) -> str:
    """A safe file name for ``filename`` in ``folder`` that no file there has (ignoring case): ``x (2).png``.

    Refuses names the wiki would read as a page or ignore (temporary and system files).
    """
    safe = names.attachment_name(filename)
    if is_page_path(safe):
        raise InvalidNameError(f"“{safe}” is a Markdown page file, so it cannot be attached; create a page "
                               "from it instead.")
    if is_ignored(safe):
        raise InvalidNameError(f"wikidesk ignores files named like “{safe}” (temporary or system files); "
                               "attach it under another name.")
    stem, dot, ext = safe.rpartition(".")
    if not dot:
        stem, ext = safe, ""
    taken = names_in_folder(root, folder)
    candidate, n = safe, 1
    while names.name_key(candidate) in taken or os.path.lexists(root / folder / candidate):
        n += 1
        candidate = f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})"
    return candidate
