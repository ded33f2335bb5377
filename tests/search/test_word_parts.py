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


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zqxv", ["word", "unlisted"]),  # the shortest beginning a part may be (4 letters)
        ("zqxvbnm", ["unlisted"]),  # the longest: 3 letters left behind it
        ("zqxvbnmkjh", ["unlisted"]),  # the word itself
        ("zqx", None),  # too short to be a part
        ("zqxvbnmk", None),  # 2 letters left: no part; None: nothing found, so the typo-tolerant retry answers
        ("qxvbnmkjh", None),  # no beginning, and as an ending it leaves 1 letter in front
    ],
)
def test_a_long_unlisted_word_is_found_by_its_beginnings_below_the_word_itself(make_index, query, expected):
    index = make_index(
        doc("unlisted", "Verktøy", "Vi bruker zqxvbnmkjh til migreringen."),
        doc("word", "Notat", "Zqxv er et ord på denne siden, zqxv igjen."),
        doc("other", "Annet", "Ingenting her om zqxvbn, for kort til å være et langt ord."),
    )
    results = index.search(query)
    assert results.fuzzy is (expected is None)
    if expected is not None:
        assert ids(results) == expected  # the page with the word ranks above the one with a longer word
    if expected and "unlisted" in expected:
        hit = next(h for h in results.hits if h.page_id == "unlisted")
        assert "zqxvbnmkjh" in [hit.snippet[a:b].lower() for a, b in hit.highlights]  # and marked in its snippet


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


def test_the_table_of_beginnings_gives_the_same_parts_as_looking_up_every_part(monkeypatch):
    words = [
        *list(compounds.lexicon()[0])[::50],
        *("arkivsystemet", "kommunikasjonsstrategien", "byarkivet", "barnehageplassene", "revokasjonsmulighet"),
        *("migreringsverktoy", "zqxvbnmkjhzq", "moterommene", "autorisasjonskodeflyt", "arbeidsmiljoloven"),
    ]
    assert max(compounds.lexicon()[0].values()) < compounds._ZIPF_BITS  # the table holds a Zipf in its low bits
    monkeypatch.setattr(compounds, "_SPLITS", [compounds.PRUNE_AFTER + 1])  # split uses the table
    with_table = [compounds.split.__wrapped__(w) for w in words]
    monkeypatch.setattr(compounds, "_SPLITS", [-(10**9)])  # split never reaches PRUNE_AFTER: no table
    assert [compounds.split.__wrapped__(w) for w in words] == with_table
    assert sum(map(bool, with_table)) > 300  # many of them split


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


# --- schema 9: inflected last parts, linking letters folding hides, words the list does not know -------------------


@pytest.mark.parametrize(
    ("query", "compound"),
    [
        ("koder", "Kildekoden ligger på GitHub."),  # a short term (kod): the part's base form, kode, is the key
        ("koden", "Vi bruker engangskoder ved innlogging."),
        ("lesere", "Støttede nettlesere er Firefox og Edge."),  # lesere, nettleser: both give lese
        ("dataene", "Metadataene oppdateres hver natt."),
        ("køen", "Meldingskøen er full."),  # melding + s + køen, not melding + skoen (folding: skøen, skoen)
        ("køen", "Se etter jobben i utskriftskøen."),
        ("enkelt", "Tjenesten er for enkeltpersoner."),  # an inflected known compound: enkeltperson + er
        ("mulighet", "Tjenesten har ingen revokasjonsmulighet."),  # revokasjon is unknown: the known ending counts
    ],
)
def test_inflected_and_hidden_parts_find_their_compounds(make_index, query, compound):
    index = make_index(doc("compound", "Notat", compound), doc("other", "Annet", "Ingenting å se her."))
    results = index.search(query)
    assert ids(results) == ["compound"]
    assert not results.fuzzy


def test_the_word_ranks_above_its_inflection_above_a_compound_for_a_short_term(make_index):
    index = make_index(
        doc("compound", "Notat a", "Kildekoden ligger på GitHub."),
        doc("inflected", "Notat b", "Koden er sjekket inn."),
        doc("word", "Notat c", "En kode for alle."),
    )
    assert ids(index.search("kode")) == ["word", "inflected", "compound"]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("koden", "kode"),
        ("kodene", "kode"),
        ("kode", "kode"),
        ("lesere", "lese"),
        ("dataene", "data"),
        ("motet", "mote"),  # møtet → møte, never mot (too short to be a key)
        ("kamera", "kamera"),  # kamer is no word
        ("video", "video"),  # vide + o: o is no ending
    ],
)
def test_base_forms_of_short_terms(word, base):
    assert s.base_form(word) == base


def test_a_linking_letter_is_read_both_ways_only_towards_a_word_as_common():
    assert "koen" in compounds.parts("meldingskoen")
    assert compounds.parts("kundesenter") == tuple(dict.fromkeys(compounds.parts("kundesenter")))
    assert "enter" not in compounds.parts("kundesenter")  # senter is the more common reading


def test_pages_that_only_contain_a_word_rank_by_how_often_they_use_it(make_index):
    index = make_index(
        doc("once", "Notat a", "Bruksmønsteret er nytt. " + "Annen tekst her. " * 5),
        doc("often", "Notat b", "Bruksmønsteret og løsningsmønsteret, samhandlingsmønsteret. " + "Tekst. " * 3),
        doc("word", "Notat c", "Et mønster."),
        doc("beside", "Notat d", "Beskjeden kom fram."),  # kjede only as an ending of a word the list knows
        doc("chain", "Notat e", "Verdikjeden er lang. Verdikjeder finnes overalt."),
    )
    assert ids(index.search("mønster")) == ["word", "often", "once"]
    scores = {h.page_id: h.score for h in index.search("mønster").hits}
    assert scores["often"] > scores["once"]
    assert ids(index.search("kjede"))[0] == "chain"


def test_the_inside_field_holds_only_words_the_page_does_not_have_itself():
    _, _, inside = s.page_terms([s.folded_tokens("Arkivsystemet og arkivsystemet, arkivmappene. Et system.")])
    assert sorted(inside.split()) == ["arkiv", "arkiv", "mapp"]  # once for each different word it is part of


def test_the_sorted_word_list_answers_as_the_dict_does():
    from wikidesk.core.search import compounds

    words, endings = compounds.lexicon()
    sorted_words, sorted_endings = compounds._sorted()
    assert sorted_endings == endings
    assert all(sorted_words.get(w) == z for w, z in words.items())
    probes = ["", "a", "zzzzzzz", *(w[:-1] for w in list(words)[::13]), *(w + "q" for w in list(words)[::17])]
    assert [sorted_words.get(p) for p in probes] == [words.get(p) for p in probes]
    assert sorted_words.starting_with("arkivsyst", 20) == sorted(w for w in words if w.startswith("arkivsyst"))


def test_a_few_lookups_give_the_same_keys_without_the_dict_of_the_word_list(monkeypatch):
    from wikidesk.core.search import compounds
    from wikidesk.core.search import schema as s

    words = ["arkivsystemet", "kommunikasjonsstrategien", "byarkivet", "migreringsverktoy", "kameraet", "zqxvbnmkjh"]
    with_dict = {w: s._word_keys(w) for w in words}
    terms = s.known_terms()
    monkeypatch.setattr(compounds, "_SPLITS", [0])
    compounds.lexicon.cache_clear()
    for fn in (compounds.split, compounds.parts, s.base_form):
        fn.cache_clear()
    assert not compounds.many_lookups()
    assert {w: s._word_keys(w) for w in words} == with_dict
    endings = sorted({w[i:] for w in list(terms)[::40] for i in range(0, len(w) - 3)})
    assert [e for e in endings if s.is_known_term(e) != (e in terms)] == []
    assert compounds.lexicon.cache_info().currsize == 0  # only the sorted lines were read
