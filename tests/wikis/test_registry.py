"""The person's list of wikis (``wikidesk.core.wikis``): registering, the current wiki beside the ``wiki_path``
setting, sync summaries, the share write probe, and IT's preconfigured team shares."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest

from wikidesk.core import machine_policy, wikis
from wikidesk.core.machine_policy import REG_MULTI_SZ, from_registry_values
from wikidesk.core.settings import Settings


def report(status: str, **counts: int) -> SimpleNamespace:
    return SimpleNamespace(status=status, message=f"{status}.", pulled=counts.get("pulled", 0),
                           pushed=counts.get("pushed", 0), conflicts=["a.md"] * counts.get("conflicts", 0),
                           waiting=counts.get("waiting", 0))


def test_register_two_wikis_first_is_current_and_the_wiki_path_default(tmp_path: Path) -> None:
    a = wikis.register(tmp_path / "team-a", share=str(tmp_path / "share-a"))
    b = wikis.register(tmp_path / "team-b", share=str(tmp_path / "share-b"), name="Team B")
    registry = wikis.load()
    assert [(w.name, w.share) for w in registry.wikis] == [("team-a", str(tmp_path / "share-a")),
                                                           ("Team B", str(tmp_path / "share-b"))]
    assert registry.current == a.folder and b.folder == str(tmp_path / "team-b")
    assert Settings.load().get("wiki_path") == a.folder
    wikis.set_current(tmp_path / "team-b")
    assert wikis.load().current == b.folder and Settings.load().get("wiki_path") == b.folder


def test_registering_again_updates_instead_of_adding(tmp_path: Path) -> None:
    wikis.register(tmp_path / "w", share="/old")
    wikis.register(tmp_path / "w" / ".." / "w", share="/new")
    assert [(w.folder, w.share) for w in wikis.load().wikis] == [(str(tmp_path / "w"), "/new")]


def test_same_folder_name_gets_a_distinct_display_name(tmp_path: Path) -> None:
    wikis.register(tmp_path / "one" / "wiki")
    wikis.register(tmp_path / "two" / "wiki")
    assert [w.name for w in wikis.load().wikis] == ["wiki", "wiki (2)"]


def test_the_wiki_path_setting_alone_is_a_registered_current_wiki(tmp_path: Path) -> None:
    settings = Settings.load()
    settings.set("wiki_path", str(tmp_path / "old"))
    settings.save()
    registry = wikis.load()
    assert [w.folder for w in registry.wikis] == [str(tmp_path / "old")] and registry.current == str(tmp_path / "old")


def test_sync_results_give_the_state(tmp_path: Path) -> None:
    wikis.register(tmp_path / "w", share=str(tmp_path / "s"))
    assert wikis.load().wikis[0].state == "not synced yet"
    wikis.record_sync(tmp_path / "w", report("conflicts", pulled=2, conflicts=1), at=1000.0)
    entry = wikis.load().wikis[0]
    assert entry.state == "conflicts"
    assert entry.to_json(current=True)["last_sync"] == {"status": "conflicts", "time": 1000.0, "pulled": 2,
                                                        "pushed": 0, "conflicts": 1, "waiting": 0,
                                                        "message": "conflicts."}
    wikis.record_sync(tmp_path / "w", report("read-only", waiting=3))
    wikis.record_sync(tmp_path / "w", report("synced"))  # nothing to send: still not known to be writable
    assert wikis.load().wikis[0].state == "read-only"
    wikis.record_sync(tmp_path / "w", report("synced", pushed=3))
    assert wikis.load().wikis[0].state == "synced"


def test_a_wiki_without_a_share_is_local(tmp_path: Path) -> None:
    wikis.register(tmp_path / "w")
    assert wikis.load().wikis[0].state == "local"


def test_an_unreadable_registry_file_is_an_empty_list(tmp_path: Path) -> None:
    wikis.registry_path().parent.mkdir(parents=True, exist_ok=True)
    wikis.registry_path().write_text("{not json", "utf-8")
    assert wikis.load().wikis == []
    wikis.register(tmp_path / "w")
    assert len(wikis.load().wikis) == 1


def test_probe_share(tmp_path: Path) -> None:
    share = tmp_path / "share"
    assert wikis.probe_share(str(share)) == "offline"
    share.mkdir()
    assert wikis.probe_share(str(share)) == "writable"
    assert list(share.iterdir()) == []  # the probe file is gone
    if os.geteuid() == 0:
        if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(share)],
                                                             capture_output=True).returncode != 0:
            pytest.skip("running as root, and chattr +i is not available to make the share read-only")
        try:
            assert wikis.probe_share(str(share)) == "read-only"
        finally:
            subprocess.run(["chattr", "-i", str(share)], check=False)
    else:
        share.chmod(0o500)
        try:
            assert wikis.probe_share(str(share)) == "read-only"
        finally:
            share.chmod(0o700)


def test_team_shares_from_the_json_machine_defaults(wikidesk_home: Path, tmp_path: Path) -> None:
    Path(os.environ["WIKIDESK_MACHINE_DEFAULTS"]).write_text(json.dumps({"team_shares": [
        {"name": "IT", "share": "~/shares/it"}, {"name": "Barnehage", "share": str(tmp_path / "bhg")}]}), "utf-8")
    home = os.environ.get("HOME") or str(Path.home())
    assert wikis.team_shares() == [wikis.TeamShare("IT", home + "/shares/it"),
                                   wikis.TeamShare("Barnehage", str(tmp_path / "bhg"))]
    wikis.register(tmp_path / "mine", share=str(tmp_path / "bhg"))
    assert wikis.offered_team_shares() == [wikis.TeamShare("IT", home + "/shares/it")]


def test_bad_team_shares_fall_back_to_none(wikidesk_home: Path) -> None:
    Path(os.environ["WIKIDESK_MACHINE_DEFAULTS"]).write_text(json.dumps({"team_shares": [{"name": "IT"}]}), "utf-8")
    assert wikis.team_shares() == []


def test_team_shares_from_the_registry_multi_string() -> None:
    raw = {"TeamShares": (["IT|U:\\IT\\wiki", "Skole | %USERPROFILE%\\skole", "no bar here", ""], REG_MULTI_SZ)}
    policy = from_registry_values(raw, {"USERPROFILE": r"C:\Users\kari"})
    assert policy.values == {"team_shares": [{"name": "IT", "share": "U:\\IT\\wiki"},
                                             {"name": "Skole", "share": r"C:\Users\kari\skole"}]}
    assert machine_policy.setting_key("teamshares") == "team_shares"
