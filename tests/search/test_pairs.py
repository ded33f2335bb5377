"""Phrases with a common word are answered from the ``pairs`` field, and find exactly what positions would."""

from __future__ import annotations

import random
import re

import tantivy

from tests.search.conftest import doc, ids
from wikidesk.core.search import schema
from wikidesk.core.search.pairs import common_pairs, phrase_pairs


def pairs_of(*texts: str) -> list[str]:
    return common_pairs([schema.folded_tokens(t) for t in texts]).split()


def test_pairs_are_adjacent_words_with_a_common_word():
    assert pairs_of("Søknaden sendes til personalavdelingen og bekreftes.") == [
        "sendes_til", "til_personalavdelingen", "personalavdelingen_og", "og_bekreftes",
    ]


def test_common_is_decided_on_the_folded_word():
    assert "pa_motet" in pairs_of("Vi ses på møtet.")  # "på" folds to the common "pa"
    assert phrase_pairs(schema.plain_tokens("pa motet")) == ["pa_motet"]


def test_no_pair_across_values_or_a_dropped_long_word():
    assert pairs_of("slutt og", "og start") == ["slutt_og", "og_start"]
    long_word = "x" * 45  # the plain field drops it and leaves a gap
    assert pairs_of(f"og {long_word} start") == []


def test_phrase_with_common_word_found_through_pairs(make_index):
    index = make_index(
        doc("a", "Møter", "Husk å bekrefte på møtet i dag."),
        doc("b", "Annet", "Møtet på fredag ble avlyst."),
        doc("c", "Tredje", "Bekrefte møtet på nytt."),
    )
    assert ids(index.search('"på møtet"')) == ["a"]
    assert ids(index.search('"pa motet"')) == ["a"]  # folded, like the plain field
    assert sorted(ids(index.search('"møtet på"'))) == ["b", "c"]
    assert ids(index.search('"bekrefte på møtet"')) == ["a"]
    assert ids(index.search('"møtet på fredag"')) == ["b"]
    assert sorted(ids(index.search('møtet -"på møtet"'))) == ["b", "c"]
    hit = index.search('"på møtet"').hits[0]
    assert [hit.snippet[a:b] for a, b in hit.highlights] == ["på møtet"]


def test_pairs_find_exactly_what_positions_find_on_the_corpus(corpus_index):
    """Every phrase drawn from real pages: the pairs field gives the same pages as a positional phrase query."""
    searcher = corpus_index.searcher()
    sample = searcher.search(tantivy.Query.all_query(), 200).hits
    rng = random.Random(7)
    tried = 0
    for _, address in rng.sample(sample, 120):
        page = corpus_index.page(address, searcher)
        assert page is not None
        sentences = [x for x in re.split(r"[.!?\n]", page.text) if len(schema.plain_tokens(x)) >= 3]
        if not sentences:
            continue
        words = schema.plain_tokens(rng.choice(sentences))
        for size in (2, 3):
            i = rng.randrange(len(words) - size + 1)
            folds = words[i : i + size]
            if not phrase_pairs(folds):
                continue
            positional = tantivy.Query.phrase_query(schema.build_schema(), schema.PLAIN_TEXT, folds)
            expected = {corpus_index.page(a, searcher).page_id for _, a in searcher.search(positional, 1000).hits}
            found = corpus_index.search('"' + " ".join(folds) + '"', limit=1000)
            titles_only = {h.page_id for h in found.hits} - expected  # a title match is a match too
            assert expected <= {h.page_id for h in found.hits}, folds
            assert all(_title_has(h.title, folds) for h in found.hits if h.page_id in titles_only), folds
            tried += 1
    assert tried >= 60


def _title_has(title: str, folds: list[str]) -> bool:
    tokens = schema.plain_tokens(title)
    return any(tokens[i : i + len(folds)] == folds for i in range(len(tokens)))


def test_pairs_agree_with_positions_at_the_length_limit_and_odd_folding(make_index):
    """Words near the 40-byte limit (longer before folding than after) and letters that fold to capitals."""
    near = "arbeidsmiljøutvalgsmøtereferatarkivene"  # 40 bytes as written, 38 folded
    over = "personalhåndbokrevisjonsarbeidsgruppemøtene"  # over the limit either way
    index = make_index(
        doc("a", "Første", f"Se {near} og mer."),
        doc("b", "Andre", "Vi skriver ǧuovdu til deg."),
        doc("c", "Tredje", f"Dette gjelder {over} og mer."),
    )
    searcher = index.searcher()
    for phrase in (f"{near} og", "ǧuovdu til", "skriver ǧuovdu", f"gjelder {over} og", "og mer"):
        folds = schema.plain_tokens(phrase)
        positional = tantivy.Query.phrase_query(schema.build_schema(), schema.PLAIN_TEXT, folds)
        expected = sorted(index.page(a, searcher).page_id for _, a in searcher.search(positional, 10).hits)
        assert sorted(ids(index.search(f'"{phrase}"'))) == expected, phrase
    assert ids(index.search('"ǧuovdu til"')) == ["b"] and ids(index.search(f'"{near} og"')) == ["a"]
    assert sorted(ids(index.search('"og mer"'))) == ["a", "c"]
