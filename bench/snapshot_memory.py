"""Writing and joining a snapshot at 10,000 and 100,000 pages: peak memory (RSS), wall and CPU time.

The share holds the generated wiki's pages (``bench/corpus.py``: ~3 KB a page, real Norwegian text), one revision
each, in segments of 2,000 (as one client pushed them), a comment on every 100th page, and a writer client whose
history holds all of it (built once, cached in ``/tmp/wikidesk-bench/snapshot-share-<pages>-v1``). Each measured
step runs in a fresh child process, so its peak RSS (``VmHWM``) is its own:

* ``write``: the writer's ``write_if_due`` (every = 1) writes a snapshot to the share (earlier ones removed first);
* ``bootstrap``: a new, empty wiki takes in that snapshot (``snapshot.bootstrap``: what a join does before its
  first round);
* ``join`` (with ``--join``): the whole ``wikidesk join`` (the snapshot, then a round that writes every page).

``--baseline DIR`` runs the same steps with the code in DIR (e.g. ``mkdir DIR && git archive <commit> wikidesk |
tar -x -C DIR``) side by side with this checkout's, baseline first, and prints the ratios. A snapshot written by
one code is read by the same code. Notes the load average with every figure: the machine may be shared.

Usage: python bench/snapshot_memory.py [--pages 10000,100000] [--baseline DIR] [--join] [--repeat 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.corpus import cached_wiki  # noqa: E402
from bench.machine import cpu_model  # noqa: E402

SEED = "5eed00000002"
PER_SEGMENT = 2000
CACHE = Path(os.environ.get("WIKIDESK_BENCH_CACHE", "/tmp/wikidesk-bench"))
_ID = re.compile(rb"^id: *([0-9A-Za-z_-]+) *$", re.MULTILINE)

# Run in a child: argv = code dir, step, share, folder. Prints one JSON line with the step's figures.
CHILD = r"""
import json, os, resource, sys, time
sys.path.insert(0, sys.argv[1])
step, share, folder = sys.argv[2], sys.argv[3], sys.argv[4]
from wikidesk.core.comments import CommentStore
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.state import SyncState
from wikidesk.core.sync.store import ShareStore

def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

rss0 = peak_mb()
cpu, wall = time.process_time(), time.perf_counter()
out = {}
store = ShareStore(LocalBackend(share))
store.open()
if step == "write":
    from wikidesk.core.sync.snapshot import write_if_due
    wiki = open_wiki(folder)
    with SyncState.of(wiki.meta_dir) as state, CommentStore(wiki.meta_dir) as notes:
        state.set_snapshot_coverage(0)
        store.tag = wiki.history.client_id
        out["name"] = write_if_due(wiki.history, notes, state, store, store.list_heads(), every=1)
elif step == "bootstrap":
    from wikidesk.core.sync.snapshot import bootstrap
    wiki = init_wiki(folder, user="ny")
    with SyncState.of(wiki.meta_dir) as state, CommentStore(wiki.meta_dir) as notes:
        boot = bootstrap(wiki.history, notes, state, store)
    out["revisions"], out["comments"], out["snapshot"] = boot.revisions, boot.comments, boot.snapshot
else:
    from wikidesk.core.sync.join import join
    gen = join(share, folder, user="ny")
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            report = stop.value
            break
    out["pages"], out["status"], out["from_snapshot"] = report.pages, report.status, report.from_snapshot
out.update(wall=time.perf_counter() - wall, cpu=time.process_time() - cpu, peak_mb=peak_mb(), start_mb=rss0)
print(json.dumps(out))
"""


def build(pages: int) -> Path:
    """The cached share and writer for ``pages`` generated pages (built with this checkout's code)."""
    from wikidesk.core.comments import Comment, CommentStore
    from wikidesk.core.history.model import Revision, blob_hash
    from wikidesk.core.opening import init_wiki
    from wikidesk.core.sync import connect_share
    from wikidesk.core.sync.backend import LocalBackend
    from wikidesk.core.sync.segment import Segment, encode_segment
    from wikidesk.core.sync.state import SyncState
    from wikidesk.core.sync.store import ShareStore, marker_path, segment_path

    root = CACHE / f"snapshot-share-{pages}-v1"
    if (root / ".complete").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    source = cached_wiki(pages)
    writer = init_wiki(root / "writer", user="bench")
    connect_share(writer, str(root / "share"))
    store = ShareStore(LocalBackend(root / "share"))
    store.open()
    history = writer.history
    assert history is not None
    files = sorted(p for p in source.rglob("*.md") if ".wikidesk" not in p.parts)
    seq = 0
    comments = []
    for start in range(0, len(files), PER_SEGMENT):
        seq += 1
        chunk = []
        for n, path in enumerate(files[start:start + PER_SEGMENT], start + 1):
            data = path.read_bytes()
            found = _ID.search(data)
            page_id = found.group(1).decode() if found else hashlib.sha256(str(path).encode()).hexdigest()[:16]
            rev = Revision(page_id, "page", path.relative_to(source).as_posix(), blob_hash(data), len(data), (),
                           f"user{n % 13}", "2026-01-01T00:00:00Z", n, "Ny side")
            chunk.append((rev, data))
            if n % 100 == 0:
                comments.append((Comment(page_id, None, None, False, "kari", "2026-01-02T00:00:00Z", n,
                                          f"Kommentar til side {n}"), SEED, seq))
        seg = Segment(store.store_id, SEED, seq, "2026-01-01T00:00:00Z", [r for r, _ in chunk],
                      {r.blob or "": d for r, d in chunk})
        store.create_new(segment_path(SEED, seq), encode_segment(seg))
        history.import_published([(r, SEED, seq) for r, _ in chunk], ((r.blob or "", d) for r, d in chunk))
    store.create_empty(marker_path(SEED, seq))
    with CommentStore(writer.meta_dir) as notes:
        notes.import_bulk(comments)
    with SyncState.of(writer.meta_dir) as state:
        state.set_cursor(SEED, seq)
    history.close()
    (root / ".complete").write_text(f"{len(files)} pages, {seq} segments\n")
    return root


def run_step(code: Path, step: str, share: Path, folder: Path) -> dict[str, object]:
    load = os.getloadavg()[0]
    done = subprocess.run([sys.executable, "-c", CHILD, str(code), step, str(share), str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"{step} failed with {code}:\n{done.stderr}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = f"{load:.1f}-{os.getloadavg()[0]:.1f}"
    return result


def measure(code: Path, root: Path, work: Path, with_join: bool) -> dict[str, dict[str, object]]:
    share = root / "share"
    shutil.rmtree(share / "snapshots", ignore_errors=True)
    (share / "snapshots").mkdir()
    out = {"write": run_step(code, "write", share, root / "writer")}
    out["write"]["bytes"] = sum(p.stat().st_size for p in (share / "snapshots").iterdir())
    out["write"]["files"] = len(list((share / "snapshots").iterdir()))
    out["bootstrap"] = run_step(code, "bootstrap", share, work / "boot")
    shutil.rmtree(work / "boot")
    if with_join:
        out["join"] = run_step(code, "join", share, work / "joined")
        shutil.rmtree(work / "joined")
    return out


def show(label: str, step: str, r: dict[str, object]) -> None:
    extra = f", {r['bytes'] / 1e6:.1f} MB in {r['files']} file(s)" if step == "write" else ""
    print(f"  {label:9} {step:9}: peak RSS {r['peak_mb']:7.1f} MB (start {r['start_mb']:.0f}), "
          f"{r['wall']:6.1f} s wall, {r['cpu']:6.1f} CPU s{extra}  [load {r['load']}]", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", default="10000,100000")
    parser.add_argument("--baseline", type=Path, help="a folder holding the wikidesk package to compare with")
    parser.add_argument("--join", action="store_true", help="also time the whole join (writes every page)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--baseline-only", action="store_true", help="measure only the baseline")
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.2f}, "
          f"python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M')}", flush=True)
    codes = ([("baseline", args.baseline.resolve())] if args.baseline else []) + [("this", REPO)]
    if args.baseline_only:
        codes = codes[:1]
    for pages in (int(p) for p in args.pages.split(",")):
        root = build(pages)
        print(f"{pages} pages ({(root / '.complete').read_text().strip()}):", flush=True)
        for _ in range(args.repeat):
            results = {}
            for label, code in codes:
                with tempfile.TemporaryDirectory(prefix="wd-snapmem-") as work:
                    results[label] = measure(code, root, Path(work), args.join)
                for step, r in results[label].items():
                    show(label, step, r)
            if "baseline" in results and "this" in results:
                for step in results["this"]:
                    b, t = results["baseline"][step], results["this"][step]
                    print(f"  ratio this/baseline {step}: peak RSS {t['peak_mb'] / b['peak_mb']:.2f}x, "
                          f"CPU {t['cpu'] / max(b['cpu'], 1e-9):.2f}x", flush=True)


if __name__ == "__main__":
    main()
