"""Joining a team from a snapshot: 10,000 pages with 20 revisions each against 10,000 pages with 1.

For each history depth the share is built through the store API: the log (segments of 2,000 revisions, as one
client pushed them) and a writer client holding all of it, which writes the snapshot exactly as a round does
(``write_if_due``; its time is printed); then one more segment after the snapshot (10 changed pages). A new member
then runs ``join`` (the snapshot, the segments after it, every page written to its folder) through a counting
backend: wall time and file operations on the share, by kind. ``--replay`` also times joining without the snapshot
(replaying the whole log) for comparison. Target (issue 23): <= 30 s on a local disk, and file operations that grow
with pages, not with past revisions (within 1.5x of each other).

Each join prints wall seconds, this process's CPU seconds (the join's own threads included; fsync waits are not
CPU) and the load average, since the machine may be shared. Peak memory of writing and joining a snapshot, at
10,000 and 100,000 pages of generated text: ``bench/snapshot_memory.py``. Pages are written in durable batches
(docs/sync-design.md "Writing pages in durable batches"); ``--profile N`` prints the N costliest functions.

Usage: python bench/join.py [--pages 10000] [--depths 1,20] [--replay] [--profile 30]
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import cpu_model
from wikidesk.core.comments import Comment, CommentStore
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import connect_share
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.join import join
from wikidesk.core.sync.segment import Segment, encode_segment
from wikidesk.core.sync.snapshot import write_if_due
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore, marker_path, segment_path
from wikidesk.core.sync.wrappers import CountingBackend

SEED = "5eed00000001"
PER_SEGMENT = 2000
TEXT = ("Dette er en side om rutiner i kommunen. Her står det hvordan vi gjør ting, hvem som har ansvar, "
        "og hvor du finner skjemaene. ") * 4


def page_version(i: int, v: int) -> tuple[str, str, bytes]:
    page_id = hashlib.sha256(f"bench{i}".encode()).hexdigest()[:16]
    title = f"Rutine {i:06d}"
    data = (f"---\ntitle: {title}\nid: {page_id}\n---\n# {title}\n\n{TEXT}\n" +
            "".join(f"Endring {k}: oppdatert av saksbehandler {k % 7}.\n" for k in range(v))).encode()
    return page_id, f"Avdeling {i // 500:03d}/{title}.md", data


def build(root: Path, pages: int, depth: int) -> tuple[Path, float, int]:
    """The share (log + a snapshot + one segment after it); returns (share, snapshot write seconds, bytes)."""
    share = root / "share"
    writer = init_wiki(root / "writer", user="bench")
    connect_share(writer, str(share))
    store = ShareStore(LocalBackend(share))
    store.open()
    revs: list[tuple[Revision, bytes]] = []
    parents: dict[int, str] = {}
    clock = 0
    for v in range(depth):  # round v: every page gets its v-th revision
        for i in range(pages):
            page_id, path, data = page_version(i, v)
            clock += 1
            rev = Revision(page_id, "page", path, blob_hash(data), len(data), (parents[i],) if i in parents else (),
                           f"user{i % 13}", "2026-01-01T00:00:00Z", clock, "Oppdatert")
            parents[i] = rev.id
            revs.append((rev, data))
    seq = 0
    items = []
    for start in range(0, len(revs), PER_SEGMENT):
        seq += 1
        chunk = revs[start:start + PER_SEGMENT]
        seg = Segment(store.store_id, SEED, seq, "2026-01-01T00:00:00Z", [r for r, _ in chunk],
                      {r.blob or "": d for r, d in chunk})
        store.create_new(segment_path(SEED, seq), encode_segment(seg))
        items += [(r, SEED, seq) for r, _ in chunk]
    store.create_empty(marker_path(SEED, seq))
    history = writer.history
    assert history is not None
    history.import_published(items, ((r.blob or "", d) for r, d in revs))
    with CommentStore(writer.meta_dir) as notes:  # a discussion on every 100th page
        notes.import_bulk((Comment(revs[i][0].page_id, None, None, False, "kari", "2026-01-02T00:00:00Z",
                                   clock + 1, f"Kommentar til side {i}"), SEED, seq) for i in range(0, pages, 100))
        with SyncState.of(writer.meta_dir) as state:
            state.set_cursor(SEED, seq)
            start = time.perf_counter()
            rel = write_if_due(history, notes, state, store, {SEED: seq}, every=1)
            write_secs = time.perf_counter() - start
    assert rel is not None
    size = sum(p.stat().st_size for p in (share / "snapshots").iterdir())  # its head and parts
    after = []
    for i in range(10):  # changes after the snapshot
        page_id, path, data = page_version(i, depth + 5)
        clock += 1
        after.append((Revision(page_id, "page", path, blob_hash(data), len(data), (parents[i],), "ola",
                               "2026-01-03T00:00:00Z", clock, "Etter"), data))
    seg = Segment(store.store_id, SEED, seq + 1, "2026-01-03T00:00:00Z", [r for r, _ in after],
                  {r.blob or "": d for r, d in after})
    store.create_new(segment_path(SEED, seq + 1), encode_segment(seg))
    store.create_empty(marker_path(SEED, seq + 1))
    history.close()
    return share, write_secs, size


def timed_join(share: Path, folder: Path, *, profile: int = 0) -> tuple[float, float, CountingBackend, object]:
    """Join ``share`` in ``folder``: (wall seconds, CPU seconds, the counting backend, the report)."""
    counting = CountingBackend(LocalBackend(share))
    profiler = cProfile.Profile() if profile else None
    cpu, start = time.process_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    gen = join(str(share), folder, user="ny", backend=counting)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            report = stop.value
            break
    if profiler is not None:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
    return time.perf_counter() - start, time.process_time() - cpu, counting, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--depths", default="1,20")
    parser.add_argument("--replay", action="store_true", help="also join without the snapshot (replay the log)")
    parser.add_argument("--profile", type=int, default=0, help="print this many costliest functions of each join")
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.2f}, "
          f"python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d')}")
    results = {}
    for depth in (int(d) for d in args.depths.split(",")):
        root = Path(tempfile.mkdtemp(prefix=f"wd-join-{depth}-"))
        try:
            t0 = time.perf_counter()
            share, write_secs, size = build(root, args.pages, depth)
            built = time.perf_counter() - t0
            load = os.getloadavg()[0]
            secs, cpu, counting, report = timed_join(share, root / "joined", profile=args.profile)
            ops = dict(counting.counts)
            results[depth] = (secs, counting.total)
            print(f"{args.pages} pages x {depth} revisions: built in {built:.1f} s; snapshot {size / 1e6:.1f} MB "
                  f"written in {write_secs:.1f} s; join {secs:.1f} s ({cpu:.1f} CPU s, load {load:.2f} before, "
                  f"{os.getloadavg()[0]:.2f} after), {counting.total} file ops {ops}; "
                  f"{report.from_snapshot} revisions from the snapshot, {report.pulled} from the log, "
                  f"{report.pages} pages, status {report.status}")
            if args.replay:
                shutil.move(share / "snapshots", root / "away")
                secs2, _cpu2, counting2, report2 = timed_join(share, root / "replayed")
                print(f"  without the snapshot (replaying the log): {secs2:.1f} s, {counting2.total} file ops, "
                      f"{report2.pulled} revisions read")
        finally:
            shutil.rmtree(root, ignore_errors=True)
    if len(results) == 2:
        (s1, o1), (s2, o2) = results.values()
        print(f"ratio deep/shallow: time {s2 / s1:.2f}x, file operations {o2 / o1:.2f}x")


if __name__ == "__main__":
    main()
