"""History's first import of a folder (``first_import``), as the app runs it in the background while the window is up:
every file is taken in once, saves made meanwhile are recorded once each (the version on disk before the save counts
as added before history was kept), the wiki's lock is free between batches, the loop rests when paced, and an
import that was stopped is finished by the next open without recording anything twice."""

from __future__ import annotations

import threading
from collections.abc import Generator
from pathlib import Path

import pytest

from wikidesk.core import pacing
from wikidesk.core.history import scan as scan_module
from wikidesk.core.history.scan import EDITED, first_import, scan_all
from wikidesk.core.opening import INITIAL_SUMMARY, open_wiki
from wikidesk.core.wiki import Wiki


def folder_of(root: Path, n: int) -> Path:
    (root / "Rom").mkdir(parents=True)
    for i in range(n):
        (root / "Rom" / f"Side {i:02}.md").write_text(f"# Side {i}\n\nTekst {i}.\n", "utf-8")
    return root


def summaries(wiki: Wiki, title: str) -> list[str]:
    history = wiki.history
    assert history is not None
    return [rev.summary for rev in history.page_revisions(wiki.find(title).page_id)]


def run(steps: Generator) -> object:
    try:
        while True:
            next(steps)
    except StopIteration as stop:
        return stop.value


def test_open_without_taking_in_leaves_it_to_first_import(tmp_path: Path) -> None:
    wiki = open_wiki(folder_of(tmp_path / "w", 5), user="ola", take_in=False)
    history = wiki.history
    assert history is not None and history.needs_first_scan()
    assert history.db.page_ids() == []
    steps = list(first_import(history, wiki))
    assert not history.needs_first_scan()
    assert len(history.db.page_ids()) == 5
    for i in range(5):
        assert summaries(wiki, f"Rom/Side {i:02}") == [INITIAL_SUMMARY]
    totals = {total for _done, total, _message in steps}
    assert len(totals) == 1 and steps[-1][0] == steps[-1][1]  # one scale, ending full
    assert [done for done, _t, _m in steps] == sorted(done for done, _t, _m in steps)
    assert {message for _d, _t, message in steps} == {""}
    assert scan_all(history, wiki).recorded == []


def test_saves_during_the_import_are_recorded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "RECORD_BATCH", 2)
    wiki = open_wiki(folder_of(tmp_path / "w", 6), user="ola", take_in=False)
    history = wiki.history
    assert history is not None
    early = wiki.find("Rom/Side 00")
    wiki.save(early, "Endret før importen kom hit.\n")  # before the import looked at any file
    steps = first_import(history, wiki)
    next(steps)  # compared every file; the first batch of two is recorded before the next step
    recorded = [f"Rom/Side {i:02}" for i in range(6)
                if history.db.worktree(wiki.find(f"Rom/Side {i:02}").page_id) is not None]
    waiting = next(f"Rom/Side {i:02}" for i in range(6) if f"Rom/Side {i:02}" not in recorded)
    done = next(title for title in recorded if title != "Rom/Side 00")
    wiki.save(wiki.find(waiting), "Endret mens importen gikk.\n")  # compared, not yet recorded
    wiki.save(wiki.find(done), "Endret etter at importen tok den inn.\n")
    run(steps)
    assert not history.needs_first_scan()
    for title in ("Rom/Side 00", waiting, done):
        assert summaries(wiki, title) == [INITIAL_SUMMARY, ""], title
        head = history.heads(wiki.find(title).page_id)
        assert len(head) == 1 and history.content(head[0]) == (wiki.root / f"{title}.md").read_bytes()
    for i in range(6):
        title = f"Rom/Side {i:02}"
        if title not in ("Rom/Side 00", waiting, done):
            assert summaries(wiki, title) == [INITIAL_SUMMARY]
    assert scan_all(history, wiki).recorded == []  # nothing left over, nothing recorded twice


def test_the_wiki_lock_is_free_between_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "RECORD_BATCH", 2)
    wiki = open_wiki(folder_of(tmp_path / "w", 6), user="ola", take_in=False)
    assert wiki.history is not None
    steps = first_import(wiki.history, wiki)
    next(steps)  # between the first and the second batch
    got: list[bool] = []

    def other_thread() -> None:
        got.append(wiki.lock.acquire(blocking=False))
        if got[-1]:
            wiki.lock.release()

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    assert got == [True]
    run(steps)


def test_a_paced_import_rests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wiki = open_wiki(folder_of(tmp_path / "w", 4), user="ola", take_in=False)
    assert wiki.history is not None
    rests: list[float] = []
    monkeypatch.setattr(pacing.time, "sleep", rests.append)
    with pacing.paced(work_s=0.0, rest_s=0.001):  # every pause rests
        run(first_import(wiki.history, wiki))
    assert len(rests) >= 3 * 4  # a rest a file listed, compared and recorded at least


def test_a_stopped_import_is_finished_by_the_next_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scan_module, "RECORD_BATCH", 2)
    root = folder_of(tmp_path / "w", 6)
    wiki = open_wiki(root, user="ola", take_in=False)
    assert wiki.history is not None
    steps = first_import(wiki.history, wiki)
    next(steps)
    steps.close()  # the app quit between two batches
    assert wiki.history.needs_first_scan()
    taken = len(wiki.history.db.page_ids())
    assert 0 < taken < 6
    wiki.history.close()
    again = open_wiki(root, user="ola")
    assert again.history is not None and not again.history.needs_first_scan()
    for i in range(6):
        assert summaries(again, f"Rom/Side {i:02}") == [INITIAL_SUMMARY]


def test_a_page_history_asks_for_before_the_import_counts_as_added_before(tmp_path: Path) -> None:
    wiki = open_wiki(folder_of(tmp_path / "w", 2), user="ola", take_in=False)
    assert wiki.history is not None
    scan_module.scan_paths(wiki.history, wiki, ["Rom/Side 01.md"])  # the History dialog, before the import
    run(first_import(wiki.history, wiki))
    assert summaries(wiki, "Rom/Side 01") == [INITIAL_SUMMARY]
    (wiki.root / "Rom" / "Side 01.md").write_text("Endret i Notepad.\n", "utf-8")
    scan_module.scan_paths(wiki.history, wiki, ["Rom/Side 01.md"])
    assert summaries(wiki, "Rom/Side 01") == [INITIAL_SUMMARY, EDITED]
