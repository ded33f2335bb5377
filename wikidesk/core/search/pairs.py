"""Common-word pairs ("common grams"): exact phrases with a very common word, answered by one term lookup.

A phrase like ``"og bekreft"`` made tantivy intersect two posting lists and then read the positions of ``og`` (a
few dozen in nearly every page) in every page that has both words: ~0.35 ms at 100,000 pages, over half of such a
search. The ``pairs`` field holds, for each page, every two adjacent words of which at least one is in
:data:`COMMON` (``og_bekreft``), so that phrase becomes one short posting list. Pairs of two uncommon words are
not indexed: their posting lists are short, so the positional phrase is already fast, and indexing every pair
would multiply the dictionary. This is the "common grams" technique of Lucene and Solr.

Adjacency is what tantivy's ``simple`` tokenizer sees in the ``plain`` field: alphanumeric runs, with a token of
:data:`~schema.MAX_TOKEN` bytes or more dropped and leaving a gap, and no pair across two values of the field.
Pairs are made from the folded words, so whether a word is common is decided on its folded form on both sides, and
``pa meldingen`` finds ``på meldingen``.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable
from itertools import compress, pairwise

from wikidesk.core.search import schema as s

# Norwegian bokmål and nynorsk, and English, function words, folded (å → a, ø → o, æ → ae) as the index folds.
COMMON = frozenset(
    """
    og i jeg det at en et den til er som pa de med han av ikke ikkje der sa var meg seg men ett har om vi min mitt
    ha hadde hun na over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv her alle vil bli ble
    blitt kunne inn nar vaere kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot a
    hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke mellom var hver hvem hvis bade bare enn
    fordi mange ogsa slik vaert begge siden hos under mye mer mest ma fa nye ny andre annen annet hele helt to tre
    dei eg ein eit ho ikkje korleis kva kvar kven kvifor me medan mykje no noko nokre sidan so um vere vert vart
    the a an of to in and is are was were be been being for on with as by at from this that these those it its or
    not no but if then than so such there their they them he she his her we our you your i my me do does did have
    has had will would can could should may might must shall into out up down about over under after before all any
    each more most other some only own same too very what which who whom when where why how also just via per
    """.split()
)
_SEPARATOR = "_"


def _fits(token: str) -> bool:
    """Whether the ``plain`` field keeps the token (tantivy drops tokens of MAX_TOKEN bytes or more)."""
    return len(token.encode("utf-8")) < s.MAX_TOKEN


def common_pairs(values: Iterable[list[str]]) -> str:
    """The ``pairs`` field value of a page whose ``plain`` field values have the words ``values`` (each from
    :func:`~schema.folded_tokens`): space-separated pair tokens. Written with C-level iteration (``map``,
    ``compress``): a page has ~200 pairs, and this runs in the parse workers for every page of a build."""
    out: list[str] = []
    for words in values:
        if len(words) < 2:
            continue
        common = list(map(COMMON.__contains__, words))
        wanted = list(map(operator.or_, common, common[1:]))
        longest = max(map(len, words))
        if longest * 4 >= s.MAX_TOKEN and (longest >= s.MAX_TOKEN or not "".join(words).isascii()):
            kept = [_fits(w) for w in words]  # a dropped token leaves a gap: no pair across it
            wanted = [w and a and b for w, a, b in zip(wanted, kept, kept[1:])]  # noqa: B905 - one shorter
        out += map(_SEPARATOR.join, zip(compress(words, wanted), compress(words[1:], wanted)))  # noqa: B905
    return " ".join(out)


def phrase_pairs(folds: list[str]) -> list[str]:
    """The ``pairs`` terms a phrase of folded tokens (from :func:`~schema.plain_tokens`) must have: its adjacent
    pairs with a common word."""
    return [a + _SEPARATOR + b for a, b in pairwise(folds) if a in COMMON or b in COMMON]
