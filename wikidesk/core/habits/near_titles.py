"""Near-duplicate titles: titles equal once case, accents, spaces and punctuation are ignored (:func:`title_key`), or,
for keys of :data:`MIN_FUZZY` letters or more, one letter apart (one added, removed or changed).

Linear in the letters of all titles, never pairwise: each key is filed under itself with one letter left out (a
letter removed: that shorter key exists; a letter changed: another key gives the same shorter key at the same
place), and keys that meet are joined (union-find)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from wikidesk.core.fuzzy_titles import fold
from wikidesk.core.pages import PageInfo

MIN_FUZZY = 6  # titles this long (folded) or longer may be one letter apart; shorter ones must be equal
UPDATE_LIMIT = 500  # with more keys come or gone than this, :func:`update` works all groups out again
_NOT_ALNUM = re.compile(r"[\W_]+")
Components = Callable[[Iterable[str]], list[list[str]]]


def title_key(title: str) -> str:
    """A title with case, accents, spaces and punctuation ignored ("Skriver-oppsett" → "skriveroppsett")."""
    return _NOT_ALNUM.sub("", fold(title))


def fuzzy_keys(keys: Iterable[str]) -> list[str]:
    """The keys that may be one letter from another (the only ones :func:`components` looks at), sorted, once."""
    return sorted({key for key in keys if len(key) >= MIN_FUZZY})


class _Joins:
    """Keys joined into groups (union-find)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def root(self, key: str) -> str:
        parent = self.parent
        while (up := parent.get(key, key)) != key:
            parent[key] = parent.get(up, up)
            key = up
        return key

    def join(self, a: str, b: str) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[rb] = ra

    def groups(self, keys: Iterable[str]) -> list[list[str]]:
        """The groups of two or more of ``keys`` (each sorted), sorted."""
        found: dict[str, list[str]] = {}
        for key in keys:
            found.setdefault(self.root(key), []).append(key)
        return sorted(sorted(g) for g in found.values() if len(g) > 1)


def components(keys: Iterable[str]) -> list[list[str]]:
    """The groups of two or more distinct keys joined by one-letter differences (each group sorted)."""
    known = set(fuzzy_keys(keys))
    joins = _Joins()
    changed: dict[str, str] = {}  # the key with letter i replaced by NUL (keys hold none) -> the first key seen
    for key, changes, removals in _places(sorted(known)):
        for i in changes:  # one letter changed: another key gives the same pattern
            other = changed.setdefault(f"{key[:i]}\0{key[i + 1:]}", key)
            if other != key:
                joins.join(other, key)
        for i in removals:  # one letter added or removed (``known`` holds only keys of MIN_FUZZY or more)
            shorter = key[:i] + key[i + 1:]
            if shorter in known:
                joins.join(shorter, key)
    return joins.groups(known)


def by_length(keys: list[str]) -> tuple[list[str], list[str]]:
    """``keys`` (sorted fuzzy keys) in two halves that can be joined apart, each by :func:`components`, and the
    groups then put together (:func:`merged`): keys one letter apart differ in length by one at most, so the keys up
    to a middle length and those from it on hold every such pair between them."""
    lengths = sorted(len(key) for key in keys)
    middle = lengths[len(lengths) // 2] if lengths else 0
    return [key for key in keys if len(key) <= middle], [key for key in keys if len(key) >= middle]


def merged(*parts: list[list[str]]) -> list[list[str]]:
    """Groups of keys from several :func:`components` calls, with the groups that share a key made one."""
    joins = _Joins()
    for groups in parts:
        for group in groups:
            for key in group[1:]:
                joins.join(group[0], key)
    return joins.groups(dict.fromkeys(key for groups in parts for group in groups for key in group))


def _places(keys: list[str]) -> Iterator[tuple[str, range | tuple[int, ...], range | tuple[int, ...]]]:
    """Each key with the places where a letter changed or removed could make another key: only in the half after a
    beginning some other key shares, or before an ending some other key shares.

    Two keys one letter apart agree on the first half of the shorter one or on its second half, whichever the
    difference is not in; so each key is filed by its halves, and a key none shares a half with is one letter from
    no key. At 100,000 titles that leaves ~half of the places :func:`components` would otherwise try."""
    heads: dict[tuple[int, str], int] = {}
    tails: dict[tuple[int, str], int] = {}
    for key in keys:
        n, half = len(key), len(key) // 2
        heads[n, key[:half]] = heads.get((n, key[:half]), 0) + 1
        tails[n, key[half:]] = tails.get((n, key[half:]), 0) + 1
    for key in keys:
        n, half, cut = len(key), len(key) // 2, (len(key) - 1) // 2  # cut: the half of a key one letter shorter
        changes = _joined(range(half, n) if heads[n, key[:half]] > 1 else (),
                          range(half) if tails[n, key[half:]] > 1 else (), n)
        removals = _joined(range(cut, n) if (n - 1, key[:cut]) in heads else (),
                           range(cut + 1) if (n - 1, key[cut + 1:]) in tails else (), n)
        if changes or removals:
            yield key, changes, removals


def _joined(after: range | tuple[()], before: range | tuple[()], n: int) -> range | tuple[int, ...]:
    """The places of both ranges, each once."""
    if after and before:
        return range(n)
    return after or before


def update(old_keys: Iterable[str], old_groups: list[list[str]], keys: Iterable[str]) -> list[list[str]]:
    """:func:`components` of ``keys``, from those of ``old_keys`` (``old_groups``) when few keys came or went: a
    group that lost a key is split again among its own keys (losing a key only cuts joins), and each new key is
    joined to every key one letter from it (found by trying each letter of the titles at each place)."""
    old, new = set(old_keys), set(fuzzy_keys(keys))
    gone, added = old - new, new - old
    if len(gone) + len(added) > UPDATE_LIMIT:
        return components(new)
    parts: list[list[str]] = []
    for group in old_groups:
        if gone.isdisjoint(group):
            parts.append(group)
        else:
            parts.extend(components(key for key in group if key not in gone))
    parent: dict[str, str] = {}
    for group in parts:
        for key in group[1:]:
            parent[key] = group[0]

    def root(key: str) -> str:
        while (up := parent.get(key, key)) != key:
            key = up
        return key

    letters = sorted(set("".join(new))) if added else []
    for key in sorted(added):
        for other in _one_letter_from(key, letters):
            if other in new:
                ra, rb = root(key), root(other)
                if ra != rb:
                    parent[rb] = ra
    groups: dict[str, list[str]] = {}
    for key in {*parent, *parent.values()}:
        groups.setdefault(root(key), []).append(key)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def _one_letter_from(key: str, letters: list[str]) -> Iterable[str]:
    """Every string one letter removed, added or changed from ``key`` (added and changed letters from ``letters``)."""
    for i in range(len(key) + 1):
        head, tail = key[:i], key[i:]
        if tail:
            yield head + tail[1:]
            for letter in letters:
                if letter != tail[0]:
                    yield head + letter + tail[1:]
        for letter in letters:
            yield head + letter + tail


def near_duplicates(infos: list[PageInfo], keys: list[str] | None = None,
                    joined: Components = components) -> list[list[PageInfo]]:
    """Groups of pages with near-duplicate titles, biggest first; within a group by title, then path.

    ``keys``: the pages' :func:`title_key` values, if the caller has them; ``joined``: :func:`components` or a
    cache of it."""
    by_key: dict[str, list[PageInfo]] = {}
    for info, key in zip(infos, keys if keys is not None else (title_key(i.title) for i in infos), strict=True):
        if key:
            by_key.setdefault(key, []).append(info)
    group_of: dict[str, str] = {}
    for group in joined(by_key):
        for key in group:
            group_of[key] = group[0]
    groups: dict[str, list[PageInfo]] = {}
    for key, members in by_key.items():
        groups.setdefault(group_of.get(key, key), []).extend(members)
    found = [sorted(g, key=lambda p: (p.title.casefold(), p.path)) for g in groups.values() if len(g) > 1]
    found.sort(key=lambda g: (-len(g), g[0].title.casefold()))
    return found
