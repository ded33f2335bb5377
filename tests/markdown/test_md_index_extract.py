"""``extract_for_index()`` (pulldown-cmark) finds the words, headings, tags and links that mistune's ``extract()``
finds, which is what ``render()`` shows (see ``test_md_extract.py``). The reference parses emphasis as the page
view does, and leaves bare URLs as text as the index does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.markdown.test_md_extract import HOSTILE, SAMPLES, corpus_bodies
from wikidesk.core.markdown import RenderedPage, cmark_extract, extract, extract_for_index
from wikidesk.core.search import schema

# Where the two parsers read odd Markdown differently (pulldown-cmark follows CommonMark here; mistune does not).
KNOWN = {
    "links": "a [[wikilink]] inside a Markdown link's text is a wikilink to pulldown-cmark, plain text to mistune",
    "mixed_nesting.md": "a footnote starting with <script> is an HTML block in CommonMark, inline HTML in mistune",
    "clickable_image": "[![[image]]](page): pulldown-cmark ends the outer link early, so its words and link are lost",
    "markdown_link_in_raw_a": "[text](url) inside raw <a>: mistune keeps the URL's words as text, cmark the text only",
}
ODD = {  # inputs for the KNOWN entries that are not among test_md_extract's samples
    "clickable_image": "[![[diagram.png]]](Side.md) og mer",
    "markdown_link_in_raw_a": '<a href="x">[lenke](Side.md)</a> etter',
}


def _view(page: RenderedPage) -> tuple:
    """What the index takes from a page; each section's words in any order (where mistune reads a list right after
    a quote line, it puts the list first)."""
    words = [(heading, sorted(schema.plain_tokens(text))) for heading, text in page.sections]
    return words, [h.text for h in page.headings], page.tags, page.links


def _assert_same(body: str, name: str) -> None:
    fast, full = extract_for_index(body), extract(body, autolinks=False)
    assert fast.html == ""
    assert _view(fast) == _view(full), name


def test_every_corpus_page_gives_the_same_words(corpus: Path):
    for body, name in corpus_bodies(corpus):
        _assert_same(body, name)


@pytest.mark.parametrize("name", sorted(set(SAMPLES) - set(KNOWN)))
def test_sample_gives_the_same_words(name: str):
    _assert_same(SAMPLES[name], name)


@pytest.mark.parametrize("path", [p for p in sorted(HOSTILE.glob("*.md")) if p.name not in KNOWN], ids=lambda p: p.name)
def test_hostile_file_gives_the_same_words(path: Path):
    _assert_same(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_known_differences_keep_every_heading_and_invent_no_word(name: str):
    body = SAMPLES.get(name) or ODD.get(name) or (HOSTILE / name).read_text(encoding="utf-8")
    fast, full = extract_for_index(body), extract(body, autolinks=False)
    assert [h.text for h in fast.headings] == [h.text for h in full.headings]
    source_words = set(schema.plain_tokens(body))
    assert set(schema.plain_tokens(fast.text)) <= source_words
    shared = set(schema.plain_tokens(fast.text)) & set(schema.plain_tokens(full.text))
    assert len(shared) >= 0.5 * len(set(schema.plain_tokens(full.text)))


def test_tags_links_and_labels():
    page = extract_for_index(
        "# Rutiner #drift\n\nSe [[Plan|planen]], [[Side#Del]] og [[#Her]] #tag, ikke \\#escaped eller C#.\n\n"
        "| a | b |\n|-|-|\n| #celle | [[Tabell\\|etikett]] |\n\n[lenke](Annen/Side.md) ![[bilde.png]] #f3f4f4\n"
    )
    assert page.tags == ["drift", "tag", "celle"]
    assert [(link.target, link.label, link.heading) for link in page.links] == [
        ("Plan", "planen", None), ("Side", None, "Del"), ("Tabell", "etikett", None), ("Annen/Side", "lenke", None),
    ]
    assert page.headings[0].text == "Rutiner #drift"
    assert "planen" in page.text and "Plan|" not in page.text and "Side › Del" in page.text


def test_offsets_after_non_ascii_text():
    """Event offsets are bytes: a tag or wikilink after æøå is still found where it is."""
    page = extract_for_index("Blåbærsyltetøy på brødskiva #frokost og [[Måltider]].")
    assert page.tags == ["frokost"] and [link.target for link in page.links] == ["Måltider"]


def test_footnotes_come_last_in_the_order_they_are_referred_to():
    page = extract_for_index("Tekst[^b] og[^a].\n\n[^a]: Alfa.\n\n# Del\n\nMer.\n\n[^b]: Beta.\n")
    assert page.sections[-1][0] == "Del"
    assert page.sections[-1][1].split() == ["Mer.", "Beta.", "Alfa."]


def test_cells_beyond_the_header_are_kept():
    page = extract_for_index("| a | b |\n|-|-|\n| c | d | *ekstra* celle | og en til |\n")
    assert schema.plain_tokens(page.text) == ["a", "b", "c", "d", "ekstra", "celle", "og", "en", "til"]


def test_code_fence_closed_with_a_tab():
    page = extract_for_index("```\nkode\n```\t\n\n# Etter\n\nTekst #tag\n")
    assert [h.text for h in page.headings] == ["Etter"] and page.tags == ["tag"]


def test_custom_heading_id_is_not_part_of_the_title():
    page = extract_for_index("## Svar {#svar}\n\ntekst")
    assert page.headings[0].text == "Svar" and page.headings[0].anchor == "svar"


def test_parser_failure_falls_back_to_the_full_parser(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(cmark_extract.pyromark, "events_with_range", broken)
    body = "# Tittel\n\nTekst med [[Lenke]] #tag"
    page = extract_for_index(body)
    assert _view(page) == _view(extract(body, autolinks=False))


@pytest.mark.parametrize(
    "body",
    [
        "```\nkode\n``` \t\n\n# Etter\n\nTekst #tag [[Lenke]]\n",  # a fence closed by a space and a tab
        "~~~\nkode\n~~~\t\r\n\r\n# Etter\r\n\r\nTekst #tag\r\n",  # ... by a tab, with CRLF
        "| a | b |\n|---|---|\n| c | d | # |\n\nTekst etter tabellen.",  # a row with more cells than the header:
        "|a|b|\n|-|-|\n|#t|x|#u|",  # mistune reads the whole table as a paragraph
        "| a | b |\n|---|---|\n| c | d | 1. e |\n| f |\n",
        "Ref[^Note]\n\n[^note]: Fotnote med ord.",  # footnote labels ignore case
        "x[^1]\n\n[^1]: En.\n\n[^1]: To #dup.",  # the first definition counts
        "x[^1]\n\n[^1]: En[^2].\n\n[^2]: To #fn2.",  # a footnote only another footnote refers to is not shown
        '<a href="https://x.no">Se #tag og [[Side]]</a> etter #ute',  # no tags or links inside raw <a>
        "# Om **tjenesten** og `kode`\n\nTekst",  # emphasis in a heading, as the page shows it
    ],
)
def test_found_in_review_gives_the_same_words(body: str):
    _assert_same(body, body)


def test_a_page_is_parsed_and_assembled_once_however_many_rows_have_extra_cells(monkeypatch):
    """Each row with an extra cell once started a parse of its own and assembled the page so far (quadratic: ~12 s
    for 20,000 rows); now the table is read again once, as one paragraph."""
    from wikidesk.core.markdown.collector import Collector

    calls = {"parse": 0, "page": 0}
    parse, page = cmark_extract.pyromark.events_with_range, Collector.page

    def counted_parse(*args, **kwargs):
        calls["parse"] += 1
        return parse(*args, **kwargs)

    def counted_page(self, html):
        calls["page"] += 1
        return page(self, html)

    monkeypatch.setattr(cmark_extract.pyromark, "events_with_range", counted_parse)
    monkeypatch.setattr(Collector, "page", counted_page)
    body = "| a | b |\n|-|-|\n" + "| c | d | e #t |\n" * 2_000 + "\nEtter."
    result = extract_for_index(body)
    assert calls == {"parse": 2, "page": 1}
    monkeypatch.undo()
    assert _view(result) == _view(extract(body, autolinks=False))
