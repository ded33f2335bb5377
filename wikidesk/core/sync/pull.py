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

from wikidesk.core.comments import Comment, CommentStore, comment_problem
from wikidesk.core.history.dag import topo_order
from wikidesk.core.history.model import Revision
from wikidesk.core.history.store import History
from wikidesk.core.sync.segment import DamagedFileError, Segment, decode_segment
from wikidesk.core.sync.state import SetAside, SyncState
from wikidesk.core.sync.store import ShareStore, segment_path
from wikidesk.core.sync.validate import path_problem, revision_problem, shown_path

Progress = tuple[int, int, str]
RETRY_EVERY = 10  # after this many failed attempts, retry a pending segment only every 10th round


@dataclass
class PullResult:
    pulled: int = 0
    comments: int = 0  # new comments
    comment_pages: set[str] = field(default_factory=set)
    pages: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    set_aside: list[str] = field(default_factory=list)  # sentences for revisions newly set aside
    identity_clash: bool = False


class _Waiting(Exception):
    """A segment refers to an object that is not visible yet."""


def pull(history: History, state: SyncState, store: ShareStore, listing: dict[str, int],
         comments: CommentStore | None = None) -> Generator[Progress, None, PullResult]:
    """Import every unseen segment named by ``listing`` (client -> latest seq)."""
    result = PullResult()
    me = history.client_id
    seen = state.cursors()
    if listing.get(me, 0) > seen.get(me, 0):
        # somebody else writes with our identity (a copied wiki folder, a restored VDI): become a new client and
        # read their segments like anyone else's
        result.identity_clash = True
        take_new_identity(history, state)
        me = history.client_id
    _check_rollbacks(history, state, store, listing, seen=seen, me=me, comments=comments)
    seen = state.cursors()
    todo = [(c, s) for c, top in sorted(listing.items()) if c != me for s in range(seen.get(c, 0) + 1, top + 1)]
    pending = state.pending()
    retries = [(c, s) for c, s, n in pending if n < RETRY_EVERY or n % RETRY_EVERY == 0]
    for c, s, n in pending:
        if (c, s) not in retries:
            state.skip_pending(c, s, n)
    jobs = retries + todo
    for done, (client, seq) in enumerate(jobs, 1):
        yield done - 1, len(jobs), f"Reading changes from the shared folder ({done} of {len(jobs)})"
        _pull_one(history, state, store, (client, seq), result, comments=comments)
    for client, top in listing.items():
        if client != me and top > seen.get(client, 0):
            state.set_cursor(client, top)
    yield len(jobs), len(jobs), "Read changes from the shared folder"
    return result


def take_new_identity(history: History, state: SyncState) -> None:
    """Become a new client. The outbox goes first (its bytes name the old identity and must never be sent under
    the new one; its revisions are still unpublished), then history's client id: killed in between, this client
    keeps its old identity with nothing reserved, which is harmless."""
    state.forget_outbox()
    history.take_new_identity()


def _pull_one(history: History, state: SyncState, store: ShareStore, segment_id: tuple[str, int],
              result: PullResult, *, comments: CommentStore | None = None) -> None:
    client, seq = segment_id
    rel = segment_path(client, seq)
    raw = store.read(rel)
    if raw is None:
        if state.is_replaced(client, seq):
            state.drop_pending(client, seq)
            return
        state.mark_pending(client, seq, "not visible yet")
        return
    try:
        segment = decode_segment(raw, store_id=store.store_id, client=client, seq=seq)
        refused = {rev.id: problem for rev in segment.revisions if (problem := revision_problem(rev))}
        accepted = [rev for rev in segment.revisions if rev.id not in refused]
        blobs = _collect_blobs(history, store, segment, accepted)
    except DamagedFileError as exc:
        if state.is_replaced(client, seq):
            state.drop_pending(client, seq)
            return
        state.mark_pending(client, seq, f"damaged: {exc}")
        result.problems.append(f"Skipped the damaged file {rel} on the shared folder ({exc}); will retry.")
        return
    except _Waiting:
        state.mark_pending(client, seq, "waiting for its contents")
        return
    # history first, then sync state: killed in between, the segment is still pending (or after the cursor) and
    # is read again; history ignores revisions it already holds
    added = history.add_all([(rev, blobs.get(rev.blob or "")) for rev in topo_order(accepted)], published=True,
                            origin=client, seq=seq)
    result.pulled += len(added)
    result.pages.update(rev.page_id for rev in added)
    aside = [SetAside(rev.id, rev.page_id, rev.path, set_aside_sentence(rel, rev, refused[rev.id]))
             for rev in segment.revisions if rev.id in refused]
    if segment.comments and comments is not None:
        # after history (the clock), before sync state: killed in between, the segment is read again and the
        # comments already held are ignored (content-addressed ids)
        bad = {c.id: problem for c in segment.comments if (problem := comment_problem(c))}
        new = comments.add_all(history, [c for c in segment.comments if c.id not in bad], published=True,
                               origin=client, seq=seq)
        result.comments += len(new)
        result.comment_pages.update(c.page_id for c in new)
        aside += [SetAside(c.id, c.page_id, "", comment_set_aside_sentence(rel, c, bad[c.id]))
                  for c in segment.comments if c.id in bad]
    result.set_aside.extend(state.taken_in(client, seq, set_aside=aside, replaces=segment.replaces))


SET_ASIDE_START = "Set aside a change in "  # how every set-aside sentence begins (the app counts them apart)


def set_aside_sentence(rel: str, rev: Revision, problem: str) -> str:
    """The one sentence sync and check say about a revision that was set aside."""
    if problem == path_problem(rev.path):
        what = f"“{shown_path(rev.path)}” is not a path inside the wiki ({problem})"
    else:
        what = f"revision {rev.id[:8]} of “{shown_path(rev.path)}” is malformed ({problem})"
    return f"{SET_ASIDE_START}{rel} on the shared folder: {what}; it was not applied."


def comment_set_aside_sentence(rel: str, comment: Comment, problem: str) -> str:
    return (f"Set aside a comment in {rel} on the shared folder: comment {comment.id[:8]} is malformed ({problem}); "
            "it was not taken in.")


def set_aside_problems(state: SyncState) -> list[str]:
    """Every revision from the share this client set aside, one sentence each (for ``check``)."""
    return state.set_aside_problems()


def _collect_blobs(history: History, store: ShareStore, segment: Segment,
                   revisions: list[Revision]) -> dict[str, bytes]:
    blobs = dict(segment.blobs)
    for rev in revisions:
        if rev.blob is None or rev.blob in blobs:
            continue
        local = history.blob(rev.blob)
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


def _check_rollbacks(history: History, state: SyncState, store: ShareStore, listing: dict[str, int], *,
                     seen: dict[str, int], me: str, comments: CommentStore | None = None) -> None:
    """Where a client's newest segment vanished (a restore from backup), republish what we hold of it."""
    for client, cursor in seen.items():
        top = listing.get(client, 0)
        if top >= cursor or cursor == 0:
            continue
        if store.stat(segment_path(client, cursor)) is not None:
            continue  # only the listing lags
        # history first: killed before sync state notes the rollback, the next round finds it again (the cursor
        # still points past the marker) and unpublishing twice is harmless; the other order could name segments
        # as replaced in our next segment without carrying their revisions
        history.unpublish_after(client, top)
        if comments is not None:
            comments.unpublish(client, after=top)
        state.rolled_back(client, top, cursor, mine=client == me)
