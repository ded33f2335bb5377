"""#tags: where they are and are not recognised, and how they render."""

from __future__ import annotations

import pytest

from wikidesk.core.markdown import render


@pytest.mark.parametrize(
    ("source", "tags"),
    [
        ("#kommunikasjon", ["kommunikasjon"]),
        ("tekst #IT-drift. slutt", ["it-drift"]),
        ("#skole/barnehage og #skole", ["skole/barnehage", "skole"]),
        ("#bærekraft #Ærlighet #øko_system #ÅPEN", ["bærekraft", "ærlighet", "øko_system", "åpen"]),
        ('(#parentes), [#klamme] «#sitat» "#quote" *#uthevet* _#kursiv_', None),
        ("#a1 #v2-beta", ["a1", "v2-beta"]),
        ("#IT #it #It", ["it"]),
        ("#slutt-", ["slutt"]),
        ("#Привет", ["привет"]),
        ("linje en\n#linjeto", ["linjeto"]),
        ("- #i-liste\n> #i-sitat", ["i-liste", "i-sitat"]),
        ("## Overskrift med #tag", ["tag"]),
        ("| #celle | x |\n|---|---|\n| #rad | y |", ["celle", "rad"]),
    ],
)
def test_tags_found(source: str, tags: list[str] | None):
    expected = tags or ["parentes", "klamme", "sitat", "quote", "uthevet", "kursiv"]
    assert render(source).tags == expected


@pytest.mark.parametrize(
    "source",
    [
        "# Tittel",
        "## Tittel",
        "`#kode`",
        "```\n#kode\n```",
        "    #innrykket kode",
        "#1 og #2024 og #1a",
        "C# og F#",
        "&#123; &#x41; &#xabc; &amp;",
        "https://example.com/side#anker",
        "<https://example.com/#anker>",
        "[lenke](https://example.com/#anker)",
        "[lenke](side.md#anker)",
        "www.example.no/#/login",
        "[[Side#Overskrift]]",
        "[[Side#Overskrift|etikett]]",
        '<a href="#anker">x</a>',
        '<span title="#tittel">x</span>',
        "<div>\n#i-html-blokk\n</div>",
        "##dobbel",
        "# ",
        "#-strek #_under #/skråstrek",
        "farge #f3f4f4 og #fff0 og #abc123",
        "### Svar {#svar}",
        "tekst{#id}",
        r"\#ikke-tag",
    ],
)
def test_not_tags(source: str):
    page = render(source)
    assert page.tags == []
    assert 'class="tag"' not in page.html


def test_tag_renders_as_link_with_lowercase_quoted_href():
    page = render("Se #Bærekraft/Mål")
    assert '<a class="tag" href="wikidesk:tag/b%C3%A6rekraft/m%C3%A5l">#Bærekraft/Mål</a>' in page.html
    assert page.tags == ["bærekraft/mål"]


def test_hex_colour_with_only_letters_is_a_tag():
    assert render("#bad #cafe").tags == ["bad", "cafe"]


def test_tag_inside_link_text_is_plain_text():
    page = render("[#ikke-lenket](https://example.com)")
    assert page.tags == []
    assert page.html.count("<a ") == 1


def test_tags_are_part_of_plain_text():
    page = render("Møte om #bærekraft i dag")
    assert page.text == "Møte om #bærekraft i dag"
