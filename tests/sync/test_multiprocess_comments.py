"""Two real ``python -m wikidesk`` processes comment on one page at once through one share (with syncs killed
mid-round and snapshots written by both); every client keeps every comment, and a member who joins afterwards
from a snapshot has them all too."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.sync.multiclient import Client, Scenario, settle, setup


def comment_texts(scenario: Scenario, client: Client, page: str) -> list[str]:
    out = json.loads(scenario.run(client, "comments", page, "--json").stdout)

    def walk(items: list[dict]) -> list[str]:
        return [t for c in items for t in [c["text"], *walk(c["replies"])]]

    return walk(out["comments"])


def test_two_processes_comment_on_one_page_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIKIDESK_SNAPSHOT_EVERY", "3")
    share = tmp_path / "share"
    scenario = setup(tmp_path, str(share), ["ola", "kari"], seed=22)
    ola, kari = scenario.clients
    scenario.run(ola, "write", "Felles", "--create", stdin=b"# Felles\n")
    scenario.run(ola, "sync", "--quiet")
    scenario.run(kari, "sync", "--quiet")
    tokens: dict[str, list[str]] = {"ola": [], "kari": []}

    def talk(client: Client) -> None:
        for i in range(6):
            token = f"{client.name} sier {i}"
            reply = []
            if i % 3 == 2:  # now and then a reply to the newest comment this client can see
                seen = json.loads(scenario.run(client, "comments", "Felles", "--json").stdout)["comments"]
                if seen:
                    reply = ["--reply", seen[-1]["id"]]
            scenario.run(client, "comment", "Felles", *reply, stdin=token.encode())
            tokens[client.name].append(token)
            if i % 2:
                scenario.start_sync(client, kill_after=0.4 if i == 3 else None)
            else:
                scenario.run(client, "sync", "--quiet", check=False)

    threads = [threading.Thread(target=talk, args=(c,)) for c in scenario.clients]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    scenario.reap(wait=True)
    settle(scenario)
    expected = sorted(tokens["ola"] + tokens["kari"])
    assert len(expected) == 12
    seen = {c.name: comment_texts(scenario, c, "Felles") for c in scenario.clients}
    assert sorted(seen["ola"]) == expected
    assert seen["ola"] == seen["kari"]  # the same threads, in the same order
    assert any((share / "snapshots").iterdir()), "both wrote snapshots while commenting"
    newcomer = Client("per", tmp_path / "wiki-per", tmp_path / "home-per")
    newcomer.home.mkdir()
    joined = json.loads(scenario.run(newcomer, "join", str(share), str(newcomer.root), "--user", "per",
                                     "--json").stdout)
    assert joined["snapshot"].startswith("snapshots/") and joined["status"] == "synced"
    assert comment_texts(scenario, newcomer, "Felles") == seen["ola"]
    for client in [*scenario.clients, newcomer]:
        proc = scenario.run(client, "check", check=False)
        assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()
