"""Saving is atomic: a crash at any moment leaves the old page or the new one, never a mix."""

from __future__ import annotations

import ctypes
import errno
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from wikidesk.core import atomic
from wikidesk.core.atomic import create_exclusive, write_atomic
from wikidesk.core.errors import StorageError

WRITER = """
import sys
from pathlib import Path
from wikidesk.core.atomic import write_atomic
target = Path(sys.argv[1])
n = 0
while True:
    n += 1
    ch = b"ab"[n % 2:n % 2 + 1]
    write_atomic(target, ch * 2_000_000)
    print(n, flush=True)
"""


def test_write_replaces_and_leaves_no_temp_files(tmp_path: Path) -> None:
    target = tmp_path / "side.md"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in tmp_path.iterdir()] == ["side.md"]


@pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")
def test_kill_during_save_never_leaves_a_partial_page(tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    write_atomic(target, b"a" * 2_000_000)
    for delay in (0.05, 0.11, 0.17, 0.23, 0.31):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE)
        proc.stdout.readline()  # at least one save completed; now kill it somewhere inside a later one
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = target.read_bytes()
        assert len(data) == 2_000_000 and data in (b"a" * 2_000_000, b"b" * 2_000_000)


def test_unwritable_folder_gives_a_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        write_atomic(blocker / "sub" / "page.md", b"x")
    assert "Could not save page.md" in str(info.value)


def test_create_exclusive_never_replaces(tmp_path: Path) -> None:
    target = tmp_path / "obj"
    assert create_exclusive(target, b"first")
    assert not create_exclusive(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["obj"]


# ----- create-without-replace where hard links are not supported ---------------------------------------------------
# This machine's filesystem supports hard links and renameat2, so the OS edge is patched to behave as one that does
# not (FAT, exFAT, a CIFS mount, some NAS): os.link fails with EPERM, and renameat2 fails with EINVAL (the filesystem
# lacks RENAME_NOREPLACE) or ENOSYS (an old kernel).

THEIRS = b"written by another client"
LIBC_RENAMEAT2 = getattr(atomic, "_RENAMEAT2", None)


def no_hard_links(monkeypatch: pytest.MonkeyPatch) -> None:
    def link(src: object, dst: object, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", link)


def renameat2_failing_with(code: int) -> Callable[..., int]:
    def renameat2(*args: object) -> int:
        ctypes.set_errno(code)
        return -1

    return renameat2


def without_renameat2(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    monkeypatch.setattr(atomic, "_RENAMEAT2", renameat2_failing_with(code), raising=False)


FALLBACKS = ["renameat2", "exclusive create (EINVAL)", "exclusive create (ENOSYS)"]


def force_fallback(monkeypatch: pytest.MonkeyPatch, fallback: str) -> None:
    no_hard_links(monkeypatch)
    if fallback.endswith("(EINVAL)"):
        without_renameat2(monkeypatch, errno.EINVAL)
    elif fallback.endswith("(ENOSYS)"):
        without_renameat2(monkeypatch, errno.ENOSYS)


def another_client_writes_first(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    """Make another client create ``target`` at the last moment: just before whichever OS call touches it next
    (rename, replace, renameat2 or an exclusive open). Returns the names of the calls it ran before."""
    fired: list[str] = []
    real_open = os.open

    def race(name: str, path: object) -> None:
        if not fired and os.fsdecode(path) == str(target):
            fd = real_open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
            os.write(fd, THEIRS)
            os.close(fd)
            fired.append(name)

    def wrap_rename(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def wrapped(src: object, dst: object, *args: object, **kwargs: object) -> object:
            race(name, dst)
            return real(src, dst, *args, **kwargs)
        return wrapped

    def wrapped_open(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            race("open", path)
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "rename", wrap_rename("rename", os.rename))
    monkeypatch.setattr(os, "replace", wrap_rename("replace", os.replace))
    monkeypatch.setattr(os, "open", wrapped_open)
    real_renameat2 = getattr(atomic, "_RENAMEAT2", None)
    if real_renameat2 is not None and real_renameat2 is LIBC_RENAMEAT2:  # not a stand-in that fails at once
        def renameat2(olddirfd: int, old: bytes, newdirfd: int, new: bytes, flags: int) -> int:
            race("renameat2", new)
            return real_renameat2(olddirfd, old, newdirfd, new, flags)  # type: ignore[no-any-return]
        monkeypatch.setattr(atomic, "_RENAMEAT2", renameat2)
    return fired


@pytest.mark.parametrize("fallback", FALLBACKS)
def test_create_exclusive_without_hard_links_never_replaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             fallback: str) -> None:
    force_fallback(monkeypatch, fallback)
    target = tmp_path / "obj"
    assert create_exclusive(target, b"first")
    assert not create_exclusive(target, b"second")
    assert target.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["obj"]


@pytest.mark.parametrize("fallback", FALLBACKS)
def test_create_exclusive_without_hard_links_keeps_a_file_written_at_the_last_moment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fallback: str) -> None:
    force_fallback(monkeypatch, fallback)
    target = tmp_path / "segment"
    fired = another_client_writes_first(monkeypatch, target)
    assert not create_exclusive(target, b"mine")  # "already exists": nothing written
    assert fired == ["renameat2" if fallback == "renameat2" else "open"]  # the other client wrote in between
    assert target.read_bytes() == THEIRS
    assert [p.name for p in tmp_path.iterdir()] == ["segment"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is a Linux call")
def test_renameat2_is_found_in_libc_on_linux() -> None:
    assert atomic._RENAMEAT2 is not None


def test_create_exclusive_with_a_failing_exclusive_write_leaves_nothing(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    force_fallback(monkeypatch, "exclusive create (EINVAL)")
    real_fsync = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:  # the temp file's fsync passes; the target's fails as on a vanished share
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(StorageError, match="network reported an error"):
        create_exclusive(tmp_path / "obj", b"data")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fallback", FALLBACKS)
def test_local_share_backend_create_new_keeps_a_file_written_at_the_last_moment(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fallback: str) -> None:
    """The same guarantee for sync's create-new on a local or mapped share folder (temp file, no-replace rename)."""
    from wikidesk.core.sync.backend import LocalBackend
    from wikidesk.core.sync.store import ShareStore

    force_fallback(monkeypatch, fallback)
    (tmp_path / "log").mkdir()
    store = ShareStore(LocalBackend(tmp_path), tag="c1")
    assert store.create_new("log/0000000001.seg", b"first")
    assert not store.create_new("log/0000000001.seg", b"again")
    fired = another_client_writes_first(monkeypatch, tmp_path / "log" / "0000000002.seg")
    assert not store.create_new("log/0000000002.seg", b"mine")
    assert fired == ["renameat2" if fallback == "renameat2" else "open"]
    assert {p.name: p.read_bytes() for p in (tmp_path / "log").iterdir()} == {
        "0000000001.seg": b"first", "0000000002.seg": THEIRS}


def test_a_batch_changes_nothing_until_it_commits(tmp_path: Path) -> None:
    old, gone = tmp_path / "old.md", tmp_path / "sub" / "gone.md"
    old.write_bytes(b"old")
    gone.parent.mkdir()
    gone.write_bytes(b"gone")
    batch = atomic.DurableBatch()
    batch.stage(old, b"new")
    batch.stage(tmp_path / "sub" / "deeper" / "fresh.md", b"fresh")
    batch.remove(gone)
    assert old.read_bytes() == b"old" and gone.exists() and not (tmp_path / "sub" / "deeper" / "fresh.md").exists()
    assert len(list(tmp_path.rglob(f"{atomic.TEMP_PREFIX}*"))) == 2
    batch.commit()
    batch.close()
    assert old.read_bytes() == b"new" and not gone.exists()
    assert (tmp_path / "sub" / "deeper" / "fresh.md").read_bytes() == b"fresh"
    assert not list(tmp_path.rglob(f"{atomic.TEMP_PREFIX}*")) and len(batch) == 0


def test_a_batch_is_durable_before_its_steps_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every staged and kept file is fsynced before it takes its name, every touched folder after, and the steps
    (what a caller records) only then: whatever is recorded is on the disk."""
    events: list[tuple[str, str]] = []
    real_file, real_dir = atomic.fsync_file, atomic.fsync_dir
    monkeypatch.setattr(atomic, "fsync_file", lambda p: (events.append(("file", Path(p).name)), real_file(p)))
    monkeypatch.setattr(atomic, "fsync_dir", lambda p: (events.append(("dir", Path(p).name)), real_dir(p)))
    real_replace = os.replace
    monkeypatch.setattr(atomic.os, "replace", lambda a, b: (events.append(("rename", Path(b).name)),
                                                            real_replace(a, b)))
    (tmp_path / "a").mkdir()
    kept = tmp_path / "a" / "kept.md"
    kept.write_bytes(b"kept")
    batch = atomic.DurableBatch()
    for i in range(5):
        batch.stage(tmp_path / "b" / f"p{i}.md", b"x" * i)
    batch.keep(kept)
    batch.then(lambda: events.append(("step", "")))
    with batch:
        batch.commit()
    kinds = [kind for kind, _name in events]
    assert kinds == ["file"] * 6 + ["rename"] * 5 + ["dir"] * 2 + ["step"]
    assert sorted(name for kind, name in events if kind == "file")[-1] == "kept.md"
    assert all(name.startswith(atomic.TEMP_PREFIX) for kind, name in events if kind == "file" and name != "kept.md")
    assert sorted(name for kind, name in events if kind == "dir") == ["a", "b"]


def test_a_batch_that_cannot_be_made_durable_runs_no_step_and_says_why(tmp_path: Path) -> None:
    batch = atomic.DurableBatch()
    batch.stage(tmp_path / "one.md", b"1")
    batch.stage(tmp_path / "two.md", b"2")
    batch.keep(tmp_path / "vanished.md")  # gone before the commit: it cannot be flushed
    ran: list[int] = []
    batch.then(lambda: ran.append(1))
    with batch, pytest.raises(StorageError, match="Could not save the files"):
        batch.commit()
    assert ran == [] and not list(tmp_path.glob(f"{atomic.TEMP_PREFIX}*"))
    assert not (tmp_path / "one.md").exists() and not (tmp_path / "two.md").exists()


def test_a_discarded_batch_leaves_every_file_as_it_was(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"before")
    batch = atomic.DurableBatch()
    batch.stage(page, b"after")
    batch.remove(page)
    batch.discard()
    batch.commit()  # nothing left to do
    batch.close()
    assert page.read_bytes() == b"before" and [p.name for p in tmp_path.iterdir()] == ["page.md"]
