"""The first push of a big wiki goes out a segment at a time and its readable copy a batch at a time (bounded memory,
fsyncs that wait together): every client reads what it sent, and a push cut short is finished by the next round."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.sync.helpers import make_client, sync
from wikidesk.core.sync import mirror, push
from wikidesk.core.sync.backend import LocalBackend
from wikidesk.core.sync.check import check
from wikidesk.core.sync.store import TEMP_PREFIX
from wikidesk.core.wiki import Wiki

PAGES = 130


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(push, "MAX_REVISIONS_PER_SEGMENT", 50)
    monkeypatch.setattr(mirror, "BATCH", 16)


def big_wiki(tmp_path: Path, share: Path) -> Wiki:
    wiki = make_client(tmp_path, "ola", share)
    for i in range(PAGES):
        wiki.create(f"Rutine {i:03d}", space=f"Enhet {i % 4}", body=f"Slik gjør vi det, nummer {i}.\n")
    return wiki


def mirror_files(share: Path) -> dict[str, bytes]:
    return {p.relative_to(share / "pages").as_posix(): p.read_bytes() for p in (share / "pages").rglob("*")
            if p.is_file()}


def page_files(wiki: Wiki) -> dict[str, bytes]:
    return {info.path: (wiki.root / info.path).read_bytes() for info in wiki.pages()}


class FailingMirror(LocalBackend):
    """A local share that refuses new files under ``pages/`` after ``allowed`` of them (as a share whose
    permissions change mid-round), and takes several writes at once."""

    parallel = 8

    def __init__(self, root: Path, allowed: int) -> None:
        super().__init__(root)
        self.allowed = allowed
        self.lock = threading.Lock()

    def write_new(self, rel: str, data: bytes) -> bool:
        if rel.startswith("pages/"):
            with self.lock:
                self.allowed -= 1
                refused = self.allowed < 0
            if refused:
                raise PermissionError(13, "Permission denied")
        return super().write_new(rel, data)


def test_a_first_push_in_many_segments_and_mirror_batches_reaches_everyone(tmp_path: Path,
                                                                           small_batches: None) -> None:
    share = tmp_path / "share"
    ola = big_wiki(tmp_path, share)
    report = sync(ola)
    assert report.status == "synced" and report.pushed == PAGES and report.mirror_written == PAGES
    assert len(list((share / "log").rglob("*.seg"))) == 3  # 50 + 50 + 30 revisions
    assert mirror_files(share) == page_files(ola)
    kari = make_client(tmp_path, "kari", share)
    assert sync(kari).pulled == PAGES
    assert page_files(kari) == page_files(ola)
    assert check(kari).ok and check(ola).ok


def test_a_mirror_cut_short_is_finished_by_the_next_round(tmp_path: Path, small_batches: None) -> None:
    share = tmp_path / "share"
    ola = big_wiki(tmp_path, share)
    report = sync(ola, backend=FailingMirror(share, allowed=40))
    assert report.pushed == PAGES and report.waiting == 0  # every revision is on the share ...
    assert any("readable copy" in line for line in report.problems)  # ... but not every mirror file
    written = mirror_files(share)
    assert 16 <= len(written) <= 40  # whole batches of 16, and no more than were allowed
    assert not [p for p in (share / "pages").rglob("*") if p.name.startswith(TEMP_PREFIX)]

    report = sync(ola)  # nothing left to push: the round still owes the mirror what it did not write
    assert report.status == "synced" and report.pushed == 0 and report.problems == []
    assert mirror_files(share) == page_files(ola)
    assert sync(ola).mirror_written == 0  # and then nothing more
