"""The competence search over all of a person's wikis: one ranking, each person once, each reason with its wiki.

Each wiki's own search finds its pages (:func:`~.evidence.ranked_pages`), and its scores are moved to the scale of
one index over all the wikis the way ``search --all`` does it (:func:`wikidesk.core.search.multi.idf_factors`: the
query words' rarity over every wiki), so a page's relevance means the same whichever wiki it is in. Then the
people ranking runs once over all of them (:func:`~.ranking.rank`); someone who writes in two wikis is one person
(:mod:`.identity`), ranked from what they wrote in both.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from wikidesk.core.people.directory import PeopleDirectory
from wikidesk.core.people.evidence import ranked_pages
from wikidesk.core.people.ranking import DEPTH, PeopleResults, Source, WikiLabel, rank
from wikidesk.core.search import schema as s
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.multi import idf_factors, scoring_terms


@dataclass(frozen=True)
class WikiPeople:
    """One wiki to search: its display name and folder, its people directory and its search index."""

    name: str
    folder: str
    directory: PeopleDirectory
    index: SearchIndex


def find_people_everywhere(wikis: Sequence[WikiPeople], query: str, limit: int = 10,
                           now: float | None = None) -> PeopleResults:
    """The people of every wiki in ``wikis`` who know most about ``query``, in one ranking."""
    started = time.perf_counter()
    text = query.strip()
    if not text or not wikis:
        return PeopleResults(query, [], wikis=[w.name for w in wikis])
    terms = scoring_terms(text)
    stats: list[tuple[int, dict[str, int]]] = []
    found = []
    for wiki in wikis:
        searcher = wiki.index.searcher()
        stats.append((searcher.num_docs, {t: searcher.doc_freq(s.WORDS, t) for t in terms}))
        found.append(ranked_pages(wiki.index, text, DEPTH))
    sources = [Source(w.directory, results, factor, WikiLabel(w.name, w.folder))
               for w, results, factor in zip(wikis, found, idf_factors(stats), strict=True)]
    return rank(sources, query, limit, now, started)
