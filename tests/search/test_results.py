"""Ranking, snippets with marked words and headings, and "did you mean" with typo-tolerant matching."""

from __future__ import annotations

from tests.search.conftest import doc, ids
from wikidesk.core.search.fuzzy import edits1, levenshtein
from wikidesk.core.search.query_builder import HighlightSpec
from wikidesk.core.search.snippets import Highlighter, fold_pattern

LONG = "Innledende tekst om mange ting. " * 20


def marked(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.highlights]


# --- ranking -------------------------------------------------------------------------------------------------------


def test_title_hit_ranks_above_body_hit(make_index):
    index = make_index(
        doc("body", "Møtereferat", "Vi diskuterte sykefravær i lang tid. " + LONG),
        doc("title", "Sykefravær", LONG),
    )
    assert ids(index.search("sykefravær")) == ["title", "body"]


def test_title_hit_ranks_above_a_page_that_repeats_the_word(make_index):
    index = make_index(
        doc("body", "Møtereferat", "Sykefravær. " * 8 + "Vi diskuterte sykefraværet lenge. " + LONG),
        doc("title", "Sykefravær", "Slik melder du fra. " + LONG),
    )
    assert ids(index.search("sykefravær")) == ["title", "body"]
    assert ids(index.search("sykefravaer")) == ["title", "body"]  # typed without æ


def test_tag_hit_ranks_above_body_hit(make_index):
    index = make_index(
        doc("body", "Referat", "Kort om arkivering her. " + LONG),
        doc("tag", "Rutiner", LONG, tags=("arkivering",)),
    )
    assert ids(index.search("arkivering")) == ["tag", "body"]


def test_recent_pages_slightly_favoured(make_index):
    text = "Rutine for innkjøp av utstyr."
    index = make_index(doc("old", "Innkjøp A", text, age_days=900), doc("new", "Innkjøp B", text, age_days=2))
    assert ids(index.search("innkjøp utstyr")) == ["new", "old"]
    # ... but only slightly: a much better match still wins over recency.
    index2 = make_index(
        doc("old", "Innkjøp", "Innkjøp, innkjøp og innkjøp.", age_days=900),
        doc("new", "Annet", "Her nevnes innkjøp én gang. " + LONG, age_days=1),
        name="second",
    )
    assert ids(index2.search("innkjøp")) == ["old", "new"]


def test_pagination_and_total(make_index):
    docs = [doc(f"p{i}", f"Side {i}", f"Felles ord nummer {i}.") for i in range(25)]
    index = make_index(*docs)
    first = index.search("felles", limit=10)
    second = index.search("felles", limit=10, offset=10)
    assert first.total == second.total == 25
    assert len(first.hits) == len(second.hits) == 10
    assert not set(ids(first)) & set(ids(second))


# --- snippets --------------------------------------------------------------------------------------------------------


def test_snippet_marks_matched_words_and_names_the_heading(make_index):
    sections = [
        (None, LONG),
        ("Feilsøking", "Hvis skriveren ikke svarer, start skriveren på nytt og kontakt IT."),
        ("Annet", LONG),
    ]
    index = make_index(doc("a", "Skriver", sections=sections))
    hit = index.search("skriver kontakt").hits[0]
    assert hit.heading == "Feilsøking"
    assert marked(hit) == ["skriveren", "skriveren", "kontakt"]
    assert len(hit.snippet) <= 230
    assert hit.title_highlights == [(0, 7)]


def test_snippet_marks_stemmed_folded_prefix_and_phrase_matches(make_index):
    body = "Søknaden om permisjon sendes til personalavdelingen. Alle søknader behandles raskt."
    index = make_index(doc("a", "Permisjon", body))
    assert marked(index.search("soknad").hits[0]) == ["Søknaden", "søknader"]
    assert marked(index.search("person*").hits[0]) == ["personalavdelingen"]
    assert marked(index.search('"sendes til"').hits[0]) == ["sendes til"]


def test_phrase_marked_whatever_separates_its_words():
    spec = HighlightSpec(phrases={("sendes", "til")})
    one_space = Highlighter(spec).snippet("Den sendes til deg. Hun sendes tilbake.", [], 200)
    assert [one_space.text[a:b] for a, b in one_space.highlights] == ["sendes til"]  # not "sendes til|bake"
    other = Highlighter(spec).snippet("Den sendes,\n til  deg.", [], 200)
    assert [other.text[a:b] for a, b in other.highlights] == ["sendes, til"]  # whitespace runs collapsed
    accented = Highlighter(HighlightSpec(phrases={("soknad", "om")})).snippet("Søknad om ferie.", [], 200)
    assert [accented.text[a:b] for a, b in accented.highlights] == ["Søknad om"]


def test_snippet_whitespace_collapsed_the_same_on_either_path():
    """Windows with only single spaces and newlines take a shortcut; it must give what collapsing gives."""
    from wikidesk.core.search.snippets import _assemble, _assemble_collapsing

    spec = HighlightSpec(stems={"ferie"}, folds={"ferie"})
    body = "Ferie\ner fint.\n\nSøk om ferie i god tid, helst  før\tjul. Ferie\u00a0igjen\n og ferie til slutt."
    found = Highlighter(spec).matches(body)
    shortcuts = 0
    for start in range(len(body)):
        for end in range(start, len(body) + 1, 7):
            marks = [(a, b) for a, b, _ in found if a >= start and b <= end]
            fast, slow = _assemble(body, start, end, marks, None), _assemble_collapsing(body, start, end, marks, None)
            assert fast == slow, (start, end)
            assert "\n" not in fast.text and ("  " not in fast.text or not body[start:end].strip())
            assert all(fast.text[a:b].lower() == "ferie" for a, b in fast.highlights)
            window = body[start:end]
            shortcuts += len(" ".join(window.split())) == len(window.strip())
    assert shortcuts > 100  # both paths were exercised


def test_snippet_of_a_title_only_match_is_the_page_start(make_index):
    index = make_index(doc("a", "Varslingsrutine", "Første setning. " + LONG))
    hit = index.search("varslingsrutine").hits[0]
    assert hit.snippet.startswith("Første setning.")
    assert hit.highlights == []
    assert hit.title_highlights == [(0, 15)]


def test_snippet_window_prefers_the_place_with_most_query_words():
    spec = HighlightSpec(stems={"ferie", "søknad"}, folds={"ferie", "soknad"})
    body = "Ferie nevnes her. " + "fyll " * 60 + "Søknad om ferie sendes her. " + "fyll " * 60
    snippet = Highlighter(spec).snippet(body, [], 120)
    assert snippet.text.startswith("…") and snippet.text.endswith("…") and "Ferie nevnes" not in snippet.text
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["Søknad", "ferie"]


def test_fold_pattern_matches_accented_spellings():
    import re

    rx = re.compile(fold_pattern("aerlig") + "|" + fold_pattern("sok"), re.I)
    assert rx.fullmatch("ærlig") and rx.fullmatch("aerlig") and rx.fullmatch("SØK") and rx.fullmatch("sok")


# --- typo tolerance --------------------------------------------------------------------------------------------------


def test_did_you_mean_with_one_typo(make_index):
    index = make_index(doc("a", "Permisjon", "Søknaden sendes til leder."), doc("b", "Annet", "Noe helt annet."))
    results = index.search("søkanden")
    assert results.fuzzy and ids(results) == ["a"]
    assert results.suggestion == "søknaden"
    assert marked(results.hits[0]) == ["Søknaden"]


def test_did_you_mean_keeps_the_correct_words(make_index):
    index = make_index(doc("a", "Budsjett", "Kommunens budsjett for neste år."))
    results = index.search("kommunens budjsett")
    assert ids(results) == ["a"]
    assert results.suggestion == "kommunens budsjett"


def test_two_typos_in_a_long_word(make_index):
    index = make_index(doc("a", "Rutiner", "Om arbeidsmiljøutvalget og dets oppgaver."))
    results = index.search("arbeidsmijløutvalgte")
    assert results.fuzzy and ids(results) == ["a"]
    assert results.suggestion == "arbeidsmiljøutvalget"


def test_no_guessing_when_words_exist(make_index):
    index = make_index(doc("a", "En", "eple"), doc("b", "To", "pære"))
    results = index.search("eple pære")
    assert results.total == 0 and results.suggestion is None and not results.fuzzy


def test_no_suggestion_for_gibberish(make_index):
    index = make_index(doc("a", "En", "Vanlig tekst om vær."))
    results = index.search("qxzqxzqxz")
    assert results.total == 0 and results.suggestion is None


def test_edit_helpers():
    assert "sok" in edits1("sko") and "sko" not in edits1("sko")
    assert levenshtein("kommunen", "komunnen", 2) == 2
    assert levenshtein("abc", "acb", 1) == 1
    assert levenshtein("kort", "langt ord", 2) == 3
