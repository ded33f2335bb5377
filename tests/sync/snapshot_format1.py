"""A format-1 snapshot as wikidesk wrote it before snapshots streamed (one file, everything in one zlib stream), so
tests can check that a share holding one still joins. The layout is the one ``core/sync/snapshot_format.py``
describes under "Format 1"; the field order is the old writer's."""

from __future__ import annotations

import hashlib
import json
import zlib

from wikidesk.core.comments import CommentStore
from wikidesk.core.history.model import utc_now_iso
from wikidesk.core.sync.segment import INLINE_LIMIT
from wikidesk.core.sync.snapshot import snapshot_path
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore
from wikidesk.core.wiki import Wiki


def write_format1_snapshot(wiki: Wiki, store: ShareStore) -> str:
    """Write what ``wiki`` has published as a format-1 snapshot to ``store``; returns its path."""
    history = wiki.history
    assert history is not None
    revisions = [item for batch in history.published_batches() for item in batch]
    blobs: dict[str, bytes] = {}
    objects: list[str] = []
    for digest, data in history.contents_of([r.blob for r, _o, _s in revisions if r.blob]):
        assert data is not None
        if len(data) > INLINE_LIMIT:
            objects.append(digest)
        else:
            blobs[digest] = data
    with SyncState.of(wiki.meta_dir) as state, CommentStore.of(wiki) as notes:
        cursors = {c: s for c, s in state.cursors().items() if s > 0}
        pending = [(c, s) for c, s, _n in state.pending()]
        replaced = state.replaced()
        comments = notes.published_with_origin()
    meta = {
        "store": store.store_id, "client": history.client_id, "written": utc_now_iso(),
        "cursors": dict(sorted(cursors.items())),
        "pending": [[c, s] for c, s in sorted(pending)],
        "replaced": [[c, s] for c, s in sorted(replaced)],
        "revisions": [[r.id, r.page_id, r.kind, r.path, r.blob, r.size, list(r.parents), r.author, r.time, r.clock,
                       r.summary, origin, seq] for r, origin, seq in revisions],
        "comments": [[c.to_dict(), origin, seq] for c, origin, seq in comments],
        "blobs": [[h, len(data)] for h, data in blobs.items()],
        "objects": sorted(objects),
    }
    text = json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packer = zlib.compressobj(6)
    packed = b"".join([packer.compress(f"{len(text)}\n".encode("ascii")), packer.compress(text),
                       *(packer.compress(data) for data in blobs.values()), packer.flush()])
    rel = snapshot_path(sum(cursors.values()), history.client_id)
    header = f"WIKIDESK-SNAPSHOT 1 {hashlib.sha256(packed).hexdigest()} {len(packed)}\n".encode("ascii")
    assert store.create_new(rel, header + packed)
    return rel
