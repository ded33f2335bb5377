"""Fixtures for search tests: real tantivy indexes on disk in tmp_path, small hand-made pages, the real corpus."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wikidesk.core.search import IndexDoc, SearchIndex
from wikidesk.core.search.build import build

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("WIKIDESK_CORPUS", REPO / ".." / "shared" / "corpus" / "felleslosninger-docs"))
DAY = 86400.0
NOW = time.time()


def doc(
    page_id: str,
    title: str,
    body: str = "",
    *,
    sections: list[tuple[str | None, str]] | None = None,
    tags: tuple[str, ...] = (),
    space: str = "",
    authors: tuple[str, ...] = (),
    age_days: float = 30.0,
    path: str | None = None,
) -> IndexDoc:
    """A page for the index; ``body`` becomes one section without heading."""
    folder = f"{space}/" if space else ""
    return IndexDoc(
        page_id=page_id,
        path=path or f"{folder}{title}.md",
        title=title,
        sections=sections if sections is not None else [(None, body)],
        tags=tags,
        space=space,
        authors=authors,
        modified=NOW - age_days * DAY,
    )


@pytest.fixture
def make_index(tmp_path: Path) -> Callable[..., SearchIndex]:
    """``make_index(*docs)``: a fresh index on disk holding ``docs``."""

    def make(*docs: IndexDoc, name: str = "index") -> SearchIndex:
        index = SearchIndex(tmp_path / name)
        if docs:
            index.apply(upserts=docs)
        return index

    return make


def ids(results) -> list[str]:
    return [h.page_id for h in results.hits]


def write_page(root: Path, rel: str, title: str, body: str, *, tags: str = "[]", page_id: str | None = None) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    head = f"---\ntitle: {title}\n" + (f"id: {page_id}\n" if page_id else "") + f"tags: {tags}\n---\n"
    path.write_text(head + body, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def corpus_index_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real Norwegian corpus indexed once per session (tests get a copy)."""
    if not CORPUS.is_dir():
        pytest.skip(f"the Norwegian test corpus is not at {CORPUS} (set WIKIDESK_CORPUS)")
    target = tmp_path_factory.mktemp("corpus-index") / "index"
    index = SearchIndex(target)
    for _ in build(index, CORPUS, workers=1):
        pass
    index.close()
    return target


@pytest.fixture
def corpus_index(corpus_index_template: Path, tmp_path: Path) -> SearchIndex:
    target = tmp_path / "corpus-index"
    shutil.copytree(corpus_index_template, target)
    return SearchIndex(target)
