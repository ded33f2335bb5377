"""Closing an index lets go of tantivy (no thread of it outlives the index), a closed index says so when used,
and a build parses its pages in worker processes even with one worker."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

from tests.search.conftest import doc, ids
from wikidesk.core.search import SearchIndex
from wikidesk.core.search.index import IndexClosedError


def tantivy_threads() -> set[str]:
    """Ids of the threads of this process that tantivy started (named ``thread-tantivy-…``, cut to 15 bytes)."""
    found = set()
    for task in Path("/proc/self/task").iterdir():
        try:
            if (task / "comm").read_text().startswith("thread-tantivy"):
                found.add(task.name)
        except OSError:
            continue
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads thread names from /proc")
def test_no_tantivy_thread_remains_after_close(tmp_path: Path) -> None:
    gc.collect()
    before = tantivy_threads()  # other tests' indexes may still be collected and end theirs meanwhile
    index = SearchIndex(tmp_path / "index")
    index.apply(upserts=[doc("a", "Skrivere", "Tekst om skrivere.")])
    assert ids(index.search("skrivere")) == ["a"]
    ours = tantivy_threads() - before
    assert ours  # the reader's watcher runs while the index is open
    index.close()
    deadline = time.monotonic() + 5.0  # the watcher looks at its flag every 500 ms
    while ours & tantivy_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not ours & tantivy_threads()


def test_a_closed_index_raises_a_clear_error(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path / "index")
    index.apply(upserts=[doc("a", "Skrivere", "Tekst om skrivere.")])
    index.close()
    index.close()  # closing again does nothing
    for use in (lambda: index.search("skrivere"), lambda: index.num_docs,
                lambda: index.apply(upserts=[doc("b", "To", "Tekst.")]), index.reset):
        with pytest.raises(IndexClosedError, match="is closed"):
            use()
    assert SearchIndex(tmp_path / "index").search("skrivere").total == 1  # what was committed stays


def test_one_worker_parses_in_its_own_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The app passes one worker on two cores: the pages are parsed in a process of their own, not in the app's."""
    from tests.search.conftest import write_page
    from wikidesk.core.search import build as build_module
    from wikidesk.core.search import source as source_module

    wiki = tmp_path / "wiki"
    for i in range(12):
        write_page(wiki, f"Rom/Side {i:02d}.md", f"Side {i}", f"Felles tekst, side {i}.")
    monkeypatch.setattr(build_module, "POOL_THRESHOLD", 10)
    monkeypatch.setattr(source_module, "read_doc", lambda root, rel: 1 / 0)  # only in this process
    index = SearchIndex(tmp_path / "index")
    steps = list(build_module.build(index, wiki, workers=1))
    assert steps[-1][2] == "Indexed 12 pages." and index.search("felles").total == 12
    index.close()
