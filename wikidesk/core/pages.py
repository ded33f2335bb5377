"""Value types shared by the wiki, history, sync, search and UI layers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from wikidesk.core.frontmatter import Document


@dataclass(frozen=True, slots=True)
class PageInfo:
    """What the page list knows about a page without rendering it."""

    page_id: str
    path: str  # POSIX path relative to the wiki root, e.g. "IT/Skriveroppsett.md"
    title: str
    space: str  # "IT/Skrivere" (titles of the folders), "" at the root
    tags: tuple[str, ...] = ()
    modified: float = 0.0  # file mtime, epoch seconds
    author: str | None = None
    created: str | None = None
    size: int = 0

    @property
    def name(self) -> str:
        """The page as the CLI prints and accepts it: its path without ``.md``."""
        return self.path[:-3] if self.path.endswith(".md") else self.path


@dataclass
class Page:
    """A page read from disk: metadata, Markdown body, and the etag of the bytes it was read from."""

    info: PageInfo
    doc: Document
    etag: str

    @property
    def body(self) -> str:
        return self.doc.body

    @property
    def meta(self) -> dict[str, Any]:
        return self.doc.meta


@dataclass(frozen=True)
class WikiChange:
    """One change to the wiki folder, as announced to subscribers (search index, UI, sync)."""

    kind: str  # "save" | "create" | "rename" | "delete" | "attach"
    page_id: str
    path: str
    old_path: str | None = None
    origin: str = "local"  # "local" (this app), "sync" (pulled from the share), "disk" (another editor)


def etag_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()

