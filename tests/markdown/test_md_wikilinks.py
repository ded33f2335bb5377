"""Wikilinks, Markdown links, attachments and external links found by render()."""

from __future__ import annotations

import pytest

from wikidesk.core.markdown import WikiLink, render


def test_all_wikilink_forms_in_document_order():
    page = render("[[Skriveroppsett]] [[IT/Skriver|skriveren]] [[Rutiner#Ved brann]] [[Rutiner#Ved brann|brann]]")
    assert page.links == [
        WikiLink("Skriveroppsett", None, None),
        WikiLink("IT/Skriver", "skriveren", None),
        WikiLink("Rutiner", None, "Ved brann"),
        WikiLink("Rutiner", "brann", "Ved brann"),
    ]


def test_duplicates_are_kept_once_but_different_labels_are_different_links():
    page = render("[[A]] og [[A]] og [[ A ]] og [[A|a]]")
    assert page.links == [WikiLink("A"), WikiLink("A", "a")]


def test_default_hrefs_are_quoted_and_carry_the_heading_anchor():
    page = render("[[Årsplan 2025/Vår|plan]] [[Rutiner#Ved brann]]")
    assert '<a class="wikilink" href="wikidesk:page/%C3%85rsplan%202025/V%C3%A5r">plan</a>' in page.html
    assert 'href="wikidesk:page/Rutiner#ved-brann">Rutiner › Ved brann</a>' in page.html


def test_missing_pages_render_as_create_links():
    existing = {"Finnes": "wikidesk:page/17"}
    page = render("[[Finnes]] og [[Mangler side|ny]]", resolve=lambda link: existing.get(link.target))
    assert '<a class="wikilink" href="wikidesk:page/17">Finnes</a>' in page.html
    assert '<a class="wikilink missing" href="wikidesk:new/Mangler%20side" title="Create this page">ny</a>' in page.html
    assert page.links == [WikiLink("Finnes"), WikiLink("Mangler side", "ny")]


def test_resolver_is_asked_once_per_distinct_link_and_gets_the_heading():
    asked: list[WikiLink] = []

    def resolve(link: WikiLink) -> str:
        asked.append(link)
        return f"wikidesk:page/1#{link.heading or ''}"

    page = render("[[A#Mål]] [[A#Mål]] [[A#Mål]]", resolve=resolve)
    assert asked == [WikiLink("A", None, "Mål")]
    assert page.html.count('href="wikidesk:page/1#Mål"') == 3


def test_resolver_errors_reach_the_caller_unchanged():
    def resolve(link: WikiLink) -> str:
        raise LookupError("index is closed")

    with pytest.raises(LookupError, match="index is closed"):
        render("[[A]]", resolve=resolve)


@pytest.mark.parametrize(
    "source",
    [
        "`[[Kode]]`",
        "``a [[Kode]] b``",
        "```\n[[Kode]]\n```",
        "~~~md\n[[Kode]]\n~~~",
        "    [[Kode]] in an indented code block",
        '<a href="x">[[Kode]]</a>',
        "<div>\n[[Kode]]\n</div>",
        r"\[[Kode]]",
        "[[]]",
        "[[|label]]",
        "[[a\nb]]",
    ],
)
def test_no_wikilinks_in_code_raw_html_or_escaped(source: str):
    page = render(source)
    assert page.links == []
    assert "wikilink" not in page.html


def test_wikilink_label_inside_a_markdown_link_stays_text():
    page = render("[se [[Side]] her](https://example.com)")
    assert page.links == []
    assert page.html.count("<a ") == 1
    assert "se Side her" in page.text


def test_pipe_escaped_in_table_cell():
    page = render("| a | b |\n|---|---|\n| [[Side\\|etikett]] | x |\n")
    assert page.links == [WikiLink("Side", "etikett")]
    assert "<td><a" in page.html and ">etikett</a></td>" in page.html


def test_same_page_heading_link():
    page = render("[[#Kontakt oss]]\n\n## Kontakt oss")
    assert '<a class="wikilink" href="#kontakt-oss">Kontakt oss</a>' in page.html
    assert page.links == []


def test_label_html_is_escaped():
    page = render("[[Side|<b>fet</b> & ting]]")
    assert ">&lt;b&gt;fet&lt;/b&gt; &amp; ting</a>" in page.html


def test_markdown_links_to_md_files_are_page_links():
    page = render("[skriver](IT/Skriver.md) og [del](../Rutiner.md#Ved%20brann)", resolve=lambda link: None)
    assert page.links == [WikiLink("IT/Skriver", "skriver"), WikiLink("../Rutiner", "del", "Ved brann")]
    assert 'class="wikilink missing" href="wikidesk:new/IT/Skriver"' in page.html


def test_attachments_external_links_and_embeds():
    source = (
        '[Plan](dokumenter/plan.pdf) ![Kart](bilder/kart%20stor.png "Kart") ![[logo.png]] [[referat.docx]]\n'
        "<https://www.example.no> https://digdir.no/side#del [post](mailto:post@kommune.no) [tel](tel:+4712345678)\n"
        "[anker](#mål) [annen](/docs/side) ![web](https://example.com/x.png)"
    )
    page = render(source)
    assert page.attachments == ["dokumenter/plan.pdf", "bilder/kart stor.png", "logo.png", "referat.docx"]
    assert page.external_links == [
        "https://www.example.no",
        "https://digdir.no/side#del",
        "mailto:post@kommune.no",
        "tel:+4712345678",
    ]
    assert page.links == []
    assert '<img class="embed" src="logo.png" alt="logo.png">' in page.html
    assert '<a class="attachment" href="referat.docx">referat.docx</a>' in page.html
    assert '<img src="bilder/kart%20stor.png" alt="Kart" title="Kart">' in page.html


def test_attachment_url_maps_relative_files_only():
    page = render(
        "![a](bilder/a.png) [b](b.pdf) ![[c.jpg]] ![w](https://example.com/w.png)",
        attachment_url=lambda path: "wikidesk:file/" + path,
    )
    assert 'src="wikidesk:file/bilder/a.png"' in page.html
    assert 'href="wikidesk:file/b.pdf"' in page.html
    assert 'src="wikidesk:file/c.jpg"' in page.html
    assert 'src="https://example.com/w.png"' in page.html


def test_page_names_with_dots_are_pages_not_attachments():
    page = render("[[Versjon 2.0]] [[Rapport 2024.pdf]]")
    assert page.links == [WikiLink("Versjon 2.0")]
    assert page.attachments == ["Rapport 2024.pdf"]


def test_unsafe_markdown_link_loses_its_href_but_keeps_its_text():
    page = render("[klikk](javascript:alert(1)) [data](data:text/html,x)")
    assert "href" not in page.html
    assert "klikk" in page.html and "data" in page.text
    assert page.external_links == []
