"""Searches on the real Norwegian corpus (~600 pages of Digdir documentation), built once per session."""

from __future__ import annotations


def test_all_pages_indexed(corpus_index):
    assert corpus_index.num_docs > 500 and corpus_index.build_complete


def test_compound_words_found_by_their_last_part(corpus_index):
    results = corpus_index.search("sertifikat", limit=50)
    words = {h.snippet[a:b].lower() for h in results.hits for a, b in h.highlights}
    assert {"virksomhetssertifikat", "virksomhetssertifikatet"} <= words  # the compound, inflected and not
    assert any(w.startswith("sertifikat") for w in words)


def test_inflections_and_folding_on_real_text(corpus_index):
    plain = corpus_index.search("sertifikatene")  # a form that may not occur, but its stem does
    assert plain.total > 0 and not plain.fuzzy
    folded = corpus_index.search("tjenesteeier OR tjenestaeier")
    assert folded.total > 0


def test_product_names_rank_their_own_pages_first(corpus_index):
    results = corpus_index.search("eSignering")
    assert results.hits and "signering" in results.hits[0].title.lower() + results.hits[0].path.lower()


def test_typo_on_real_text(corpus_index):
    results = corpus_index.search("integrasjonspunkte")
    assert results.total > 0
    results = corpus_index.search("maskinportne")
    assert results.fuzzy and results.suggestion == "maskinporten"


def test_snippets_never_show_markdown_or_liquid(corpus_index):
    results = corpus_index.search("konfigurasjon", limit=30)
    for hit in results.hits:
        assert "{%" not in hit.snippet and "](" not in hit.snippet
        for a, b in hit.highlights:
            assert 0 <= a < b <= len(hit.snippet)
