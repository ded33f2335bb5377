"""Heading anchors, sections and the plain text used by search."""

from __future__ import annotations

from wikidesk.core.markdown import Heading, render, slugify


def test_headings_get_unique_stable_anchors():
    page = render("# Første side\n\n## Mål og plan\n\n## Mål og plan\n\n### Mål og plan!\n\nSetext\n======\n")
    assert page.headings == [
        Heading(1, "Første side", "første-side"),
        Heading(2, "Mål og plan", "mål-og-plan"),
        Heading(2, "Mål og plan", "mål-og-plan-1"),
        Heading(3, "Mål og plan!", "mål-og-plan-2"),
        Heading(1, "Setext", "setext"),
    ]
    assert '<h2 id="mål-og-plan-1">Mål og plan</h2>' in page.html


def test_slug_rules():
    assert slugify("Alt 3: Kjøre via API") == "alt-3-kjøre-via-api"
    assert slugify("  Hva er «ID-porten»?  ") == "hva-er-id-porten"
    assert slugify("!!!") == "section"
    assert slugify("a-1") == slugify(slugify("a-1"))


def test_anchor_collides_with_earlier_suffixed_anchor():
    page = render("# a-1\n\n# a\n\n# a")
    assert [h.anchor for h in page.headings] == ["a-1", "a", "a-2"]


def test_heading_text_is_plain_and_inline_markup_still_renders():
    page = render("## **Viktig:** `kode` og [[Side|lenke]] #tag")
    assert page.headings[0].text == "Viktig: kode og lenke #tag"
    assert page.headings[0].anchor == "viktig-kode-og-lenke-tag"
    assert "<strong>Viktig:</strong>" in page.html and 'class="wikilink"' in page.html
    assert page.tags == ["tag"]


def test_custom_heading_ids_from_kramdown():
    page = render("### Eksempel på respons: {#authresponse}\n\n[til svaret](#authresponse)")
    assert page.headings == [Heading(3, "Eksempel på respons:", "authresponse")]
    assert '<h3 id="authresponse">Eksempel på respons:</h3>' in page.html


def test_sections_split_text_by_heading():
    page = render("Innledning her.\n\n# Del én\n\nFørste avsnitt.\n\nAndre avsnitt.\n\n## Del to\n\nSiste.")
    assert page.sections == [
        (None, "Innledning her."),
        ("Del én", "Første avsnitt.\nAndre avsnitt."),
        ("Del to", "Siste."),
    ]
    assert page.text == "Innledning her.\n\nDel én\nFørste avsnitt.\nAndre avsnitt.\n\nDel to\nSiste."
    assert page.heading_at(page.text.index("Innledning")) is None
    assert page.heading_at(page.text.index("Andre")) == "Del én"
    assert page.heading_at(page.text.index("Siste")) == "Del to"
    assert page.anchor_at(page.text.index("Siste")) == "del-to"
    assert page.anchor_at(page.text.index("Første")) == "del-én"


def test_plain_text_strips_markdown_and_html():
    source = (
        "Dette er **fet**, *kursiv*, ~~borte~~ og `kode` med &amp; og &#229;.\n\n"
        '<div class="boks"><p>HTML-tekst &mdash; <b>her</b></p><script>skjult()</script></div>\n\n'
        "- punkt [lenke](https://example.com)\n- ![bildetekst](x.png)\n\n"
        "| Kolonne | Verdi |\n|---|---|\n| a | b |\n"
    )
    text = render(source).text
    assert "Dette er fet, kursiv, borte og kode med & og å." in text
    assert "HTML-tekst — her" in text
    assert "skjult" not in text
    assert "punkt lenke" in text and "bildetekst" in text
    assert "Kolonne Verdi" in text and "a b" in text
    for markup in ("**", "<", "&amp;", "](", "|"):
        assert markup not in text


def test_code_blocks_are_searchable_text():
    page = render("```python\ndef skriv_ut(side):\n    pass\n```")
    assert "def skriv_ut(side):" in page.text


def test_crlf_input_gives_the_same_result_as_lf():
    source = "# Tittel\n\nLinje en\nlinje to [[Side]] #tag\n\n- [ ] oppgave\n"
    lf, crlf = render(source), render(source.replace("\n", "\r\n"))
    assert crlf.html == lf.html and crlf.text == lf.text and crlf.links == lf.links and crlf.tags == lf.tags


def test_liquid_tags_render_as_plain_text():
    source = "{% include /eformidling/sbd.json %}\n\n[lenke]({{site.baseurl}}/docs/x)\n\n{{ page.title }}"
    page = render(source)
    assert "{% include /eformidling/sbd.json %}" in page.html
    assert "{{ page.title }}" in page.text
    assert 'href="%7B%7Bsite.baseurl%7D%7D/docs/x"' in page.html


def test_empty_and_whitespace_input():
    for source in ("", "   ", "\n\n\r\n"):
        page = render(source)
        assert page.html == "" and page.text == "" and page.sections == []
        assert page.heading_at(0) is None
