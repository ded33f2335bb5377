"""Page file → IndexDoc: one front matter parse and text-only extraction give what the full render path gave.

The index reads page bodies with pulldown-cmark (``extract_for_index``), the page view with mistune. Bare URLs
are not links to the index (render's autolinker can swallow a closing ``*`` or break a ``[url](url)`` link), and
where mistune reads a list right after a quote line it puts the list first: the searchable words of each section,
once URLs are set aside, must be the same, in any order.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from tests.markdown.test_md_index_extract import KNOWN  # where the two parsers differ, and why
from tests.search.conftest import CORPUS
from wikidesk.core import frontmatter
from wikidesk.core.catalog import page_info_from_document, page_info_from_text, read_text
from wikidesk.core.markdown import render
from wikidesk.core.search import schema
from wikidesk.core.search import source as source_module
from wikidesk.core.search.document import IndexDoc, stamp_for, to_fields
from wikidesk.core.search.source import _authors, _clean, doc_from_text, prepare, prepare_many, read_doc

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"


def _reference(rel: str, text: str, stat: os.stat_result | None) -> IndexDoc:
    """The IndexDoc as built before extraction: PageInfo from the text, then a second parse and a full render()."""
    info = page_info_from_text(rel, text, stat)
    parsed = frontmatter.parse(text)
    rendered = render(parsed.body)
    return IndexDoc(
        page_id=info.page_id,
        path=rel,
        title=info.title,
        sections=[(heading, _clean(body)) for heading, body in rendered.sections],
        tags=list(dict.fromkeys([*info.tags, *(t.casefold() for t in rendered.tags)])),
        space=info.space,
        authors=_authors(parsed.meta, info.author),
        modified=info.modified,
        stamp=stamp_for(rel, stat.st_mtime_ns, stat.st_size) if stat else "",
        extra_text=" ".join(link.target for link in rendered.links),
    )


_URL = re.compile(r"https?://[^\s\])|>]+")


def _words(doc: IndexDoc) -> list[tuple[str | None, list[str]]]:
    """Each section's heading and its words (sorted), URLs left out."""
    return [(h, sorted(schema.plain_tokens(_URL.sub(" ", text)))) for h, text in doc.sections]


def assert_same_index_doc(new: IndexDoc, old: IndexDoc, where: str) -> None:
    assert replace(new, sections=()) == replace(old, sections=()) and new.extra_text == old.extra_text, where
    assert _words(new) == _words(old), where
    if new.sections == old.sections:
        assert to_fields(new) == to_fields(old), where


def _pages(root: Path) -> list[tuple[str, Path]]:
    return [(p.relative_to(root).as_posix(), p) for p in sorted(root.rglob("*.md"))]


def test_every_corpus_page_gives_the_same_index_fields():
    if not CORPUS.is_dir():
        pytest.skip(f"the Norwegian test corpus is not at {CORPUS} (set WIKIDESK_CORPUS)")
    pages = _pages(CORPUS)
    assert len(pages) > 500
    for rel, path in pages:
        stat = path.stat()
        _, text = read_text(path)
        new, old = doc_from_text(rel, text, stat), _reference(rel, text, stat)
        assert_same_index_doc(new, old, rel)
        assert prepare((str(CORPUS), rel)) == (rel, to_fields(new))


@pytest.mark.parametrize(
    "path", [p for p in sorted(HOSTILE.glob("*.md")) if p.name not in KNOWN], ids=lambda p: p.name
)
def test_hostile_page_gives_the_same_index_fields(path: Path):
    text = path.read_text(encoding="utf-8")
    for stat in (path.stat(), None):
        new, old = doc_from_text(f"Farlig/{path.name}", text, stat), _reference(f"Farlig/{path.name}", text, stat)
        assert_same_index_doc(new, old, path.name)


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Skriver\nid: abc-1\ntags: [IT, Drift]\nauthor: Kari\ncontributors: [Ola, 7]\n---\n# Hei #tag\n",
        "---\ntitle: [ikke, tekst]\nid: [1]\ntags: én\n---\nTekst [[Side]]",
        "---\nbad: [yaml\n---\nTekst",
        "\ufeff---\r\ntitle: BOM og CRLF\r\n---\r\nTekst æøå\r\n",
        "Ingen front matter, men {% include x.html %} og {{ site.url }}",
        "",
    ],
)
def test_front_matter_parsed_once_gives_the_same_page_info(text: str):
    for stat in (os.stat(__file__), None):
        assert page_info_from_document("Rom/Side.md", frontmatter.parse(text), stat, len(text.encode())) == (
            page_info_from_text("Rom/Side.md", text, stat)
        )
        new, old = doc_from_text("Rom/Side.md", text, stat), _reference("Rom/Side.md", text, stat)
        assert_same_index_doc(new, old, text)


def _keys_cover_words(fields: dict) -> None:
    """Every ``words`` term a compound may end in is in ``keys`` (the query builder relies on it: a word with compound
    matches is searched in ``keys`` alone)."""
    words = schema.analyzers()[schema.WORD_TERMS].analyze(fields[schema.WORDS])  # the terms made in the worker
    terms = {t for t in words if schema.is_compound_part(t)}
    missing = terms - set(fields[schema.KEYS].split())
    assert not missing, (fields[schema.PATH], sorted(missing)[:10])


def test_keys_hold_every_compound_part_of_every_corpus_and_hostile_page():
    paths = [p for p in sorted(HOSTILE.glob("*.md"))]
    if CORPUS.is_dir():
        paths += [p for _, p in _pages(CORPUS)]
    for path in paths:
        _, text = read_text(path)
        _keys_cover_words(to_fields(doc_from_text(path.name, text, None)))
    odd = "Œuvre ﬁnanse ½ ʀadio Straße KOMMUNE-strategien «planen» ĳsselmeer naïve 𝔰𝔱𝔯𝔞𝔱𝔢𝔤𝔦 strategi2026"
    page = IndexDoc(
        "x",
        "Oppvekst/Barnehagetilsyn/Årsmelding.md",
        "ﬁrst ʀitle Tittelord",
        [(None, odd), ("Overskriftsord", "tekst")],
        tags=["Straße-planer", "Finansieringsordning"],
        space="Oppvekst/Barnehagetilsyn",
        authors=["Kari Nordskolen"],
        extra_text="Lenkemål/Budsjettering",
    )
    fields = to_fields(page)
    keys = set(fields[schema.KEYS].split())
    # Words found only in the title, a heading, a tag, the space, the file name, an author or a link target.
    assert {"tittelord", "overskriftsord", "finansieringsordning", "barnehagetilsyn", "arsmelding"} <= keys
    assert {"nordskol", "budsjettering", "lenkemal"} <= keys
    _keys_cover_words(fields)


def test_a_page_file_is_read_as_the_catalog_reads_it(tmp_path: Path):
    """read_doc opens each file once (stat and bytes from one handle): the same text and stamp as read_text and
    stat give, for a BOM with CRLF, invalid UTF-8 and a file larger than one read; a missing file gives None."""
    files = {
        "bom.md": "\ufeff---\r\ntitle: BOM og CRLF\r\n---\r\n# Del\r\nTekst æøå #tag\r\n".encode(),
        "ugyldig.md": b"Tekst \xff\xfe med \xc3 feil [[Side]]",
        "stor.md": ("# Stor\n\n" + "ord og flere ord\n" * 200_000).encode(),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        _, text = read_text(tmp_path / name)
        expected = doc_from_text(name, text, (tmp_path / name).stat())
        for root in (tmp_path, str(tmp_path)):
            doc = read_doc(root, name)
            assert doc == expected and doc is not None and doc.extra_text == expected.extra_text, name
    assert "\ufffd" in read_doc(tmp_path, "ugyldig.md").sections[0][1]  # type: ignore[union-attr]
    assert read_doc(tmp_path, "borte.md") is None


def test_a_chunk_of_pages_gives_what_each_page_gives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """prepare_many (a build's workers) makes each step over the whole chunk: the same field values as prepare page
    by page, None for a page that is gone; when a step fails on one page, only that page is None."""
    shutil.copytree(Path(__file__).resolve().parents[2] / "resources" / "sample-wiki", tmp_path / "wiki")
    shutil.copytree(HOSTILE, tmp_path / "wiki" / "Farlig")
    root = str(tmp_path / "wiki")
    rels = [*[rel for rel, _ in _pages(tmp_path / "wiki")], "Borte/Side.md"]
    assert len(rels) > 15
    expected = [prepare((root, rel)) for rel in rels]
    assert prepare_many((root, rels)) == expected
    assert expected[-1] == ("Borte/Side.md", None) and all(fields for _, fields in expected[:-1])

    bad = rels[3]
    real = source_module.to_fields

    def failing(doc: IndexDoc) -> dict:
        if doc.path == bad:
            raise ValueError("a page the worker cannot read")
        return real(doc)

    monkeypatch.setattr(source_module, "to_fields", failing)
    assert prepare_many((root, rels)) == [(rel, None if rel == bad else fields) for rel, fields in expected]
