"""GFM-style blocks: task lists, tables, footnotes, strikethrough, highlighted code."""

from __future__ import annotations

import re

from wikidesk.core.markdown import pygments_css, render


def test_task_lists_get_disabled_checkboxes():
    page = render("- [ ] ringe IT\n- [x] bestille rom\n- [X] sende referat\n- vanlig punkt\n")
    boxes = re.findall(r"<input[^>]*>", page.html)
    assert len(boxes) == 3
    assert all('disabled="disabled"' in box and 'type="checkbox"' in box for box in boxes)
    assert ["checked" in box for box in boxes] == [False, True, True]
    # Qt's QTextBrowser draws native checkboxes for exactly these classes
    assert page.html.count('<li class="checked">') == 2 and page.html.count('<li class="unchecked">') == 1
    assert "ringe IT" in page.text and "[ ]" not in page.text


def test_loose_task_list_puts_checkbox_inside_the_paragraph():
    page = render("- [x] første\n\n- [ ] andre\n")
    assert '<li class="checked"><p><input class="task-list-item-checkbox"' in page.html


def test_raw_inputs_and_forged_placeholders_never_become_checkboxes():
    forged = "\ue000" + "0" * 16 + "x\ue001"
    page = render(f'<input type="text"> <input type="checkbox"> {forged} &#xE000;{"0" * 16}x&#xE001;')
    assert "<input" not in page.html


def test_tables_with_alignment_as_attributes_not_style():
    page = render("| Navn | Antall | Midt |\n|:-----|------:|:---:|\n| Oslo | 3 | x |\n")
    assert '<th align="left">Navn</th>' in page.html
    assert '<td align="right">3</td>' in page.html
    assert '<td align="center">x</td>' in page.html
    assert "style" not in page.html


def test_footnotes():
    page = render("Påstand[^kilde] og en til[^2].\n\n[^kilde]: Fra rapporten.\n[^2]: Muntlig.\n")
    assert '<sup class="footnote-ref" id="fnref-1"><a href="#fn-1">1</a></sup>' in page.html
    assert '<section class="footnotes">' in page.html and '<li id="fn-2">' in page.html
    assert "Fra rapporten." in page.text and "Muntlig." in page.text


def test_strikethrough_and_emphasis():
    page = render("~~gammelt~~ **nytt** *kanskje*")
    assert "<del>gammelt</del> <strong>nytt</strong> <em>kanskje</em>" in page.html


def test_fenced_code_is_highlighted_with_classes():
    page = render('```python\ndef f(x):\n    return "hei"  # kommentar\n```\n')
    assert '<div class="highlight"><pre>' in page.html
    assert '<span class="k">def</span>' in page.html
    assert '<span class="c1"># kommentar</span>' in page.html
    assert "style=" not in page.html


def test_unknown_or_missing_language_is_plain_escaped_code():
    page = render("```ukjentspråk\n<b>x</b> & y\n```\n\n```\nplain <i>\n```")
    assert '<pre><code class="language-ukjentspråk">&lt;b&gt;x&lt;/b&gt; &amp; y\n</code></pre>' in page.html
    assert "<pre><code>plain &lt;i&gt;\n</code></pre>" in page.html


def test_other_languages_from_the_corpus_highlight():
    for lang in ("csharp", "xml", "json", "bash", "java", "http", "yaml"):
        assert '<div class="highlight">' in render(f"```{lang}\nx\n```").html, lang


def test_pygments_css_light_and_dark():
    light, dark = pygments_css(False), pygments_css(True)
    assert ".highlight .k" in light and ".highlight .k" in dark
    assert light != dark


def test_autolinks_and_bare_urls():
    page = render("Se https://www.digdir.no/x?y=1. Og <https://example.com/a> og <post@kommune.no>.")
    assert '<a href="https://www.digdir.no/x?y=1">https://www.digdir.no/x?y=1</a>.' in page.html
    assert '<a href="mailto:post@kommune.no">post@kommune.no</a>' in page.html
    assert page.external_links == ["https://www.digdir.no/x?y=1", "https://example.com/a", "mailto:post@kommune.no"]


def test_allowed_raw_html_survives():
    source = "<details><summary>Mer</summary>\n\n<kbd>Ctrl</kbd> <sub>2</sub> <mark>viktig</mark>\n\n</details>"
    page = render(source)
    for fragment in ("<details>", "<summary>Mer</summary>", "<kbd>Ctrl</kbd>", "<sub>2</sub>", "<mark>viktig</mark>"):
        assert fragment in page.html


def test_wikilink_with_label_inside_a_table_row_keeps_the_table() -> None:
    from wikidesk.core.markdown import render as render_page

    page = render_page("| Side | Merknad |\n|---|---|\n| [[Klarspråk|gode råd]] | ok |\n\n```\n| [[a|b]] |\n```\n")
    assert "<table>" in page.html and ">gode råd</a></td>" in page.html
    assert "| [[a|b]] |" in page.html  # code is left exactly as written
    assert [(link.target, link.label) for link in page.links] == [("Klarspråk", "gode råd")]
