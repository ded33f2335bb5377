"""Sync against a real Samba server on 127.0.0.1 (started by the test; skipped if smbd is not installed)."""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.helpers import files, make_client, sync
from tests.sync.multiclient import Scenario, play, settle, setup
from tests.sync.smb_server import SambaServer, start_samba
from tests.sync.test_multiprocess import verify
from wikidesk.core.names import name_key
from wikidesk.core.opening import open_wiki
from wikidesk.core.sync import SyncEngine
from wikidesk.core.sync.location import open_backend
from wikidesk.core.sync.smb_backend import SMBBackend

pytestmark = pytest.mark.smb


@pytest.fixture(scope="module")
def samba(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SambaServer]:
    started = start_samba(tmp_path_factory.mktemp("samba"))
    if isinstance(started, str):
        pytest.skip(started)
    yield started
    started.stop()


def test_smb_backend_primitives(samba: SambaServer) -> None:
    backend = open_backend(samba.url(folder=""))
    assert isinstance(backend, SMBBackend)
    backend.mkdir("prim")
    assert backend.write_new("prim/a.txt", b"one")
    assert not backend.write_new("prim/a.txt", b"two")  # create-new fails if it exists
    assert backend.read("prim/a.txt") == b"one"
    assert backend.write_new("prim/b.txt", b"bee")
    assert not backend.rename("prim/b.txt", "prim/a.txt")  # SMB refuses to replace unless asked
    assert backend.read("prim/a.txt") == b"one"
    assert backend.rename("prim/b.txt", "prim/a.txt", replace=True)
    assert backend.read("prim/a.txt") == b"bee"
    names = {e.name: e for e in backend.list("prim")}
    assert set(names) == {"a.txt"} and names["a.txt"].size == 3
    assert backend.stat("prim/missing") is None
    assert backend.delete("prim/a.txt") and not backend.delete("prim/a.txt")
    with pytest.raises(FileNotFoundError):
        backend.read("prim/a.txt")
    backend.close()


def test_smb_create_new_from_two_connections_at_once_never_replaces(samba: SambaServer) -> None:
    """Two clients race to create the same store files (temp file + no-replace rename, as ShareStore does):
    each name is won once and keeps the winner's bytes."""
    backends = [open_backend(samba.url(folder="")) for _ in range(2)]
    backends[0].mkdir("race")
    names = [f"race/{n:010d}.seg" for n in range(30)]
    won: dict[int, list[str]] = {0: [], 1: []}

    def client(i: int) -> None:
        for name in names:
            tmp = f"race/.~wd-{i}-{name[5:15]}.tmp"
            assert backends[i].write_new(tmp, f"client {i}".encode())
            if backends[i].rename(tmp, name):
                won[i].append(name)
            else:
                backends[i].delete(tmp)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(won[0] + won[1]) == names
    assert {name: backends[0].read(name) for name in names} == {
        name: f"client {i}".encode() for i in (0, 1) for name in won[i]}
    for backend in backends:
        backend.close()


def test_two_clients_over_smb_and_read_only_share(samba: SambaServer, tmp_path: Path) -> None:
    a = make_client(tmp_path, "ola", samba.url(folder="pair"))  # type: ignore[arg-type]
    b = make_client(tmp_path, "kari", samba.url(folder="pair"))  # type: ignore[arg-type]
    a.create("Over SMB", body="hei\n")
    assert sync(a).status == "synced"
    assert sync(b).status == "synced" and b.read("Over SMB").body == "hei\n"
    assert (samba.share_dir / "pair" / "pages" / "Over SMB.md").exists()
    a.save(a.find("Over SMB"), "hei igjen\n")
    sync(a)
    b.create("Lokal", body="b\n")
    report = SyncEngine(b, backend=open_backend(samba.url(share="wiki-ro", folder="pair"))).run()
    assert report.status == "read-only" and "cannot be sent" in report.message
    assert b.read("Over SMB").body == "hei igjen\n"  # pulled anyway


def test_smbd_down_is_offline(samba: SambaServer, tmp_path: Path) -> None:
    a = make_client(tmp_path, "ola", samba.url(folder="down"))  # type: ignore[arg-type]
    a.create("X", body="x\n")
    samba.stop()
    try:
        report = sync(a)
        assert report.status == "offline"
    finally:
        samba.start()
    assert sync(a).status == "synced"


def test_processes_over_smb_with_kills_and_server_outage(samba: SambaServer, tmp_path: Path) -> None:
    def toggle(available: bool) -> None:
        if available and samba.proc is None:
            samba.start()
        elif not available and samba.proc is not None:
            samba.stop()

    scenario = setup(tmp_path, samba.url(folder="multi"), ["ola", "kari", "per"], seed=11, share_toggle=toggle)
    play(scenario, steps=40)
    settle(scenario)
    verify(scenario)


def sync_at_once(scenario: Scenario) -> None:
    """Every client process starts a sync at the same moment; wait for all of them."""
    for client in scenario.clients:
        scenario.start_sync(client, None)
    scenario.reap(wait=True)


def mirror_listing(folder: Path) -> dict[str, bytes]:
    pages = folder / "pages"
    return {p.relative_to(pages).as_posix(): p.read_bytes() for p in sorted(pages.rglob("*")) if p.is_file()}


def same_name_on_windows(names: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name_key(name), []).append(name)
    return [sorted(group) for group in groups.values() if len(group) > 1]


def assert_mirror_is_the_wiki(folder: Path, scenario: Scenario) -> dict[str, bytes]:
    wikis = [open_wiki(c.root) for c in scenario.clients]
    try:
        wanted = files(wikis[0])
        for other in wikis[1:]:
            assert files(other) == wanted
    finally:
        for wiki in wikis:
            wiki.history.close()  # type: ignore[union-attr]
    mirror = mirror_listing(folder)
    assert same_name_on_windows(list(mirror)) == []
    assert mirror == wanted  # every page's readable copy, under its exact name, with its current text
    return mirror


def test_clashing_names_from_two_processes_on_a_windows_like_share(samba: SambaServer, tmp_path: Path) -> None:
    scenario = setup(tmp_path, samba.url(share="wiki-win", folder="names"), ["ola", "kari"], seed=3)
    ola, kari = scenario.clients
    scenario.run(ola, "write", "Rutiner", "--create", stdin=b"fra ola\n")
    scenario.run(kari, "write", "rutiner", "--create", stdin=b"fra kari\n")
    scenario.run(ola, "write", "\u00c5rsplan", "--create", stdin=b"ola, en kodepunkt\n")
    scenario.run(kari, "write", "A\u030arsplan", "--create", stdin=b"kari, A og ring\n")
    # files saved by other programs keep the form they were typed in: one decomposed, one composed
    (kari.root / unicodedata.normalize("NFD", "\u00c5rsm\u00f8te.md")).write_bytes(b"kari, NFD-navn\n")
    (ola.root / "\u00c5rsm\u00f8te.md").write_bytes(b"ola, NFC-navn\n")
    folder = samba.windows_share_dir / "names"
    for _ in range(2):
        sync_at_once(scenario)
    settle(scenario)
    mirror = assert_mirror_is_the_wiki(folder, scenario)
    assert len(mirror) == 6

    old = next(name for name in mirror if name_key(name) == name_key("rutiner.md"))
    scenario.run(kari, "rename", old.removesuffix(".md"), "Rutiner for vakt")
    scenario.run(ola, "write", "\u00c5rsplan", stdin=b"ola endret\n")
    sync_at_once(scenario)
    settle(scenario)
    mirror = assert_mirror_is_the_wiki(folder, scenario)
    assert old not in mirror and "Rutiner for vakt.md" in mirror
