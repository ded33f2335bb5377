"""Compounds and word parts (issue 20): a query word finds the longer words it is the first or last part of, in
any inflection, ranked below the word itself and its inflections; the typo-tolerant retry stays out of it."""

from __future__ import annotations

import pytest

from tests.search.conftest import doc, ids
from wikidesk.core.search import compounds
from wikidesk.core.search import schema as s

ISSUE_PAGES = (
    doc("video", "Videokamera til møterommet", "Vi har kjøpt et videokamera til møterommet i andre etasje."),
    doc("byarkiv", "Byarkivet tar imot arkivsystemet", "Byarkivet tar imot det gamle arkivsystemet neste uke."),
    doc("rutiner", "Rutiner for arkivering", "Slik gjør vi arkivering av saker og dokumenter."),
    doc("kamera", "Kameraet er ødelagt", "Kameraet på lageret virker ikke lenger."),
)


@pytest.fixture
def issue_index(make_index):
    return make_index(*ISSUE_PAGES, doc("referat", "Møtereferat fra styret", "Referat fra styremøtet i mars."))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("arkiv", {"byarkiv", "rutiner"}),  # last part after by-, first part, and arkivering (arkiver + ing)
        ("kamera", {"kamera", "video"}),  # an inflection (kameraet) and a last part (videokamera)
        ("møte", {"video", "referat"}),  # first parts: møterommet, Møtereferat
        ("mote", {"video", "referat"}),  # the same without æøå
        ("arkivene", {"byarkiv", "rutiner"}),  # another inflection of the part
        ("referat", {"referat"}),
        ("system", {"byarkiv"}),  # the last part, inflected: arkivsystemet
    ],
)
def test_a_word_finds_the_words_it_is_a_part_of(issue_index, query, expected):
    results = issue_index.search(query)
    assert set(ids(results)) == expected
    assert not results.fuzzy and results.suggestion is None


def test_the_word_ranks_above_its_inflections_above_the_words_containing_it(make_index):
    index = make_index(
        doc("compound", "Notat a", "Videokamera til møterommet."),
        doc("inflected", "Notat b", "Kameraet er ødelagt."),
        doc("word", "Notat c", "Et kamera er kjøpt."),
    )
    assert ids(index.search("kamera")) == ["word", "inflected", "compound"]
    index = make_index(
        doc("compound", "Notat a", "Byarkivet tar imot arkivsystemet."),
        doc("inflected", "Notat b", "Arkivet er stengt."),
        doc("word", "Notat c", "Et arkiv for alle."),
        name="arkiv",
    )
    assert ids(index.search("arkiv")) == ["word", "inflected", "compound"]


def test_parts_are_marked_in_snippets_and_titles(issue_index):
    results = issue_index.search("kamera")
    marked = {h.page_id: [h.snippet[a:b] for a, b in h.highlights] for h in results.hits}
    assert marked == {"kamera": ["Kameraet"], "video": ["videokamera"]}
    titles = {h.page_id: [h.title[a:b] for a, b in h.title_highlights] for h in results.hits}
    assert titles == {"kamera": ["Kameraet"], "video": ["Videokamera"]}


def test_a_word_with_parts_found_gets_no_typo_guess(make_index):
    index = make_index(*ISSUE_PAGES, doc("other", "Kameler i ørkenen", "Kamelen går langt uten vann."))
    results = index.search("kamera")
    assert set(ids(results)) == {"kamera", "video"}
    assert not results.fuzzy


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("arkivsystemet", ("arkiv", "systemet")),
        ("videokamera", ("video", "kamera")),
        ("byarkivet", ("byarkiv",)),  # byarkiv + the ending et; byarkiv splits again
        ("byarkiv", ("by", "arkiv")),
        ("kommunikasjonsstrategien", ("kommunikasjons", "strategien")),  # kommunikasjon + s, split again below
        ("barnehage", ("barne", "hage")),
        ("moterommet", ("mote", "rommet")),
        ("kameraet", ("kamera",)),  # kamera + the ending et
        ("arkivering", ("arkiver",)),  # arkiver + the ending ing
        ("informasjon", ()),  # in + formasjon: a known word much more common than its parts stays whole
        ("maskin", ()),  # må + skin
        ("kommune", ()),
    ],
)
def test_splits(word, parts):
    assert compounds.split(word) == parts


def test_parts_of_parts():
    assert compounds.parts("kommunikasjonsstrategien") == (
        "kommunikasjons",
        "kommunikasjon",
        "strategien",
        "strategi",
    )
    assert {"by", "arkiv"} <= set(compounds.parts("byarkivet"))


def test_part_keys_of_short_stems_are_the_word_as_written():
    assert s.fold_stem_tokens("kamera") == ["kam"]  # the stemmer's term is too short to be a part
    assert s.part_key("kamera") == "kamera" and s.part_key("arkivet") == "arkiv"
    assert s.part_key("by") is None
    keys = set(s.keys_value([s.folded_tokens("videokamera byarkivet")]).split())
    assert {"kamera", "video", "arkiv", "byarkiv"} <= keys
