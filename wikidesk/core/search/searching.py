"""One search, start to finish: parse, query, rank (with a slight preference for recent pages, see
:mod:`~wikidesk.core.search.ranking`), snippets, and the typo-tolerant second try with "did you mean" when nothing
matched."""

from __future__ import annotations

import time

import tantivy

from wikidesk.core.search import fuzzy
from wikidesk.core.search import schema as s
from wikidesk.core.search.query_builder import BuiltQuery, QueryBuilder
from wikidesk.core.search.query_parser import Node, parse
from wikidesk.core.search.ranking import RERANK_DEPTH, recency_factors
from wikidesk.core.search.results import Hit, SearchResults
from wikidesk.core.search.snippets import highlighter_for
from wikidesk.core.search.texts import PageTexts, StoredPage


class DocFreqs:
    """``searcher.doc_freq`` remembered for one index generation (the words of a query typed letter by letter are
    looked up again on every keystroke)."""

    def __init__(self, searcher: tantivy.Searcher):
        self.searcher = searcher
        self.memo: dict[tuple[str, str], int] = {}

    def __call__(self, field_name: str, term: str) -> int:
        key = (field_name, term)
        n = self.memo.get(key)
        if n is None:
            if len(self.memo) > 50_000:
                self.memo.clear()
            n = self.memo[key] = self.searcher.doc_freq(field_name, term)
        return n

    def has_unlisted(self, prefix: str) -> bool:
        """Whether some page has a long unlisted word that begins with ``prefix`` (see :func:`s.has_unlisted`)."""
        key = (s.UNLISTED, prefix)  # no field has this name
        n = self.memo.get(key)
        if n is None:
            n = self.memo[key] = int(s.has_unlisted(self.searcher, prefix))
        return bool(n)


def _ranked(searcher: tantivy.Searcher, built: BuiltQuery, limit: int, offset: int) -> tuple[list, int]:
    """``([(score, address), ...], total)`` for one page of results."""
    assert built.query is not None
    if built.filter_only:
        result = searcher.search(built.query, limit, offset=offset, order_by_field=s.MODIFIED)
        return [(0.0, a) for _, a in result.hits], result.count
    depth = max(offset + limit, RERANK_DEPTH)
    result = searcher.search(built.query, depth)
    hits = result.hits
    if hits:
        now = time.time()
        modified = searcher.fast_field_values(s.MODIFIED, [a for _, a in hits])
        factors = recency_factors(modified, now)
        hits = [(score * f, a) for (score, a), f in zip(hits, factors, strict=True)]
        hits.sort(key=lambda h: -h[0])
    return hits[offset : offset + limit], result.count


def _fuzzy_retry(
    searcher: tantivy.Searcher,
    schema: tantivy.Schema,
    store: PageTexts,
    node: Node,
    built: BuiltQuery,
    *,
    text: str,
    page: tuple[int, int],
    doc_freq: DocFreqs,
) -> tuple[BuiltQuery, list, int, str | None] | None:
    limit, offset = page
    corrections = fuzzy.corrections(searcher, built.words)
    if not corrections:
        return None
    retry = QueryBuilder(schema, corrections, doc_freq).build(node)
    if retry.query is None:
        return None
    hits, total = _ranked(searcher, retry, limit, offset)
    if not total:
        return None
    pages = _pages(searcher, store, hits[:5])
    texts = [f"{p.title}\n{p.text}" for p in pages if p is not None]
    replacements = {}
    for word, fix in corrections.items():
        best = fix.best
        if fix.distance > 1:  # learn which words the fuzzy automaton matched, to mark and suggest them
            near = fuzzy.words_near(texts, word, fix.distance)
            retry.highlight.folds.update(f for w in near for f in s.plain_tokens(w))
            best = near[0] if near else ""
        if best:
            replacements[word] = fuzzy.surface_form(texts, best)
    suggestion = fuzzy.suggestion_text(text, replacements) if replacements else None
    return retry, hits, total, suggestion


def _pages(searcher: tantivy.Searcher, store: PageTexts, ranked: list) -> list[StoredPage | None]:
    if not ranked:
        return []
    offsets = searcher.fast_field_values(s.TEXT_AT, [a for _, a in ranked])
    return [store.read(o or 0) for o in offsets]


def _hits(searcher: tantivy.Searcher, store: PageTexts, ranked: list, built: BuiltQuery, chars: int) -> list[Hit]:
    """One :class:`Hit` per ``(score, address)``: stored values, marked title and snippet."""
    highlighter = highlighter_for(built.highlight)
    out = []
    for (score, _), page in zip(ranked, _pages(searcher, store, ranked), strict=True):
        if page is None:  # the texts file lost this record (damaged): the next open rebuilds the index
            continue
        snippet = highlighter.snippet(page.text, page.sections, chars)
        out.append(
            Hit(
                page_id=page.page_id,
                path=page.path,
                title=page.title,
                score=float(score),
                snippet=snippet.text,
                highlights=snippet.highlights,
                space=page.space,
                tags=page.tags,
                modified=page.modified,
                heading=snippet.heading,
                title_highlights=highlighter.mark(page.title),
            )
        )
    return out


def run_search(
    searcher: tantivy.Searcher,
    schema: tantivy.Schema,
    store: PageTexts,
    text: str,
    *,
    limit: int = 10,
    offset: int = 0,
    snippet_chars: int = 200,
    doc_freq: DocFreqs | None = None,
) -> SearchResults:
    """Run one query; ``doc_freq`` may carry term counts remembered for this searcher's index generation."""
    started = time.perf_counter()
    limit = max(0, min(int(limit), 1000))
    offset = max(0, int(offset))
    node = parse(text)
    doc_freq = doc_freq or DocFreqs(searcher)
    built = QueryBuilder(schema, doc_freq=doc_freq).build(node)
    if built.query is None:
        return SearchResults(text, [], 0, notes=built.notes, elapsed_ms=(time.perf_counter() - started) * 1000)
    hits, total = _ranked(searcher, built, limit, offset)
    suggestion, is_fuzzy = None, False
    if total == 0 and built.words:
        retry = _fuzzy_retry(searcher, schema, store, node, built, text=text, page=(limit, offset), doc_freq=doc_freq)
        if retry is not None:
            built, hits, total, suggestion = retry
            is_fuzzy = True
    out = _hits(searcher, store, hits, built, snippet_chars)
    elapsed = (time.perf_counter() - started) * 1000
    return SearchResults(text, out, total, suggestion, is_fuzzy, built.notes, elapsed)
