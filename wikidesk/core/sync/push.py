"""Push: write this client's unpublished revisions as one new segment, then move its heads marker.

Crash-safe at every step: the segment bytes and its number are saved locally (the outbox) before anything is
written to the share, so a retry writes byte-identical content. If the segment name is taken by different bytes,
another copy of this client (a copied wiki folder, a restored VDI snapshot) uses our identity: this client takes
a fresh identity and pushes again; sequence numbers are never reused.
"""

from __future__ import annotations

from dataclasses import dataclass

from wikidesk.core import pacing
from wikidesk.core.comments import CommentStore
from wikidesk.core.history.dag import topo_order
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.history.store import History
from wikidesk.core.sync.pull import take_new_identity
from wikidesk.core.sync.segment import INLINE_LIMIT, Segment, encode_segment
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import COMMENTS_FORMAT, ShareStore, marker_path, segment_path

MAX_REVISIONS_PER_SEGMENT = 2000
MAX_COMMENTS_PER_SEGMENT = 2000
COMMENT_PREFIX = "c:"  # comment ids in the outbox's id list (revision ids have no prefix)


@dataclass
class PushResult:
    pushed: int = 0
    segments: int = 0
    identity_clash: bool = False
    comments: int = 0


def _build_outbox(history: History, state: SyncState, store: ShareStore, comments: CommentStore | None
                  ) -> tuple[int, bytes, list[str]] | None:
    unpublished = history.unpublished(MAX_REVISIONS_PER_SEGMENT + 1)  # one more: is this the last segment?
    revs = unpublished[:MAX_REVISIONS_PER_SEGMENT]
    waiting_comments = comments.unpublished() if comments is not None else []
    notes = waiting_comments[:MAX_COMMENTS_PER_SEGMENT]
    # vanished segments we publish again are named in the segment that completes their revisions (and comments)
    complete = len(unpublished) == len(revs) and len(waiting_comments) == len(notes)
    replaces = state.unsent_replacements() if complete else []
    if not revs and not replaces and not notes:
        return None
    blobs: dict[str, bytes] = {}
    objects: list[str] = []
    for rev in revs:
        pacing.pause()
        if rev.blob is None or rev.blob in blobs or rev.blob in objects:
            continue
        data = history.content(rev) or b""
        if len(data) > INLINE_LIMIT:
            store.put_object(rev.blob, data)  # before the segment that refers to it
            objects.append(rev.blob)
        else:
            blobs[rev.blob] = data
    client, ordered = history.client_id, topo_order(revs)
    ids = [r.id for r in revs] + [COMMENT_PREFIX + c.id for c in notes]
    written = utc_now_iso()

    def encode(seq: int) -> bytes:
        return encode_segment(Segment(store.store_id, client, seq, written, ordered, blobs, objects, replaces,
                                      notes))

    seq, payload = state.reserve(client, ids, replaces, encode)  # number reserved: never reused
    return seq, payload, ids


def push_once(history: History, state: SyncState, store: ShareStore, comments: CommentStore | None = None
              ) -> PushResult:
    """Write at most one segment; returns what was published."""
    result = PushResult()
    built = state.outbox() or _build_outbox(history, state, store, comments)
    if built is None:
        return result
    seq, payload, ids = built
    rev_ids = [i for i in ids if not i.startswith(COMMENT_PREFIX)]
    comment_ids = [i[len(COMMENT_PREFIX):] for i in ids if i.startswith(COMMENT_PREFIX)]
    if comment_ids:
        store.raise_format(COMMENTS_FORMAT)  # also for an outbox segment reserved before a crash
    client = history.client_id
    rel = segment_path(client, seq)
    if not store.create_new(rel, payload):
        existing = store.read(rel)
        if existing != payload:
            take_new_identity(history, state)
            result.identity_clash = True
            return result
    # history first: killed before the outbox row goes, the next round sends the same bytes again, finds them
    # there and finishes this; the other order would leave the revisions unpublished (sent twice, harmless but
    # the replaced segments it names would be lost)
    history.mark_published(rev_ids, seq, client)
    if comment_ids and comments is not None:
        comments.mark_published(comment_ids, seq, client)  # like revisions: before the outbox row goes
    state.sent(client, seq)
    result.pushed, result.segments = len(rev_ids), 1
    result.comments = len(comment_ids)
    return result


def publish_marker(history: History, state: SyncState, store: ShareStore) -> None:
    """Make our newest segment visible: create ``heads/<client>.<seq>``, then delete our older markers."""
    client = history.client_id
    own = state.own(client)
    top = own.pushed_seq
    if top == 0 or own.marker_seq >= top:
        return
    store.create_empty(marker_path(client, top))
    old = list(own.markers)
    state.set_markers(client, marker_seq=top, markers=[*old, top])
    remaining = [top]
    for seq in old:
        if seq < top:
            store.delete(marker_path(client, seq))
        else:
            remaining.append(seq)
    state.set_markers(client, markers=remaining)


def push(history: History, state: SyncState, store: ShareStore, comments: CommentStore | None = None
         ) -> PushResult:
    """Publish every unpublished revision and comment (one segment per :data:`MAX_REVISIONS_PER_SEGMENT`)."""
    total = PushResult()
    for _ in range(1000):
        step = push_once(history, state, store, comments)
        total.pushed += step.pushed
        total.comments += step.comments
        total.segments += step.segments
        total.identity_clash |= step.identity_clash
        if step.identity_clash:
            continue
        if step.segments == 0:
            break
    publish_marker(history, state, store)
    return total
