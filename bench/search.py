"""Search benchmark: wikidesk (tantivy) against a SQLite FTS5 baseline, side by side, on the same pages and queries.

For each wiki size (default 10,000 and 100,000 generated pages, see ``bench/corpus.py``):

- full build time, Markdown parsing included (both engines get the same parsed pages from the same worker pool),
  and index size on disk;
- query latency p50/p99 per query class (single word, two words, phrase, prefix, fuzzy, filtered, word part),
  each query returning 10 hits with snippets, wikidesk through ``WikiSearch.search`` (what the UI calls), with
  compound matching on (the index's schema); a *word part* query is the first or last part of a long word of the
  page (``arkiv`` of ``arkivsystemet``, ``systemet`` of it), which FTS5 can only try as a prefix (``"arkiv" *``);
- time from saving an edited page (``Wiki.save``) to a search finding the new word;
- once, the compound evaluation of issue 20 (``bench/compound_eval.py``: each part of the real corpus's compounds
  searched alone, the compound's page in the top 10), wikidesk and an FTS5 prefix query side by side.

The FTS5 baseline uses ``tokenize='unicode61 remove_diacritics 0'`` (no stemming, no folding), ``bm25`` ranking
with the same field weights and ``snippet()``; for the fuzzy class it does what an FTS5 app would do: look the
typo up in an ``fts5vocab`` table, pick the nearest vocabulary word, and search again.

Usage: ``python bench/search.py [--sizes 10000,100000] [--queries 200] [--workers 2]``

``--build-only`` times only the full wikidesk index build (``build()`` on the generated wiki, read in place), with
wall time, CPU-seconds of this process and of the parse workers, and the load average before and after.
"""

from __future__ import annotations

import argparse
import datetime
import multiprocessing
import os
import platform
import random
import re
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus
from machine import cpu_model

from wikidesk.core.catalog import is_page_path, walk
from wikidesk.core.opening import open_wiki
from wikidesk.core.search import compounds
from wikidesk.core.search import schema as s
from wikidesk.core.search.document import body_of
from wikidesk.core.search.fuzzy import levenshtein
from wikidesk.core.search.service import WikiSearch
from wikidesk.core.search.source import prepare
from wikidesk.core.wiki import Wiki

CLASSES = ["single", "two-word", "phrase", "prefix", "fuzzy", "filtered", "part"]
_WORD = re.compile(r"[^\W\d_]{4,}")
_NATURAL = re.compile("[a-zæøåéü]{4,20}")


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))]




# --- the FTS5 baseline -----------------------------------------------------------------------------------------------


class Fts5Baseline:
    """What the same search would look like on SQLite FTS5."""

    def __init__(self, path: Path):
        self.path = path
        self.db = sqlite3.connect(path, check_same_thread=False)
        self.db.executescript(
            """
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=NORMAL;
            CREATE VIRTUAL TABLE IF NOT EXISTS pages USING fts5(
                title, tags, headings, body, space UNINDEXED, path UNINDEXED, page_id UNINDEXED,
                tokenize='unicode61 remove_diacritics 0');
            CREATE TABLE IF NOT EXISTS meta(rowid INTEGER PRIMARY KEY, modified INTEGER);
            CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(pages, 'row');
            """
        )

    def add(self, fields: dict[str, Any]) -> None:
        cur = self.db.execute(
            "INSERT INTO pages(title, tags, headings, body, space, path, page_id) VALUES (?,?,?,?,?,?,?)",
            (
                fields[s.TITLE],
                " ".join(fields.get(s.TAGS, [])),
                "\n".join(h for _, h in fields[s.SECTIONS]),
                body_of(fields),
                fields[s.SPACE],
                fields[s.PATH],
                fields[s.ID],
            ),
        )
        self.db.execute("INSERT INTO meta(rowid, modified) VALUES (?, ?)", (cur.lastrowid, fields[s.MODIFIED]))

    def update_body(self, path: str, body: str) -> None:
        self.db.execute("UPDATE pages SET body = ? WHERE path = ?", (body, path))
        self.db.commit()

    def search(self, match: str, limit: int = 10) -> list[tuple]:
        return self.db.execute(
            "SELECT page_id, title, path, snippet(pages, 3, '[', ']', '…', 24) FROM pages WHERE pages MATCH ? "
            "ORDER BY bm25(pages, 4.0, 4.0, 2.0, 1.0) LIMIT ?",
            (match, limit),
        ).fetchall()

    def count(self, match: str) -> int:
        return self.db.execute("SELECT count(*) FROM pages WHERE pages MATCH ?", (match,)).fetchone()[0]

    def fuzzy(self, word: str, limit: int = 10) -> list[tuple]:
        rows = self.search(f'"{word}"', limit)
        if rows:
            return rows
        low = word.lower()
        candidates = self.db.execute(
            "SELECT term, doc FROM vocab WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?",
            (low[:2], low[:2] + "\uffff", len(low) - 2, len(low) + 2),
        ).fetchall()
        best = min(
            ((levenshtein(term, low, 2), -n, term) for term, n in candidates),
            default=(9, 0, ""),
        )
        return self.search(f'"{best[2]}"', limit) if best[0] <= 2 else []


# --- building --------------------------------------------------------------------------------------------------------


def parsed_pages(root: Path, workers: int) -> Iterator[dict[str, Any]]:
    jobs = [(str(root), rel) for rel, _ in walk(root) if is_page_path(rel)]
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for _, fields in pool.imap_unordered(prepare, jobs, chunksize=32):
            if fields is not None:
                yield fields


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the parse workers), user + system."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def build_fts5(root: Path, db_path: Path, workers: int) -> tuple[Fts5Baseline, float]:
    started = time.perf_counter()
    fts = Fts5Baseline(db_path)
    for fields in parsed_pages(root, workers):
        fts.add(fields)
    fts.db.commit()
    fts.db.execute("INSERT INTO pages(pages) VALUES('optimize')")
    fts.db.commit()
    return fts, time.perf_counter() - started


def build_wikidesk(wiki: Wiki, index_path: Path, workers: int) -> tuple[WikiSearch, float]:
    started = time.perf_counter()
    service = WikiSearch(wiki, index_path, workers=workers)
    last = time.perf_counter()
    for done, total, message in service.update_job(full=True):
        if time.perf_counter() - last > 10:
            print(f"    {done}/{total} {message}", file=sys.stderr, flush=True)
            last = time.perf_counter()
    return service, time.perf_counter() - started


def build_only(n_pages: int, workers: int, work: Path, runs: int) -> list[dict[str, Any]]:
    """Full builds of the generated ``n_pages`` wiki with CPU accounting (main process and parse workers apart)."""
    from wikidesk.core.search.build import build
    from wikidesk.core.search.index import SearchIndex

    root = corpus.cached_wiki(n_pages)
    rows = []
    for run in range(runs):
        index_path = work / f"index-build-{n_pages}-{run}"
        shutil.rmtree(index_path, ignore_errors=True)
        load0 = os.getloadavg()
        me0, kids0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        index = SearchIndex(index_path)
        for _ in build(index, root, full=True, workers=workers):
            pass
        index.close()
        wall = time.perf_counter() - started
        me1, kids1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        main_cpu = me1.ru_utime + me1.ru_stime - me0.ru_utime - me0.ru_stime
        kids_cpu = kids1.ru_utime + kids1.ru_stime - kids0.ru_utime - kids0.ru_stime
        row = {
            "pages": n_pages,
            "wall_s": wall,
            "main_cpu_s": main_cpu,
            "worker_cpu_s": kids_cpu,
            "load": (load0[0], os.getloadavg()[0]),
            "size_mb": dir_size(index_path) / 1e6,
        }
        print(
            f"build {n_pages} pages: {wall:.1f} s wall, {main_cpu + kids_cpu:.1f} CPU-s "
            f"(main {main_cpu:.1f}, workers {kids_cpu:.1f}; {1000 * kids_cpu / n_pages:.2f} ms/page in workers), "
            f"index {row['size_mb']:.0f} MB, load average {row['load'][0]:.2f} -> {row['load'][1]:.2f}",
            flush=True,
        )
        rows.append(row)
        shutil.rmtree(index_path, ignore_errors=True)
    return rows


# --- queries ---------------------------------------------------------------------------------------------------------


def make_queries(service: WikiSearch, n: int, seed: int) -> dict[str, list[tuple[str, str]]]:
    """``class → [(wikidesk query, FTS5 MATCH expression)]``, drawn from the indexed pages themselves."""
    rng = random.Random(seed)
    part_rng = random.Random(seed + 1)
    searcher = service.index.searcher()
    import tantivy

    sample = searcher.search(tantivy.Query.all_query(), 3000).hits
    pages = [service.index.page(a, searcher) for _, a in rng.sample(sample, min(len(sample), 3000))]
    texts = [(p.text, list(p.tags)) for p in pages if p is not None]
    out: dict[str, list[tuple[str, str]]] = {c: [] for c in CLASSES}

    def words_of(text: str) -> list[str]:
        """Words a person might type: letters only, found on at least 3 pages (not hashes or code fragments)."""
        out = []
        for w in _WORD.findall(text.lower()):
            if w not in known:
                fold = s.plain_tokens(w)
                known[w] = bool(_NATURAL.fullmatch(w)) and bool(fold) and searcher.doc_freq(s.PLAIN_TEXT, fold[0]) >= 3
            if known[w]:
                out.append(w)
        return out

    known: dict[str, bool] = {}

    while any(len(v) < n for v in out.values()):
        body, tags = rng.choice(texts)
        words = words_of(body)
        if len(words) < 20:
            continue
        w1, w2 = rng.choice(words), rng.choice(words)
        if len(out["single"]) < n:
            out["single"].append((w1, f'"{w1}"'))
        if len(out["two-word"]) < n and w1 != w2:
            out["two-word"].append((f"{w1} {w2}", f'"{w1}" "{w2}"'))
        if len(out["phrase"]) < n:
            sentence = rng.choice(re.split(r"[.!?\n]", body) or [body])
            seq = words_of(sentence)
            raw = re.findall(r"[^\W_]+", sentence.lower())
            if len(seq) >= 2 and len(raw) >= 2:
                i = rng.randrange(len(raw) - 1)
                if raw[i].isalpha() and raw[i + 1].isalpha():
                    phrase = f"{raw[i]} {raw[i + 1]}"
                    out["phrase"].append((f'"{phrase}"', f'"{phrase}"'))
        long_words = [w for w in words if len(w) >= 7]
        if len(out["prefix"]) < n and long_words:
            w = rng.choice(long_words)
            stem = w[: rng.randint(4, 5)]
            out["prefix"].append((f"{stem}*", f'"{stem}" *'))
        if len(out["fuzzy"]) < n and long_words:
            w = rng.choice(long_words)
            i = rng.randrange(1, len(w) - 1)
            typo = w[:i] + w[i + 1] + w[i] + w[i + 2 :] if rng.random() < 0.5 else w[:i] + w[i + 1 :]
            if typo != w and not searcher.doc_freq(s.PLAIN_TEXT, s.plain_tokens(typo)[0]):
                if not searcher.doc_freq(s.WORDS, (s.fold_stem_tokens(typo) or [""])[0]):
                    out["fuzzy"].append((typo, typo))
        if len(out["part"]) < n and long_words:
            # A part of a compound of the page, first and last in turn: what compound matching is for. Its own
            # random numbers, so that the other classes draw the same queries as before this class existed.
            w = part_rng.choice(long_words)
            split = compounds.split(s.plain_tokens(w)[0]) if w.isalpha() else ()
            if len(split) >= 2:
                part = split[0] if len(out["part"]) % 2 == 0 else split[-1]
                if len(part) >= 4:
                    out["part"].append((part, f'"{part}" *'))
        if len(out["filtered"]) < n and tags:
            tag = rng.choice(tags)
            if re.fullmatch(r"[^\W_]+", tag):
                out["filtered"].append((f"{w1} tag:{tag}", f'"{w1}" AND tags:"{tag}"'))
    return {c: v[:n] for c, v in out.items()}


def time_queries(run: Callable[[str], object], queries: list[str]) -> list[float]:
    times = []
    for q in queries:
        started = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - started) * 1000)
    return times


def edit_to_searchable(service: WikiSearch, fts: Fts5Baseline, wiki: Wiki, rounds: int, seed: int) -> dict[str, list]:
    """Save an edited page through the wiki (as the editor does) and time until a search finds the new word.

    ``wikidesk`` counts from the moment ``Wiki.save`` returns (the page is on disk) to the first search that finds
    it; ``save`` is the wiki's own save time, shown apart. FTS5: UPDATE + COMMIT + the search.
    """
    rng = random.Random(seed)
    pages = wiki.pages(refresh=False)[:5000]
    service.updater.attach(wiki)
    ours: list[float] = []
    saves: list[float] = []
    theirs: list[float] = []
    for i in range(rounds):
        info = rng.choice(pages)
        page = wiki.read(info)
        token = f"benchmarkord{i}x{rng.randrange(10**6)}"
        body = page.body + f"\n\nNytt avsnitt med {token}.\n"
        started = time.perf_counter()
        wiki.save(page.info, body)
        saved = time.perf_counter()
        while not service.search(token, limit=1).total and time.perf_counter() - saved < 10:
            time.sleep(0.001)
        ours.append((time.perf_counter() - saved) * 1000)
        saves.append((saved - started) * 1000)
        started = time.perf_counter()
        fts.update_body(info.path, body)
        fts.search(f'"{token}"', 1)
        theirs.append((time.perf_counter() - started) * 1000)
        time.sleep(0.2)  # edits come seconds apart, not back to back
    return {"wikidesk": ours, "fts5": theirs, "save": saves}


def compound_cost(root: Path, work: Path, workers: int) -> dict[str, float]:
    """Index size with and without compound endings (in ``keys``), and of a trigram field (the n-gram alternative)."""
    import tantivy

    from wikidesk.core.search import SearchIndex
    from wikidesk.core.search.build import build

    out: dict[str, float] = {}
    with_path, without_path = work / "cc-with", work / "cc-without"
    for path in (with_path, without_path):
        shutil.rmtree(path, ignore_errors=True)
    started = time.perf_counter()
    for _ in build(SearchIndex(with_path), root, workers=workers):
        pass
    out["with_s"] = time.perf_counter() - started
    original = s.COMPOUND_MIN_WORD
    s.COMPOUND_MIN_WORD = 10**9  # no endings in ``keys``; workers are spawned: in-process only
    s._KEYS_OF_WORD[0] = {}
    try:
        import wikidesk.core.search.build as build_module

        threshold = build_module.POOL_THRESHOLD
        build_module.POOL_THRESHOLD = 10**9  # parse in this process so the patch applies
        started = time.perf_counter()
        for _ in build(SearchIndex(without_path), root, workers=1):
            pass
        out["without_s"] = time.perf_counter() - started
        build_module.POOL_THRESHOLD = threshold
    finally:
        s.COMPOUND_MIN_WORD = original
        s._KEYS_OF_WORD[0] = {}
    out["with_mb"], out["without_mb"] = dir_size(with_path) / 1e6, dir_size(without_path) / 1e6
    # The n-gram alternative: every 3..5-gram of every word in the body, in one extra field.
    gram_path = work / "cc-ngram"
    shutil.rmtree(gram_path, ignore_errors=True)
    gram_path.mkdir()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("grams", tokenizer_name="grams", index_option="basic")
    index = tantivy.Index(builder.build(), path=str(gram_path))
    grams = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(3, 5)).filter(tantivy.Filter.lowercase()).build()
    index.register_tokenizer("grams", grams)
    writer = index.writer(200_000_000, 1)
    started = time.perf_counter()
    source_index = SearchIndex(with_path)
    source = source_index.searcher()
    for _, address in source.search(tantivy.Query.all_query(), 10**6, count=False).hits:
        page = source_index.page(address, source)
        words = " ".join(set(_WORD.findall((page.text if page else "").lower())))
        writer.add_document(tantivy.Document(grams=words))
    writer.commit()
    writer.wait_merging_threads()
    out["ngram_s"] = time.perf_counter() - started
    out["ngram_mb"] = dir_size(gram_path) / 1e6
    return out


# --- the run ---------------------------------------------------------------------------------------------------------


def run_size(n_pages: int, n_queries: int, workers: int, seed: int, work: Path, compound_max: int) -> dict[str, Any]:
    print(f"\n== {n_pages} pages ==", file=sys.stderr, flush=True)
    source = corpus.cached_wiki(n_pages)
    root = work / f"wiki-{n_pages}"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(source, root, ignore=shutil.ignore_patterns(".complete"))
    wiki = open_wiki(root)
    total_bytes = sum(st.st_size for rel, st in walk(root) if is_page_path(rel))
    print("  building wikidesk index", file=sys.stderr, flush=True)
    cpu0, load0 = cpu_seconds(), os.getloadavg()[0]
    service, ours_build = build_wikidesk(wiki, work / f"index-{n_pages}", workers)
    cpu1, load1 = cpu_seconds(), os.getloadavg()[0]
    print(f"    {ours_build:.1f} s, {cpu1 - cpu0:.0f} CPU-s", file=sys.stderr, flush=True)
    print("  building FTS5 baseline", file=sys.stderr, flush=True)
    fts, fts_build = build_fts5(root, work / f"fts5-{n_pages}.db", workers)
    cpu2, load2 = cpu_seconds(), os.getloadavg()[0]
    fts_size = sum(f.stat().st_size for f in work.glob(f"fts5-{n_pages}.db*"))
    print(f"    {fts_build:.1f} s, {cpu2 - cpu1:.0f} CPU-s", file=sys.stderr, flush=True)
    queries = make_queries(service, n_queries, seed)
    # Warm both (page cache, lazy structures) on queries not measured.
    for q, m in queries["single"][:30]:
        service.search(q)
        fts.search(m)
    latency: dict[str, dict[str, list[float]]] = {}
    totals: dict[str, tuple[float, float]] = {}
    for cls in CLASSES:
        ours = [q for q, _ in queries[cls]]
        theirs = [m for _, m in queries[cls]]
        fts_run = fts.fuzzy if cls == "fuzzy" else fts.search
        latency[cls] = {
            "wikidesk": time_queries(lambda q: service.search(q, limit=10), ours),
            "fts5": time_queries(fts_run, theirs),
        }
        sample = ours[:50]
        totals[cls] = (
            statistics.mean(service.search(q, limit=10).total for q in sample),
            statistics.mean(fts.count(m) for m in theirs[:50]) if cls != "fuzzy" else float("nan"),
        )
    edits = edit_to_searchable(service, fts, wiki, 20, seed)
    fts.db.close()
    service.close()
    compound = compound_cost(root, work, workers) if n_pages <= compound_max else None
    result = {
        "pages": n_pages,
        "text_mb": total_bytes / 1e6,
        "build_s": (ours_build, fts_build),
        "build_cpu_s": (cpu1 - cpu0, cpu2 - cpu1),
        "load": (load0, load1, load2),
        "size_mb": (dir_size(service.index.path) / 1e6, fts_size / 1e6),
        "texts_mb": service.index.texts.size() / 1e6,
        "latency": latency,
        "totals": totals,
        "edit_ms": edits,
        "examples": {c: queries[c][:3] for c in CLASSES},
        "compound": compound,
    }
    return result


def report(results: list[dict[str, Any]], workers: int) -> str:
    lines = [
        f"Machine: {os.cpu_count()} cores ({cpu_model()}), Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {datetime.date.today().isoformat()}, {workers} parse workers.",
        "",
    ]
    for r in results:
        ours_b, fts_b = r["build_s"]
        ours_s, fts_s = r["size_mb"]
        ours_c, fts_c = r["build_cpu_s"]
        lines += [
            f"### {r['pages']:,} pages ({r['text_mb']:.0f} MB of Markdown)",
            "",
            "Load average (other work on the machine) before / after each build: "
            + " / ".join(f"{x:.1f}" for x in r["load"]),
            "",
            "| measure | wikidesk (tantivy) | FTS5 baseline | ratio (FTS5 / wikidesk) |",
            "|---|---:|---:|---:|",
            f"| full build incl. Markdown parsing | {ours_b:.1f} s | {fts_b:.1f} s | {fts_b / ours_b:.2f}x |",
            f"| build CPU time (all processes) | {ours_c:.0f} CPU-s | {fts_c:.0f} CPU-s | {fts_c / ours_c:.2f}x |",
            f"| index size (wikidesk: of which the page texts file, uncompressed) | {ours_s:.0f} MB "
            f"({r.get('texts_mb', 0):.0f} MB) | {fts_s:.0f} MB | {fts_s / ours_s:.2f}x |",
        ]
        for cls in CLASSES:
            ours = r["latency"][cls]["wikidesk"]
            theirs = r["latency"][cls]["fts5"]
            o50, o99 = percentile(ours, 50), percentile(ours, 99)
            t50, t99 = percentile(theirs, 50), percentile(theirs, 99)
            lines.append(
                f"| {cls}: p50 / p99 (10 hits + snippets) | {o50:.2f} / {o99:.2f} ms | {t50:.2f} / {t99:.2f} ms "
                f"| {t50 / o50:.1f}x / {t99 / o99:.1f}x |"
            )
        e_ours, e_fts, e_save = r["edit_ms"]["wikidesk"], r["edit_ms"]["fts5"], r["edit_ms"]["save"]
        lines.append(
            f"| edit → searchable p50 / max (after Wiki.save returns) | {percentile(e_ours, 50):.1f} / "
            f"{max(e_ours):.1f} ms | {percentile(e_fts, 50):.1f} / {max(e_fts):.1f} ms (UPDATE+COMMIT+search) | |"
        )
        lines.append(f"| (Wiki.save itself, p50 / max) | {percentile(e_save, 50):.1f} / {max(e_save):.1f} ms | | |")
        lines += [
            "",
            "Mean hits per query (wikidesk / FTS5, first 50 queries): "
            + ", ".join(f"{cls} {r['totals'][cls][0]:.0f} / {r['totals'][cls][1]:.0f}" for cls in CLASSES),
            "",
        ]
        lines.append("Example queries: " + "; ".join(f"{c}: `{r['examples'][c][0][0]}`" for c in CLASSES))
        lines.append("")
        cc = r.get("compound")
        if cc:
            lines += [
                "Compound endings cost (same pages): index "
                f"{cc['with_mb']:.0f} MB with them, {cc['without_mb']:.0f} MB without "
                f"(+{100 * (cc['with_mb'] / cc['without_mb'] - 1):.1f}%); a 3-5-gram field of the body words alone "
                f"would take {cc['ngram_mb']:.0f} MB ({100 * cc['ngram_mb'] / cc['without_mb']:.0f}% of the index).",
                "",
            ]
    return "\n".join(lines)


def compound_report() -> str:
    """The compound evaluation of issue 20 (see ``bench/compound_eval.py``), wikidesk and FTS5 side by side."""
    import compound_eval

    from tests.search.conftest import CORPUS

    if not CORPUS.is_dir():
        return f"Compound evaluation: skipped (the Norwegian corpus is not at {CORPUS}; set WIKIDESK_CORPUS)."
    started = time.perf_counter()
    report = compound_eval.evaluate()
    seconds = time.perf_counter() - started
    lines = [
        "### Compound evaluation (issue 20)",
        "",
        f"{len(report.cases)} cases from the corpus and the sample wiki ({seconds:.1f} s); the compound's page in the "
        "top 10 for its first or last part searched alone (see bench/compound_eval.py for the measure).",
        "",
        "| measure | wikidesk first part | wikidesk last part | FTS5 prefix first part | FTS5 prefix last part |",
        "|---|---:|---:|---:|---:|",
    ]
    for measure, subset, name in compound_eval.MEASURES:
        cells = []
        for engine in ("wikidesk", "fts5 prefix"):
            for first in (True, False):
                hit, n = report.rate(engine, first, measure, subset)
                cells.append(f"{hit}/{n} ({100 * hit / max(n, 1):.1f} %)")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200, help="queries per class")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--compound-cost-max", type=int, default=10000, help="measure the compound endings' cost up to this size"
    )
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temp folder)")
    parser.add_argument("--build-only", action="store_true", help="time only the full wikidesk index build")
    parser.add_argument("--runs", type=int, default=1, help="builds per size with --build-only")
    parser.add_argument("--no-compound-eval", action="store_true", help="leave out the compound evaluation")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="wikidesk-search-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("WIKIDESK_HOME", str(work / "home"))
    if args.build_only:
        print(f"{cpu_model()}, {os.cpu_count()} cores, {args.workers} parse workers", flush=True)
        try:
            for size in (int(x) for x in args.sizes.split(",")):
                build_only(size, args.workers, work, args.runs)
        finally:
            if not args.keep:
                shutil.rmtree(work, ignore_errors=True)
        return 0
    results = []
    try:
        for size in (int(x) for x in args.sizes.split(",")):
            results.append(run_size(size, args.queries, args.workers, args.seed, work, args.compound_cost_max))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(report(results, args.workers))
    if not args.no_compound_eval:
        print(compound_report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
