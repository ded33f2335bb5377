"""What an export reads: the wiki's pages, attachments and every revision at one moment, read-only.

Nothing here writes to the wiki: no scan of the folder, no history records. Pages come from the folder (what people
see now), revisions from the local history (what happened), comments from the comment tables beside it, read through
a read-only connection of the export's own (:func:`read_comments`). :class:`Staging` is the temporary folder an export
writes into, renamed to ``OUT`` only when the export finished.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import shutil
import sqlite3
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wikidesk.core.comments import Comment, Thread, build_threads
from wikidesk.core.errors import AlreadyExistsError, InvalidNameError, StorageError, WikiError
from wikidesk.core.history.model import Revision
from wikidesk.core.history.store import DB_NAME
from wikidesk.core.pages import PageInfo
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki

Progress = tuple[int, int, str]
PROGRESS_EVERY = 50


@dataclass
class ExportSummary:
    """What an export wrote (``--json`` of ``wikidesk export``)."""

    format: str
    out: str
    pages: int = 0
    revisions: int = 0
    files: int = 0
    bytes: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"format": self.format, "out": self.out, "pages": self.pages, "revisions": self.revisions,
                "files": self.files, "bytes": self.bytes}


@dataclass
class Snapshot:
    """The wiki (or one space of it) as an export sees it."""

    wiki: Wiki
    space: str | None
    taken: str  # ISO 8601 UTC, when the snapshot was taken
    pages: list[PageInfo]  # current pages, sorted by path
    attachments: list[str]  # current attachment paths, sorted
    revisions: dict[str, list[Revision]] = field(default_factory=dict)  # page/attachment id -> oldest first
    heads: dict[str, list[str]] = field(default_factory=dict)  # id -> head revision ids (best-ranked first)
    worktree: dict[str, str | None] = field(default_factory=dict)  # id -> revision the working file holds
    comments: dict[str, list[Comment]] = field(default_factory=dict)  # page id -> every comment version, by clock

    @property
    def root(self) -> Path:
        return self.wiki.root

    def read(self, rel: str) -> bytes:
        return self.wiki.read_bytes(rel)

    def content(self, rev: Revision) -> bytes | None:
        history = self.wiki.history
        return None if history is None else history.content(rev)

    def all_revisions(self) -> Iterator[Revision]:
        for revs in self.revisions.values():
            yield from revs

    @property
    def revision_count(self) -> int:
        return sum(len(r) for r in self.revisions.values())

    def in_conflict(self, item_id: str) -> bool:
        return len(self.heads.get(item_id, ())) > 1

    def all_comments(self) -> Iterator[Comment]:
        """Every comment object (every version) of the export, by page then clock."""
        for page_id in sorted(self.comments):
            yield from self.comments[page_id]

    def threads(self, page_id: str) -> list[Thread]:
        """The page's discussion as the app shows it (current versions, replies under their comment)."""
        return build_threads(self.comments.get(page_id, ()))


def in_space(space: str | None, page_space: str) -> bool:
    """Whether a page in ``page_space`` belongs to an export of ``space`` (None: the whole wiki)."""
    if not space:
        return True
    return page_space.casefold() == space.casefold() or page_space.casefold().startswith(space.casefold() + "/")


def _in_folders(rel: str, folders: set[str]) -> bool:
    folder = rel.rpartition("/")[0]
    return any(folder == f or folder.startswith(f + "/") for f in folders)


def take(wiki: Wiki, space: str | None = None) -> Generator[Progress, None, Snapshot]:
    """Read the page list and every revision (of ``space`` and its subspaces only, if given); yields progress."""
    space = (space or "").strip().strip("/") or None
    yield 0, 1, "Reading the page list"
    pages = sorted((p for p in wiki.pages() if in_space(space, p.space)), key=lambda p: p.path.casefold())
    if space and not pages:
        from wikidesk.core.errors import NotFoundError

        raise NotFoundError(f"There is no space called “{space}” with pages in it.")
    folders = {p.path.rpartition("/")[0] for p in pages} if space else None
    files = sorted(a for a in wiki.attachments() if folders is None or _in_folders(a, folders))
    snap = Snapshot(wiki=wiki, space=space, taken=utc_now(), pages=pages, attachments=files)
    comments = read_comments(wiki.meta_dir)
    history = wiki.history
    if history is None:
        _attach(snap, comments, None if folders is None else {p.page_id for p in pages})
        return snap
    ids = history.page_ids()
    wanted_pages = {p.page_id for p in pages}
    for n, item_id in enumerate(ids):
        if n % PROGRESS_EVERY == 0:
            yield n, len(ids), "Reading page history"
        revs = history.page_revisions(item_id)
        if not revs:
            continue
        if folders is not None and item_id not in wanted_pages and not _in_folders(revs[-1].path, folders):
            continue  # another space's page or file (deleted ones by their last place)
        revs.sort(key=lambda r: (r.clock, r.id))
        heads = sorted(history.heads(item_id), key=lambda r: r.rank(), reverse=True)
        snap.revisions[item_id] = revs
        snap.heads[item_id] = [h.id for h in heads]
        entry = history.worktree(item_id)
        snap.worktree[item_id] = entry.rev_id if entry is not None else None
    yield len(ids), len(ids), "Read page history"
    _attach(snap, comments, None if folders is None else {*wanted_pages, *snap.revisions})
    return snap


def _attach(snap: Snapshot, comments: list[Comment], wanted: set[str] | None) -> None:
    """The comments of the export's pages (all of them for the whole wiki, deleted pages' too)."""
    for c in comments:
        if wanted is None or c.page_id in wanted:
            snap.comments.setdefault(c.page_id, []).append(c)


def read_comments(meta_dir: Path) -> list[Comment]:
    """Every comment object in ``meta_dir``'s history database, by page then clock, read without writing.

    :class:`~wikidesk.core.comments.CommentStore` cannot be used here: opening it creates its tables and sets the
    journal mode, and an export never changes the wiki. This reads the same table (its documented columns) through a
    read-only connection; a wiki that never had comments has no table and gives none.
    """
    path = Path(meta_dir) / DB_NAME
    if not path.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
    except sqlite3.Error as exc:
        raise StorageError(f"The comments in {path} could not be read: {exc}.") from exc
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'comments'").fetchone() is None:
            return []
        rows = conn.execute("SELECT id, page_id, parent, supersedes, deleted, author, time, clock, text FROM comments "
                            "ORDER BY page_id, clock, id").fetchall()
    except sqlite3.Error as exc:
        raise StorageError(f"The comments in {path} could not be read: {exc}.") from exc
    finally:
        conn.close()
    return [Comment(page_id=r[1], parent=r[2], supersedes=r[3], deleted=bool(r[4]), author=r[5], time=r[6],
                    clock=r[7], text=r[8], id=r[0]) for r in rows]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class Staging:
    """The temporary folder an export writes into, beside ``out``; :meth:`commit` renames it to ``out``.

    ``out`` must not exist or be an empty folder, and must lie outside the wiki folder (an export never changes the
    wiki). Leaving the ``with`` block without :meth:`commit` (an error, a cancel) removes the temporary folder.
    """

    def __init__(self, out: Path | str, *, wiki_root: Path | None = None) -> None:
        self.out = Path(out).absolute()
        check_out(self.out, wiki_root)
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            self.path = self.out.parent / f".{self.out.name}.partial-{secrets.token_hex(4)}"
            self.path.mkdir()
        except OSError as exc:
            raise StorageError(f"Could not create the export folder beside {self.out}: {exc.strerror or exc}.") from exc
        self.committed = False

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.committed:
            shutil.rmtree(self.path, ignore_errors=True)

    def commit(self) -> None:
        check_out(self.out, None)  # someone may have created it meanwhile
        try:
            if self.out.is_dir():
                self.out.rmdir()  # empty (checked): replace it
            os.replace(self.path, self.out)
        except OSError as exc:
            raise StorageError(f"Could not move the finished export to {self.out}: {exc.strerror or exc}.") from exc
        self.committed = True


def check_out(out: Path, wiki_root: Path | None) -> None:
    """Refuse an ``OUT`` that exists and is not an empty folder, or one inside the wiki folder."""
    if out.exists() or out.is_symlink():
        if not out.is_dir() or any(out.iterdir()):
            raise AlreadyExistsError(f"{out} already exists; choose a new or empty folder for the export.")
    if wiki_root is not None:
        resolved = out.resolve()
        root = Path(wiki_root).resolve()
        if resolved == root or root in resolved.parents:
            raise InvalidNameError("The export folder must be outside the wiki folder, so the export does not "
                                   "change the wiki.")


def folder_size(path: Path) -> tuple[int, int]:
    """(files, bytes) under ``path``."""
    files = size = 0
    for dirpath, _dirs, names in os.walk(path):
        for name in names:
            files += 1
            try:
                size += os.stat(os.path.join(dirpath, name)).st_size
            except OSError:
                pass
    return files, size


__all__ = ["ExportSummary", "Progress", "Snapshot", "Staging", "WikiError", "check_out", "drain", "folder_size",
           "read_comments", "take", "utc_now"]
