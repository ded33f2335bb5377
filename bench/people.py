"""Competence search and person pages at 100,000 pages and 5,000 people.

The wiki is the generated corpus wiki (``bench/corpus.py``), hard-linked into a work folder, plus one people page
per person in ``Personer``. Its history is written straight into the history database (as ``bench/sync.py`` does):
each page has 1-4 revisions by different people, each adding paragraphs to the last, the last one the page as it
is; authors come from a group of ~60 people per space (people work in their own area), Zipf-weighted, and half of
them sign their revisions with their user id, half with their display name. Every person has 0-4 skills drawn from
the wiki's tags.

Measured: the search index build (not part of people, for scale), the contributions cache's first build (every
revision blamed) and an update with nothing new, the directory's load, then ``--queries`` competence queries
(tags, words from titles and skills, one and two words) with the directory in memory as the app holds it, and the
person page (recent work, topics, co-authors) of ``--persons`` people.

Usage: python bench/people.py [--pages 100000] [--people 5000] [--queries 300] [--persons 200]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

from wikidesk.core.history.model import Revision, blob_hash

FIRST = ["Kari", "Ola", "Ingrid", "Per", "Anne", "Lars", "Marit", "Jon", "Sigrid", "Knut", "Hilde", "Bjørn",
         "Astrid", "Svein", "Liv", "Arne", "Tone", "Geir", "Randi", "Terje"]
LAST = ["Nordmann", "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
        "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Bakken", "Solberg", "Dahl"]
_TAGS = re.compile(r"^tags: \[(.*)\]$", re.M)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def person_names(n: int) -> list[tuple[str, str]]:
    """(display name, user id) of ``n`` people."""
    out = []
    for i in range(n):
        first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
        name = f"{first} {last}" + (f" {i // 400 + 1}" if i >= 400 else "")
        out.append((name, f"u{i:05d}"))
    return out


def build_history(root: Path, n_people: int, rng: random.Random) -> tuple[list[str], int]:
    """History for every page (revisions straight into the database); returns (tags, revision count)."""
    from wikidesk.core.opening import init_wiki

    wiki = init_wiki(root, user="bench")  # the initial scan takes every page in as one revision each ...
    history = wiki.history
    assert history is not None
    db = history.db
    with db.transaction() as conn:  # ... which we replace with a made-up history of several authors
        conn.execute("DELETE FROM revisions")
        conn.execute("DELETE FROM heads")
        conn.execute("DELETE FROM edges")
        conn.execute("DELETE FROM blobs")
    people = person_names(n_people)
    spaces: dict[str, list[int]] = {}
    all_tags: set[str] = set()
    added = 0
    clock = 0
    batch_revs: list[tuple] = []
    batch_blobs: dict[str, bytes] = {}

    def flush() -> None:
        with db.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO blobs(hash, data, zipped) VALUES(?, ?, 1)",
                             [(h, zlib.compress(d, 1)) for h, d in batch_blobs.items()])
            conn.executemany(
                "INSERT INTO revisions(id, page_id, kind, path, blob, size, parents, author, time, clock, summary, "
                "published, origin, seq, added) VALUES(?, ?, 'page', ?, ?, ?, ?, ?, ?, ?, ?, 1, 'bench', 1, ?)",
                [r[:-1] for r in batch_revs])
            conn.executemany("INSERT INTO heads(page_id, rev_id) VALUES(?, ?)",
                             [(r[1], r[0]) for r in batch_revs if r[-1]])
        batch_revs.clear()
        batch_blobs.clear()

    files = sorted(p for p in root.rglob("*.md") if ".wikidesk" not in p.parts)
    for n, path in enumerate(files):
        rel = path.relative_to(root).as_posix()
        data = path.read_bytes()
        text = data.decode("utf-8")
        head, _, body = text.partition("\n---\n")
        m = _TAGS.search(head)
        if m:
            all_tags.update(json.loads(f"[{m.group(1)}]"))
        space = rel.rpartition("/")[0]
        group = spaces.setdefault(space, rng.sample(range(n_people), 60))
        k = 1 + min(int(rng.expovariate(0.7)), 3)
        paragraphs = body.split("\n\n")
        page_id = re.search(r"^id: (\S+)$", head, re.M).group(1)  # type: ignore[union-attr]
        parent: tuple[str, ...] = ()
        when = time.time() - rng.random() * 4 * 365 * 86400
        for j in range(k):
            cut = len(paragraphs) if j == k - 1 else max(1, len(paragraphs) * (j + 1) // (k + 1))
            content = data if j == k - 1 else (head + "\n---\n" + "\n\n".join(paragraphs[:cut]) + "\n").encode()
            who = group[min(int(rng.paretovariate(1.2)) - 1, 59)]
            name, user = people[who]
            author = user if who % 2 else name
            clock += 1
            added += 1
            stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(when + j * 86400 * 30))
            rev = Revision(page_id, "page", rel, blob_hash(content), len(content), parent, author, stamp, clock,
                           "Created the page" if j == 0 else "Edited")
            batch_blobs[rev.blob or ""] = content
            batch_revs.append((rev.id, page_id, rel, rev.blob, rev.size, ",".join(parent), author, stamp, clock,
                               rev.summary, added, j == k - 1))
            parent = (rev.id,)
        if len(batch_revs) > 20000:
            flush()
        if (n + 1) % 20000 == 0:
            print(f"  history: {n + 1}/{len(files)} pages", file=sys.stderr, flush=True)
    flush()
    db.set_state("clock", str(clock))
    history.close()
    return sorted(all_tags), added


def write_people(root: Path, n_people: int, tags: list[str], rng: random.Random) -> None:
    folder = root / "Personer"
    folder.mkdir(exist_ok=True)
    for i, (name, user) in enumerate(person_names(n_people)):
        skills = rng.sample(tags, min(len(tags), int(rng.random() * 5)))
        page_id = hashlib.sha256(f"person{i}".encode()).hexdigest()[:16]
        text = (f"---\ntitle: {json.dumps(name, ensure_ascii=False)}\nid: {page_id}\nperson:\n  user: {user}\n"
                f"  unit: Enhet {i % 120}\n  role: Rådgiver\n  email: {user}@kommune.no\n"
                f"  skills: {json.dumps(skills, ensure_ascii=False)}\n---\n"
                + ("Jeg jobber med " + ", ".join(skills) + ".\n" if i % 3 == 0 else ""))
        (folder / f"{name}.md").write_text(text, encoding="utf-8")


def queries(tags: list[str], root: Path, n: int, rng: random.Random) -> list[str]:
    words = []
    for path in rng.sample(sorted(root.glob("*/*.md")), 200):
        title = re.search(r"^title: (.*)$", path.read_text("utf-8"), re.M)
        if title:
            words += [w for w in re.findall(r"[a-zæøå]{5,}", json.loads(title.group(1)).lower())]
    out = []
    for i in range(n):
        if i % 3 == 0:
            out.append(rng.choice(tags))
        elif i % 3 == 1:
            out.append(rng.choice(words))
        else:
            out.append(f"{rng.choice(words)} {rng.choice(tags)}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=5_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--persons", type=int, default=200)
    parser.add_argument("--work", type=Path,
                        default=Path(os.environ.get("WIKIDESK_BENCH_CACHE", "/tmp/wikidesk-bench")))
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    source = corpus.cached_wiki(args.pages)
    work = args.work / f"people-{args.pages}-{args.people}"
    os.environ["WIKIDESK_HOME"] = str(work / "home")
    root = work / "wiki"
    lines = [f"people benchmark: {args.pages} pages, {args.people} people, {time.strftime('%Y-%m-%d %H:%M')}",
             f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
             f"load before: {os.getloadavg()[0]:.1f}"]
    if not (work / ".complete").exists():
        if work.exists():
            shutil.rmtree(work)
        work.mkdir(parents=True)
        subprocess.run(["cp", "-al", str(source), str(root)], check=True)
        (root / ".complete").unlink(missing_ok=True)
        started = time.perf_counter()
        tags, n_revs = build_history(root, args.people, rng)
        write_people(root, args.people, tags, rng)
        (work / "tags.json").write_text(json.dumps(tags))
        (work / ".complete").write_text(str(n_revs))
        print(f"  made history ({n_revs} revisions) in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    tags = json.loads((work / "tags.json").read_text())
    n_revs = int((work / ".complete").read_text())
    lines.append(f"history: {n_revs} revisions ({n_revs / args.pages:.2f} per page)")

    from wikidesk.core.opening import open_wiki
    from wikidesk.core.people.contributions import ContributionCache
    from wikidesk.core.people.directory import PeopleDirectory
    from wikidesk.core.people.evidence import ranked_pages
    from wikidesk.core.people.person_view import person_view
    from wikidesk.core.people.ranking import find_people
    from wikidesk.core.search.results import SearchResults
    from wikidesk.core.search.service import WikiSearch

    wiki = open_wiki(root)
    service = WikiSearch(wiki)
    if not service.index.build_complete:
        started = time.perf_counter()
        for _ in service.update_job(full=True):
            pass
        lines.append(f"search index build: {time.perf_counter() - started:.0f} s (once)")
    cache = ContributionCache.for_wiki(root)
    started = time.perf_counter()
    took = cache.update(wiki.history)  # type: ignore[arg-type]
    if took:
        lines.append(f"contributions cache, first build: {took} revisions in {time.perf_counter() - started:.0f} s "
                     f"({(time.perf_counter() - started) / took * 1000:.2f} ms a revision), "
                     f"{cache.path.stat().st_size / 1e6:.0f} MB")
    started = time.perf_counter()
    cache.update(wiki.history)  # type: ignore[arg-type]
    lines.append(f"contributions update with nothing new: {(time.perf_counter() - started) * 1000:.1f} ms")
    cache.close()
    directory = PeopleDirectory(root, ContributionCache.for_wiki(root))
    directory.refresh(wiki.history)
    started = time.perf_counter()
    directory = PeopleDirectory(root, ContributionCache.for_wiki(root))
    directory.refresh(wiki.history)
    lines.append(f"directory load (people pages unchanged, as a CLI run): {(time.perf_counter() - started) * 1000:.0f}"
                 f" ms, {len(directory.people)} people ({sum(1 for p in directory.people if p.profile)} with a page)")

    def search(text: str, n: int) -> SearchResults:
        return ranked_pages(service.index, text, n)

    qs = queries(tags, root, args.queries, rng)
    for q in qs[:20]:  # warm up
        find_people(directory, search, q)
    times, found = [], 0
    for q in qs:
        started = time.perf_counter()
        result = find_people(directory, search, q)
        times.append((time.perf_counter() - started) * 1000)
        found += bool(result.hits)
    lines.append(f"people query ({len(qs)} queries, {found} with people): p50 {percentile(times, 50):.1f} ms, "
                 f"p90 {percentile(times, 90):.1f} ms, p99 {percentile(times, 99):.1f} ms, "
                 f"max {max(times):.1f} ms, mean {statistics.mean(times):.1f} ms")
    search_times = []
    for q in qs:
        started = time.perf_counter()
        service.index.search(q, limit=150)
        search_times.append((time.perf_counter() - started) * 1000)
    lines.append(f"  full search with snippets, 150 pages: p50 {percentile(search_times, 50):.1f} ms, "
                 f"p99 {percentile(search_times, 99):.1f} ms")
    people = [p for p in directory.people if p.profile]
    chosen = rng.sample(people, min(args.persons, len(people)))
    busiest = max(people, key=lambda p: len(directory.cache.by_authors(p.authors)))
    page_times, sizes = [], []
    for person in [busiest, *chosen]:
        started = time.perf_counter()
        view = person_view(directory, person)
        page_times.append((time.perf_counter() - started) * 1000)
        sizes.append(view.pages)
    lines.append(f"person page with contributions ({len(page_times)} people, {statistics.mean(sizes):.0f} pages "
                 f"each on average, the busiest {sizes[0]}): p50 {percentile(page_times, 50):.1f} ms, "
                 f"p99 {percentile(page_times, 99):.1f} ms, busiest {page_times[0]:.1f} ms")
    lines.append(f"load after: {os.getloadavg()[0]:.1f}")
    service.close()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
