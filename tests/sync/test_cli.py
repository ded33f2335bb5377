"""The sync and history CLI commands, run through the real ``wikidesk`` entry point (in-process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], wiki: Path, *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--wiki", str(wiki), *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_cli_sync_history_diff_restore_conflicts_resolve_check(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    share, a, b = tmp_path / "share", tmp_path / "a", tmp_path / "b"
    assert main(["init", str(a), "--user", "ola", "--share", str(share)]) == 0
    assert main(["init", str(b), "--user", "kari", "--share", str(share)]) == 0
    (tmp_path / "t1").write_text("vakt: Ola\n")
    assert main(["--wiki", str(a), "write", "Vakt", "--create", "--file", str(tmp_path / "t1")]) == 0
    code, out = run(capsys, a, "sync", "--json")
    report = json.loads(out)
    assert code == 0 and report["status"] == "synced" and report["pushed"] == 2
    assert set(report) >= {"status", "message", "pulled", "pushed", "merged", "conflicts", "problems"}
    assert run(capsys, b, "sync")[0] == 0
    (tmp_path / "ta").write_text("vakt: Kari\n")
    (tmp_path / "tb").write_text("vakt: Per\n")
    main(["--wiki", str(a), "write", "Vakt", "--file", str(tmp_path / "ta")])
    main(["--wiki", str(b), "write", "Vakt", "--file", str(tmp_path / "tb")])
    run(capsys, a, "sync")
    code, out = run(capsys, b, "sync", "--json")
    assert json.loads(out)["conflicts"] == ["Vakt.md"]
    code, out = run(capsys, b, "conflicts", "--json")
    conflicts = json.loads(out)["conflicts"]
    assert conflicts[0]["path"] == "Vakt.md" and len(conflicts[0]["versions"]) == 2
    (tmp_path / "fix").write_text("---\ntitle: Vakt\n---\nvakt: Kari og Per\n")
    code, out = run(capsys, b, "resolve", "Vakt", "--file", str(tmp_path / "fix"))
    assert code == 0 and "Resolved" in out
    assert json.loads(run(capsys, b, "conflicts", "--json")[1])["conflicts"] == []
    code, out = run(capsys, b, "history", "Vakt", "--json")
    hist = json.loads(out)
    assert {"id", "parents", "author", "time", "summary"} <= set(hist["revisions"][0])
    assert {r["author"] for r in hist["revisions"]} >= {"ola", "kari"}
    first = hist["revisions"][1]["id"]  # [0] is the empty page "write --create" makes first
    code, out = run(capsys, b, "diff", "Vakt", first[:8])
    assert code == 0 and "Kari og Per" in out
    code, out = run(capsys, b, "show", "Vakt", "--rev", first[:8])
    assert code == 0 and "vakt: Ola" in out
    assert run(capsys, b, "restore", "Vakt", "--rev", first[:8])[0] == 0
    assert "vakt: Ola" in (b / "Vakt.md").read_text()
    code, out = run(capsys, b, "history", "Vakt")
    assert code == 0 and "Restored revision" in out
    run(capsys, b, "sync")
    run(capsys, a, "sync")
    assert (a / "Vakt.md").read_bytes() == (b / "Vakt.md").read_bytes()
    code, out = run(capsys, a, "check", "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    code, out = run(capsys, a, "show", "Vakt", "--rev", "zzzz")
    assert code == 3 and "no revision" in out and "Traceback" not in out


def test_cli_sync_offline_and_not_connected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    share, a = tmp_path / "share", tmp_path / "a"
    main(["init", str(a), "--user", "ola", "--share", str(share)])
    share.rename(tmp_path / "gone")
    capsys.readouterr()
    code = main(["--wiki", str(a), "sync", "--json"])
    out = capsys.readouterr()
    report = json.loads(out.out)  # stdout stays pure JSON; the sentence also goes to stderr
    assert code == 9 and report["status"] == "offline" and out.err == f"wikidesk: {report['message']}\n"
    lonely = tmp_path / "lonely"
    main(["init", str(lonely), "--user", "x"])
    code, out = run(capsys, lonely, "sync")
    assert code == 2 and "not connected" in out
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x.txt").write_text("x")
    code = main(["init", str(tmp_path / "c"), "--share", str(busy)])
    assert code == 2 and (busy / "x.txt").exists() and len(list(busy.iterdir())) == 1
