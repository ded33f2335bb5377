"""``extract()`` gives exactly what ``render()`` extracts (text, sections, headings, tags, links), with no HTML."""

from __future__ import annotations

from pathlib import Path

import pytest

from wikidesk.core import frontmatter
from wikidesk.core.markdown import RenderedPage, extract, render
from wikidesk.core.markdown.pipeline import MAX_FORMAT_CHARS

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"

# Every construct the renderer treats specially, plus the huge-input shapes at a size that runs in milliseconds.
SAMPLES = {
    "tasks": "- [x] gjort #ferdig\n- [ ] ikke gjort [[Plan]]\n  - [x] nested\n",
    "footnotes": "Tekst[^1] og mer[^note].\n\n[^1]: Første *fotnote* med [[Side]].\n[^note]: Andre\n    fortsatt\n",
    "table": "| a | b |\n|:-|-:|\n| [[Side|etikett]] | #tagg |\n| `kode` | <b>fet</b> |\n",
    "links": (
        "[ekstern](https://example.no) [side](Annen/Side.md#del) [vedlegg](filer/a.pdf) [farlig](javascript:x) "
        '[[[Inne]] #inne](https://x.no) <https://auto.no> www.bare.no ![bilde *alt*](bilde.png "tittel") '
        "![[skjema.png]] [[rapport.pdf|Rapporten]] [[#Overskrift]] [[Side#Del]] [[Side#Del|tekst]]"
    ),
    "headings": "# Tittel {#egen}\n\nA\n\n## Tittel\n\n## Tittel\n\nSetext\n======\n\n### `kode` [[Lenke]] #tagg\n",
    "html": (
        "<div>\n<p>Blokk &amp; tekst</p>\n<script>x()</script>\n</div>\n\nInline <span>spenn</span> &eacute; "
        "<!-- kommentar -->\n\n<details><summary>Mer</summary>\n\nInni\n\n</details>\n"
    ),
    "code": "```python\nx = 1  # #ikke-tag [[ikke]]\n```\n\n    indented\n\nTekst `a #b` ~~slett~~ **fet** _kursiv_\n",
    "quotes_lists": "> sitat\n> - punkt [[A]]\n>\n> 1. nummer\n\n---\n\nLinje  \nbrudd\\\nny\n\n* a\n\n  b\n",
    "liquid": '{% include note.html content="x" %}\n\n{{ site.baseurl }}/sti #f3f4f4 C# side/#anker\n',
    "crlf": "# Overskrift\r\n\r\nTekst med [[Lenke]]\r\n- punkt #tag\r\n",
    "nul": "Tekst\x00med nul [[A\x00B]]",
    "empty": "",
    "blank": "  \n\n\t\n",
    "nested_quotes": ">" * 2_000 + " x",
    "nested_brackets": "[" * 2_000 + "x" + "]" * 2_000,
    "nested_link_openers": "[a](" * 2_000,
    "wikilink_openers": "[[" * 5_000,
    "nested_lists": "".join(" " * (2 * (i % 50)) + "- x\n" for i in range(500)),
    "nested_divs": "<div>" * 2_000 + "x" + "</div>" * 2_000,
    "unclosed_tables": "<table><tr><td>" * 2_000,
    "entities": "&#" * 5_000 + " &amp; &#x41; &nbsp;",
    "tags": " #tag" * 2_000,
    "table_rows": "|a|b|\n|-|-|\n" + "|[[x]]|#y|\n" * 500,
    "emphasis_mix": "*a **b _c __d " * 500,
}


def _extracted(page: RenderedPage) -> tuple:
    return (
        page.text,
        page.sections,
        page.section_starts,
        page.headings,
        page.tags,
        page.links,
        page.attachments,
        page.external_links,
    )


def _assert_same(body: str, name: str) -> None:
    rendered, extracted = render(body), extract(body)
    assert extracted.html == ""
    assert _extracted(extracted) == _extracted(rendered), name


def corpus_bodies(corpus: Path) -> list[tuple[str, str]]:
    """``(page body without front matter, path in the corpus)`` of every corpus page."""
    files = sorted(corpus.rglob("*.md"))
    assert len(files) > 500
    return [(frontmatter.parse(p.read_text(encoding="utf-8")).body, str(p.relative_to(corpus))) for p in files]


def test_every_corpus_page_extracts_as_rendered(corpus: Path):
    for body, name in corpus_bodies(corpus):
        _assert_same(body, name)


@pytest.mark.parametrize("path", sorted(HOSTILE.glob("*.md")), ids=lambda p: p.name)
def test_hostile_file_extracts_as_rendered(path: Path):
    _assert_same(path.read_text(encoding="utf-8"), path.name)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_extracts_as_rendered(name: str):
    _assert_same(SAMPLES[name], name)


def test_extraction_finds_what_the_index_needs():
    page = extract(SAMPLES["links"] + "\n\n" + SAMPLES["headings"] + "\n\n" + SAMPLES["tasks"])
    # a wikilink or tag inside an ordinary link's text is plain text, not a link or tag
    assert [link.target for link in page.links] == ["Annen/Side", "Side", "Side", "Lenke", "Plan"]
    assert page.tags == ["tagg", "ferdig"]
    assert page.attachments == ["filer/a.pdf", "bilde.png", "skjema.png", "rapport.pdf"]
    assert [h.anchor for h in page.headings[:3]] == ["egen", "tittel", "tittel-1"]
    assert "ikke gjort" in page.text and "Rapporten" in page.text


def test_a_page_too_large_to_format_is_extracted_as_plain_text():
    text = ("[[Side]] #tag **fet**\n" * (MAX_FORMAT_CHARS // 20))[: MAX_FORMAT_CHARS + 10]
    page = extract(text)
    assert page.html == "" and page.links == []
    assert _extracted(page) == _extracted(render(text))


def test_extract_without_autolinks_keeps_bare_urls_as_text_only():
    body = "Se https://example.no/side og [[Rutiner]] #drift, eller [lenke](https://example.no/x)."
    full, lean = extract(body), extract(body, autolinks=False)
    assert lean.text == full.text
    assert lean.links == full.links and lean.tags == full.tags
    assert "https://example.no/side" in full.external_links
    assert "https://example.no/side" not in lean.external_links
    assert "https://example.no/x" in lean.external_links  # a real Markdown link is still a link


def test_extract_without_emphasis_drops_delimiters_and_keeps_every_word():
    body = "**Eksempel**: se __init__, 5 * 3, snake_case og _kursiv_ tekst. ***Alt*** i [[Rutiner]] #drift."
    full, lean = extract(body), extract(body, autolinks=False, emphasis=False)
    assert lean.text == "Eksempel: se init, 5 * 3, snake_case og kursiv tekst. Alt i Rutiner #drift."
    assert lean.text == full.text
    assert lean.links == full.links and lean.tags == full.tags
