"""The pages a competence query finds: the wiki's own search, without what only a person reading hits needs.

:meth:`SearchIndex.search` makes a marked snippet for every hit (~30 µs each); the people ranking takes the top
:data:`~.ranking.DEPTH` pages and needs only their id, path and score. This runs the same query parser, query
builder (Norwegian stemming, compound endings, accents) and tantivy scoring over the same index, and reads each
hit's page id and path from the index's own page records. When nothing matches it falls back to the full search,
which retries typo-tolerantly and says what it searched for instead. Read-only; a candidate for a public method
of :class:`~wikidesk.core.search.index.SearchIndex` (``ranked_pages(text, limit)``).
"""

from __future__ import annotations

import time

from wikidesk.core.search import schema as s
from wikidesk.core.search.index import SearchIndex
from wikidesk.core.search.query_builder import QueryBuilder
from wikidesk.core.search.query_parser import parse
from wikidesk.core.search.results import Hit, SearchResults


def ranked_pages(index: SearchIndex, text: str, limit: int) -> SearchResults:
    """The best ``limit`` pages for ``text`` with their scores (hits without snippets)."""
    started = time.perf_counter()
    searcher = index.searcher()
    built = QueryBuilder(index.schema, doc_freq=index.doc_freqs(searcher)).build(parse(text))
    if built.query is None:
        return SearchResults(text, [], 0, notes=built.notes)
    result = searcher.search(built.query, limit)
    if not result.hits:
        return index.search(text, limit=limit, snippet_chars=0)
    offsets = searcher.fast_field_values(s.TEXT_AT, [a for _, a in result.hits])
    hits = []
    for (score, _), offset in zip(result.hits, offsets, strict=True):
        page = index.texts.read(int(offset or 0))
        if page is not None:
            hits.append(Hit(page.page_id, page.path, page.title, float(score), "", [], page.space, page.tags,
                            page.modified))
    return SearchResults(text, hits, result.count, notes=built.notes,
                         elapsed_ms=(time.perf_counter() - started) * 1000)
