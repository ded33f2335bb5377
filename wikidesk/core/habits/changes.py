"""Recent changes across the wiki: who changed which page when, newest first (by logical clock), merges and changes
that came in from colleagues included, each with what a diff needs (the revision and the one before it)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from wikidesk.core.history.model import Revision
from wikidesk.core.history.queries import history_of, made_here
from wikidesk.core.names import PAGE_SUFFIX, dir_to_space, space_to_dir, stem_to_title
from wikidesk.core.wiki import Wiki

from .revision_log import existing_log, log_of

DEFAULT_LIMIT = 100
KINDS = ("create", "edit", "rename", "delete", "merge")


@dataclass(frozen=True)
class Change:
    """One revision of a page as the recent-changes list shows it."""

    revision: Revision
    kind: str  # one of KINDS
    title: str  # the page's title at this revision (from its file name)
    space: str
    previous: str | None  # the revision before (first parent), for the diff; None for a new page
    incoming: bool  # made on another client (came with a sync), or a merge sync made

    @property
    def page_id(self) -> str:
        return self.revision.page_id

    @property
    def name(self) -> str:
        path = self.revision.path
        return path[: -len(PAGE_SUFFIX)] if path.endswith(PAGE_SUFFIX) else path

    def to_json(self) -> dict[str, Any]:
        rev = self.revision
        return {"rev": rev.id, "page": self.name, "id": rev.page_id, "title": self.title, "space": self.space,
                "kind": self.kind, "author": rev.author, "time": rev.time, "clock": rev.clock,
                "summary": rev.summary, "incoming": self.incoming,
                "diff": {"from": self.previous, "to": rev.id} if self.previous else None}


def recent(wiki: Wiki, *, limit: int | None = DEFAULT_LIMIT, since: str | None = None, space: str | None = None,
           author: str | None = None, pages: Iterable[str] | None = None) -> list[Change]:
    """The newest page changes, newest first: at most ``limit`` (None: all), made at or after ``since`` (an ISO
    date or time, compared with the revision's UTC time), in ``space`` (and its subspaces), by ``author`` (one of
    the names of a merge's "A + B", ignoring case), of the page ids in ``pages``."""
    log = existing_log(wiki)
    if log is None and limit is not None:  # a fresh process: read the newest revisions only, not all of them
        history = history_of(wiki)
        return _select(wiki, history.newest(), history.get_revision, limit=limit, since=since, space=space,
                       author=author, pages=pages)
    log = log or log_of(wiki)
    log.refresh()
    return _select(wiki, log.newest_first(), log.get, limit=limit, since=since, space=space, author=author,
                   pages=pages)


def _select(wiki: Wiki, newest: Iterable[Revision], get: Callable[[str], Revision | None], *, limit: int | None,
            since: str | None, space: str | None, author: str | None, pages: Iterable[str] | None) -> list[Change]:
    space_dir = space_prefix(space)
    who = author.strip().casefold() if author else None
    wanted_pages = set(pages) if pages is not None else None
    found: list[Revision] = []
    for rev in newest:
        if rev.kind != "page" or not rev.path.endswith(PAGE_SUFFIX):
            continue
        if since and rev.time < since:
            continue
        if space_dir is not None and not rev.path.casefold().startswith(space_dir):
            continue
        if who is not None and who not in (n.strip().casefold() for n in rev.author.split(" + ")):
            continue
        if wanted_pages is not None and rev.page_id not in wanted_pages:
            continue
        found.append(rev)
        if limit is not None and len(found) >= limit:
            break
    own = made_here(wiki, found) if found else set()
    return [describe(get, rev, incoming=rev.id not in own or len(rev.parents) > 1) for rev in found]


def space_prefix(space: str | None) -> str | None:
    """The folded path prefix of a space's pages ("" for the whole wiki), None for no filter."""
    if space is None:
        return None
    clean = "/".join(p for p in space.strip().replace("\\", "/").split("/") if p)
    if not clean:
        return ""
    return space_to_dir(clean).casefold() + "/"


def describe(get: Callable[[str], Revision | None], rev: Revision, *, incoming: bool) -> Change:
    folder, _, filename = rev.path.rpartition("/")
    title = stem_to_title(filename[: -len(PAGE_SUFFIX)])
    parents = [p for p in (get(pid) for pid in rev.parents) if p is not None]
    previous = min(parents, key=lambda p: p.rank(), default=None) if len(parents) > 1 else (
        parents[0] if parents else None)
    if rev.blob is None:
        kind = "delete"
    elif len(rev.parents) > 1:
        kind = "merge"
    elif previous is None or previous.blob is None:
        kind = "create"
    elif previous.path != rev.path:
        kind = "rename"
    else:
        kind = "edit"
    if kind == "merge":  # the diff a person wants: what the merge brought to the version shown before
        previous = max(parents, key=lambda p: p.rank(), default=None)
    return Change(revision=rev, kind=kind, title=title, space=dir_to_space(folder), incoming=incoming,
                  previous=previous.id if previous is not None else None)
