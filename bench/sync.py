"""Sync round cost at 1,000 / 10,000 / 100,000 pages on the share, against a naive full-scan sync.

For each size the share is built directly through the store API (segments + readable mirror, as if one client had
pushed every page), and two fully synced clients W (writer) and R (reader) are prepared. Then, for 1 and 100
changed pages: W edits and runs a round (push), R runs a round (pull). Each round is measured on the local folder
backend and through a 2 ms-per-operation latency layer; file operations are counted at the storage interface.

Baselines, run side by side on the same share:
* naive-stat: walk the mirror tree and stat every file to compare size and mtime (one op per file and folder);
* naive-list: robocopy-style enumeration, one listing per folder returning sizes and mtimes (optimistic: on SMB a
  listing of N entries costs about N/500 round trips; "entries listed" is printed too).

Usage: python bench/sync.py [--sizes 1000,10000,100000] [--smb]  (--smb repeats the largest size over a real
Samba server on 127.0.0.1 when smbd is installed and we are root).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.names import name_key
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.sync import SyncEngine, connect_share
from wikidesk.core.sync.backend import LocalBackend, ShareBackend
from wikidesk.core.sync.segment import Segment, encode_segment
from wikidesk.core.sync.state import MirrorRow, SyncState
from wikidesk.core.sync.store import MIRROR, ShareStore, marker_path, segment_path
from wikidesk.core.sync.wrappers import CountingBackend, LatencyBackend
from wikidesk.core.wiki import Wiki

PAGES_PER_SPACE = 500
SEED_CLIENT = "5eed00000001"
LATENCY = 0.002
TEXT = ("Dette er en side om rutiner i kommunen. Her står det hvordan vi gjør ting, hvem som har ansvar, "
        "og hvor du finner skjemaene. ") * 4


def page_bytes(i: int) -> tuple[str, bytes]:
    space = f"Avdeling {i // PAGES_PER_SPACE:03d}"
    title = f"Rutine {i:06d}"
    page_id = hashlib.sha256(f"bench{i}".encode()).hexdigest()[:16]
    data = f"---\ntitle: {title}\nid: {page_id}\n---\n# {title}\n\n{TEXT}\n".encode()
    return f"{space}/{title}.md", data


def build(root: Path, n: int) -> tuple[Path, Path]:
    """A share with ``n`` pages and a fully synced base wiki folder; returns (share, base wiki)."""
    share, base = root / "share", root / "base"
    wiki = init_wiki(base, user="bench")
    connect_share(wiki, str(share))
    history = wiki.history
    assert history is not None
    store = ShareStore(LocalBackend(share))
    store.open()
    revs, blobs = [], {}
    for i in range(n):
        path, data = page_bytes(i)
        page_id = data.split(b"id: ")[1][:16].decode()
        rev = Revision(page_id, "page", path, blob_hash(data), len(data), (), "seed", "2026-01-01T00:00:00Z", 1,
                       "Created the page")
        revs.append((rev, data))
        blobs[rev.blob] = data
    per_segment, seq = 2000, 0
    for start in range(0, n, per_segment):
        seq += 1
        chunk = revs[start: start + per_segment]
        seg = Segment(store.store_id, SEED_CLIENT, seq, "2026-01-01T00:00:00Z", [r for r, _ in chunk],
                      {r.blob or "": d for r, d in chunk})
        store.create_new(segment_path(SEED_CLIENT, seq), encode_segment(seg))
    store.create_empty(marker_path(SEED_CLIENT, seq))
    for rev, data in revs:  # the readable mirror, and the working copy
        for target in (share / MIRROR / rev.path, base / rev.path):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    db = history.db
    with db.transaction() as conn:
        conn.executemany("INSERT INTO blobs(hash, data, zipped) VALUES(?, ?, 1)",
                         [(h, zlib.compress(d, 6)) for h, d in blobs.items()])
        conn.executemany(
            "INSERT INTO revisions(id, page_id, kind, path, blob, size, parents, author, time, clock, summary, "
            "published, origin, seq, added) VALUES(?, ?, 'page', ?, ?, ?, '', 'seed', ?, 1, ?, 1, ?, ?, ?)",
            [(r.id, r.page_id, r.path, r.blob, r.size, r.time, r.summary, SEED_CLIENT, 1 + i // per_segment, i)
             for i, (r, _) in enumerate(revs)])
        conn.executemany("INSERT INTO heads(page_id, rev_id) VALUES(?, ?)", [(r.page_id, r.id) for r, _ in revs])
        rows = []
        for r, _ in revs:
            st = (base / r.path).stat()
            rows.append((r.page_id, r.path, name_key(r.path), r.id, r.blob, st.st_mtime_ns, st.st_size))
        conn.executemany("INSERT INTO worktree(page_id, path, path_key, rev_id, etag, mtime_ns, size) "
                         "VALUES(?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("INSERT OR REPLACE INTO state(key, value) VALUES('clock', '1')")
    with SyncState.of(wiki.meta_dir) as state:  # sync's own tables: the mirror and the cursor
        state.set_mirrors(MirrorRow(r.page_id, r.path, r.blob, r.id, r.size, None) for r, _ in revs)
        state.set_cursor(SEED_CLIENT, seq)
    history.close()
    return share, base


def clone_client(base: Path, target: Path, name: str) -> Wiki:
    shutil.copytree(base, target)
    wiki = open_wiki(target, user=name)
    assert wiki.history is not None
    wiki.history.take_new_identity()
    return wiki


def timed_round(wiki: Wiki, backend: ShareBackend, *, scan: bool) -> tuple[int, float, object]:
    counting = CountingBackend(backend)
    start = time.perf_counter()
    report = SyncEngine(wiki, backend=counting, scan_first=scan).run()
    return counting.total, time.perf_counter() - start, report


def naive_scan(share: Path, backend: ShareBackend, manifest: dict[str, tuple[int, float]], *, stat_each: bool,
               read_changed: bool = True) -> tuple[int, float, int, int]:
    """Walk pages/ comparing size+mtime to ``manifest``; read changed files. Returns ops, secs, entries, changed."""
    counting = CountingBackend(backend)
    start = time.perf_counter()
    stack, changed = [MIRROR], 0
    while stack:
        folder = stack.pop()
        for entry in counting.list(folder):
            rel = f"{folder}/{entry.name}"
            if entry.is_dir:
                stack.append(rel)
                continue
            info = counting.stat(rel) if stat_each else entry
            assert info is not None
            if manifest.get(rel) != (info.size, info.mtime):
                if read_changed:
                    counting.read(rel)
                manifest[rel] = (info.size, info.mtime)
                changed += 1
    return counting.total, time.perf_counter() - start, counting.entries_listed, changed


def edit_pages(wiki: Wiki, count: int, n: int, tag: str) -> None:
    for k in range(count):
        i = (k * 7919 + len(tag)) % n
        path, _ = page_bytes(i)
        info = wiki.find(path)
        wiki.save(info, f"# endret {tag} {k}\n\n{TEXT}\n", summary=f"bench {tag}")


def run_size(n: int, root: Path, lines: list[str]) -> None:
    t0 = time.perf_counter()
    share, base = build(root, n)
    writer = clone_client(base, root / "w", "writer")
    reader = clone_client(base, root / "r", "reader")
    build_s = time.perf_counter() - t0
    manifest: dict[str, tuple[int, float]] = {}
    naive_scan(share, LocalBackend(share), manifest, stat_each=False)  # the baseline's first full copy
    print(f"\n## {n:,} pages on the share (setup {build_s:.0f} s)", flush=True)
    for changes in (1, 100):
        for label, backend in (("local", LocalBackend(share)), ("2 ms/op", LatencyBackend(LocalBackend(share),
                                                                                          LATENCY))):
            edit_pages(writer, changes, n, f"{label}{changes}")
            w_ops, w_s, w_rep = timed_round(writer, backend, scan=False)
            r_ops, r_s, r_rep = timed_round(reader, backend, scan=False)
            s_ops, s_s, _idle = timed_round(reader, backend, scan=True)  # idle round with a local folder scan
            stat_ops, stat_s, _e, ch1 = naive_scan(share, backend, dict(manifest), stat_each=True)
            list_ops, list_s, entries, ch2 = naive_scan(share, backend, manifest, stat_each=False)
            assert w_rep.pushed >= changes and r_rep.pulled >= changes, (w_rep, r_rep)  # type: ignore[attr-defined]
            line = (f"| {n:>7,} | {changes:>3} | {label:<7} | push {w_ops:>3} ops {w_s:6.3f} s | "
                    f"pull {r_ops:>3} ops {r_s:6.3f} s | idle+scan {s_ops:>2} ops {s_s:6.2f} s | "
                    f"naive-stat {stat_ops:>7,} ops {stat_s:7.2f} s | naive-list {list_ops:>5,} ops "
                    f"({entries:,} entries) {list_s:6.2f} s | ratio stat/push {stat_ops / w_ops:6.0f}x, "
                    f"list/push {list_ops / w_ops:5.1f}x |")
            print(line, flush=True)
            lines.append(line)
            assert ch1 >= changes and ch2 >= changes
    for w in (writer, reader):
        w.history.close()  # type: ignore[union-attr]


def run_smb(n: int, root: Path, lines: list[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.sync.smb_server import start_samba

    server = start_samba(root / "samba")
    if isinstance(server, str):
        print(f"\n(SMB run skipped: {server})")
        return
    try:
        share, base = build(root, n)
        shutil.move(str(share), str(server.share_dir / "bench"))
        from wikidesk.core.sync.location import open_backend

        writer = clone_client(base, root / "w", "writer")
        reader = clone_client(base, root / "r", "reader")
        manifest: dict[str, tuple[int, float]] = {}
        naive_scan(server.share_dir / "bench", open_backend(server.url(folder="bench")), manifest,
                   stat_each=False, read_changed=False)  # the baseline's previous state
        print(f"\n## {n:,} pages over real SMB (Samba on 127.0.0.1)", flush=True)
        for changes in (1, 100):
            edit_pages(writer, changes, n, f"smb{changes}")
            w_ops, w_s, _ = timed_round(writer, open_backend(server.url(folder="bench")), scan=False)
            r_ops, r_s, _ = timed_round(reader, open_backend(server.url(folder="bench")), scan=False)
            backend = open_backend(server.url(folder="bench"))
            list_ops, list_s, entries, _ = naive_scan(server.share_dir / "bench", backend, manifest, stat_each=False)
            line = (f"| {n:>7,} | {changes:>3} | SMB     | push {w_ops:>3} ops {w_s:6.3f} s | pull {r_ops:>3} ops "
                    f"{r_s:6.3f} s | naive-list {list_ops:,} ops ({entries:,} entries) {list_s:6.2f} s |")
            print(line, flush=True)
            lines.append(line)
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--smb", action="store_true")
    args = parser.parse_args()
    lines: list[str] = []
    for n in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
            run_size(n, Path(tmp), lines)
    if args.smb:
        with tempfile.TemporaryDirectory() as tmp:
            run_smb(max(int(s) for s in args.sizes.split(",")), Path(tmp), lines)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
