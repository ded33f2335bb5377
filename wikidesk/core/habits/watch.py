"""Watching pages and spaces, and what changed since you looked.

A person watches pages and spaces of their own choice (kept in their data folder, never synced). Opening a page
notes the newest revision they saw (:func:`mark_seen`); :func:`watched` tells, for each watched page and each page
of a watched space, how many changes colleagues made since: since the person last opened it, else since they began
to watch it. Changes the person made themselves are not news to them and are not counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.errors import NotFoundError
from wikidesk.core.history.model import Revision
from wikidesk.core.names import PAGE_SUFFIX, name_key, stem_to_title
from wikidesk.core.pages import PageInfo
from wikidesk.core.wiki import Wiki

from . import user_state
from .changes import history_of, space_prefix
from .revision_log import log_of

KEY = "watch"


@dataclass(frozen=True)
class Target:
    """A watched page (by id) or space (by its path, "" for the whole wiki)."""

    kind: str  # "page" | "space"
    ref: str  # page id, or space path
    since: int  # the history clock when watching began


@dataclass
class WatchedPage:
    """A watched page (or a page of a watched space) with the colleagues' changes since the person looked."""

    page_id: str
    name: str  # path without .md, as the CLI prints it
    title: str
    via: str  # "page", or the watched space it belongs to ("space:IT")
    unseen: list[Revision] = field(default_factory=list)  # newest first
    deleted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"page": self.name, "id": self.page_id, "title": self.title, "via": self.via,
                "changed": len(self.unseen), "deleted": self.deleted,
                "authors": sorted({r.author for r in self.unseen}, key=str.casefold),
                "last": self.unseen[0].time if self.unseen else None,
                "revs": [r.id for r in self.unseen]}


def _load(wiki: Wiki) -> dict[str, Any]:
    raw = user_state.load(wiki).get(KEY)
    data = raw if isinstance(raw, dict) else {}
    targets = data.get("targets") if isinstance(data.get("targets"), list) else []
    seen = data.get("seen") if isinstance(data.get("seen"), dict) else {}
    return {"targets": [t for t in targets if isinstance(t, dict)], "seen": seen}


def targets(wiki: Wiki) -> list[Target]:
    return [Target(str(t.get("kind")), str(t.get("ref", "")), int(t.get("since") or 0))
            for t in _load(wiki)["targets"] if t.get("kind") in ("page", "space")]


def resolve(wiki: Wiki, ref: str, *, space: bool | None = None) -> tuple[str, str, str]:
    """``(kind, ref, shown name)`` for a page or space reference: a page first, then a space (a trailing "/" or
    ``space=True`` means a space)."""
    clean = ref.strip().replace("\\", "/")
    if space is not True and not clean.endswith("/"):
        try:
            info = wiki.find(clean)
            return "page", info.page_id, info.name
        except NotFoundError:
            if space is False:
                raise
    wanted = name_key("/".join(p for p in clean.split("/") if p))
    for known in wiki.spaces():
        if known and name_key(known) == wanted:
            return "space", known, known + "/"
    raise NotFoundError(f"There is no page or space called “{ref.strip()}”.")


def watch(wiki: Wiki, ref: str, *, space: bool | None = None) -> tuple[str, str, bool]:
    """Watch a page or space; returns ``(kind, shown name, newly added)``."""
    kind, key, shown = resolve(wiki, ref, space=space)
    data = _load(wiki)
    if any(t.get("kind") == kind and t.get("ref") == key for t in data["targets"]):
        return kind, shown, False
    data["targets"].append({"kind": kind, "ref": key, "since": history_of(wiki).clock()})
    user_state.update(wiki, KEY, data)
    return kind, shown, True


def unwatch(wiki: Wiki, ref: str, *, space: bool | None = None) -> tuple[str, str, bool]:
    """Stop watching; returns ``(kind, shown name, was watched)``. A deleted page can be unwatched by its id."""
    data = _load(wiki)
    try:
        kind, key, shown = resolve(wiki, ref, space=space)
    except NotFoundError:
        kind, key, shown = "page", ref.strip(), ref.strip()  # perhaps the id of a page deleted since
    kept = [t for t in data["targets"] if not (t.get("kind") == kind and t.get("ref") == key)]
    if len(kept) == len(data["targets"]):
        return kind, shown, False
    data["targets"] = kept
    user_state.update(wiki, KEY, data)
    return kind, shown, True


def is_watched(wiki: Wiki, info: PageInfo) -> bool:
    """True when the page is watched, itself or through a watched space."""
    for target in targets(wiki):
        if target.kind == "page" and target.ref == info.page_id:
            return True
        if target.kind == "space" and _in_space(info.path, target.ref):
            return True
    return False


def mark_seen(wiki: Wiki, page_id: str) -> None:
    """The person looked at the page now: its changes so far are seen (only kept for watched pages' sake, but
    cheap, so every opened page is noted)."""
    data = _load(wiki)
    clock = max((h.clock for h in history_of(wiki).heads(page_id)), default=0)
    if int(data["seen"].get(page_id) or 0) >= clock:
        return
    data["seen"][page_id] = clock
    user_state.update(wiki, KEY, data)


def _in_space(path: str, space: str) -> bool:
    prefix = space_prefix(space)
    return prefix is not None and path.casefold().startswith(prefix)


def watched(wiki: Wiki) -> list[WatchedPage]:
    """Every watched page and every page of a watched space that colleagues changed since the person looked, plus
    the watched pages themselves (changed or not); pages with news first, newest news first."""
    data = _load(wiki)
    chosen = targets(wiki)
    seen: dict[str, int] = {str(k): int(v or 0) for k, v in data["seen"].items()}
    me = {wiki.user.strip().casefold()} if wiki.user else set()
    page_since = {t.ref: t.since for t in chosen if t.kind == "page"}
    spaces = [(t.ref, space_prefix(t.ref) or "", t.since) for t in chosen if t.kind == "space"]
    oldest = min([*page_since.values(), *(s for _r, _p, s in spaces)], default=None)
    result: dict[str, WatchedPage] = {}
    log = log_of(wiki)
    current = {info.page_id: info for info in wiki.pages(refresh=False)}
    for page_id in page_since:
        _entry(result, page_id, "page", current, log.history.heads(page_id))
    if oldest is not None:
        for rev in log.newest_first():
            if rev.clock <= oldest:
                break
            if rev.kind != "page" or not rev.path.endswith(PAGE_SUFFIX):
                continue
            authors = {n.strip().casefold() for n in rev.author.split(" + ")}
            if authors <= me:
                continue
            baseline, via = _baseline(rev, page_since, spaces)
            if via is None or rev.clock <= max(baseline, seen.get(rev.page_id, 0)):
                continue
            entry = _entry(result, rev.page_id, via, current, [rev])
            entry.unseen.append(rev)
    return sorted(result.values(), key=lambda w: (not w.unseen, -(w.unseen[0].clock if w.unseen else 0),
                                                  w.title.casefold()))


def _baseline(rev: Revision, page_since: dict[str, int], spaces: list[tuple[str, str, int]]
              ) -> tuple[int, str | None]:
    if rev.page_id in page_since:
        return page_since[rev.page_id], "page"
    folded = rev.path.casefold()
    for space, prefix, since in spaces:
        if folded.startswith(prefix):
            return since, f"space:{space}"
    return 0, None


def _entry(result: dict[str, WatchedPage], page_id: str, via: str, current: dict[str, PageInfo],
           revs: list[Revision]) -> WatchedPage:
    entry = result.get(page_id)
    if entry is not None:
        return entry
    info = current.get(page_id)
    if info is not None:
        entry = WatchedPage(page_id, info.name, info.title, via)
    else:
        path = revs[0].path if revs else page_id
        folder, _, filename = path.rpartition("/")
        stem = filename[: -len(PAGE_SUFFIX)] if filename.endswith(PAGE_SUFFIX) else filename
        name = f"{folder}/{stem}" if folder else stem
        entry = WatchedPage(page_id, name, stem_to_title(stem), via, deleted=True)
    result[page_id] = entry
    return entry


def unseen_count(wiki: Wiki) -> int:
    """How many watched pages have changes the person has not seen (the number shown after a sync)."""
    return sum(1 for w in watched(wiki) if w.unseen)
