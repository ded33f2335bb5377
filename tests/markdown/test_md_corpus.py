"""Every page of the real Norwegian corpus renders, safely, and concurrent renders agree with serial ones."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from md_safety import problems

from wikidesk.core import frontmatter
from wikidesk.core.markdown import RenderedPage, render


def _bodies(corpus: Path) -> list[tuple[str, str]]:
    files = sorted(corpus.rglob("*.md"))
    assert len(files) > 500, f"expected the ~600-page corpus at {corpus}"
    return [(str(f.relative_to(corpus)), frontmatter.parse(f.read_text(encoding="utf-8")).body) for f in files]


def _summary(page: RenderedPage) -> tuple:
    return (page.html, page.text, page.links, page.tags, page.headings, page.attachments, page.external_links)


def test_every_corpus_page_renders(corpus: Path):
    failures = []
    for name, body in _bodies(corpus):
        page = render(body)
        if body.strip() and not page.html.strip():
            failures.append(f"{name}: empty result")
        if page.html.startswith('<p class="render-error">'):
            failures.append(f"{name}: fell back to plain text")
        found = problems(page.html)
        if found:
            failures.append(f"{name}: {found[:3]}")
    assert not failures, "\n".join(failures[:30])


def test_corpus_extraction_looks_right(corpus: Path):
    pages = {name: render(body) for name, body in _bodies(corpus)}
    assert sum(len(p.headings) for p in pages.values()) > 1000
    assert sum(len(p.external_links) for p in pages.values()) > 500
    assert sum(len(p.attachments) for p in pages.values()) > 200
    all_tags = {tag for p in pages.values() for tag in p.tags}
    # kramdown heading ids ({#authresponse}) and colour codes (#f3f4f4) are not tags
    assert not all_tags & {"authresponse", "f3f4f4", "scopes", "spraak"}
    # Liquid survives as text
    assert any("{% include" in p.text for p in pages.values())
    assert any("{{" in p.text for p in pages.values())


def test_concurrent_renders_match_serial_renders(corpus: Path):
    bodies = [body for _, body in _bodies(corpus)][:200]
    serial = [_summary(render(b)) for b in bodies]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda b: _summary(render(b)), bodies * 2))
    assert parallel == serial * 2
