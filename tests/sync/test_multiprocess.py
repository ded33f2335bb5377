"""Several real ``python -m wikidesk`` processes share one folder: random edits, killed syncs, an outage."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.helpers import files, heads_of, revision_ids
from tests.sync.multiclient import Scenario, play, settle, setup
from wikidesk.core.opening import open_wiki
from wikidesk.core.wiki import Wiki

pytestmark = pytest.mark.slow


def all_blobs(wiki: Wiki) -> list[bytes]:
    assert wiki.history is not None
    return list(wiki.history.all_contents())


def verify(scenario: Scenario) -> None:
    wikis = [open_wiki(c.root) for c in scenario.clients]
    first = wikis[0]
    for other in wikis[1:]:
        assert files(other) == files(first), f"{other.user}'s folder differs from {first.user}'s"
        assert revision_ids(other) == revision_ids(first), f"{other.user}'s history differs"
        assert heads_of(other) == heads_of(first)
    blobs = all_blobs(first)
    missing = [t for t in scenario.tokens if not any(t.encode() in b for b in blobs)]
    assert not missing, f"saved edits missing from history: {missing}"
    for key, data in scenario.attachments.items():
        assert any(data == b for b in blobs), f"attachment {key} missing from history"
    for client in scenario.clients:
        proc = scenario.run(client, "check", check=False)
        assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
    for wiki in wikis:
        wiki.history.close()  # type: ignore[union-attr]


def test_three_processes_random_edits_kills_and_outage(tmp_path: Path) -> None:
    share = tmp_path / "share"
    away = tmp_path / "share-away"

    def toggle(available: bool) -> None:
        if available and away.exists():
            away.rename(share)
        elif not available and share.exists():
            share.rename(away)

    scenario = setup(tmp_path, str(share), ["ola", "kari", "per"], seed=4, share_toggle=toggle)
    play(scenario, steps=70)
    settle(scenario)
    assert scenario.kills > 0, "the scenario should have killed some syncs"
    verify(scenario)
