"""Shared helpers for sync tests: clients on real folders sharing one real share folder."""

from __future__ import annotations

from pathlib import Path

from wikidesk.core.atomic import TEMP_PREFIX
from wikidesk.core.opening import init_wiki
from wikidesk.core.sync import SyncEngine, SyncReport, connect_share
from wikidesk.core.sync.backend import ShareBackend
from wikidesk.core.wiki import Wiki


def make_client(tmp: Path, name: str, share: Path) -> Wiki:
    wiki = init_wiki(tmp / name, user=name)
    connect_share(wiki, str(share))
    return wiki


def sync(wiki: Wiki, backend: ShareBackend | None = None, **kwargs: object) -> SyncReport:
    return SyncEngine(wiki, backend=backend, mirror_grace=0.0, **kwargs).run()  # type: ignore[arg-type]


def is_crash_leftover(name: str) -> bool:
    """A temp file of ``write_atomic`` whose process was killed before its rename: never content (the wiki
    ignores it), so it is not part of what clients must agree on. ``wikidesk check`` removes old ones."""
    return name.startswith(TEMP_PREFIX) and name.endswith(".tmp")


def files(wiki: Wiki) -> dict[str, bytes]:
    """Every file of the working folder (not .wikidesk, not crash-leftover temp files)."""
    out = {}
    for path in sorted(wiki.root.rglob("*")):
        rel = path.relative_to(wiki.root).as_posix()
        if path.is_file() and not rel.startswith(".wikidesk") and not is_crash_leftover(path.name):
            out[rel] = path.read_bytes()
    return out


def revision_ids(wiki: Wiki) -> list[str]:
    assert wiki.history is not None
    return wiki.history.revision_ids()


def heads_of(wiki: Wiki) -> dict[str, list[str]]:
    assert wiki.history is not None
    out: dict[str, list[str]] = {}
    for page_id, rev_id in wiki.history.all_heads():
        out.setdefault(page_id, []).append(rev_id)
    return out


def assert_converged(*wikis: Wiki) -> None:
    first = wikis[0]
    for other in wikis[1:]:
        assert files(other) == files(first), f"{other.user} differs from {first.user}"
        assert revision_ids(other) == revision_ids(first)
        assert heads_of(other) == heads_of(first)


def share_tree(share: Path) -> dict[str, bytes]:
    return {p.relative_to(share).as_posix(): p.read_bytes() for p in sorted(share.rglob("*")) if p.is_file()}
