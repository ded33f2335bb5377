"""The gardening cache filled in a child process: the same cache as in the app's own process, a cancel ends the
child, and a failure in it comes back as a clear error."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from wikidesk.core.errors import WikiError
from wikidesk.core.habits import garden, garden_cache, warm_process
from wikidesk.core.opening import init_wiki, open_wiki
from wikidesk.core.pages import PageInfo
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    wiki = init_wiki(tmp_path / "wiki", user="Kari")
    wiki.create("Home", body="Se [[Skrivere]] og [[Mangler]].\n")
    wiki.create("Skrivere", space="IT", tags=["it"], body="Tekst med #tag.\n")
    wiki.create("Skriver", space="HR", body="Nesten samme tittel.\n")
    past = time.time() - 3600  # the cache keeps no file younger than 2 s
    for path in wiki.root.rglob("*.md"):
        os.utime(path, (past, past))
    return open_wiki(wiki.root, user="Kari")


def _entries(wiki: Wiki) -> dict:
    cache = garden_cache.open_cache(wiki.meta_dir)
    assert cache is not None
    try:
        return cache.entries()
    finally:
        cache.close()


def test_the_child_fills_the_cache_the_report_then_reads(wiki: Wiki) -> None:
    pages = wiki.pages()
    assert not garden.is_warm(wiki, pages)
    assert drain(warm_process.warm_elsewhere(wiki, pages=pages, workers=0)) == 3
    assert garden.is_warm(wiki, pages)
    assert set(_entries(wiki)) == {p.path for p in pages}
    # Warm now: answered at once, without a child.
    before = multiprocessing.active_children()
    assert drain(warm_process.warm_elsewhere(wiki, pages=pages, workers=0)) == 3
    assert multiprocessing.active_children() == before


def test_the_child_is_sent_no_page_list(wiki: Wiki, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pickling the app's page list for the child made a list per page in the app's process (a full collection of
    55-80 ms and ~19 MB of fragmented heap at 100,000 pages): the child lists the folder itself."""
    sent: list[tuple] = []
    spawn = multiprocessing.context.SpawnProcess
    real_init = spawn.__init__

    def recording(self: multiprocessing.Process, *args: object, **kwargs: object) -> None:
        sent.append(tuple(kwargs.get("args", ())))  # type: ignore[arg-type]
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(spawn, "__init__", recording)
    pages = wiki.pages()
    assert drain(warm_process.warm_elsewhere(wiki, pages=pages, workers=0)) == 3
    assert garden.is_warm(wiki, pages)  # what the child listed is the caller's list
    assert len(sent) == 1
    assert not [arg for arg in sent[0] if isinstance(arg, list | tuple)]
    assert not [arg for arg in sent[0] if isinstance(arg, PageInfo)]


def test_a_cancel_ends_the_child(wiki: Wiki, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warm_process, "POLL_S", 0.001)  # look before the child can have answered
    steps = warm_process.warm_elsewhere(wiki, pages=wiki.pages(), workers=0)
    next(steps)  # the child runs
    children = [c for c in multiprocessing.active_children() if c.name == "wikidesk-garden-cache"]
    assert len(children) == 1
    steps.close()  # what a cancelled task does
    assert not children[0].is_alive()
    assert children[0].exitcode != 0  # ended, not finished


def test_a_child_that_dies_without_answering_is_reported(wiki: Wiki, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(warm_process, "POLL_S", 0.001)
    steps = warm_process.warm_elsewhere(wiki, pages=wiki.pages(), workers=0)
    next(steps)  # the child runs
    child = next(c for c in multiprocessing.active_children() if c.name == "wikidesk-garden-cache")
    child.kill()  # as if the system ended it (out of memory, a crash in native code)
    child.join()
    with pytest.raises(WikiError, match=r"stopped unexpectedly \(exit code -9\)"):
        drain(steps)


def test_a_failure_in_the_child_says_why(wiki: Wiki, tmp_path: Path) -> None:
    gone = Wiki.open_folder(wiki.root)
    moved = tmp_path / "moved"
    wiki.root.rename(moved)
    with pytest.raises(WikiError, match=r"Could not fill the gardening cache: .*does not exist"):
        drain(warm_process.warm_elsewhere(gone, pages=None, workers=0))
