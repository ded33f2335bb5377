"""Full index build of a big folder (issue 20): ``wikidesk index rebuild`` against an FTS5 build, whole processes.

Each run starts two cold processes on the same generated wiki (``bench/corpus.py``, cached), one after the other,
alternating which goes first:

- wikidesk: ``python -m wikidesk --wiki W index rebuild`` with ``WIKIDESK_HOME`` in a fresh folder (so the index
  is built from nothing: front matter, Markdown parsing with pulldown-cmark, stemming, word parts, tantivy);
- FTS5 baseline: ``python bench/build.py --child-fts5 W DB``: walks the folder, reads every ``.md`` file, takes the
  title from the front matter's ``title:`` line (else the file name), and inserts path, title and the raw text into
  an FTS5 table (``unicode61 remove_diacritics 0``) in one transaction, then ``optimize`` (what a minimal FTS5 app
  would do: no Markdown parsing, no stemming, no folding).

Per process: wall time (spawn to exit), CPU seconds of the process and every process it waited for (``os.wait4``:
wikidesk's parse workers included; of it, the child processes' own as last sampled from ``/proc``, so the main
process's share is the difference), the peak resident memory of the whole process tree (the sum of VmRSS over the
process and its descendants, sampled every 20 ms from ``/proc``) and of its largest single process
(``ru_maxrss``). The load average (1 min) is printed before and after every process: the machine is shared.
The OS file cache is warmed once before the first run (both read the same files).

Usage: python bench/build.py [--pages 20000] [--runs 5] [--floor] [--json out.json]

``--field-costs N``: where the main process's time goes. Parses the first N pages once in this process, then adds
their field values to a fresh index (``SearchIndex.bulk``, as a build does) with all fields and with each tantivy
field left out in turn, ``--runs`` rounds alternating, and prints the process CPU a page for each (medians) and
what leaving the field out saves.

``--floor``: two more processes each run, beside the same FTS5 process, for what a build costs that keeps only what
cannot be skipped: ``floor-parse`` (one spawned worker reads each page, parses its front matter and page info and
extracts its Markdown with pulldown-cmark as a build's worker does; the main process drops the results) and
``floor-index`` (the same, and the main process indexes each page's title and text into a ``words`` field and a
``plain`` field with tantivy's own analyzers, ``wd_fold_stem`` and ``wd_plain``: no Python work a word). The build
itself is the third figure.

``--stages N [--warm W]``: where a parse worker's time goes. In this process, as one worker would, parses W pages
(filling the per-process caches, e.g. the word keys), then N more with each step of ``source.prepare`` timed with
process CPU time, and prints the CPU ms a page of each stage and of ``prepare`` as a whole (timed apart, on the next
N pages' twins: the same N pages again would find every word cached). ``--warm 0 --stages 20000``: a whole
build's worker.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

_TITLE = re.compile(r"^title:\s*['\"]?(.*?)['\"]?\s*$", re.M)


# ----- the FTS5 baseline (child process) --------------------------------------------------------------------------
def child_fts5(root: Path, db_path: Path) -> None:
    db = sqlite3.connect(db_path)
    db.execute("CREATE VIRTUAL TABLE pages USING fts5(path UNINDEXED, title, body, "
               "tokenize='unicode61 remove_diacritics 0')")
    rows = 0
    with db:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for name in filenames:
                if not name.endswith(".md"):
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                title = name[:-3]
                if text.startswith("---"):
                    end = text.find("\n---", 3)
                    if end > 0:
                        found = _TITLE.search(text, 0, end)
                        if found:
                            title = found.group(1)
                        text = text[end + 4:]
                db.execute("INSERT INTO pages(path, title, body) VALUES (?, ?, ?)",
                           (os.path.relpath(path, root), title, text))
                rows += 1
    db.execute("INSERT INTO pages(pages) VALUES('optimize')")
    db.commit()
    db.close()
    print(json.dumps({"rows": rows}))


# ----- the floor (child processes): what a build costs that keeps only what cannot be skipped ---------------------
FLOOR_MODES = ("parse", "index")


def floor_parse(job: tuple[str, list[str]]) -> list[tuple[str, str, str]]:
    """A floor worker's chunk: each page read, its front matter and page info parsed and its Markdown extracted
    (pyromark's events and the walk) as a build's worker does; ``(path, title, text)``, nothing else."""
    from wikidesk.core import frontmatter
    from wikidesk.core.catalog import page_info_from_document
    from wikidesk.core.markdown import extract_for_index
    from wikidesk.core.search import source
    from wikidesk.core.search.document import body_and_offsets

    root, rels = job
    out = []
    for rel in rels:
        found = source._read_page(root, rel)
        if found is None:
            continue
        stat, text = found
        parsed = frontmatter.parse(text)
        info = page_info_from_document(rel, parsed, stat, 0)
        body, _ = body_and_offsets(extract_for_index(parsed.body).sections)
        out.append((rel, info.title, body))
    return out


def child_floor(mode: str, root: Path, out: Path) -> None:
    """``parse``: one spawned worker parses every page (:func:`floor_parse`) and this process drops the results.
    ``index``: the same, and this process indexes each page's title and text in a ``words`` field (``wd_fold_stem``)
    and a ``plain`` field (``wd_plain``, with positions), analyzed by tantivy alone, as ``SearchIndex.bulk`` writes
    (one indexing thread, the build's heap). The same process shape as a build: a worker, chunks of 32."""
    import multiprocessing

    import tantivy

    from wikidesk.core.catalog import is_page_path, walk
    from wikidesk.core.search import schema as s
    from wikidesk.core.search.build import CHUNK, _sorted_casefold
    from wikidesk.core.search.index import BUILD_HEAP

    rels = _sorted_casefold([rel for rel, _ in walk(root) if is_page_path(rel)])
    writer = None
    if mode == "index":
        b = tantivy.SchemaBuilder()
        b.add_text_field(s.PATH, tokenizer_name="raw", index_option="basic")
        b.add_text_field(s.WORDS, tokenizer_name=s.FOLD_STEM, index_option="freq")
        b.add_text_field(s.PLAIN_TEXT, tokenizer_name=s.PLAIN)
        out.mkdir(parents=True)
        index = tantivy.Index(b.build(), path=str(out))
        s.register_analyzers(index)
        writer = index.writer(BUILD_HEAP, 1)
    pages = 0
    chunks = [(str(root), rels[i : i + CHUNK]) for i in range(0, len(rels), CHUNK)]
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        for parsed in pool.imap_unordered(floor_parse, chunks):
            pages += len(parsed)
            if writer is not None:
                for rel, title, text in parsed:
                    writer.add_document(tantivy.Document(path=rel, words=[title, text], plain=[title, text]))
    if writer is not None:
        writer.commit()
        writer.wait_merging_threads()
    print(json.dumps({"rows": pages}))


def run_floor(mode: str, wiki: Path, out: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return measure([sys.executable, __file__, "--child-floor", mode, str(wiki), str(out)], env)


# ----- where the main process's time goes ---------------------------------------------------------------------------
def field_costs(pages: int, rounds: int) -> None:
    """Process CPU a page to index precomputed field values, with all fields and with each left out (medians)."""
    import resource

    sys.path.insert(0, str(REPO))
    from corpus import cached_wiki

    from wikidesk.core.catalog import is_page_path, walk
    from wikidesk.core.search import schema as s
    from wikidesk.core.search.build import _sorted_casefold
    from wikidesk.core.search.index import SearchIndex
    from wikidesk.core.search.source import prepare

    wiki = cached_wiki(20_000)
    rels = _sorted_casefold([rel for rel, _ in walk(wiki) if is_page_path(rel)])[:pages]
    docs = [fields for _, fields in map(prepare, [(str(wiki), rel) for rel in rels]) if fields is not None]
    every = s.FIELDS

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def once(left_out: str | None) -> float:
        with tempfile.TemporaryDirectory(prefix="wikidesk-fields-") as tmp:
            index = SearchIndex(Path(tmp) / "index")
            s.FIELDS = every - {left_out} if left_out else every  # what to_document hands to tantivy
            try:
                start = cpu()
                with index.bulk(fresh=True) as bulk:
                    for fields in docs:
                        bulk.add(fields)
                spent = cpu() - start
            finally:
                s.FIELDS = every
                index.close()
        return 1000 * spent / len(docs)

    variants: list[str | None] = [None, *sorted(every - {s.ID, s.PATH, s.STAMP, s.TEXT_AT})]
    times: dict[str | None, list[float]] = {v: [] for v in variants}
    for r in range(rounds):
        for v in variants if r % 2 == 0 else variants[::-1]:
            times[v].append(once(v))
        print(f"round {r + 1} done, load {os.getloadavg()[0]:.2f}", flush=True)
    base = statistics.median(times[None])
    print(f"{len(docs)} pages, {rounds} rounds: all fields {base:.3f} ms a page (CPU of this process)")
    for v in variants[1:]:
        m = statistics.median(times[v])
        print(f"  without {v:<12} {m:.3f} ms a page (saves {base - m:+.3f})")


# ----- where a parse worker's time goes ------------------------------------------------------------------------------
def worker_stages(pages: int, warm: int) -> None:
    """Process CPU ms a page of each step of ``source.prepare`` over ``pages`` pages after ``warm`` pages."""
    import pickle
    from time import process_time_ns as clock

    sys.path.insert(0, str(REPO))
    from corpus import cached_wiki

    from wikidesk.core import frontmatter
    from wikidesk.core.catalog import is_page_path, page_info_from_document, walk
    from wikidesk.core.markdown import cmark_extract, extract_for_index
    from wikidesk.core.search import document as d
    from wikidesk.core.search import schema as s
    from wikidesk.core.search import source
    from wikidesk.core.search.build import _sorted_casefold
    from wikidesk.core.search.pairs import common_pairs

    wiki = cached_wiki(20_000 if warm + pages <= 20_000 else 100_000)
    rels = _sorted_casefold([rel for rel, _ in walk(wiki) if is_page_path(rel)])
    if warm + pages > len(rels):
        raise SystemExit(f"the wiki has {len(rels)} pages, fewer than --warm + --stages")
    for rel in rels[:warm]:
        source.prepare((str(wiki), rel))
    spent: dict[str, int] = {}

    def note(stage: str, since: int) -> int:
        now = clock()
        spent[stage] = spent.get(stage, 0) + now - since
        return clock()

    for rel in rels[warm : warm + pages]:
        t = clock()
        st, data = source._read(os.path.join(wiki, rel))
        t = note("open, stat, read", t)
        text = data.decode("utf-8", errors="replace")
        t = note("decode", t)
        parsed = frontmatter.parse(text)
        t = note("front matter", t)
        info = page_info_from_document(rel, parsed, st, 0)
        t = note("page info", t)
        body = parsed.body
        list(cmark_extract.pyromark.events_with_range(body, options=cmark_extract._OPTIONS))
        t = note("(pyromark events alone, not in the sum)", t)
        rendered = extract_for_index(body)
        t = note("Markdown (events + walk)", t)
        doc = source.doc_from_parts(rel, parsed, info, rendered, st)
        t = note("IndexDoc", t)
        plain_body, _ = d.body_and_offsets(doc.sections)
        t = note("body and offsets", t)
        folded = [s.folded_tokens(x) for x in (plain_body, doc.title, doc.extra_text, " ".join(doc.tags))]
        heading_words = [s.folded_tokens(h) for h in doc.headings]
        t = note("folded tokens", t)
        _, bases, _ = s.page_terms([folded[1], folded[0]], folded[2:])
        t = note("keys/bases/inside (page_terms)", t)
        s.word_terms([folded[1], *[folded[3]] * 4, *heading_words, folded[0], folded[2], bases.split()])
        t = note("words terms (word_terms)", t)
        common_pairs([folded[0], folded[2]])
        t = note("pairs", t)
        s.accented_words(doc.title, *doc.tags, *doc.headings, plain_body, doc.extra_text)
        t = note("accented", t)
        fields = d.to_fields(doc)
        t = note("(to_fields again, words cached; not in the sum)", t)
        pickle.dumps((rel, fields), protocol=pickle.HIGHEST_PROTOCOL)
        t = note("pickling", t)
    total = sum(v for k, v in spent.items() if not k.startswith("("))
    print(f"{pages} pages after {warm} (load {os.getloadavg()[0]:.2f}): CPU ms a page")
    for stage, ns in spent.items():
        print(f"  {stage:<42} {ns / 1e6 / pages:6.3f}")
    print(f"  {'sum of the stages':<42} {total / 1e6 / pages:6.3f}")
    following = rels[warm + pages : warm + 2 * pages] or rels[:pages]
    start = clock()
    for rel in following:
        pickle.dumps(source.prepare((str(wiki), rel)), protocol=pickle.HIGHEST_PROTOCOL)
    print(f"  {'prepare() + pickling, the next pages':<42} {(clock() - start) / 1e6 / len(following):6.3f}")


# ----- measuring a child process ----------------------------------------------------------------------------------
def _children_of() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as f:
            for line in f:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of ``pid`` so far (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_rss_mb(pid: int, cpu: dict[int, float] | None = None) -> float:
    """The resident memory of ``pid`` and all its descendants, now; ``cpu`` gets each descendant's CPU seconds."""
    tree = _children_of()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += _rss_kb(p)
        if cpu is not None and p != pid:
            cpu[p] = max(cpu.get(p, 0.0), _cpu_s(p))
        todo += tree.get(p, [])
    return total / 1024


def measure(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run ``cmd`` to its end: wall, CPU (with waited-for descendants), peak tree RSS, largest process's RSS."""
    load0 = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0.0]
    children: dict[int, float] = {}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss_mb(proc.pid, children))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out = proc.stdout.read()  # type: ignore[union-attr]
    err = proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    # The child processes' CPU as last sampled (up to 20 ms of each one's end missed); the rest is the main process.
    return {"wall_s": wall, "cpu_s": cpu, "user_s": usage.ru_utime, "children_cpu_s": sum(children.values()),
            "peak_tree_rss_mb": peak[0], "max_process_rss_mb": usage.ru_maxrss / 1024,
            "load_before": load0, "load_after": os.getloadavg()[0],
            "output": out.decode(errors="replace").strip().splitlines()[-1:]}  # type: ignore[dict-item]


def run_wikidesk(wiki: Path, home: Path) -> dict[str, float]:
    env = {**os.environ, "WIKIDESK_HOME": str(home), "PYTHONPATH": str(REPO)}
    return measure([sys.executable, "-m", "wikidesk", "--wiki", str(wiki), "index", "rebuild"], env)


def run_fts5(wiki: Path, db: Path) -> dict[str, float]:
    return measure([sys.executable, __file__, "--child-fts5", str(wiki), str(db)], dict(os.environ))


def warm(root: Path) -> int:
    total = 0
    for path in root.rglob("*.md"):
        total += len(path.read_bytes())
    return total


def _row(label: str, r: dict[str, float]) -> str:
    return (f"{label:<11} {r['wall_s']:6.2f} s wall  {r['cpu_s']:6.1f} CPU-s (child processes "
            f"{r['children_cpu_s']:.1f})  peak RSS {r['peak_tree_rss_mb']:5.0f} MB "
            f"(largest process {r['max_process_rss_mb']:4.0f} MB)  "
            f"load {r['load_before']:.2f} -> {r['load_after']:.2f}")


def main() -> int:
    if len(sys.argv) > 3 and sys.argv[1] == "--child-fts5":
        child_fts5(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    if len(sys.argv) > 4 and sys.argv[1] == "--child-floor":
        child_floor(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", choices=["wikidesk", "fts5", "floor-parse", "floor-index"], default=None)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--field-costs", type=int, default=0, metavar="N",
                        help="where the main process's time goes, over the first N pages (see above)")
    parser.add_argument("--stages", type=int, default=0, metavar="N",
                        help="where a parse worker's time goes, over N pages (see above)")
    parser.add_argument("--warm", type=int, default=6000, help="pages parsed before --stages times any")
    parser.add_argument("--floor", action="store_true",
                        help="also time the floor processes (parse only; parse + tantivy's own two fields)")
    args = parser.parse_args()
    if args.stages:
        worker_stages(args.stages, args.warm)
        return 0
    if args.field_costs:
        field_costs(args.field_costs, args.runs)
        return 0
    from corpus import cached_wiki
    from machine import cpu_model

    wiki = cached_wiki(args.pages)
    size = warm(wiki)
    print(f"machine: {os.cpu_count()} cores, {cpu_model()}; Python {sys.version.split()[0]}, "
          f"SQLite {sqlite3.sqlite_version}; wiki {wiki.name}: {args.pages} pages, {size / 1e6:.1f} MB; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    kinds = ["wikidesk", "fts5", *(f"floor-{m}" for m in FLOOR_MODES)] if args.floor else ["wikidesk", "fts5"]
    results: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    with tempfile.TemporaryDirectory(prefix="wikidesk-build-") as tmp:
        work = Path(tmp)
        for run in range(args.runs):
            order = kinds if run % 2 == 0 else kinds[::-1]
            for which in order:
                if args.only and which != args.only:
                    continue
                if which == "wikidesk":
                    r = run_wikidesk(wiki, work / f"home-{run}")
                elif which.startswith("floor-"):
                    r = run_floor(which.removeprefix("floor-"), wiki, work / f"{which}-{run}")
                else:
                    r = run_fts5(wiki, work / f"fts5-{run}.db")
                results[which].append(r)
                print(f"run {run + 1}: {_row(which, r)}  {r['output']}", flush=True)
    summary = {}
    for which, rows in results.items():
        if rows:
            summary[which] = {k: statistics.median(r[k] for r in rows)
                              for k in ("wall_s", "cpu_s", "children_cpu_s", "peak_tree_rss_mb", "max_process_rss_mb")}
            summary[which]["load_range"] = (min(r["load_before"] for r in rows), max(r["load_after"] for r in rows))
            print(f"median {which:<11} {summary[which]['wall_s']:.2f} s wall, {summary[which]['cpu_s']:.1f} CPU-s "
                  f"(child processes {summary[which]['children_cpu_s']:.1f}), "
                  f"peak RSS {summary[which]['peak_tree_rss_mb']:.0f} MB "
                  f"(largest process {summary[which]['max_process_rss_mb']:.0f} MB)", flush=True)
    if "fts5" in summary:
        fts = summary["fts5"]
        for which, ours in summary.items():
            if which != "fts5":
                print(f"ratio {which} / FTS5: wall {ours['wall_s'] / fts['wall_s']:.2f}x, "
                      f"CPU {ours['cpu_s'] / fts['cpu_s']:.2f}x (target: wall <= 3x, <= 10 s, peak RSS <= 250 MB)",
                      flush=True)
    if args.json:
        args.json.write_text(json.dumps({"pages": args.pages, "runs": results, "median": summary}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
