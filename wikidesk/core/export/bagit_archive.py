"""The archive package: a BagIt bag (RFC 8493) with every page, every revision, the attachments and a rendering.

Layout (``data/`` is the bag's payload; every file has a SHA-256 in ``manifest-sha256.txt``)::

    bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
    data/manifest.json                 pages, attachments, deleted pages and every revision (machine-readable)
    data/wiki/<path>                   the wiki as it is: every page file (Markdown with front matter) and attachment
    data/history/objects/<ab>/<sha256> every content any revision holds, named by its SHA-256 (deduplicated)
    data/comments/<id>.json            every comment object (every version of every comment), Comment.to_dict()
    data/html/                         the latest versions as a static web site (see :mod:`.static_site`)

Revisions in ``manifest.json`` carry their id, page id, kind, path, content hash, parents, author, time, Lamport clock
and summary, exactly the fields their id is computed from, so the whole revision DAG (and any page at any time) can
be rebuilt and checked; comments likewise (every version, with the fields its id is computed from).
:func:`import_archive` does that: a new wiki folder with the same revision ids and heads, and the same comments.

The bag is BagIt 0.97, the version the ``bagit`` library writes and checks (see :func:`_encode` for the one
difference from RFC 8493's 1.0 that matters here). The payload is hashed as it is written (one pass); the bag is
then checked with the ``bagit`` library (complete, Payload-Oxum right). ``bagit.py --validate`` checks every
checksum.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import bagit

from wikidesk import __version__
from wikidesk.core.comments import Comment, CommentStore
from wikidesk.core.errors import AlreadyExistsError, StorageError, WikiError
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.history.store import History
from wikidesk.core.opening import open_wiki
from wikidesk.core.wiki import Wiki
from wikidesk.core.wiki_paths import safe_path

from .snapshot import ExportSummary, Progress, Snapshot, Staging, take
from .static_site import build_site

MANIFEST = "manifest.json"
FORMAT = "wikidesk-archive"
FORMAT_VERSION = 1
STEP = 50


class ArchiveError(WikiError):
    """A folder given as an archive package is not one, or is damaged."""


class _Payload:
    """Writes payload files and remembers their SHA-256 for the manifest."""

    def __init__(self, bag: Path) -> None:
        self.bag = bag
        self.data = bag / "data"
        self.data.mkdir()
        self.entries: dict[str, str] = {}  # "data/..." -> sha256
        self.size = 0

    def add(self, rel: str, content: bytes, digest: str | None = None) -> None:
        path = self.data / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        self.entries[f"data/{rel}"] = digest or hashlib.sha256(content).hexdigest()
        self.size += len(content)

    def add_tree(self, rel: str) -> None:
        """Hash every file already written under ``data/<rel>``."""
        for dirpath, _dirs, names in os.walk(self.data / rel):
            for name in names:
                path = Path(dirpath) / name
                content = path.read_bytes()
                self.entries[path.relative_to(self.bag).as_posix()] = hashlib.sha256(content).hexdigest()
                self.size += len(content)


def _encode(path: str) -> str:
    """A file path as a manifest line writes it, as the ``bagit`` library writes and reads it (BagIt 0.97: CR and
    LF percent-encoded). Not ``%`` itself, as RFC 8493 (BagIt 1.0) asks: ``bagit.py --validate`` would then miss
    every wiki file whose name holds an escape such as ``%3A``; RFC 8493 tells readers that 0.97 bags do not encode
    ``%``. Page names cannot hold CR or LF, so only names with ``%`` differ between the two."""
    return path.replace("\r", "%0D").replace("\n", "%0A")


def export_archive(wiki: Wiki, out: Path | str, *, space: str | None = None, language: str = "en"
                   ) -> Generator[Progress, None, ExportSummary]:
    """Write the archive package of ``wiki`` (or one space) to ``out``; yields progress, returns the summary."""
    with Staging(out, wiki_root=wiki.root) as staging:
        snap = yield from take(wiki, space)
        payload = _Payload(staging.path)
        manifest = yield from _write_payload(snap, payload)
        yield from build_site(snap, payload.data / "html", language=language)
        payload.add_tree("html")
        yield 0, 1, "Writing the bag's checksums"
        _write_tag_files(staging.path, payload, snap)
        _check_bag(staging.path)
        staging.commit()
    return ExportSummary("archive", str(staging.out), pages=len(manifest["pages"]),
                         revisions=len(manifest["revisions"]), files=len(payload.entries) + 4,
                         bytes=payload.size)


def _write_payload(snap: Snapshot, payload: _Payload) -> Generator[Progress, None, dict[str, Any]]:
    comment_objects = list(snap.all_comments())
    total = len(snap.pages) + len(snap.attachments) + snap.revision_count + len(comment_objects)
    done = 0
    pages, files = [], []
    for info in snap.pages:
        if done % STEP == 0:
            yield done, total, "Copying pages"
        done += 1
        try:
            data = snap.read(info.path)
        except WikiError:
            continue
        digest = blob_hash(data)
        payload.add(f"wiki/{info.path}", data, digest)
        pages.append({"id": info.page_id, "path": info.path, "title": info.title, "space": info.space,
                      "tags": list(info.tags), "file": f"wiki/{info.path}", "sha256": digest,
                      "revision": _current_rev(snap, info.page_id, digest), "heads": snap.heads.get(info.page_id, []),
                      "conflict": snap.in_conflict(info.page_id)})
    listed = {p["id"] for p in pages}
    from wikidesk.core.page_ids import attachment_id

    for rel in snap.attachments:
        if done % STEP == 0:
            yield done, total, "Copying attachments"
        done += 1
        try:
            data = snap.read(rel)
        except WikiError:
            continue
        digest = blob_hash(data)
        item_id = attachment_id(rel)
        payload.add(f"wiki/{rel}", data, digest)
        files.append({"id": item_id, "path": rel, "file": f"wiki/{rel}", "sha256": digest,
                      "revision": _current_rev(snap, item_id, digest), "heads": snap.heads.get(item_id, [])})
        listed.add(item_id)
    revisions = []
    stored: set[str] = set()
    for revs in snap.revisions.values():
        for rev in revs:
            if done % STEP == 0:
                yield done, total, "Copying page history"
            done += 1
            entry = rev.to_dict()
            entry["object"] = None
            if rev.blob is not None:
                entry["object"] = obj = f"history/objects/{rev.blob[:2]}/{rev.blob}"
                if rev.blob not in stored:
                    content = snap.content(rev)
                    assert content is not None
                    payload.add(obj, content, rev.blob)
                    stored.add(rev.blob)
            revisions.append(entry)
    comments = []
    for c in comment_objects:
        if done % STEP == 0:
            yield done, total, "Copying comments"
        done += 1
        rel = f"comments/{c.id}.json"
        content = json.dumps(c.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")
        payload.add(rel, content)
        comments.append({**c.to_dict(), "file": rel, "sha256": payload.entries[f"data/{rel}"]})
    deleted = [{"id": item_id, "path": revs[-1].path, "kind": revs[-1].kind, "heads": snap.heads.get(item_id, [])}
               for item_id, revs in snap.revisions.items() if item_id not in listed]
    manifest = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "generator": f"wikidesk {__version__}",
        "created": snap.taken,
        "wiki": {"id": snap.wiki.wiki_id, "name": snap.wiki.root.name},
        "space": snap.space,
        "pages": pages,
        "attachments": files,
        "deleted": deleted,
        "revisions": revisions,
        "comments": comments,
    }
    payload.add(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return manifest


def _current_rev(snap: Snapshot, item_id: str, digest: str) -> str | None:
    """The revision the working file holds (None: an edit history has not taken in yet)."""
    by_id = {r.id: r for r in snap.revisions.get(item_id, ())}
    tracked = snap.worktree.get(item_id)
    if tracked in by_id and by_id[tracked].blob == digest:
        return tracked
    for rev in reversed(snap.revisions.get(item_id, ())):
        if rev.blob == digest:
            return rev.id
    return None


def _write_tag_files(bag: Path, payload: _Payload, snap: Snapshot) -> None:
    lines = "".join(f"{digest}  {_encode(path)}\n" for path, digest in sorted(payload.entries.items()))
    tags = {
        "bagit.txt": "BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n",
        "manifest-sha256.txt": lines,
        "bag-info.txt": (
            f"Bag-Software-Agent: wikidesk {__version__} (bagit {bagit.VERSION})\n"
            f"Bagging-Date: {snap.taken[:10]}\n"
            f"Payload-Oxum: {payload.size}.{len(payload.entries)}\n"
            + (f"External-Identifier: wikidesk:{snap.wiki.wiki_id}\n" if snap.wiki.wiki_id else "")
            + f"External-Description: {_one_line(_description(snap))}\n"
        ),
    }
    for name, text in tags.items():
        (bag / name).write_text(text, encoding="utf-8")
    tag_lines = "".join(f"{hashlib.sha256((bag / name).read_bytes()).hexdigest()}  {name}\n" for name in sorted(tags))
    (bag / "tagmanifest-sha256.txt").write_text(tag_lines, encoding="utf-8")


def _description(snap: Snapshot) -> str:
    what = f"the space {snap.space} of the wiki" if snap.space else "the wiki"
    return (f"wikidesk archive package of {what} {snap.wiki.root.name}, taken {snap.taken}: every page, every "
            "revision (data/manifest.json), attachments, every comment (data/comments) and an HTML rendering of the "
            "latest versions (data/html).")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_bag(path: Path) -> None:
    try:
        bagit.Bag(str(path)).validate(fast=True)  # complete, and Payload-Oxum matches; checksums were made above
    except bagit.BagError as exc:
        raise StorageError(f"The archive package came out invalid: {exc}.") from exc


# ----- import --------------------------------------------------------------------------------------------------------
def import_archive(bag_path: Path | str, out: Path | str) -> Generator[Progress, None, ExportSummary]:
    """Rebuild a wiki in ``out`` from an archive package: its files, and its history with the same revision ids and
    heads. The bag is validated first (every checksum); nothing is written to ``out`` unless all of it fits."""
    bag_path = Path(bag_path)
    yield 0, 1, "Checking the archive package"
    try:
        bag = bagit.Bag(str(bag_path))
        bag.validate(processes=1)
    except bagit.BagValidationError as exc:
        details = "; ".join(str(d) for d in exc.details[:3])
        detail = f": {details}" if details else ""
        raise ArchiveError(f"{bag_path} is not a valid archive package: {exc.message}{detail}.") from exc
    except bagit.BagError as exc:
        raise ArchiveError(f"{bag_path} is not an archive package: {exc}.") from exc
    data = bag_path / "data"
    try:
        manifest = json.loads((data / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ArchiveError(f"{bag_path} holds no readable wikidesk manifest ({MANIFEST}).") from exc
    if manifest.get("format") != FORMAT or int(manifest.get("version") or 0) > FORMAT_VERSION:
        raise ArchiveError(f"{bag_path} is not a wikidesk archive package this version can read.")
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise AlreadyExistsError(f"{out} already exists; choose a new or empty folder for the wiki.")
    revisions = _read_revisions(manifest, bag_path)
    comments = _read_comments(manifest, data, bag_path)
    with Staging(out) as staging:
        Wiki.init_folder(staging.path)
        history = History(staging.path, staging.path / ".wikidesk")
        try:
            total = len(revisions) + len(manifest["pages"]) + len(manifest["attachments"])
            for n, (rev, obj) in enumerate(revisions):
                if n % STEP == 0:
                    yield n, total, "Rebuilding the page history"
                content = None if obj is None else _inside(data, obj).read_bytes()
                if content is not None and blob_hash(content) != rev.blob:
                    raise ArchiveError(f"The content of revision {rev.id[:10]} in {bag_path} does not match it.")
                history.add(rev, content, published=False)
            done, written = len(revisions), 0
            for entry in [*manifest["pages"], *manifest["attachments"]]:
                if done % STEP == 0:
                    yield done, total, "Writing pages and attachments"
                done += 1
                content = _inside(data, entry["file"]).read_bytes()
                target = safe_path(staging.path, entry["path"])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
                written += len(content)
                history.track(entry["id"], entry["path"], entry.get("revision"), blob_hash(content))
            if comments:
                yield done, total, "Rebuilding the comments"
                with CommentStore(staging.path / ".wikidesk") as store:
                    store.add_all(history, comments, published=False)
                    for page_id in sorted({c.page_id for c in comments}):
                        store.mark_read(page_id)  # one's own archive: nothing in it is news
        finally:
            history.close()
        wiki = open_wiki(staging.path)  # takes in (records) only what history did not hold: normally nothing
        if wiki.history is not None:
            wiki.history.close()
        staging.commit()
    return ExportSummary("import", str(staging.out), pages=len(manifest["pages"]), revisions=len(revisions),
                         files=len(manifest["pages"]) + len(manifest["attachments"]), bytes=written)


def _inside(folder: Path, rel: str) -> Path:
    """``folder/rel``, refusing a path that leads outside ``folder`` (a damaged or hostile manifest)."""
    try:
        return safe_path(folder, str(rel))
    except WikiError as exc:
        raise ArchiveError(f"The archive package names a file outside itself ({rel!r}).") from exc


def _read_revisions(manifest: dict[str, Any], bag_path: Path) -> list[tuple[Revision, str | None]]:
    out = []
    for entry in manifest.get("revisions") or []:
        try:
            rev = Revision.from_dict(entry, verify=True)
        except (KeyError, ValueError, TypeError) as exc:
            raise ArchiveError(f"A revision in {bag_path} does not match its id ({entry.get('id')!r}).") from exc
        obj = entry.get("object")
        if (obj is None) != (rev.blob is None):
            raise ArchiveError(f"Revision {rev.id[:10]} in {bag_path} lacks its content.")
        out.append((rev, obj))
    out.sort(key=lambda item: (item[0].clock, item[0].id))
    return out


def _read_comments(manifest: dict[str, Any], data: Path, bag_path: Path) -> list[Comment]:
    """Every comment the manifest lists, from its file, each checked against its id (and the manifest's entry)."""
    out = []
    for entry in manifest.get("comments") or []:
        try:
            path = _inside(data, entry["file"])
            comment = Comment.from_dict(json.loads(path.read_text("utf-8")), verify=True)
        except (OSError, KeyError, ValueError, TypeError) as exc:
            raise ArchiveError(f"A comment in {bag_path} is missing or does not match its id "
                               f"({entry.get('id')!r}).") from exc
        if comment.id != entry.get("id"):
            raise ArchiveError(f"Comment {comment.id[:10]} in {bag_path} is listed as {entry.get('id')!r}.")
        out.append(comment)
    return out
