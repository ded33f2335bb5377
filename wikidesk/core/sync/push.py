"""Push: write this client's unpublished revisions as one new segment, then move its heads marker.

Crash-safe at every step: the segment bytes and its number are saved locally (the outbox) before anything is
written to the share, so a retry writes byte-identical content. If the segment name is taken by different bytes,
another copy of this client (a copied wiki folder, a restored VDI snapshot) uses our identity: this client takes
a fresh identity and pushes again; sequence numbers are never reused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from wikidesk.core.history.dag import topo_order
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.history.store import History
from wikidesk.core.sync.pull import set_cursor
from wikidesk.core.sync.segment import INLINE_LIMIT, Segment, encode_segment
from wikidesk.core.sync.store import ShareStore, marker_path, segment_path

MAX_REVISIONS_PER_SEGMENT = 2000


@dataclass
class PushResult:
    pushed: int = 0
    segments: int = 0
    identity_clash: bool = False


def _own_markers(history: History) -> list[int]:
    raw = history.db.get_state("own_markers") or ""
    return [int(x) for x in raw.split(",") if x]


def _build_outbox(history: History, store: ShareStore) -> tuple[int, bytes, list[str]] | None:
    unpublished = history.db.unpublished()
    revs = unpublished[:MAX_REVISIONS_PER_SEGMENT]
    # vanished segments we publish again are named in the segment that completes their revisions
    replaces = ([] if len(unpublished) > len(revs) else
                [(c, n) for c, n in history.db.query("SELECT client, seq FROM replacements WHERE out_seq IS NULL")])
    if not revs and not replaces:
        return None
    blobs: dict[str, bytes] = {}
    objects: list[str] = []
    for rev in revs:
        if rev.blob is None or rev.blob in blobs or rev.blob in objects:
            continue
        data = history.content(rev) or b""
        if len(data) > INLINE_LIMIT:
            store.put_object(rev.blob, data)  # before the segment that refers to it
            objects.append(rev.blob)
        else:
            blobs[rev.blob] = data
    with history.lock, history.db.transaction() as conn:
        seq = history.next_seq()
        segment = Segment(store.store_id, history.client_id, seq, utc_now_iso(), topo_order(revs), blobs, objects,
                          replaces)
        payload = encode_segment(segment)
        conn.executemany("UPDATE replacements SET out_seq = ? WHERE client = ? AND seq = ?",
                         [(seq, c, n) for c, n in replaces])
        ids = [r.id for r in revs]
        conn.execute("INSERT INTO outbox(seq, payload, rev_ids) VALUES(?, ?, ?)", (seq, payload, json.dumps(ids)))
        history.db.set_state("next_seq", str(seq + 1))  # reserved: never reused, even if this push fails
    return seq, payload, ids


def push_once(history: History, store: ShareStore) -> PushResult:
    """Write at most one segment; returns what was published."""
    result = PushResult()
    rows = history.db.query("SELECT seq, payload, rev_ids FROM outbox ORDER BY seq LIMIT 1")
    if rows:
        seq, payload, ids = rows[0][0], bytes(rows[0][1]), json.loads(rows[0][2])
    else:
        built = _build_outbox(history, store)
        if built is None:
            return result
        seq, payload, ids = built
    client = history.client_id
    rel = segment_path(client, seq)
    if not store.create_new(rel, payload):
        existing = store.read(rel)
        if existing != payload:
            with history.db.transaction() as conn:
                conn.execute("DELETE FROM outbox")
                conn.execute("UPDATE replacements SET out_seq = NULL")
            history.take_new_identity()
            result.identity_clash = True
            return result
    with history.lock, history.db.transaction() as conn:
        history.db.mark_published(ids, seq, client)
        conn.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
        conn.execute("INSERT OR IGNORE INTO replaced_segments(client, seq) "
                     "SELECT client, seq FROM replacements WHERE out_seq = ?", (seq,))
        conn.execute("DELETE FROM replacements WHERE out_seq = ?", (seq,))
        set_cursor(history, client, seq)
        history.db.set_state("pushed_seq", str(seq))
    result.pushed, result.segments = len(ids), 1
    return result


def publish_marker(history: History, store: ShareStore) -> None:
    """Make our newest segment visible: create ``heads/<client>.<seq>``, then delete our older markers."""
    client = history.client_id
    top = int(history.db.get_state("pushed_seq") or 0)
    if top == 0 or int(history.db.get_state("marker_seq") or 0) >= top:
        return
    store.create_empty(marker_path(client, top))
    history.db.set_state("marker_seq", str(top))
    old = _own_markers(history)
    history.db.set_state("own_markers", ",".join(str(s) for s in [*old, top]))
    remaining = [top]
    for seq in old:
        if seq < top:
            store.delete(marker_path(client, seq))
        else:
            remaining.append(seq)
    history.db.set_state("own_markers", ",".join(str(s) for s in sorted(set(remaining))))


def push(history: History, store: ShareStore) -> PushResult:
    """Publish every unpublished revision (one segment per :data:`MAX_REVISIONS_PER_SEGMENT`)."""
    total = PushResult()
    for _ in range(1000):
        step = push_once(history, store)
        total.pushed += step.pushed
        total.segments += step.segments
        total.identity_clash |= step.identity_clash
        if step.identity_clash:
            continue
        if step.segments == 0:
            break
    publish_marker(history, store)
    return total
