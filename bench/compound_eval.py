"""Compound evaluation (issue 20): does a word part find the page of a compound it is part of?

Compounds are found in the pages themselves, with no word list: a word of 8 letters or more that is two words
*used on their own elsewhere* (each occurs as a word of its own on some other page), with a linking ``s`` or ``e``
allowed between them (``kommunikasjon|s|strategi``). Parts have 4 letters or more. A word is a token as the index
takes it (a run of letters and digits) with letters only and no capital after a small letter: base64, hashes and
camelCase identifiers are no Norwegian words. Each part is searched for alone, as a user would type it (the form
in the compound: ``mønsteret`` for ``bruksmønsteret``). Every distinct (part, compound) pair is one case, with the
first page (by path) that has the compound; a case where that page has the part as a word of its own in any form
is left out (the word itself finds it: nothing is tested).

The measure: the compound's page is in the top 10 of the part's results once the part's *own pages* are set
aside: the pages with the part as a word of its own in any form (the same Snowball term), in the title, text,
tags, space, file name, link targets or authors (where the index takes a page's words from). The issue ranks the
word and its inflections above words that contain it, so with the word on 200 pages no compound page can be in the
plain top 10; setting those pages aside measures the compound matching whatever the part's own frequency. It is
taken over the *well-posed* cases: at most 10 pages other than the own pages contain the part's stem (at least
its first 4 letters: ``koder`` → ``kode``) inside any token (an over-count of the pages an ideal engine would list
through compounds), so an engine that ranks as the issue says can list them all. Beside it: the same over all
cases (with more than 10 such pages, the order among pages that only contain the part decides), and the plain top
10 over all cases (the issue's words read literally).

The same cases go to SQLite FTS5 as a prefix query (``arkiv*``: what an FTS5 app has for the first part of a word;
for a last part it has nothing better than the same prefix query), side by side, judged the same way.

Usage: ``python bench/compound_eval.py [folder ...]`` (default: the Norwegian corpus and the sample wiki).
"""

from __future__ import annotations

import re
import sqlite3
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wikidesk.core.catalog import is_page_path, read_text, walk
from wikidesk.core.search import schema as s
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.source import doc_from_text

MIN_COMPOUND = 8
MIN_PART = 4
TOP = 10
LINKS = ("", "s", "e")
_TOKEN = re.compile(r"[^\W_]+")  # what the index's tokenizer takes as one token: a run of letters and digits
_CAMEL = re.compile(r"[^\W\d_](?<![A-ZÆØÅ])[A-ZÆØÅ]")  # a capital after a small letter: camelCase, base64


@dataclass
class Case:
    part: str  # as written (lowercase), the query
    compound: str
    path: str
    first: bool  # the first part (else the last)
    own: frozenset[str] = frozenset()  # the pages that have the part as a word of its own, in any form
    pool: int = 0  # the pages, not in ``own``, with the part (in any form) inside a longer word: the compound's page
    # and those it competes with for the top 10 (an over-count: any word that has the part's letters inside)

    @property
    def well_posed(self) -> bool:
        """At most :data:`TOP` pages contain the part only inside longer words: an engine that ranks as the issue
        says can list them all in the top 10 once the part's own pages are set aside."""
        return self.pool <= TOP


@dataclass
class Report:
    cases: list[Case]
    ranked: dict[str, list[list[str]]] = field(default_factory=dict)  # engine -> the ranked paths of each case

    def verdicts(self, engine: str, measure: str = "parts") -> list[bool]:
        """One verdict per case. ``parts`` (the measure): the compound's page is in the top 10 of the results once
        the pages that have the part as a word of its own (in any form) are set aside: the issue's ranking puts
        those first, so the part's own frequency cannot push the compound out. ``top``: the compound's page is in
        the plain top 10 (the issue's words read literally, whatever the part's frequency)."""
        out = []
        for case, paths in zip(self.cases, self.ranked[engine], strict=True):
            listed = [p for p in paths if p not in case.own] if measure == "parts" else paths
            out.append(case.path in listed[:TOP])
        return out

    def rate(self, engine: str, first: bool, measure: str = "parts", subset: str = "well-posed") -> tuple[int, int]:
        picked = [
            v
            for c, v in zip(self.cases, self.verdicts(engine, measure), strict=True)
            if c.first == first and (subset == "all" or c.well_posed)
        ]
        return sum(picked), len(picked)

    def misses(self, engine: str, first: bool, measure: str = "parts", subset: str = "well-posed") -> list[Case]:
        return [
            c
            for c, v in zip(self.cases, self.verdicts(engine, measure), strict=True)
            if c.first == first and not v and (subset == "all" or c.well_posed)
        ]


def default_folders() -> list[Path]:
    from tests.search.conftest import CORPUS  # the corpus folder as the tests find it
    from wikidesk.core.sample import sample_source

    return [p for p in (CORPUS, sample_source()) if p.is_dir()]


def pages(folders: Iterable[Path]) -> dict[str, str]:
    """``{"<n>/<path>": page text}`` of every page in ``folders``."""
    out: dict[str, str] = {}
    for n, root in enumerate(folders):
        for rel, _ in walk(root):
            if is_page_path(rel):
                out[f"{n}/{rel}"] = read_text(root / rel)[1]
    return out


def _stem(word: str) -> str:
    terms = s.fold_stem_tokens(word)
    return terms[0] if len(terms) == 1 else word


def words_of(text: str) -> list[str]:
    """The words of ``text`` (lowercase) as the index's tokenizer sees them, less what is clearly no word: a token
    with digits (``MIIDqwx4HaS``: base64, hashes, versions) or with a capital after a small letter (camelCase
    identifiers, base64 runs between ``+`` and ``/``)."""
    return [t.lower() for t in _TOKEN.findall(text) if t.isalpha() and not _CAMEL.search(t)]


def find_cases(texts: dict[str, str]) -> list[Case]:
    """The compounds of ``texts`` and the part queries to test (see the module docstring)."""
    where: dict[str, set[str]] = defaultdict(set)  # folded word (of the title and text) -> pages
    spelt: dict[str, str] = {}  # folded word -> the lowercase spelling seen first
    tokens: dict[str, set[str]] = defaultdict(set)  # every folded token the page's ``words`` field has -> pages
    for path in sorted(texts):
        doc = doc_from_text(path, texts[path], None)
        text = "\n".join([doc.title, *(h or "" for h, _ in doc.sections), *(t for _, t in doc.sections)])
        for word in words_of(text):
            folded = s.plain_tokens(word)
            if len(folded) == 1 and folded[0].isascii():
                where[folded[0]].add(path)
                spelt.setdefault(folded[0], word)
        name = path.rsplit("/", 1)[-1]
        meta = " ".join([text, *doc.tags, doc.space, name[:-3] if name.endswith(".md") else name, doc.extra_text])
        for token in s.plain_tokens(" ".join([meta, *doc.authors])):
            tokens[token].add(path)
    # The part's own pages: any form of it as a token of the page's words (title, text, tags, space, file name,
    # link targets, authors), as the ``words`` field has them: those rank above pages that only contain it.
    stems: dict[str, set[str]] = defaultdict(set)
    for word, found in tokens.items():
        stems[_stem(word)] |= found
    cases: dict[tuple[str, str, bool], Case] = {}
    for word in sorted(where):
        if len(word) < MIN_COMPOUND:
            continue
        page = min(where[word])
        best = None
        for i in range(MIN_PART, len(word) - MIN_PART + 1):
            head = word[:i]
            for link in LINKS:
                if not word[i:].startswith(link):
                    continue
                tail = word[i + len(link) :]
                if len(tail) < MIN_PART or head not in where or tail not in where:
                    continue
                # used on their own elsewhere: on some page other than the compound's
                if not (where[head] - {page}) or not (where[tail] - {page}):
                    continue
                score = min(len(head), len(tail))
                if best is None or score > best[0]:
                    best = (score, head, tail)
        if best is None:
            continue
        _, head, tail = best
        for part, first in ((head, True), (tail, False)):
            own = stems.get(_stem(part), set())  # pages with the part in any form (its ``words`` term)
            if page in own:
                continue
            cases.setdefault((part, word, first), Case(spelt[part], spelt[word], page, first, frozenset(own)))
    pool: dict[str, set[str]] = {}
    for case in cases.values():
        if case.part not in pool:
            folded = s.plain_tokens(case.part)[0]
            stem = _stem(case.part)
            # Any form: mønsteret, bruksmønster → monst; a short stem with the part's next letters, to 4 (koder → kode)
            inside = folded[: max(len(stem), MIN_PART)] if folded.startswith(stem) else stem
            pool[case.part] = set().union(*(at for word, at in tokens.items() if inside in word))
        case.pool = len(pool[case.part] - case.own)
    return list(cases.values())


def _depth(case: Case) -> int:
    return TOP + len(case.own)  # enough results to set the part's own pages aside and keep 10


def wikidesk_ranked(texts: dict[str, str], cases: list[Case], work: Path) -> list[list[str]]:
    index = SearchIndex(work / "index")
    docs = [doc_from_text(path, text, None) for path, text in texts.items()]
    index.apply(upserts=docs)
    ranked = [[h.path for h in index.search(case.part, limit=_depth(case)).hits] for case in cases]
    index.close()
    return ranked


def fts5_ranked(texts: dict[str, str], cases: list[Case]) -> list[list[str]]:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE p USING fts5(path UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 0')"
    )
    for path, text in texts.items():
        doc = doc_from_text(path, text, None)
        body = "\n".join(f"{h or ''}\n{t}" for h, t in doc.sections)
        db.execute("INSERT INTO p VALUES (?, ?, ?)", (path, doc.title, body))
    ranked = []
    for case in cases:
        query = "SELECT path FROM p WHERE p MATCH ? ORDER BY bm25(p, 0, 4.0, 1.0) LIMIT ?"
        rows = db.execute(query, (f'"{case.part}"*', _depth(case))).fetchall()
        ranked.append([r[0] for r in rows])
    return ranked


def evaluate(folders: Iterable[Path] | None = None, work: Path | None = None) -> Report:
    texts = pages(default_folders() if folders is None else folders)
    cases = find_cases(texts)
    report = Report(cases)
    with tempfile.TemporaryDirectory(prefix="wikidesk-compound-eval-") as tmp:
        report.ranked["wikidesk"] = wikidesk_ranked(texts, cases, work or Path(tmp))
    report.ranked["fts5 prefix"] = fts5_ranked(texts, cases)
    return report


MEASURES = (
    ("parts", "well-posed", "measure (own pages aside), well-posed cases"),
    ("parts", "all", "own pages aside, all cases"),
    ("top", "all", "plain top 10, all cases"),
)


def lines(report: Report) -> list[str]:
    out = []
    for measure, subset, name in MEASURES:
        for engine in report.ranked:
            cells = []
            for first, part in ((True, "first part"), (False, "last part")):
                hit, n = report.rate(engine, first, measure, subset)
                cells.append(f"{part} {hit}/{n} ({100 * hit / max(n, 1):.1f} %)")
            out.append(f"{name}: {engine}: " + ", ".join(cells))
    return out


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or None
    report = evaluate(folders)
    print(f"{len(report.cases)} cases (the compound's page in the top {TOP} for the part alone)")
    for line in lines(report):
        print(line)
    for first in (True, False):
        misses = report.misses("wikidesk", first)
        print(f"wikidesk misses ({'first' if first else 'last'} part, {len(misses)}):")
        for c in misses[:60]:
            print(f"  {c.part!r} -> {c.compound!r} ({c.path}; own {len(c.own)}, pool {c.pool})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
