"""Pull: read the segments other clients added since last time and store their revisions locally.

One listing of ``heads/`` tells every client's latest segment number; only segments after this client's cursor
for that client are read. A segment that is not visible yet (listings lag) or fails its checksum is remembered
as pending and retried in later rounds; it never blocks the other segments. A client whose latest marker went
backwards (the share was restored from a backup) gets its lost revisions republished by whoever holds them; the
segment that carries them names the vanished ones (``replaces``), so readers and ``check`` stop looking for them.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field

from wikidesk.core.history.dag import topo_order
from wikidesk.core.history.model import Revision, utc_now_iso
from wikidesk.core.history.store import History
from wikidesk.core.sync.segment import DamagedFileError, Segment, decode_segment
from wikidesk.core.sync.store import ShareStore, segment_path
from wikidesk.core.sync.validate import path_problem, revision_problem, shown_path

Progress = tuple[int, int, str]
RETRY_EVERY = 10  # after this many failed attempts, retry a pending segment only every 10th round


@dataclass
class PullResult:
    pulled: int = 0
    pages: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)  # sentences for revisions newly set aside
    identity_clash: bool = False


class _Waiting(Exception):
    """A segment refers to an object that is not visible yet."""


def cursors(history: History) -> dict[str, int]:
    return dict(history.db.query("SELECT client, seq FROM cursors"))


def set_cursor(history: History, client: str, seq: int) -> None:
    with history.db.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO cursors(client, seq) VALUES(?, ?)", (client, seq))


def pull(history: History, store: ShareStore, listing: dict[str, int]) -> Generator[Progress, None, PullResult]:
    """Import every unseen segment named by ``listing`` (client -> latest seq)."""
    result = PullResult()
    me = history.client_id
    seen = cursors(history)
    if listing.get(me, 0) > seen.get(me, 0):
        # somebody else writes with our identity (a copied wiki folder, a restored VDI): become a new client and
        # read their segments like anyone else's
        result.identity_clash = True
        history.take_new_identity()
        me = history.client_id
    _check_rollbacks(history, store, listing, seen, me)
    seen = cursors(history)
    todo = [(c, s) for c, top in sorted(listing.items()) if c != me for s in range(seen.get(c, 0) + 1, top + 1)]
    pending = history.db.query("SELECT client, seq, attempts FROM pending_segments ORDER BY client, seq")
    retries = [(c, s) for c, s, n in pending if n < RETRY_EVERY or n % RETRY_EVERY == 0]
    for c, s, n in pending:
        if (c, s) not in retries:
            _bump_pending(history, c, s, n)
    jobs = retries + todo
    for done, (client, seq) in enumerate(jobs, 1):
        yield done - 1, len(jobs), f"Reading changes from the shared folder ({done} of {len(jobs)})"
        _pull_one(history, store, client, seq, result)
    for client, top in listing.items():
        if client != me and top > seen.get(client, 0):
            set_cursor(history, client, top)
    yield len(jobs), len(jobs), "Read changes from the shared folder"
    return result


def is_replaced(history: History, client: str, seq: int) -> bool:
    """True if a segment on the share (or one we send) carries again everything this vanished segment held."""
    args = (client, seq)
    return bool(history.db.query("SELECT 1 FROM replaced_segments WHERE client = ? AND seq = ?", args)
                or history.db.query("SELECT 1 FROM replacements WHERE client = ? AND seq = ?", args))


def _drop_pending(history: History, client: str, seq: int) -> None:
    with history.db.transaction() as conn:
        conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", (client, seq))


def _pull_one(history: History, store: ShareStore, client: str, seq: int, result: PullResult) -> None:
    rel = segment_path(client, seq)
    raw = store.read(rel)
    if raw is None:
        if is_replaced(history, client, seq):
            _drop_pending(history, client, seq)
            return
        _mark_pending(history, client, seq, "not visible yet")
        return
    try:
        segment = decode_segment(raw, store_id=store.store_id, client=client, seq=seq)
        refused = {rev.id: problem for rev in segment.revisions if (problem := revision_problem(rev))}
        accepted = [rev for rev in segment.revisions if rev.id not in refused]
        blobs = _collect_blobs(history, store, segment, accepted)
    except DamagedFileError as exc:
        if is_replaced(history, client, seq):
            _drop_pending(history, client, seq)
            return
        _mark_pending(history, client, seq, f"damaged: {exc}")
        result.problems.append(f"Skipped the damaged file {rel} on the shared folder ({exc}); will retry.")
        return
    except _Waiting:
        _mark_pending(history, client, seq, "waiting for its contents")
        return
    with history.lock, history.db.transaction() as conn:
        for rev in segment.revisions:
            if rev.id in refused:
                _set_aside(history, rev, refused[rev.id], origin=(client, seq), result=result)
        for rev in topo_order(accepted):
            if history.add(rev, blobs.get(rev.blob or ""), published=True, origin=client, seq=seq):
                result.pulled += 1
                result.pages.add(rev.page_id)
        conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", (client, seq))
        for gone in segment.replaces:
            conn.execute("INSERT OR IGNORE INTO replaced_segments(client, seq) VALUES(?, ?)", gone)
            conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq = ?", gone)


def set_aside_sentence(rel: str, rev: Revision, problem: str) -> str:
    """The one sentence sync and check say about a revision that was set aside."""
    if problem == path_problem(rev.path):
        what = f"“{shown_path(rev.path)}” is not a path inside the wiki ({problem})"
    else:
        what = f"revision {rev.id[:8]} of “{shown_path(rev.path)}” is malformed ({problem})"
    return f"Set aside a change in {rel} on the shared folder: {what}; it was not applied."


def _set_aside(history: History, rev: Revision, problem: str, *, origin: tuple[str, int],
               result: PullResult) -> None:
    """Remember a refused revision locally (never in history, so never applied, merged or sent on)."""
    client, seq = origin
    sentence = set_aside_sentence(segment_path(client, seq), rev, problem)
    with history.db.transaction() as conn:
        added = conn.execute(
            "INSERT OR IGNORE INTO set_aside(rev_id, page_id, path, origin, seq, reason, seen) "
            "VALUES(?, ?, ?, ?, ?, ?, ?)", (rev.id, rev.page_id, rev.path, client, seq, sentence, utc_now_iso())
        ).rowcount
    if added:
        result.set_aside.append(sentence)


def set_aside_problems(history: History) -> list[str]:
    """Every revision from the share this client set aside, one sentence each (for ``check``)."""
    return [r[0] for r in history.db.query("SELECT reason FROM set_aside ORDER BY origin, seq, rev_id")]


def _collect_blobs(history: History, store: ShareStore, segment: Segment,
                   revisions: list[Revision]) -> dict[str, bytes]:
    blobs = dict(segment.blobs)
    for rev in revisions:
        if rev.blob is None or rev.blob in blobs:
            continue
        local = history.db.get_blob(rev.blob)
        if local is not None:
            blobs[rev.blob] = local
            continue
        if rev.blob not in segment.objects:
            raise DamagedFileError(f"revision {rev.id[:8]} has no content")
        data = store.get_object(rev.blob)
        if data is None:
            raise _Waiting(rev.blob)
        blobs[rev.blob] = data
    return blobs


def _mark_pending(history: History, client: str, seq: int, reason: str) -> None:
    with history.db.transaction() as conn:
        row = conn.execute("SELECT attempts FROM pending_segments WHERE client = ? AND seq = ?",
                           (client, seq)).fetchone()
        attempts = (row[0] + 1) if row else 0
        conn.execute("INSERT OR REPLACE INTO pending_segments(client, seq, reason, attempts) VALUES(?, ?, ?, ?)",
                     (client, seq, reason, attempts))


def _bump_pending(history: History, client: str, seq: int, attempts: int) -> None:
    with history.db.transaction() as conn:
        conn.execute("UPDATE pending_segments SET attempts = ? WHERE client = ? AND seq = ?",
                     (attempts + 1, client, seq))


def _check_rollbacks(history: History, store: ShareStore, listing: dict[str, int], seen: dict[str, int],
                     me: str) -> None:
    """Where a client's newest segment vanished (a restore from backup), republish what we hold of it."""
    for client, cursor in seen.items():
        top = listing.get(client, 0)
        if top >= cursor or cursor == 0:
            continue
        if store.stat(segment_path(client, cursor)) is not None:
            continue  # only the listing lags
        not_held = {s for (s,) in history.db.query("SELECT seq FROM pending_segments WHERE client = ?", (client,))}
        with history.db.transaction() as conn:
            # we read these whole: what we send again is everything they held, and our next segment says so
            conn.executemany("INSERT OR IGNORE INTO replacements(client, seq) VALUES(?, ?)",
                             [(client, s) for s in range(top + 1, cursor + 1) if s not in not_held])
            conn.execute("UPDATE revisions SET published = 0 WHERE origin = ? AND seq > ?", (client, top))
            conn.execute("DELETE FROM pending_segments WHERE client = ? AND seq > ?", (client, top))
            if client != me:
                conn.execute("UPDATE cursors SET seq = ? WHERE client = ?", (top, client))
