"""The index follows a real wiki: saves, renames, deletes and outside edits; a damaged index is rebuilt in the
background while searches keep working."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.search.conftest import write_page
from wikidesk.core.opening import init_wiki
from wikidesk.core.search.service import WikiSearch
from wikidesk.core.wiki import Wiki


@pytest.fixture
def wiki(tmp_path: Path) -> Wiki:
    root = tmp_path / "wiki"
    write_page(root, "IT/Skriver.md", "Skriver", "Slik kobler du til skriveren.", tags="[it]")
    write_page(root, "HR/Ferie.md", "Ferie", "Søknad om ferie.")
    return init_wiki(root, user="Kari Nordmann")


@pytest.fixture
def search(wiki: Wiki, tmp_path: Path):
    service = WikiSearch(wiki, tmp_path / "index", workers=1)
    service.start()
    assert service.wait(30)
    yield service
    service.close()


def titles(results) -> list[str]:
    return [h.title for h in results.hits]


def test_first_start_builds_the_index(search):
    assert titles(search.search("skriveren")) == ["Skriver"]
    status = search.status()
    assert status.documents == 2 and status.complete and not status.building and status.pending == 0


def test_save_is_searchable_once_the_updater_is_idle(wiki, search):
    """A save reaches the index through the updater (how fast: ``bench/search_update.py``)."""
    page = wiki.create("Møterom", space="Admin", body="Booking av møterom.")
    wiki.save(page.info.path, "Booking av møterom og prosjektor.")
    assert search.updater.wait_idle(5)
    assert titles(search.search("prosjektor")) == ["Møterom"]


def test_rename_and_delete(wiki, search):
    wiki.rename("IT/Skriver", "Skrivere og kopimaskiner")
    assert search.updater.wait_idle(5)
    hits = search.search("skriveren").hits
    assert [h.path for h in hits] == ["IT/Skrivere og kopimaskiner.md"]
    wiki.delete("IT/Skrivere og kopimaskiner")
    assert search.updater.wait_idle(5)
    assert search.search("skriveren").total == 0
    assert search.status().documents == 1


def test_author_from_the_wiki_user(wiki, search):
    wiki.create("Rutine", body="Ny rutine for arkiv.")
    assert search.updater.wait_idle(5)
    assert titles(search.search("author:kari arkiv")) == ["Rutine"]


def test_changes_made_while_closed_are_caught_up(wiki, tmp_path):
    first = WikiSearch(wiki, tmp_path / "index", workers=1)
    first.start()
    assert first.wait(30)
    first.close()
    write_page(wiki.root, "HR/Ferie.md", "Ferie", "Søknad om permisjon.")  # another editor, app closed
    second = WikiSearch(wiki, tmp_path / "index", workers=1)
    second.start()
    try:
        assert second.wait(30)
        assert titles(second.search("permisjon")) == ["Ferie"]
        assert second.search("ferie").total == 1  # the title still matches, the old body is gone
    finally:
        second.close()


def test_damaged_index_is_rebuilt_in_the_background_with_progress(wiki, tmp_path):
    first = WikiSearch(wiki, tmp_path / "index", workers=1)
    first.start()
    assert first.wait(30)
    first.close()
    for path in (tmp_path / "index").glob("*.term"):
        path.write_bytes(b"")
    progress: list[tuple[int, int, str]] = []
    second = WikiSearch(wiki, tmp_path / "index", workers=1)
    assert second.index.problem == "corrupt"
    notes = second.search("skriveren").notes  # before the rebuild: works, and says why results may be missing
    assert notes and "damaged" in notes[0]
    second.start(on_progress=lambda *step: progress.append(step))
    try:
        assert second.wait(30)
        assert progress and progress[-1][0] == progress[-1][1] == 2
        results = second.search("skriveren")
        assert titles(results) == ["Skriver"] and not results.notes
    finally:
        second.close()


def test_idle_updater_gives_the_writer_back(wiki, tmp_path, monkeypatch):
    from wikidesk.core.search import updater as updater_module

    monkeypatch.setattr(updater_module, "IDLE_RELEASE", 0.1)
    service = WikiSearch(wiki, tmp_path / "index", workers=1)
    released: list[bool] = []  # whether the writer was given back when the hook ran (the app trims its heap there)
    service.updater.after_release = lambda: released.append(service.index.holds_writer)
    service.start()
    try:
        assert service.wait(30)
        wiki.create("Ny", body="tekst")
        assert service.updater.wait_idle(5)
        deadline = time.monotonic() + 5
        while (service.index.holds_writer or not released) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert not service.index.holds_writer  # another wikidesk process may now write
        assert released and not any(released)
        assert service.search("tekst").total == 1
    finally:
        service.close()


def test_background_build_waits_for_a_writer_held_by_another_process(wiki, tmp_path, monkeypatch):
    import subprocess
    import sys

    from tests.search.test_index import HOLD_WRITER
    from wikidesk.core.search import service as service_module
    from wikidesk.core.search.index import SearchIndex

    SearchIndex(tmp_path / "index").close()  # an empty index, as after a crash mid-build
    monkeypatch.setattr(service_module, "BUSY_RETRY", 0.2)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITER, str(tmp_path / "index"), "2.0"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    service = WikiSearch(wiki, tmp_path / "index", workers=1)
    service.index.lock_timeout = 0.2
    messages: list[str] = []
    service.start(on_progress=lambda _d, _t, msg: messages.append(msg))
    try:
        holder.wait(timeout=30)
        assert service.wait(30)
        assert any("busy" in m for m in messages)  # it said so, then went on when the writer was free
        assert titles(service.search("skriveren")) == ["Skriver"]
    finally:
        service.close()
