"""A realistic synthetic wiki built from the real Norwegian corpus, for benchmarks (and tests that need volume).

The real corpus (``../shared/corpus/felleslosninger-docs``, or ``$WIKIDESK_CORPUS``) has ~600 pages. This module
learns its sentences, headings, list items, table rows, code, inline HTML and Liquid tags, and recombines them into
as many pages as asked for, the way a municipal intranet wiki looks:

- mean page size about 3 KB (log-normal, so a few pages are long);
- nested spaces (department / section / team), pages spread over them Zipf-like;
- tags Zipf-distributed over a few hundred tag names; authors Zipf-distributed too;
- vocabulary that keeps growing with the number of pages, as real wikis do: Norwegian builds new compound words
  freely (``kommunikasjonsstrategi``), so a share of nouns is replaced by generated compounds, and pages mention
  case numbers, names and dates;
- modified dates over the last six years, recent ones more frequent.

Everything is deterministic for a given ``seed``. Use :func:`generate_pages` for pages in memory and
:func:`write_wiki` to lay them out as Markdown files with YAML front matter (cached by :func:`cached_wiki`).

Run ``python bench/corpus.py OUT_DIR --pages N`` to write a wiki folder.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import math
import os
import random
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 4
DEFAULT_SEED = 20261101
REPO_ROOT = Path(__file__).resolve().parents[1]


def corpus_dir() -> Path:
    """The real Norwegian corpus: ``$WIKIDESK_CORPUS`` or ``<repo>/../shared/corpus/felleslosninger-docs``."""
    env = os.environ.get("WIKIDESK_CORPUS")
    if env:
        return Path(env)
    return (REPO_ROOT / ".." / "shared" / "corpus" / "felleslosninger-docs").resolve()


# --- learning the corpus -------------------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅ])")
_WORD = re.compile(r"[a-zæøå]{5,14}")
_LETTERS = re.compile(r"^[a-zæøå]+$")


@dataclass
class CorpusModel:
    """Pieces of real text to recombine."""

    sentences: list[str] = field(default_factory=list)
    topics: list[list[int]] = field(default_factory=list)  # sentence numbers of each source page
    headings: list[str] = field(default_factory=list)
    list_items: list[str] = field(default_factory=list)
    tables: list[list[str]] = field(default_factory=list)
    code_blocks: list[str] = field(default_factory=list)
    html_blocks: list[str] = field(default_factory=list)
    liquid: list[str] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)  # lowercase words used as compound parts and tags


def _blocks(body: str) -> Iterator[str]:
    fence = None
    buf: list[str] = []
    for line in body.split("\n"):
        if fence is None and line.lstrip().startswith(("```", "~~~")):
            if buf:
                yield "\n".join(buf)
                buf = []
            fence = line.lstrip()[:3]
            buf.append(line)
            continue
        if fence is not None:
            buf.append(line)
            if line.lstrip().startswith(fence):
                yield "\n".join(buf)
                buf, fence = [], None
            continue
        if not line.strip():
            if buf:
                yield "\n".join(buf)
                buf = []
        else:
            buf.append(line)
    if buf:
        yield "\n".join(buf)


def load_model(root: Path | None = None) -> CorpusModel:
    """Read every Markdown page of the real corpus and collect its reusable pieces."""
    root = root or corpus_dir()
    files = sorted(root.rglob("*.md"))
    if not files:
        raise FileNotFoundError(f"no Markdown pages under {root}")
    model = CorpusModel()
    words: Counter[str] = Counter()
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        body = _FRONT.sub("", text, count=1)
        first_sentence = len(model.sentences)
        for block in _blocks(body):
            first = block.lstrip()
            if first.startswith(("```", "~~~")):
                if len(block) < 1500:
                    model.code_blocks.append(block)
            elif first.startswith("#"):
                heading = first.lstrip("#").strip()
                if 2 < len(heading) < 80 and "\n" not in heading:
                    model.headings.append(heading)
            elif first.startswith("|"):
                rows = [r for r in block.split("\n") if r.startswith("|")]
                if 2 < len(rows) < 40 and len(block) < 3000:
                    model.tables.append(rows)
            elif first.startswith("<"):
                if len(block) < 1200:
                    model.html_blocks.append(block)
            elif first.startswith(("{%", "{{")):
                model.liquid.append(block.strip())
            elif re.match(r"\s*([-*+]|\d+\.)\s", block):
                for line in block.split("\n"):
                    item = re.sub(r"^\s*([-*+]|\d+\.)\s+", "", line).strip()
                    if 3 < len(item) < 300:
                        model.list_items.append(item)
            else:
                flat = " ".join(block.split())
                for sentence in _SENTENCE_END.split(flat):
                    if 20 <= len(sentence) <= 400:
                        model.sentences.append(sentence)
            words.update(_WORD.findall(block.lower()))
        if len(model.sentences) - first_sentence >= 3:
            model.topics.append(list(range(first_sentence, len(model.sentences))))
    model.liquid += re.findall(r"\{%[^%]{3,200}%\}", "\n".join(model.sentences + model.list_items))[:50]
    model.liquid = model.liquid or ['{% include note.html content="Merk" %}']
    model.nouns = [w for w, n in words.most_common(4000) if n >= 2 and _LETTERS.match(w)]
    return model


# --- generating pages ----------------------------------------------------------------------------------------------

DEPARTMENTS = [
    "IT",
    "HR",
    "Økonomi",
    "Oppvekst",
    "Helse og omsorg",
    "Teknisk drift",
    "Kultur",
    "Plan og bygg",
    "Politikk",
    "Kommunikasjon",
    "Eiendom",
    "Sentraladministrasjon",
    "Skole",
    "Barnehage",
    "NAV",
    "Arkiv",
    "Innkjøp",
    "Miljø",
]
FIRST_NAMES = [
    "Kari",
    "Ola",
    "Ingrid",
    "Per",
    "Anne",
    "Lars",
    "Marit",
    "Jon",
    "Solveig",
    "Knut",
    "Liv",
    "Bjørn",
    "Hilde",
    "Arne",
    "Randi",
    "Tor",
    "Silje",
    "Espen",
    "Nina",
    "Øystein",
    "Åse",
    "Håkon",
    "Sigrid",
    "Eirik",
    "Tone",
    "Geir",
]
LAST_NAMES = [
    "Nordmann",
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Dahl",
    "Lie",
    "Solberg",
    "Bakken",
    "Strand",
    "Østby",
    "Sæther",
    "Aas",
]
LINKERS = ("", "s", "e", "")


def zipf_weights(n: int, s: float = 1.07) -> list[float]:
    """Cumulative weights of a Zipf distribution over ``n`` ranks."""
    return list(itertools.accumulate(1.0 / (rank**s) for rank in range(1, n + 1)))


def _zipf_pick(rng: random.Random, items: list, cum: list[float]) -> object:
    return items[bisect.bisect_left(cum, rng.random() * cum[-1])]


@dataclass
class SyntheticPage:
    """One generated page: where it goes, its metadata and its whole file text."""

    path: str
    page_id: str
    title: str
    space: str
    tags: list[str]
    author: str
    modified: float
    body: str

    def file_text(self) -> str:
        tags = ", ".join(json.dumps(t, ensure_ascii=False) for t in self.tags)
        head = [
            "---",
            f"title: {json.dumps(self.title, ensure_ascii=False)}",
            f"id: {self.page_id}",
            f"tags: [{tags}]",
            f"author: {json.dumps(self.author, ensure_ascii=False)}",
            "---",
            "",
        ]
        return "\n".join(head) + self.body


class WikiGenerator:
    """Deterministic generator of pages for a wiki of ``n_pages`` pages."""

    def __init__(self, model: CorpusModel, n_pages: int, seed: int = DEFAULT_SEED, now: float = 1793491200.0):
        self.model = model
        self.n_pages = n_pages
        self.rng = random.Random(seed)
        self.now = now  # 2026-11-01, fixed so runs are comparable
        rng = self.rng
        nouns = model.nouns
        self.spaces = self._make_spaces()
        self.space_cum = zipf_weights(len(self.spaces), 0.9)
        self.tags = [n for n in nouns[40:1200] if 4 <= len(n) <= 12][:400] + [d.lower() for d in DEPARTMENTS]
        rng.shuffle(self.tags)
        self.tag_cum = zipf_weights(len(self.tags), 1.1)
        self.authors = [f"{f} {ln}" for f in FIRST_NAMES for ln in LAST_NAMES]
        rng.shuffle(self.authors)
        self.authors = self.authors[:300]
        self.author_cum = zipf_weights(len(self.authors), 1.0)
        # The compound pool grows with the wiki (Heaps' law): ~3 new compound words per page.
        modifiers = [n for n in nouns if 4 <= len(n) <= 12]
        heads = [n for n in nouns if 5 <= len(n) <= 12]
        pool: dict[str, None] = {}
        target = max(500, 3 * n_pages)
        while len(pool) < target:
            word = rng.choice(modifiers) + rng.choice(LINKERS) + rng.choice(heads)
            pool.setdefault(word, None)
        self.compounds = list(pool)
        self.compound_cum = zipf_weights(len(self.compounds), 0.95)
        # Pages are about something: each space covers a few source pages' subjects, and a page draws most
        # of its sentences from one or two of them, so word frequencies stay as uneven as in a real wiki.
        self.space_topics = {
            space: rng.sample(range(len(model.topics)), min(12, len(model.topics))) for space in self.spaces
        }
        self.topic = model.topics[0]
        self.titles_seen: set[str] = set()
        self.pages_so_far: list[tuple[str, str]] = []  # (title, path) for links

    def _make_spaces(self) -> list[str]:
        rng = self.rng
        spaces: list[str] = []
        subs = [h for h in self.model.headings if 3 <= len(h) <= 30 and "/" not in h and not h[0].isdigit()]
        for dept in DEPARTMENTS:
            spaces.append(dept)
            for sub in rng.sample(subs, rng.randint(1, 6)):
                spaces.append(f"{dept}/{_clean_name(sub)}")
                if rng.random() < 0.4:
                    for team in rng.sample(subs, rng.randint(1, 3)):
                        spaces.append(f"{dept}/{_clean_name(sub)}/{_clean_name(team)}")
        rng.shuffle(spaces)
        return ["", *spaces]

    def _sentence(self) -> str:
        rng = self.rng
        pool = self.topic if rng.random() < 0.95 else rng.choice(self.model.topics)
        sentence = self.model.sentences[rng.choice(pool)]
        roll = rng.random()
        if roll < 0.55:
            # Swap one long word for a compound from the growing pool, keeping vocabulary realistic.
            words = sentence.split(" ")
            slots = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha() and w.islower()]
            if slots:
                words[rng.choice(slots)] = str(_zipf_pick(rng, self.compounds, self.compound_cum))
                sentence = " ".join(words)
        elif roll < 0.62:
            sentence += f" Se sak {rng.randint(2015, 2026)}/{rng.randint(1, 25000)}."
        elif roll < 0.67:
            sentence += f" Kontakt {_zipf_pick(rng, self.authors, self.author_cum)} ved spørsmål."
        return sentence

    def _paragraph(self) -> str:
        return " ".join(self._sentence() for _ in range(self.rng.randint(2, 6)))

    def _block(self) -> str:
        rng = self.rng
        m = self.model
        roll = rng.random()
        if roll < 0.55:
            return self._paragraph()
        if roll < 0.75:
            items = [rng.choice(m.list_items) for _ in range(rng.randint(2, 6))]
            bullet = rng.choice(("-", "*", "1."))
            return "\n".join(f"{bullet} {item}" for item in items)
        if roll < 0.82 and m.tables:
            return "\n".join(rng.choice(m.tables)[:12])
        if roll < 0.87 and m.code_blocks:
            return rng.choice(m.code_blocks)
        if roll < 0.91 and m.html_blocks:
            return rng.choice(m.html_blocks)
        if roll < 0.94:
            return rng.choice(m.liquid)
        if self.pages_so_far:
            title, path = rng.choice(self.pages_so_far[-5000:])
            return f"Les mer i [{title}](/{path}) og {self._sentence()}"
        return self._paragraph()

    def _title(self) -> str:
        rng = self.rng
        for _ in range(20):
            roll = rng.random()
            if roll < 0.5:
                title = rng.choice(self.model.headings)
            elif roll < 0.8:
                title = str(_zipf_pick(rng, self.compounds, self.compound_cum)).capitalize()
                title += " " + rng.choice(("rutine", "veileder", "oversikt", "for ansatte", "2026", "i praksis"))
            else:
                title = " ".join(rng.choice(self.model.nouns[:2000]) for _ in range(rng.randint(1, 3))).capitalize()
            title = " ".join(title.replace("`", "").replace("*", "").split())[:90].strip(" .:")
            if title and title not in self.titles_seen:
                self.titles_seen.add(title)
                return title
        title = f"{title} {len(self.titles_seen)}"
        self.titles_seen.add(title)
        return title

    def page(self, number: int) -> SyntheticPage:
        rng = self.rng
        title = self._title()
        space = str(_zipf_pick(rng, self.spaces, self.space_cum))
        topics = self.space_topics[space]
        chosen = [
            self.model.topics[t] for t in {topics[min(int(rng.expovariate(0.4)), len(topics) - 1)] for _ in range(2)}
        ]
        self.topic = [n for topic in chosen for n in topic]
        n_tags = min(int(rng.expovariate(0.6)), 6)
        tags = list(dict.fromkeys(str(_zipf_pick(rng, self.tags, self.tag_cum)) for _ in range(n_tags)))
        author = str(_zipf_pick(rng, self.authors, self.author_cum))
        age_days = min(rng.expovariate(1 / 500.0), 6 * 365)
        modified = self.now - age_days * 86400.0 - rng.random() * 86400.0
        target = min(40_000, int(rng.lognormvariate(math.log(2050), 0.65)))
        parts: list[str] = [self._paragraph()]
        size = len(parts[0])
        while size < target:
            if rng.random() < 0.3:
                level = "##" if rng.random() < 0.7 else "###"
                heading = rng.choice(self.model.headings) if rng.random() < 0.7 else self._title()
                parts.append(f"{level} {heading}")
            parts.append(self._block())
            size += len(parts[-1]) + 2
        stem = _clean_name(title)[:60].strip() or f"side-{number}"
        path = f"{space}/{stem}.md" if space else f"{stem}.md"
        page_id = hashlib.sha256(f"{number}:{title}".encode()).hexdigest()[:16]
        self.pages_so_far.append((title, path))
        return SyntheticPage(path, page_id, title, space, tags, author, modified, "\n\n".join(parts) + "\n")


def _clean_name(text: str) -> str:
    """A file or folder name that is legal on Windows and POSIX."""
    cleaned = re.sub(r'[<>:"/\\|?*%#\[\]{}`!\x00-\x1f]', "", text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    return cleaned or "side"


def generate_pages(n_pages: int, seed: int = DEFAULT_SEED, model: CorpusModel | None = None) -> Iterator[SyntheticPage]:
    """Yield ``n_pages`` synthetic pages (deterministic for a seed)."""
    gen = WikiGenerator(model or load_model(), n_pages, seed)
    seen_paths: set[str] = set()
    for number in range(n_pages):
        page = gen.page(number)
        if page.path.casefold() in seen_paths:
            base = page.path[:-3]
            page.path = f"{base} {number}.md"
        seen_paths.add(page.path.casefold())
        yield page


def write_wiki(root: Path, n_pages: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[int, int, str]]:
    """Write a synthetic wiki under ``root`` (which must not exist yet); yields ``(done, total, message)``."""
    root.mkdir(parents=True)
    made_dirs: set[str] = set()
    for done, page in enumerate(generate_pages(n_pages, seed), start=1):
        folder = page.path.rpartition("/")[0]
        if folder and folder not in made_dirs:
            (root / folder).mkdir(parents=True, exist_ok=True)
            made_dirs.add(folder)
        target = root / page.path
        target.write_text(page.file_text(), encoding="utf-8")
        os.utime(target, (page.modified, page.modified))
        if done % 1000 == 0 or done == n_pages:
            yield done, n_pages, f"wrote {done} pages"


def cached_wiki(n_pages: int, seed: int = DEFAULT_SEED, cache_root: Path | None = None, quiet: bool = False) -> Path:
    """A generated wiki folder, made once and reused by later runs (keyed by size, seed and generator version)."""
    cache_root = cache_root or Path(os.environ.get("WIKIDESK_BENCH_CACHE", "/tmp/wikidesk-bench"))
    root = cache_root / f"wiki-{n_pages}-s{seed}-v{GENERATOR_VERSION}"
    if (root / ".complete").exists():
        return root
    if root.exists():
        shutil.rmtree(root)
    started = time.perf_counter()
    for done, total, _ in write_wiki(root, n_pages, seed):
        if not quiet and (done % 10000 == 0 or done == total):
            print(f"  generating wiki: {done}/{total} pages", file=sys.stderr, flush=True)
    (root / ".complete").write_text(f"{time.perf_counter() - started:.1f}s\n")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    for done, total, msg in write_wiki(args.out, args.pages, args.seed):
        print(f"{done}/{total} {msg}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
