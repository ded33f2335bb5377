"""Closing an index lets go of tantivy (no thread of it outlives the index), and a closed index says so when used."""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

import pytest

from tests.search.conftest import doc, ids
from wikidesk.core.search import SearchIndex
from wikidesk.core.search.index import IndexClosedError


def tantivy_threads() -> int:
    """Threads of this process that tantivy started (named ``thread-tantivy-…``; the name is cut to 15 bytes)."""
    count = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            if (task / "comm").read_text().startswith("thread-tantivy"):
                count += 1
        except OSError:
            continue
    return count


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads thread names from /proc")
def test_no_tantivy_thread_remains_after_close(tmp_path: Path) -> None:
    gc.collect()
    before = tantivy_threads()
    index = SearchIndex(tmp_path / "index")
    index.apply(upserts=[doc("a", "Skrivere", "Tekst om skrivere.")])
    assert ids(index.search("skrivere")) == ["a"]
    assert tantivy_threads() > before  # the reader's watcher runs while the index is open
    index.close()
    deadline = time.monotonic() + 5.0  # the watcher looks at its flag every 500 ms
    while tantivy_threads() > before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert tantivy_threads() == before


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
