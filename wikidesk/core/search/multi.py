"""One search over several wikis: each wiki's own index answers, and the hits are ranked together in one list.

Every wiki keeps its own tantivy index (same schema and analyzers), so the scores are computed the same way, except
for BM25's inverse document frequency: ``idf(t) = ln(1 + (N - n(t) + 0.5) / (n(t) + 0.5))`` counts the pages
``N`` and the pages with the word ``n(t)`` *of that one index*. A word that is rare in a small wiki scores high
there and low in a big wiki where many pages use it, so merging raw scores would favour whichever wiki happens to
make the word look rare. Normalising each wiki's scores (dividing by its best hit) would be worse: every wiki's
best hit would tie at 1.0, however weak it is.

Here each wiki's scores are re-weighted towards what one index over *all* the wikis would have given: for the
query's words (analysed as the index analyses them) the document frequencies of every index are summed into global
statistics, and each wiki's scores are multiplied by ``Σ idf_global(t) / Σ idf_local(t)`` over the words that
wiki has. For a one-word query that is exactly the global BM25 score (up to the average page length, which is
per index too); for several words it is the usual approximation that each word's share of the score follows its
IDF. The constant bonuses of the ranking (spelling, compounds: :mod:`~wikidesk.core.search.ranking`) are small and
get the same factor. Then all hits are sorted by that score, once. See ``docs/benchmarks/search.md``, "Several
wikis".
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.search import schema as s
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.results import Hit

_FILTER = re.compile(r"^-|^\w+:")  # -excluded words and field filters do not score


@dataclass(frozen=True)
class WikiHit:
    """A hit and the wiki it is in."""

    hit: Hit
    wiki: str  # the wiki's display name
    folder: str  # the wiki's folder
    score: float  # the score in the combined ranking

    def to_json(self) -> dict[str, Any]:
        data = self.hit.to_json()
        data["score"] = round(self.score, 4)
        data["wiki"] = self.wiki
        data["wiki_folder"] = self.folder
        return data


@dataclass(frozen=True)
class MultiResults:
    query: str
    hits: list[WikiHit]
    total: int
    suggestion: str | None = None
    fuzzy: bool = False
    notes: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0
    wikis: list[str] = field(default_factory=list)  # names of the wikis searched

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "total": self.total, "suggestion": self.suggestion, "fuzzy": self.fuzzy,
                "notes": list(self.notes), "elapsed_ms": round(self.elapsed_ms, 2), "wikis": list(self.wikis),
                "hits": [h.to_json() for h in self.hits]}


def scoring_terms(query: str) -> list[str]:
    """The query's scoring words as the ``words`` field stores them (filters and ``-`` words left out)."""
    words = [w.strip('"()*') for w in query.split() if w not in ("OR", "AND") and not _FILTER.match(w)]
    terms: list[str] = []
    for word in words:
        for term in s.fold_stem_tokens(word):
            if term not in terms:
                terms.append(term)
    return terms


def idf(num_docs: int, doc_freq: int) -> float:
    return math.log(1.0 + (num_docs - doc_freq + 0.5) / (doc_freq + 0.5))


def idf_factors(stats: Sequence[tuple[int, dict[str, int]]]) -> list[float]:
    """Per wiki, the factor that moves its scores to global IDF: ``stats`` is each wiki's ``(pages, {term: pages
    with it})``."""
    total_docs = sum(n for n, _ in stats)
    global_df: dict[str, int] = {}
    for _, freqs in stats:
        for term, df in freqs.items():
            global_df[term] = global_df.get(term, 0) + df
    factors = []
    for num_docs, freqs in stats:
        present = [t for t, df in freqs.items() if df > 0]
        local = sum(idf(num_docs, freqs[t]) for t in present)
        wanted = sum(idf(total_docs, global_df[t]) for t in present)
        factors.append(wanted / local if local > 0 else 1.0)
    return factors


def search_all(indexes: Sequence[tuple[str, str, SearchIndex]], query: str, *, limit: int = 10,
               offset: int = 0) -> MultiResults:
    """Search every ``(name, folder, index)`` and rank the hits together (see the module's text)."""
    started = time.perf_counter()
    depth = offset + limit
    terms = scoring_terms(query)
    stats: list[tuple[int, dict[str, int]]] = []
    answers = []
    for _name, _folder, index in indexes:
        searcher = index.searcher()
        stats.append((searcher.num_docs, {t: searcher.doc_freq(s.WORDS, t) for t in terms}))
        answers.append(index.search(query, limit=depth, offset=0))
    factors = idf_factors(stats)
    merged: list[WikiHit] = []
    notes: list[str] = []
    total, suggestion, fuzzy = 0, None, False
    for (name, folder, _index), results, factor in zip(indexes, answers, factors, strict=True):
        total += results.total
        notes.extend(n for n in results.notes if n not in notes)
        suggestion = suggestion or results.suggestion
        fuzzy = fuzzy or (results.fuzzy and bool(results.hits))
        merged.extend(WikiHit(hit, name, folder, hit.score * factor) for hit in results.hits)
    merged.sort(key=lambda h: (-h.score, h.hit.title.casefold(), h.wiki))
    return MultiResults(query=query, hits=merged[offset:offset + limit], total=total, suggestion=suggestion,
                        fuzzy=fuzzy, notes=notes, elapsed_ms=(time.perf_counter() - started) * 1000,
                        wikis=[name for name, _, _ in indexes])
