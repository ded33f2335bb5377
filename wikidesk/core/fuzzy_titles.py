"""Fuzzy matching of page titles, as the quick switcher (Ctrl+P) does it: the typed letters in order, rewarding
word starts and runs. Not full-text search (that is :mod:`wikidesk.core.search`, whose ``fuzzy`` module is its
typo tolerance)."""

from __future__ import annotations

import unicodedata

from wikidesk.core.pages import PageInfo


def fold(text: str) -> str:
    """Lowercase without accents (æ, ø, å kept: they are letters of their own in Norwegian)."""
    text = text.casefold()
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch in "æøå":
            out.append(ch)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c)))
    return "".join(out)


def score(query: str, title: str) -> int | None:
    """Score of ``title`` for ``query`` (folded), or None if its letters do not appear in order."""
    if not query:
        return 0
    start = title.find(query)
    if start >= 0:  # a plain substring: best, earlier better
        return 1000 - start * 2 + (200 if start == 0 or not title[start - 1].isalnum() else 0) - len(title) // 8
    total, pos, run, previous = 0, 0, 0, -2
    for ch in query:
        found = title.find(ch, pos)
        if found < 0:
            return None
        word_start = found == 0 or not title[found - 1].isalnum()
        run = run + 1 if found == previous + 1 else 0
        total += 10 + (25 if word_start else 0) + 8 * run - min(found - pos, 10)
        previous, pos = found, found + 1
    return total - len(title) // 8


def rank(query: str, pages: list[PageInfo], limit: int = 50) -> list[PageInfo]:
    """The best ``limit`` pages for ``query`` by title (then by space and path)."""
    q = fold(query.strip())
    if not q:
        return sorted(pages, key=lambda p: -p.modified)[:limit]
    scored = []
    for info in pages:
        s = score(q, fold(info.title))
        if s is None and "/" in q:
            s = score(q, fold(f"{info.space}/{info.title}"))
        if s is not None:
            scored.append((-s, info.title.casefold(), info.path, info))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored[:limit]]
