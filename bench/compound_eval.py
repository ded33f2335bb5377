"""Compound evaluation (issue 20): does a word part find the page of a compound it is part of?

Compounds are found in the pages themselves, with no word list: a word of 8 letters or more that is two words
*used on their own elsewhere* (each occurs as a word of its own on some other page), with a linking ``s`` or ``e``
allowed between them (``kommunikasjon|s|strategi``). Each part is then searched for alone, as a user would type
it, and the compound's page must be in the top 10. Parts have 4 letters or more. A case counts only when the page does
not have the part as a word of its own in any form (then the word itself finds it, and nothing is tested) and the
part, in any form, is on at most :data:`MAX_PART_PAGES` pages: pages with the word itself rank above pages that only
contain it (the issue's own ranking rule), so with more of them no compound page could be in the top 10, whatever
the engine. Of these, the cases where at most 10 pages have the part at all (in any form, or inside any word: the
pages an ideal engine would list) are the measure: with more, the order among the pages that only contain the part
decides, which this does not test. The figures for all cases are printed beside them. Every distinct
(part, compound) pair is one case, with the first page (by path) that has the compound.

The same cases go to SQLite FTS5 as a prefix query (``arkiv*``: what an FTS5 app has for the first part of a word;
for a last part it has nothing better than the same prefix query), side by side.

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
MAX_PART_PAGES = 5
TOP = 10
LINKS = ("", "s", "e")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass
class Case:
    part: str  # as written (lowercase), the query
    compound: str
    path: str
    first: bool  # the first part (else the last)
    reachable: bool = True  # at most TOP pages have the part at all (in any form, or inside any word)


@dataclass
class Report:
    cases: list[Case]
    found: dict[str, list[bool]] = field(default_factory=dict)  # engine -> one verdict per case

    def rate(self, engine: str, first: bool, all_cases: bool = False) -> tuple[int, int]:
        verdicts = [
            v
            for c, v in zip(self.cases, self.found[engine], strict=True)
            if c.first == first and (all_cases or c.reachable)
        ]
        return sum(verdicts), len(verdicts)

    def misses(self, engine: str, first: bool) -> list[Case]:
        return [
            c for c, v in zip(self.cases, self.found[engine], strict=True) if c.first == first and c.reachable and not v
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


def find_cases(texts: dict[str, str]) -> list[Case]:
    """The compounds of ``texts`` and the part queries to test (see the module docstring)."""
    where: dict[str, set[str]] = defaultdict(set)  # folded word -> pages
    spelt: dict[str, str] = {}  # folded word -> the lowercase spelling seen first
    for path in sorted(texts):
        doc = doc_from_text(path, texts[path], None)
        text = "\n".join([doc.title, *(h or "" for h, _ in doc.sections), *(t for _, t in doc.sections)])
        for word in _WORD.findall(text.lower()):
            folded = s.plain_tokens(word)
            if len(folded) == 1 and folded[0].isascii():
                where[folded[0]].add(path)
                spelt.setdefault(folded[0], word)
    stems: dict[str, set[str]] = defaultdict(set)
    for word, found in where.items():
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
            if page in own or len(own) > MAX_PART_PAGES:
                continue
            cases.setdefault((part, word, first), Case(spelt[part], spelt[word], page, first))
    inside: dict[str, set[str]] = {}
    for key in {(c.part, c.first) for c in cases.values()}:
        part = s.plain_tokens(key[0])[0]
        found = set(stems.get(_stem(part), set()))
        for word, at in where.items():
            if part in word:
                found |= at
        inside[key[0]] = found
    for case in cases.values():
        case.reachable = len(inside[case.part]) <= TOP
    return list(cases.values())


def wikidesk_found(texts: dict[str, str], cases: list[Case], work: Path) -> list[bool]:
    index = SearchIndex(work / "index")
    docs = [doc_from_text(path, text, None) for path, text in texts.items()]
    index.apply(upserts=docs)
    verdicts = []
    for case in cases:
        hits = index.search(case.part, limit=TOP).hits
        verdicts.append(any(h.path == case.path for h in hits))
    index.close()
    return verdicts


def fts5_found(texts: dict[str, str], cases: list[Case]) -> list[bool]:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE p USING fts5(path UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 0')"
    )
    for path, text in texts.items():
        doc = doc_from_text(path, text, None)
        body = "\n".join(f"{h or ''}\n{t}" for h, t in doc.sections)
        db.execute("INSERT INTO p VALUES (?, ?, ?)", (path, doc.title, body))
    verdicts = []
    for case in cases:
        rows = db.execute(
            "SELECT path FROM p WHERE p MATCH ? ORDER BY bm25(p, 0, 4.0, 1.0) LIMIT ?", (f'"{case.part}"*', TOP)
        ).fetchall()
        verdicts.append(any(r[0] == case.path for r in rows))
    return verdicts


def evaluate(folders: Iterable[Path] | None = None, work: Path | None = None) -> Report:
    texts = pages(default_folders() if folders is None else folders)
    cases = find_cases(texts)
    report = Report(cases)
    with tempfile.TemporaryDirectory(prefix="wikidesk-compound-eval-") as tmp:
        report.found["wikidesk"] = wikidesk_found(texts, cases, work or Path(tmp))
    report.found["fts5 prefix"] = fts5_found(texts, cases)
    return report


def lines(report: Report) -> list[str]:
    out = []
    for all_cases, name in ((False, f"at most {TOP} pages have the part"), (True, "all cases")):
        for engine in report.found:
            cells = []
            for first, part in ((True, "first part"), (False, "last part")):
                hit, n = report.rate(engine, first, all_cases)
                cells.append(f"{part} {hit}/{n} ({100 * hit / max(n, 1):.1f} %)")
            out.append(f"{name}: {engine}: " + ", ".join(cells))
    return out


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or None
    report = evaluate(folders)
    print(f"{len(report.cases)} cases (page in the top {TOP} for the part alone)")
    for line in lines(report):
        print(line)
    for first in (True, False):
        misses = report.misses("wikidesk", first)
        print(f"wikidesk misses ({'first' if first else 'last'} part, {len(misses)}):")
        for c in misses[:40]:
            print(f"  {c.part!r} -> {c.compound!r} ({c.path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
