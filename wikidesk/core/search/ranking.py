"""Every weight that ranks search hits, and how a hit's score is made from them.

A hit's score is made in three steps:

1. **In the index** (when a page is indexed, :mod:`~wikidesk.core.search.document`): a page's tags are written
   :data:`TAG_REPEAT` times and its headings :data:`HEADING_REPEAT` times into the ``words`` field, so tantivy's
   BM25 counts a word there as more frequent than the same word once in the body (field boosting by repetition,
   the usual stand-in for BM25F in a single field). These two are part of the index: changing them needs a new
   ``SCHEMA_VERSION`` (:mod:`~wikidesk.core.search.schema`), so that existing indexes are rebuilt.

2. **In the query** (:mod:`~wikidesk.core.search.query_builder`): the BM25 score of each clause, multiplied by its
   boost, summed over the clauses a page matches. For a plain word:

   - the ``words`` term gives the main score;
   - a title hit adds the ``title_key`` term times :data:`BOOST_TITLE` (title hits rank above body hits);
   - when some pages spell the word with accents and others without, the spelling as typed gains the constant
     :data:`BOOST_SPELLING`: typed with accents, the accented pages get it as a bonus; typed without, every page
     with the word gets it and the accented ones lose it again (a penalty of the same size), so no page's score
     goes below what the word alone gives it;
   - when some pages have the word only in another form (``arkivet`` for ``arkiv``), the pages with the form as
     typed (accents aside) gain the constant :data:`BOOST_EXACT`;
   - when some page has the word as a part of a longer word (a compound such as ``arkivsystemet`` or
     ``videokamera``, a derived word such as ``arkivering``; see :mod:`~wikidesk.core.search.compounds`), or a
     compound ending in the word (``strategi`` → ``kommunikasjonsstrategien``), the ``keys``
     term decides which pages match and gives each the constant :data:`BOOST_COMPOUND`, below any real hit on
     the word itself; the word's own clauses above only add to it. Among the pages that only contain the word,
     the ``inside`` term (how often the page uses the word inside longer words, by BM25) times
     :data:`BOOST_INSIDE` breaks the tie: small enough to stay below a real hit (at most ~0.06 at 100,000 pages),
     and a page that has the word has no such term, so its score never changes.

   Phrases score on the exact-word fields, their title clause times :data:`BOOST_TITLE`; ``title:`` words times
   :data:`BOOST_TITLE` (stemmed title) and :data:`BOOST_TITLE_PLAIN` (exact title words); a prefix (``print*``)
   times :data:`BOOST_PREFIX_TITLE` in the title and :data:`BOOST_PREFIX_BODY` in the text; the typo-tolerant
   retry weighs exact title words by :data:`BOOST_TITLE_PLAIN` and stemmed ones by :data:`BOOST_TITLE`. Filters
   (``tag:``, ``space:``, ``modified:``, …) and the common-word pairs a longer phrase must contain score
   :data:`NO_SCORE`: they choose pages, never rank them.

3. **After the search** (:mod:`~wikidesk.core.search.searching`): the best :data:`RERANK_DEPTH` hits (or more,
   when a later page of results is asked for) are multiplied by :func:`recency_factors`, between 1 and
   ``1 + RECENCY_BOOST``, the bonus halving every :data:`RECENCY_HALF_LIFE_DAYS` days since the page changed,
   and sorted again. A query of filters only is not scored: its hits come newest first.
"""

from __future__ import annotations

import math

# --- 1. in the index: field boosting by repetition in ``words`` (a change needs a new SCHEMA_VERSION) ---------------
TAG_REPEAT = 4  # a tag is written this many times
HEADING_REPEAT = 2  # a heading counts this many times (it is in the body once already)

# --- 2. in the query: clause boosts and constant scores ---------------------------------------------------------
BOOST_TITLE = 4.0  # a title hit (word, phrase, ``title:`` word, typo correction)
BOOST_TITLE_PLAIN = 2.5  # an exact title word (``title:`` words, typo corrections)
BOOST_SPELLING = 0.75  # constant: added to pages that spell a word as the query does (with or without accents)
BOOST_COMPOUND = 0.15  # constant: a page found through a compound ending in the word; always below a real hit
BOOST_EXACT = 0.1  # constant: pages with the word as typed, when some have only other forms of it (a tie-break)
BOOST_INSIDE = 0.005  # the BM25 of how often a page uses a word only inside longer words (a tie-break among them)
BOOST_PREFIX_TITLE = 2.0  # a prefix (``print*``) matched in the title
BOOST_PREFIX_BODY = 0.8  # a prefix matched in the text
NO_SCORE = 0.0  # constant: filters, and the common-word pairs a longer phrase must contain

# --- 3. after the search: a slight preference for recent pages -------------------------------------------------
RERANK_DEPTH = 50  # the best this many hits are re-ranked for recency
RECENCY_BOOST = 0.12  # a page changed today scores up to 12% higher than a very old one
RECENCY_HALF_LIFE_DAYS = 180.0


def recency_factors(modified: list, now: float) -> list[float]:
    """The score factor of each page for how recently it changed (one pass: 50 of these per query)."""
    rate = math.log(2) / (RECENCY_HALF_LIFE_DAYS * 86400.0)
    exp = math.exp
    return [1.0 + RECENCY_BOOST * exp(min(0.0, float(m or 0) - now) * rate) for m in modified]
