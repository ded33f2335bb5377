"""The first import of a folder records its files in batches and reads each file again to record it (the scan keeps
only hashes): every file is taken in with its bytes as they are on disk, and a file changed between the scan's two
reads is left for the next scan instead of being recorded with its old bytes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wikidesk.core.history import scan as scan_module
from wikidesk.core.history.scan import scan, scan_all
from wikidesk.core.names import name_key
from wikidesk.core.opening import INITIAL_SUMMARY, open_wiki


def pages_in(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(n):
        path = folder / f"Side {i:02}.md"
        path.write_text(f"# Side {i}\n\nTekst {i}.\n", "utf-8")
        paths.append(path)
    return paths


def test_every_file_is_taken_in_across_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "RECORD_BATCH", 3)
    paths = pages_in(tmp_path / "w", 10)
    wiki = open_wiki(tmp_path / "w", user="ola")
    history = wiki.history
    assert history is not None
    assert len(history.db.page_ids()) == 10
    for path in paths:
        entry = history.db.worktree_at(name_key(path.name))[0]
        head = history.heads(entry.page_id)[0]
        assert head.summary == INITIAL_SUMMARY
        assert history.content(head) == path.read_bytes()
    assert scan_all(history, wiki).recorded == []  # nothing left over


def test_a_file_changed_between_the_two_reads_is_recorded_by_the_next_scan(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "RECORD_BATCH", 2)
    (tmp_path / "w").mkdir()
    wiki = open_wiki(tmp_path / "w", user="ola")  # an empty folder: history's first scan is done
    history = wiki.history
    assert history is not None
    paths = pages_in(tmp_path / "w" / "Rom", 6)
    steps = scan(history, wiki, summary_new=INITIAL_SUMMARY)
    step = next(steps)
    while step[0] != 4:  # four files recorded, the last batch is next
        step = next(steps)
    waiting = [p for p in paths if not history.db.worktree_at(name_key(f"Rom/{p.name}"))]
    assert len(waiting) == 2
    late = waiting[0]
    late.write_text("# Endret\n\nNy tekst mens skanningen gikk.\n", "utf-8")
    os.utime(late, ns=(late.stat().st_mtime_ns + 10**9,) * 2)
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        report = stop.value
    assert sorted(report.recorded) == sorted(f"Rom/{p.name}" for p in paths if p != late)
    assert scan_all(history, wiki).recorded == [f"Rom/{late.name}"]
    entry = history.db.worktree_at(name_key(f"Rom/{late.name}"))[0]
    assert history.content(history.heads(entry.page_id)[0]) == late.read_bytes()
