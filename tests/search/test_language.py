"""Norwegian stemming, accent folding and compound words, on a real index."""

from __future__ import annotations

import sys

from tests.search.conftest import doc, ids
from wikidesk.core.search import schema


def test_analyzers_stem_and_fold_side_by_side():
    assert schema.stem_tokens("Kommunene kommunen kommune") == ["kommun"] * 3
    assert schema.stem_tokens("søknaden") == ["søknad"]
    assert schema.plain_tokens("Søk ÆØÅ") == ["sok", "aeoa"]


def test_inflected_forms_find_each_other(make_index):
    index = make_index(
        doc("a", "Møteplan", "Alle kommunene møtes i mars."),
        doc("b", "Budsjett", "Budsjettet for kommunen er klart."),
        doc("c", "Annet", "Ingenting om det her."),
    )
    assert sorted(ids(index.search("kommune"))) == ["a", "b"]
    assert sorted(ids(index.search("kommunenes"))) == ["a", "b"]
    assert ids(index.search("budsjettene")) == ["b"]


def test_unaccented_query_finds_accented_word_ranked_below_exact(make_index):
    index = make_index(
        doc("accented", "Om oss", "Her kan du søk etter skjema."),
        doc("plain", "Teknisk", "Feltet heter sok i databasen."),
    )
    # "sok" finds "søk" too, but the page that really says "sok" comes first ...
    assert ids(index.search("sok")) == ["plain", "accented"]
    # ... and a search for "søk" ranks the real "søk" above the folded look-alike.
    assert ids(index.search("søk")) == ["accented", "plain"]


def test_folding_in_titles(make_index):
    index = make_index(doc("a", "Årsrapport økonomi", "Tall og tekst."))
    assert ids(index.search("arsrapport")) == ["a"]
    assert ids(index.search("okonomi")) == ["a"]


def test_compound_word_found_by_its_last_part_ranked_below_the_word_itself(make_index):
    index = make_index(
        doc("compound", "Plan", "Kommunikasjonsstrategien ble vedtatt i 2025."),
        doc("word", "Notat", "Vi trenger en strategi for dette."),
        doc("other", "Annet", "Strategisk arbeid er noe annet."),
    )
    found = ids(index.search("strategi"))
    assert found == ["word", "compound"]  # "strategisk" is a different word, not a compound of "strategi"
    hit = index.search("strategi").hits[1]
    assert hit.snippet[slice(*hit.highlights[0])] == "Kommunikasjonsstrategien"


def _compound_pages():
    return (
        doc("both", "Notat", "Strategi og budsjett for neste år."),
        doc("first-compound", "Plan", "Kommunikasjonsstrategien og budsjett."),
        doc("second-compound", "Sak", "Strategi for driftsbudsjettet."),
        doc("all-compound", "Rapport", "Kommunikasjonsstrategien og driftsbudsjettet."),
        doc("one-word", "Annet", "Bare strategi her."),
    )


def test_several_words_each_found_as_a_word_or_inside_a_compound(make_index):
    index = make_index(*_compound_pages())
    result = index.search("strategi budsjett")
    found = [h.page_id for h in result.hits]
    assert result.total == 4
    assert found[0] == "both"  # every word itself ranks first; a page with only compounds ranks last
    assert found[-1] == "all-compound"
    assert set(found) == {"both", "first-compound", "second-compound", "all-compound"}
    assert ids(index.search("strategi budsjett tag:none")) == []


def test_every_word_of_a_long_query_may_be_inside_a_compound(make_index):
    index = make_index(
        doc("words", "Notat", "Strategi, budsjett, regnskap og skole."),
        doc("compounds", "Plan", "Kommunikasjonsstrategien, driftsbudsjettet, årsregnskapet, grunnskolen."),
        doc("three", "Sak", "Strategi, budsjett og regnskap."),
    )
    result = index.search("strategi budsjett regnskap skole")
    assert [h.page_id for h in result.hits] == ["words", "compounds"]
    assert result.total == 2


def test_keys_hold_every_word_term_and_the_endings_of_long_ones():
    from wikidesk.core.search import schema as s

    text = "Kommunikasjonsstrategien for skolen, «planen» og søket i 2026"
    keys = set(s.keys_value([s.folded_tokens(text), ["skolen"], s.folded_tokens(text)]).split())
    words = set(s.fold_stem_tokens(text))
    assert {k for k in words if s.is_compound_part(k)} <= keys  # every term a compound may end in
    assert not {"for", "og", "i", "2026"} & keys  # too short, or not letters: never looked up in keys
    # It splits into parts: of its endings (>= 4 letters, >= 3 in front) only those a query word can have, the
    # term of a listed word (strategi) or what follows a listed word (komm|unikasjonsstrategi).
    assert {"strategi", "unikasjonsstrategi"} <= keys
    assert not {"tegi", "ategi", "egi", "mmunikasjonsstrategi", "ommunikasjonsstrategi"} & keys
    assert not {"lan", "kol"} & keys  # short words have no endings


def test_a_long_word_without_parts_keeps_every_ending_and_its_term_marked_as_unlisted():
    from wikidesk.core.search import schema as s

    keys = set(s.keys_value([["zqxvbnmkjh"]]).split())  # no word of the list in it
    assert {"vbnmkjh", "bnmkjh", "nmkjh", "mkjh"} <= keys  # every ending, >= 3 letters in front
    assert "^zqxvbnmkjh" in keys  # the word list does not know it: its beginnings are looked up at query time
    assert not {"kjh", "qxvbnmkjh", "zqx", "zqxv", "zqxvbnm", "zqxvbnmk"} & keys  # no beginning is a term
    assert "^informasjon" not in set(s.keys_value([["informasjon"]]).split())  # a word of the list


def test_a_page_with_the_word_gains_nothing_from_also_having_a_compound(make_index):
    # Every page the word finds gets the same constant from the compound clause; having a compound as well as the
    # word adds nothing more. The compound-only page makes the query use the compound clause at all.
    index = make_index(
        doc("word", "Notat a", "Strategi budsjett kommunikasjonsplanen."),
        doc("word-and-compound", "Notat b", "Strategi budsjett kommunikasjonsstrategien."),
        doc("compound-only", "Notat c", "Budsjett og kommunikasjonsstrategien."),
    )
    for query in ("strategi", "strategi budsjett"):
        hits = index.search(query).hits
        scores = {h.page_id: round(h.score, 5) for h in hits}
        assert scores["word"] == scores["word-and-compound"], query
        assert hits[-1].page_id == "compound-only", query
        assert 0 < scores["compound-only"] < scores["word"], query


def test_compounds_are_marked_also_where_every_compound_page_has_the_word(make_index):
    index = make_index(
        doc("a", "Notat", "Kommunikasjonsstrategien bygger på en strategi."),
        doc("c", "Kommunikasjonsstrategi", "Vår strategi."),
    )
    hits = {h.page_id: h for h in index.search("strategi").hits}
    assert hits["a"].highlights == [(0, 24), (38, 46)]
    assert hits["c"].title_highlights == [(0, 22)]


def test_a_word_typed_without_accents_ranks_every_spelling_above_compounds(make_index):
    # "soknad" ranks "soknad" first, then "søknad" (even once in a long page), then pages with only a compound;
    # no score goes below zero (the recency factor multiplies scores).
    index = make_index(
        doc("plain", "Notat", "En soknad."),
        doc("accented", "Brev", "Søknad om permisjon. " + "Annen tekst her. " * 20),
        doc("compound-only", "Sak", "Jobbsøknaden er sendt."),
    )
    hits = index.search("soknad").hits
    assert [h.page_id for h in hits] == ["plain", "accented", "compound-only"]
    assert min(h.score for h in hits) > 0
    assert [h.page_id for h in index.search("søknad").hits] == ["accented", "plain", "compound-only"]


def test_endings_come_from_the_title_and_text_only(make_index):
    # An author, tag, space, file name or link target that ends in a word is not a compound of it.
    index = make_index(
        doc("text", "Tekst", "Grunnskolen og budsjett."),
        doc("title", "Grunnskolen", "Om budsjett."),
        doc("author", "Forfatter", "Om budsjett.", authors=("Kari Nordskolen",)),
        doc("tag", "Merke", "Om budsjett.", tags=("grunnskolen",)),
        doc("space", "Rom", "Om budsjett.", space="Grunnskolen"),
    )
    assert sorted(ids(index.search("skole"))) == ["text", "title"]
    assert sorted(ids(index.search("budsjett -skole"))) == ["author", "space", "tag"]
    assert ids(index.search("nordskolen")) == ["author"]  # the word itself is found wherever it is


def test_a_word_found_only_inside_compounds_is_not_corrected(make_index):
    index = make_index(
        doc("c", "Plan", "Kommunikasjonsstrategien og budsjett."),
        doc("s", "Sak", "Strategisk budsjett."),
    )
    result = index.search("strategi budsjet")  # a typo in the second word only
    assert result.fuzzy
    assert result.suggestion == "strategi budsjett"
    assert ids(result) == ["c"]


def test_keys_cache_can_be_replaced_while_another_thread_reads_it(monkeypatch):
    import threading

    from wikidesk.core.search import schema as s

    monkeypatch.setattr(s, "_KEYS_CACHE_MAX", 3)
    monkeypatch.setattr(s, "_KEYS_OF_WORD", [{}])
    errors: list[BaseException] = []

    def work(seed: int) -> None:
        try:
            for i in range(3000):
                s.keys_value([[f"kommunikasjons{seed}x{i % 97}strategi", f"ord{i % 13}plan"]])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors[:1]


def test_compound_needs_a_real_first_part(make_index):
    # "plan" must not match "plan" itself as a compound, only longer words ending in it.
    index = make_index(doc("a", "Kommuneplanen", "Planarbeid."), doc("b", "Plan", "Tekst."))
    assert ids(index.search("plan")) == ["b", "a"]


def test_english_words_are_searchable(make_index):
    index = make_index(doc("a", "Printer setup", "Configure the printers for the office."))
    assert ids(index.search("printer")) == ["a"]
    assert ids(index.search("configure office")) == ["a"]


def test_agent_nouns_meet_their_inflected_forms(make_index):
    index = make_index(doc("a", "Utstyr", "Skriveren og lederen."), doc("b", "Annet", "Skrivere og ledere."))
    assert sorted(ids(index.search("skriver"))) == ["a", "b"]
    assert sorted(ids(index.search("leder"))) == ["a", "b"]


def test_accented_field_holds_only_words_spelt_with_accents():
    text = "«Kommune» søknad–skjema 2–3 “sitat” ærlig e-post… naïve"
    assert sorted(schema.accented_words(text).split()) == ["naïve", "søknad", "ærlig"]
    assert schema.accented_words("Plain ASCII text only") == ""


def test_accented_field_covers_the_same_text_as_the_words_field():
    from wikidesk.core.search.document import IndexDoc, to_fields

    fields = to_fields(IndexDoc("a", "Rom/Side.md", "Side", [(None, "Tekst")], tags=("økonomi",),
                                authors=("Åse",), extra_text="Årsrapport"))
    assert sorted(fields[schema.ACCENTED].split()) == ["Årsrapport", "Åse", "økonomi"]


LONG = ["x" + "y" * 45, "ø" * 19, "ø" * 20]  # over the 40-byte limit as written, folded (oooo...) or both
ODD_TEXT = " ".join(
    [
        "Œuvre ﬁnanse ½ ʀadio Straße KOMMUNE-strategien «planen» ĳsselmeer naïve 𝔰𝔱𝔯𝔞𝔱𝔢𝔤𝔦 strategi2026",
        "Skriveren, skriverne og lederen; arbeidere søket SØKNADENE 3,14 e-post",
        *LONG,
        "kommunikasjonsstrategiplanleggingsverktøyene",
    ]
)


def test_word_terms_are_the_terms_tantivy_makes_of_the_text():
    from tests.search.conftest import CORPUS

    texts = [ODD_TEXT, "", "   ", "a", "Ærlig talt: ÅPENT møte 2026-01-31"]
    if CORPUS.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.rglob("*.md"))[:400]]
    words, ready = schema.analyzers()[schema.FOLD_STEM], schema.analyzers()[schema.WORD_TERMS]
    for text in texts:
        # In order and as many times: the words field's counts (BM25) are the same.
        assert ready.analyze(schema.word_terms([schema.folded_tokens(text)])) == words.analyze(text), text[:80]
    assert "ø" * 20 not in schema.word_terms([schema.folded_tokens(ODD_TEXT)])  # folded: oooo...
    assert "o" * 20 in schema.word_terms([schema.folded_tokens(ODD_TEXT)])  # handed over; the field drops it


def test_word_terms_cache_is_replaced_when_full_and_still_answers(monkeypatch):
    monkeypatch.setattr(schema, "_TERMS_CACHE_MAX", 5)
    monkeypatch.setattr(schema, "_TERM_OF", [{}])
    tokens = schema.folded_tokens("kommunene skriveren lederen søket planene")
    first = schema.word_terms([tokens])
    assert first == "kommun skriv led sok plan"
    more = schema.folded_tokens("arbeidere budsjettet møtene kontoret")
    assert schema.word_terms([more, tokens]) == "arbeid budsjett mot kontor " + first  # cache replaced meanwhile
    assert len(schema._TERM_OF[0]) <= 9


def test_a_pages_words_field_holds_the_terms_of_all_its_texts():
    from wikidesk.core.search.document import IndexDoc, to_fields
    from wikidesk.core.search.ranking import HEADING_REPEAT, TAG_REPEAT

    page = IndexDoc(
        "x",
        "Oppvekst/Barnehagetilsyn/Årsmelding.md",
        "Kameraet ʀitle Tittelord",
        [(None, ODD_TEXT), ("Overskriftene", "tekst om kameraet")],
        tags=["Straße-planer", "Finansieringsordning"],
        space="Oppvekst/Barnehagetilsyn",
        authors=["Kari Nordskolen"],
        extra_text="Lenkemål/Budsjettering",
    )
    fields = to_fields(page)
    texts = [
        page.title,
        *[t for t in page.tags for _ in range(TAG_REPEAT)],
        *["Overskriftene"] * HEADING_REPEAT,
        ODD_TEXT,
        "tekst om kameraet",
        "Oppvekst Barnehagetilsyn Årsmelding Kari Nordskolen",
        page.extra_text,
        "kamera",  # the base of kameraet, which the stemmer misses (see schema.page_keys)
    ]
    terms = schema.analyzers()[schema.WORD_TERMS].analyze(fields[schema.WORDS])
    assert sorted(terms) == sorted(t for text in texts for t in schema.fold_stem_tokens(text))
