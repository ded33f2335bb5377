"""The local wiki: a folder of Markdown pages, spaces as subfolders, attachments beside the pages.

All changes go through :class:`Wiki`, which writes atomically, refuses to overwrite edits made by other programs,
records a revision in the page history (when one is attached) and tells subscribers what changed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wikidesk.core import attachments, frontmatter, names, page_lookup, recording, wiki_paths
from wikidesk.core.atomic import DurableBatch, describe_os_error, write_atomic
from wikidesk.core.catalog import (
    META_DIR,
    Catalog,
    Lookup,
    page_info_from_text,
    read_text,
)
from wikidesk.core.errors import (
    ConfigError,
    NotFoundError,
    OutsideEditError,
    StorageError,
    WikiError,
)
from wikidesk.core.page_ids import attachment_id, new_page_id, stored_id
from wikidesk.core.pages import Page, PageInfo, WikiChange, etag_of

WIKI_FILE = "wiki.json"
LOCAL_FILE = "local.json"
Listener = Callable[[WikiChange], None]

if TYPE_CHECKING:
    from wikidesk.core.history.store import History


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).astimezone().replace(microsecond=0).isoformat()


class Wiki:
    """One wiki folder. Thread-safe for use from a UI thread and worker threads (one lock around changes)."""

    def __init__(self, root: Path, *, user: str | None = None) -> None:
        self.root = Path(root).resolve()
        self.meta_dir = self.root / META_DIR
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._catalog = Catalog(self.root)
        self._scanned = False
        local = self._read_json(LOCAL_FILE)
        self.user: str = user or str(local.get("user") or "") or _default_user()
        self.history: History | None = None
        self.history_error: WikiError | None = None  # why history could not be opened (then nothing may change)

    # ----- opening and creating (with history: wikidesk.core.opening) ----------------------------------------
    @classmethod
    def open_folder(cls, root: Path | str, *, user: str | None = None) -> Wiki:
        """An existing wiki folder (any folder of Markdown files), no history attached yet."""
        path = Path(root)
        if not path.is_dir():
            raise ConfigError(f"The wiki folder {path} does not exist or is not a folder.")
        return cls(path, user=user)

    @classmethod
    def init_folder(cls, root: Path | str, *, user: str | None = None) -> Wiki:
        """Make ``root`` a wiki folder (it may already hold Markdown files; nothing is overwritten)."""
        path = Path(root)
        try:
            path.mkdir(parents=True, exist_ok=True)
            (path / META_DIR).mkdir(exist_ok=True)
        except OSError as exc:
            raise StorageError(f"Could not create the wiki folder {path}: {exc.strerror or exc}.") from exc
        wiki = cls(path, user=user)
        if not (wiki.meta_dir / WIKI_FILE).exists():
            wiki._write_json(WIKI_FILE, {"format": 1, "wiki_id": uuid.uuid4().hex, "created": now_iso()})
        if user:
            wiki._write_json(LOCAL_FILE, {**wiki._read_json(LOCAL_FILE), "user": user})
        return wiki

    def attach_history(self, history: History | None, *, error: WikiError | None = None) -> None:
        """Record every change from now on in ``history``; with ``error`` instead, refuse every change with it."""
        self.history = history
        self.history_error = error

    @property
    def lock(self) -> threading.RLock:
        """The lock around every change (take it before the history's lock, never after)."""
        return self._lock

    def _read_json(self, name: str) -> dict[str, Any]:
        try:
            data = json.loads((self.meta_dir / name).read_text("utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write_json(self, name: str, data: dict[str, Any]) -> None:
        write_atomic(self.meta_dir / name, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))

    @property
    def wiki_id(self) -> str:
        return str(self._read_json(WIKI_FILE).get("wiki_id") or "")

    # ----- events -------------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, change: WikiChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    # ----- listing and finding ------------------------------------------------------------------------------
    def pages(self, *, refresh: bool = True) -> list[PageInfo]:
        with self._lock:
            if refresh or not self._scanned:
                self._catalog.refresh()
                self._scanned = True
            return self._catalog.pages()

    def attachments(self) -> list[str]:
        with self._lock:
            self._catalog.refresh()
            return self._catalog.attachments()

    def spaces(self) -> list[str]:
        found = {""}
        for info in self.pages(refresh=False):
            parts = info.space.split("/") if info.space else []
            found.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        return sorted(found, key=str.casefold)

    def find(self, ref: str) -> PageInfo:
        """Find a page by path (with or without ``.md``), page id, ``Space/Title`` or title (case-insensitive)."""
        ref = page_lookup.clean_ref(ref)
        if not ref:
            raise NotFoundError("No page name was given.")
        found = self._match(ref, refresh=not self._scanned)
        if not found:  # the folder may have changed behind our back
            found = self._match(ref, refresh=True)
        return page_lookup.only_one(ref, found)

    def prepare_lookup(self) -> None:
        """Build the page lookup now, if it is not built yet (the first find or link resolution would build it, with
        the wiki's lock held: the app builds it in the worker that makes its first page list instead)."""
        self._lookup()

    def _lookup(self, *, refresh: bool = False) -> Lookup:
        with self._lock:
            if refresh or not self._scanned:
                self.pages()
            return self._catalog.lookup()

    def _match(self, ref: str, *, refresh: bool = False) -> list[PageInfo]:
        return page_lookup.match(self._lookup(refresh=refresh), ref)

    def resolve_link(self, target: str, from_space: str = "") -> PageInfo | None:
        """The page a ``[[target]]`` link points to, preferring the linking page's own space; None if missing."""
        return page_lookup.prefer_space(self._match(target.strip().strip("/")), from_space)

    def exists(self, ref: str) -> bool:
        try:
            self.find(ref)
        except NotFoundError:
            return False
        return True

    # ----- reading ------------------------------------------------------------------------------------------
    def read(self, ref: str | PageInfo) -> Page:
        info = ref if isinstance(ref, PageInfo) else self.find(ref)
        path = self._path(info.path)
        try:
            data, text = read_text(path)
            stat = path.stat()
        except FileNotFoundError as exc:
            raise NotFoundError(f"The page “{info.title}” was removed from the wiki folder.") from exc
        except OSError as exc:
            raise StorageError(f"Could not read “{info.title}”: {exc.strerror or exc}.") from exc
        fresh = page_info_from_text(info.path, text, stat)
        return Page(info=fresh, doc=frontmatter.parse(text), etag=etag_of(data))

    def read_bytes(self, rel: str) -> bytes:
        try:
            return self._path(rel).read_bytes()
        except FileNotFoundError as exc:
            raise NotFoundError(f"“{rel}” was removed from the wiki folder.") from exc
        except OSError as exc:
            raise StorageError(f"Could not read “{rel}”: {describe_os_error(exc)}.") from exc

    def current_etag(self, info: PageInfo) -> str | None:
        """Etag of the page file as it is on disk now (None if it is gone)."""
        return self._etag_at(info.path)

    def changed_on_disk(self, page: Page) -> bool:
        """True if another program changed or removed the file since ``page`` was read."""
        return self.current_etag(page.info) != page.etag

    # ----- changing -----------------------------------------------------------------------------------------
    def create(
        self,
        title: str,
        *,
        space: str = "",
        tags: Iterable[str] = (),
        body: str = "",
        summary: str = "",
        extra: Mapping[str, Any] | None = None,
    ) -> Page:
        """Create a new page; refuses a title already used in that space (names are case-insensitive).

        ``extra``: more front matter fields, written in the same revision after the page's own (``title``, ``id``,
        ``tags``, ``created`` and ``author`` are the page's: a field of that name in ``extra`` is refused)."""
        title = names.check_title(title)
        reserved = sorted(set(extra or {}) & {"title", "id", "tags", "created", "author"})
        if reserved:
            raise WikiError(f"These front matter fields are set by wikidesk itself: {', '.join(reserved)}.")
        rel = self._page_rel(space, title)
        with self._lock:
            self._check_writable()
            self._ensure_free(rel, title)
            meta: dict[str, Any] = {"title": title, "id": new_page_id()}
            tag_list = [t.strip().lstrip("#").casefold() for t in tags if t.strip().lstrip("#")]
            if tag_list:
                meta["tags"] = tag_list
            meta["created"] = now_iso()
            meta["author"] = self.user
            doc = frontmatter.Document(meta={**meta, **(extra or {})}, body=_with_final_newline(body))
            page = self._write(rel, doc, summary=summary or "Created the page", kind="create")
            return page

    def save(
        self,
        ref: str | PageInfo,
        body: str,
        *,
        expected_etag: str | None = None,
        meta_updates: dict[str, Any] | None = None,
        summary: str = "",
    ) -> Page:
        """Save a new body (and metadata changes) for a page.

        With ``expected_etag`` (from :meth:`read`), refuses with :class:`OutsideEditError` when the file changed on
        disk since, so an edit made in another program is never overwritten.
        """
        with self._lock:
            self._check_writable()
            current = self.read(ref)
            if expected_etag is not None and current.etag != expected_etag:
                raise OutsideEditError(
                    f"“{current.info.title}” was changed by another program after you opened it; your text was not "
                    "saved over that change."
                )
            doc = current.doc
            if meta_updates:
                doc.meta.update({k: v for k, v in meta_updates.items() if k not in ("id",)})
            self._ensure_id(doc, current.info)
            doc.body = _with_final_newline(body)
            return self._write(current.info.path, doc, summary=summary, kind="save")

    def write_text(self, ref: str | PageInfo, text: str, *, summary: str = "") -> Page:
        """Replace a page with full file text, every line of it kept (:func:`frontmatter.adopt`): the text's header
        is merged over the page's metadata, and the page keeps its id and creation time."""
        with self._lock:
            self._check_writable()
            current = self.read(ref)
            doc = frontmatter.adopt(text, current.doc)
            self._ensure_id(doc, current.info)
            doc.body = _with_final_newline(doc.body)
            return self._write(current.info.path, doc, summary=summary, kind="save")

    def rename(self, ref: str | PageInfo, new_title: str, *, new_space: str | None = None) -> Page:
        """Give a page a new title and/or space; its id, history and links stay."""
        new_title = names.check_title(new_title)
        with self._lock:
            self._check_writable()
            current = self.read(ref)
            space = current.info.space if new_space is None else new_space
            new_rel = self._page_rel(space, new_title)
            if names.name_key(new_rel) != names.name_key(current.info.path):
                self._ensure_free(new_rel, new_title)
            doc = current.doc
            self._ensure_id(doc, current.info)
            doc.meta["title"] = new_title
            old_rel = current.info.path
            page = self._write(new_rel, doc, summary=f"Renamed from “{current.info.title}”", kind="rename",
                               old_rel=old_rel)
            return page

    def delete(self, ref: str | PageInfo, *, summary: str = "") -> PageInfo:
        """Remove a page from the folder; with history attached, its revisions stay and it can be restored."""
        with self._lock:
            self._check_writable()
            info = self.find(ref) if isinstance(ref, str) else ref
            path = self._path(info.path)
            if self.history is not None:
                self._keep_outside_edit(info.path, None)
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise StorageError(f"Could not delete “{info.title}”: {exc.strerror or exc}.") from exc
            self._catalog.update(info.path, None)
            if self.history is not None:
                self._record(page_id=info.page_id, path=info.path, data=None, summary=summary or "Deleted the page",
                             kind="page", failed="The page was deleted, but its page history could not note it")
            self._emit(WikiChange("delete", info.page_id, info.path))
            return info

    def attach(self, ref: str | PageInfo, filename: str, data: bytes) -> str:
        """Store an attachment in the page's folder; returns its path relative to the page's folder."""
        with self._lock:
            self._check_writable()
            info = self.find(ref) if isinstance(ref, str) else ref
            folder = info.path.rpartition("/")[0]
            candidate = attachments.free_name(self.root, folder, filename)
            rel = f"{folder}/{candidate}" if folder else candidate
            write_atomic(self._path(rel), data)
            if self.history is not None:
                self._record(page_id=attachment_id(rel), path=rel, data=data, summary=f"Attached {candidate}",
                             kind="file", failed="The file was attached, but the page history could not keep it")
            self._emit(WikiChange("attach", info.page_id, rel))
            return candidate

    def give_new_id(self, rel: str, data: bytes) -> tuple[bytes, str]:
        """A copy of another page found in the folder (``data`` as read): write a fresh id into its front matter so
        both keep their own history. Returns the new bytes and id; the caller (a scan) records the revision."""
        with self._lock:
            doc = frontmatter.parse(data.decode("utf-8", errors="replace"))
            doc.meta["id"] = new_id = new_page_id()
            new_data = frontmatter.serialize(doc).encode("utf-8")
            path = self._path(rel)
            write_atomic(path, new_data)
            self._catalog.update(rel, page_info_from_text(rel, new_data.decode("utf-8"), path.stat()))
            self._emit(WikiChange("save", new_id, rel, origin="disk"))
            return new_data, new_id

    def apply_remote(
        self,
        *,
        page_id: str,
        path: str | None,
        data: bytes | None,
        old_path: str | None = None,
        expected_etag: str | None = None,
        batch: DurableBatch | None = None,
    ) -> None:
        """Put a page or attachment as sync decided it should be, without recording a new local revision.

        ``data=None`` removes the file at ``path`` (or ``old_path``). With ``expected_etag``, refuses with
        :class:`OutsideEditError` if the local file is not what sync last knew (an edit it has not seen yet).
        With ``batch``, the file is only staged: it is written, made durable and put in place (and the page list
        and listeners told) when the caller commits the batch, together with the others (see
        :class:`~wikidesk.core.atomic.DurableBatch`).
        """
        with self._lock:
            for rel in (path, old_path):
                if rel:
                    self._path(rel)  # refuses a path leading outside the wiki (from a damaged or hostile share)
            current_rel = old_path or path
            if expected_etag is not None and current_rel is not None:
                on_disk = self._etag_at(current_rel)
                if on_disk is not None and on_disk != expected_etag:
                    raise OutsideEditError(f"“{current_rel}” changed locally while it was being synced.")
            if data is None:
                gone = sorted({r for r in (path, old_path) if r})
                if batch is None:
                    for rel in gone:
                        _remove_if_there(self.root / rel)
                    self._removed_remote(page_id, path or old_path or "", gone)
                else:
                    for rel in gone:
                        batch.remove(self.root / rel)
                    batch.then(lambda: self._removed_remote(page_id, path or old_path or "", gone))
                return
            assert path is not None
            if old_path and old_path != path and names.name_key(old_path) == names.name_key(path):
                _rename_if_there(self.root / old_path, self.root / path)  # a change of letter case: one file stays
            stale = old_path if old_path and names.name_key(old_path) != names.name_key(path) else None
            if batch is None:
                write_atomic(self.root / path, data)
                if stale:
                    _remove_if_there(self.root / stale)
                self._placed_remote(page_id, path, data, old_path)
            else:
                batch.stage(self.root / path, data)
                if stale:
                    batch.remove(self.root / stale)
                batch.then(lambda: self._placed_remote(page_id, path, data, old_path))

    def _removed_remote(self, page_id: str, rel: str, gone: list[str]) -> None:
        with self._lock:
            for each in gone:
                self._catalog.update(each, None)
            self._emit(WikiChange("delete", page_id, rel, origin="sync"))

    def _placed_remote(self, page_id: str, path: str, data: bytes, old_path: str | None) -> None:
        with self._lock:
            if old_path and old_path != path:
                self._catalog.update(old_path, None)
            if path.lower().endswith(".md"):
                text = data.decode("utf-8", errors="replace")
                self._catalog.update(path, page_info_from_text(path, text, (self.root / path).stat()))
            kind = "rename" if old_path and old_path != path else "save"
            self._emit(WikiChange(kind, page_id, path, old_path=old_path, origin="sync"))

    def _etag_at(self, rel: str) -> str | None:
        try:
            return etag_of(self._path(rel).read_bytes())
        except (OSError, WikiError):
            return None

    def _path(self, rel: str) -> Path:
        """The file for a wiki-relative path; refuses anything that could reach outside the wiki folder."""
        return wiki_paths.safe_path(self.root, rel)

    def _check_writable(self) -> None:
        recording.check_writable(self.root, self.history_error)

    def _keep_outside_edit(self, rel: str, new_data: bytes | None) -> None:
        """Before replacing or removing ``rel``, record what is on disk if another program changed it since."""
        assert self.history is not None
        try:
            file = self._path(rel)
        except WikiError:
            return
        recording.keep_outside_edit(self.history, user=self.user, file=file, rel=rel, new_data=new_data)

    def _record(self, *, page_id: str, path: str, data: bytes | None, summary: str, kind: str, failed: str) -> None:
        assert self.history is not None
        recording.record(self.history, user=self.user, page_id=page_id, path=path, data=data, summary=summary,
                         kind=kind, failed=failed)

    # ----- internals ----------------------------------------------------------------------------------------
    def _page_rel(self, space: str, title: str) -> str:
        return wiki_paths.page_rel(self.root, space, title)

    def _ensure_free(self, rel: str, title: str) -> None:
        wiki_paths.ensure_free(self.root, rel, title)

    @staticmethod
    def _ensure_id(doc: frontmatter.Document, info: PageInfo) -> None:
        if stored_id(doc.meta) != info.page_id:
            if "title" not in doc.meta and doc._raw_block is None:
                doc.meta["title"] = info.title
            doc.meta["id"] = info.page_id

    def _write(self, rel: str, doc: frontmatter.Document, *, summary: str, kind: str, old_rel: str | None = None
               ) -> Page:
        data = frontmatter.serialize(doc).encode("utf-8")
        target = self._path(rel)
        if self.history is not None and kind != "create":
            self._keep_outside_edit(old_rel or rel, data)
        if old_rel and old_rel != rel and names.name_key(old_rel) == names.name_key(rel):
            try:  # a change of letter case: rename first, so case-insensitive disks keep one file
                os.replace(self._path(old_rel), target)
            except OSError as exc:
                raise StorageError(f"Could not rename {old_rel}: {exc.strerror or exc}.") from exc
        write_atomic(target, data)
        if old_rel and names.name_key(old_rel) != names.name_key(rel):
            try:
                self._path(old_rel).unlink()
            except FileNotFoundError:
                pass
            except OSError as exc:
                raise StorageError(f"Saved the renamed page but could not remove the old file: {exc}.") from exc
            self._catalog.update(old_rel, None)
        elif old_rel and old_rel != rel:  # a change of letter case only
            self._catalog.update(old_rel, None)
        stat = target.stat()
        info = page_info_from_text(rel, data.decode("utf-8"), stat)
        self._catalog.update(rel, info)
        if self.history is not None:
            self._record(page_id=info.page_id, path=rel, data=data, summary=summary, kind="page",
                         failed="The page was saved, but the page history could not keep this version")
        page = Page(info=info, doc=frontmatter.parse(data.decode("utf-8")), etag=etag_of(data))
        self._emit(WikiChange(kind, info.page_id, rel, old_path=old_rel))
        return page


def _remove_if_there(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _rename_if_there(source: Path, target: Path) -> None:
    try:
        os.replace(source, target)
    except FileNotFoundError:
        pass
    except OSError as exc:
        raise StorageError(f"Could not rename {source.name}: {describe_os_error(exc)}.") from exc


def _with_final_newline(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return text if not text or text.endswith("\n") else text + "\n"


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 (no login name on some systems)
        return "unknown"
