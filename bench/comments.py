"""A page's comments at 100,000 pages: the time to read and thread one page's discussion (target <= 20 ms).

The wiki's history.sqlite holds 100,000 pages (one revision each) and 300,000 comments: three on most pages, and
one busy page with 300 (threads of replies, edits and deletions). Timed: ``CommentStore.thread(page)`` for random
pages and for the busy one, with a fresh connection (``CommentStore`` opened for the call, as the CLI does) and with
an open one (as the app keeps it); also ``unread_pages()`` (what the page tree asks) and adding one comment.

Usage: python bench/comments.py [--pages 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.machine import cpu_model
from wikidesk.core.comments import Comment, CommentStore
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import init_wiki


def ms(values: list[float]) -> str:
    values = sorted(values)
    return (f"median {statistics.median(values) * 1000:.2f} ms, p95 {values[int(len(values) * 0.95)] * 1000:.2f} ms, "
            f"max {values[-1] * 1000:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100_000)
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, {os.cpu_count()} cpu(s), load {os.getloadavg()[0]:.2f}, "
          f"python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d')}")
    root = Path(tempfile.mkdtemp(prefix="wd-comments-"))
    try:
        wiki = init_wiki(root / "w", user="bench")
        history = wiki.history
        assert history is not None
        ids = [hashlib.sha256(f"p{i}".encode()).hexdigest()[:16] for i in range(args.pages)]
        t0 = time.perf_counter()
        revs, blobs = [], []
        for i, pid in enumerate(ids):
            data = f"---\ntitle: Side {i}\nid: {pid}\n---\ntekst {i}\n".encode()
            rev = Revision(pid, "page", f"Side {i}.md", blob_hash(data), len(data), (), "bench", "t", i + 1, "")
            revs.append((rev, "seed", 1))
            blobs.append((rev.blob or "", data))
        history.import_published(revs, blobs)
        rng = random.Random(23)
        items = []
        clock = args.pages
        for i, pid in enumerate(ids):
            for k in range(3 if i % 10 else 2):
                clock += 1
                items.append((Comment(pid, None, None, False, f"user{k}", "2026-01-01T00:00:00Z", clock,
                                      f"Kommentar {k} til side {i}: " + "tekst " * 20), "seed", 1))
        busy = ids[0]
        made: list[Comment] = []
        for k in range(300):
            clock += 1
            roll = rng.random()
            if made and roll < 0.15:
                old = rng.choice(made)
                c = Comment(busy, old.parent, old.id, roll < 0.03, "kari", "2026-01-02T00:00:00Z", clock,
                            "" if roll < 0.03 else f"endret {k}")
            else:
                parent = rng.choice(made).id if made and roll < 0.7 else None
                c = Comment(busy, parent, None, False, f"user{k % 9}", "2026-01-02T00:00:00Z", clock,
                            f"Innlegg {k} " + "ord " * 30)
            made.append(c)
            items.append((c, "seed", 1))
        with CommentStore(wiki.meta_dir) as store:
            store.import_bulk(items)
        print(f"built {args.pages} pages and {len(items)} comments in {time.perf_counter() - t0:.1f} s")
        sample = rng.sample(ids[1:], 200)
        fresh = []
        for pid in sample:
            start = time.perf_counter()
            with CommentStore(wiki.meta_dir) as store:
                store.thread(pid)
            fresh.append(time.perf_counter() - start)
        print(f"a page's comments, fresh connection (CLI): {ms(fresh)}")
        with CommentStore(wiki.meta_dir) as store:
            warm = []
            for pid in sample:
                start = time.perf_counter()
                store.thread(pid)
                warm.append(time.perf_counter() - start)
            print(f"a page's comments, open connection (app): {ms(warm)}")
            hot = []
            for _ in range(50):
                start = time.perf_counter()
                threads = store.thread(busy)
                hot.append(time.perf_counter() - start)
            print(f"the busy page ({len(made)} comment objects, {len(threads)} threads): {ms(hot)}")
            unread = []
            for _ in range(10):
                start = time.perf_counter()
                store.unread_pages()
                unread.append(time.perf_counter() - start)
            print(f"unread_pages() over {len(items)} comments (the page tree): {ms(unread)}")
            adds = []
            for k in range(50):
                start = time.perf_counter()
                store.add(history, sample[k], "en ny kommentar", author="bench")
                adds.append(time.perf_counter() - start)
            print(f"adding a comment: {ms(adds)}")
        history.close()
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
