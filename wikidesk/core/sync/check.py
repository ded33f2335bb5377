"""``wikidesk check``: verify the local history and the shared folder, repair what is safe to repair.

Local: database integrity, every revision's content present, heads consistent with the DAG (rebuilt if not),
the working folder matching history (outside edits are taken in), temp files left by a killed write removed once
they are an hour old. Share: the marker, every segment of every
client read and verified (damaged or missing ones reported, unless a later segment carries again what they held
after a restore from backup; what this client holds of them is republished), leftover temp
files of this client removed, and a full audit of the readable mirror (stale files rewritten, edits by people
without the app noted for taking in).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wikidesk.core.atomic import TEMP_PREFIX as LOCAL_TEMP_PREFIX
from wikidesk.core.comments import CommentStore
from wikidesk.core.errors import WikiError
from wikidesk.core.history.scan import scan_all
from wikidesk.core.history.store import History
from wikidesk.core.sync.errors import IncompatibleStoreError, NoShareError, NotAStoreError, ShareOfflineError
from wikidesk.core.sync.mirror import Mirror, MirrorResult
from wikidesk.core.sync.pull import set_aside_problems
from wikidesk.core.sync.segment import DamagedFileError, decode_segment
from wikidesk.core.sync.snapshot import list_snapshots, snapshot_path, verify_snapshot
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import TEMP_PREFIX, ShareStore, segment_path

if TYPE_CHECKING:
    from wikidesk.core.sync.backend import ShareBackend
    from wikidesk.core.wiki import Wiki


LEFTOVER_AGE = 3600.0  # seconds before a local temp file counts as left behind by a killed write


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)
    share: str = "not checked"

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "problems": self.problems, "repaired": self.repaired, "share": self.share}


def check_local(wiki: Wiki, history: History, state: SyncState, report: CheckReport) -> None:
    problem = history.integrity_problem()
    if problem is not None:
        report.problems.append(f"The local history database is damaged: {problem}.")
    for rev_id, path in history.missing_contents():
        report.problems.append(f"The content of revision {rev_id[:8]} of “{path}” is missing locally.")
    fixed = history.rebuild_heads()
    if fixed:
        report.repaired.append(f"Rebuilt the list of latest versions ({fixed} entries fixed).")
    scanned = scan_all(history, wiki)
    for rel in scanned.recorded + scanned.deleted:
        report.repaired.append(f"Took in a change made outside wikidesk: {rel}.")
    for rel in scanned.copies:
        report.repaired.append(f"Gave the copied page {rel} its own id.")
    report.problems.extend(set_aside_problems(state))  # changes from the share refused as invalid
    removed = remove_local_temp_files(wiki.root)
    if removed:
        report.repaired.append(f"Removed {removed} leftover temporary file(s) from the wiki folder.")


def remove_local_temp_files(root: Path, *, older_than: float = LEFTOVER_AGE, now: float | None = None) -> int:
    """Delete ``write_atomic`` temp files (``.~wikidesk-*.tmp``) a killed process left in the wiki folder.

    Only files untouched for ``older_than`` seconds: a younger one may belong to a save still in progress in
    another process (the app, a CLI command). The wiki ignores these files, so this only tidies up.
    """
    now = time.time() if now is None else now
    removed = 0
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not os.path.islink(os.path.join(folder, d))]
        for name in names:
            if not (name.startswith(LOCAL_TEMP_PREFIX) and name.endswith(".tmp")):
                continue
            path = os.path.join(folder, name)
            try:
                if os.path.islink(path) or now - os.stat(path).st_mtime < older_than:
                    continue
                os.unlink(path)
                removed += 1
            except OSError:
                continue
    return removed


def check_share(wiki: Wiki, history: History, state: SyncState, store: ShareStore, report: CheckReport) -> None:
    store.open()
    listing = store.list_heads()
    me = history.client_id
    broken: list[tuple[str, int, str]] = []  # (client, seq, problem)
    replaced: set[tuple[str, int]] = set()  # vanished segments a segment on the share carries again
    for client, top in sorted(listing.items()):
        for seq in range(1, top + 1):
            rel = segment_path(client, seq)
            raw = store.read(rel)
            if raw is None:
                broken.append((client, seq, f"The shared folder lacks {rel}."))
                continue
            try:
                replaced.update(decode_segment(raw, store_id=store.store_id, client=client, seq=seq).replaces)
            except DamagedFileError as exc:
                broken.append((client, seq, f"{rel} on the shared folder is damaged ({exc})."))
    for client, seq, problem in broken:
        if (client, seq) not in replaced:
            report.problems.append(problem)
            _republish(history, state, (client, seq), report, meta_dir=wiki.meta_dir)
    for coverage, client in list_snapshots(store):
        rel = snapshot_path(coverage, client)
        raw = store.read(rel)
        try:
            if raw is not None:
                verify_snapshot(store, raw, (coverage, client))
        except DamagedFileError as exc:
            report.problems.append(f"{rel} on the shared folder is damaged ({exc}); joining uses an older snapshot "
                                   "or the log instead.")
    _remove_own_temp_files(store, me, report)
    mirror = Mirror(history, state, store, grace=0.0)
    result = MirrorResult()
    mirror.audit_all(result)
    if result.stale:
        mirror.update(result.stale, result)
        report.repaired.append(f"Rewrote {len(result.stale)} out-of-date file(s) in the readable copy (pages/).")
    for suspect in state.suspects():
        report.repaired.append(f"pages/{suspect.path} was edited without wikidesk; the next sync takes the edit in.")


def _republish(history: History, state: SyncState, segment: tuple[str, int], report: CheckReport, *,
               meta_dir: Path) -> None:
    """Send again what this computer holds of a lost or damaged segment; if it read that segment whole, the
    segment that carries it names it as replaced, so the next check is clean.

    History first: killed before sync state notes the replacement, the revisions are merely sent again unnamed
    (and the next check republishes and names them); the other order could name the segment as replaced in a
    segment that does not carry its revisions."""
    client, seq = segment
    held = state.read_whole(client, seq)
    count = history.unpublish(client, seq)
    with CommentStore(meta_dir) as comments:
        count += comments.unpublish(client, seq=seq)
    if held:
        state.republishing(client, seq)
    if count:
        report.repaired.append(f"Will send again the {count} revision(s) this computer holds from that file.")


def _remove_own_temp_files(store: ShareStore, me: str, report: CheckReport) -> None:
    removed = 0
    for folder in ("", "heads", f"log/{me}", "objects", "snapshots"):
        for entry in store.list(folder) or []:
            if entry.name.startswith(f"{TEMP_PREFIX}{me}-"):
                removed += store.delete(f"{folder}/{entry.name}" if folder else entry.name)
    if removed:
        report.repaired.append(f"Removed {removed} leftover temporary file(s) of this computer.")


def check(wiki: Wiki, *, backend: ShareBackend | None = None) -> CheckReport:
    """Check everything; returns the problems found and the repairs made."""
    from wikidesk.core.sync import config
    from wikidesk.core.sync.location import open_backend
    from wikidesk.core.sync.lock import sync_lock

    history = wiki.history
    if history is None:
        raise WikiError("Checking needs the wiki's page history, which is not attached.")
    report = CheckReport()
    with sync_lock(wiki.meta_dir), SyncState.of(wiki.meta_dir) as state:
        check_local(wiki, history, state, report)
        try:
            inner = backend or open_backend(config.share_location(wiki))
        except NoShareError:
            report.share = "no shared folder"
            return report
        store = ShareStore(inner, tag=history.client_id)
        try:
            check_share(wiki, history, state, store, report)
            report.share = "checked"
        except (ShareOfflineError, NotAStoreError, IncompatibleStoreError) as exc:
            report.share = "not reachable"
            report.problems.append(str(exc))
        finally:
            inner.close()
    return report
