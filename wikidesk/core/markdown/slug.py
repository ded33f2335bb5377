"""Heading anchors: GitHub-style slugs, so links copied from GitHub/Jekyll pages (``#alt-3-kjøre-via``) keep working.

Letters of any script (æ, ø, å included) and digits are kept and lowercased, spaces become ``-``, other
punctuation is dropped. Within one page repeated slugs get ``-1``, ``-2``, ... appended.
"""

from __future__ import annotations

import re
import unicodedata

_DROP = re.compile(r"[^\w\- ]+")
_SPACE = re.compile(r" ")
FALLBACK = "section"


def slugify(text: str) -> str:
    """The anchor for a heading text (before de-duplication); stable across versions."""
    text = unicodedata.normalize("NFC", text).strip().lower()
    text = _DROP.sub("", text)
    slug = _SPACE.sub("-", text)
    return slug or FALLBACK


class AnchorSet:
    """Hands out unique anchors for one page, in document order."""

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._next: dict[str, int] = {}

    def unique(self, text: str) -> str:
        base = slugify(text)
        n = self._next.get(base, 0)
        anchor = base if n == 0 else f"{base}-{n}"
        while anchor in self._used:
            n += 1
            anchor = f"{base}-{n}"
        self._next[base] = n + 1
        self._used.add(anchor)
        return anchor
