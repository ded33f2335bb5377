"""The shipped sample wiki shows what the wiki can do, and its links work."""

from __future__ import annotations

from pathlib import Path

from wikidesk.core import links
from wikidesk.core.opening import open_wiki
from wikidesk.core.sample import sample_wiki_path

DELIBERATELY_MISSING = {"Ny side som ikke finnes"}


def test_every_sample_link_and_embed_resolves(sample_wiki: Path) -> None:
    wiki = open_wiki(sample_wiki)
    pages = wiki.pages()
    assert len(pages) >= 6
    assert {p.space for p in pages} >= {"", "IT", "Kommunikasjon", "HR"}
    for info in pages:
        page = wiki.read(info)
        rendered = links.parse(wiki, page)
        assert rendered.html and "render-error" not in rendered.html
        missing = {link.target for link in links.outgoing(wiki, page) if link.page is None}
        assert missing <= DELIBERATELY_MISSING, (info.path, missing)
        folder = info.path.rpartition("/")[0]
        for attachment in rendered.attachments:
            candidates = [sample_wiki / folder / attachment, sample_wiki / attachment]
            assert any(c.is_file() for c in candidates), (info.path, attachment)


def test_sample_shows_the_features(sample_wiki: Path) -> None:
    wiki = open_wiki(sample_wiki)
    html = "".join(links.parse(wiki, wiki.read(p)).html for p in wiki.pages())
    for feature in ("<table", 'class="checked"', "<del>", 'class="footnote', 'class="highlight"', 'class="tag"',
                    'class="wikilink missing"', "<img"):
        assert feature in html, feature


def test_sample_copy_is_made_once_and_kept(tmp_path: Path) -> None:
    first = sample_wiki_path(tmp_path / "copy")
    (first / "Velkommen.md").write_text("endret", "utf-8")
    again = sample_wiki_path(tmp_path / "copy")
    assert again == first and (again / "Velkommen.md").read_text("utf-8") == "endret"
