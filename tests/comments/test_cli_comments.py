"""``wikidesk comment``, ``comments`` and ``join`` through the real entry point (in-process)."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from wikidesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str, stdin: str | None = None,
        monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    capsys.readouterr()
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8"))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_comment_reply_edit_delete_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    w = str(tmp_path / "w")
    assert main(["init", w, "--user", "kari"]) == 0
    assert main(["--wiki", w, "new", "Rutiner"]) == 0
    code, out, _ = run(capsys, "--wiki", w, "comment", "Rutiner", "--json", stdin="Hvem har vakt?\n",
                       monkeypatch=monkeypatch)
    first = json.loads(out)
    assert code == 0 and first["text"] == "Hvem har vakt?" and first["author"] == "kari" and first["parent"] is None
    (tmp_path / "svar.txt").write_text("Per har vakt.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--wiki", w, "comment", "Rutiner", "--reply", first["id"][:6], "--file",
                       str(tmp_path / "svar.txt"))
    assert code == 0 and re.fullmatch(r"Comment [0-9a-f]{10} on Rutiner; run “wikidesk sync” to share it.\n", out)
    code, out, _ = run(capsys, "--wiki", w, "comment", "Rutiner", "--edit", first["id"][:6],
                       stdin="Hvem har vakt i dag?", monkeypatch=monkeypatch)
    assert code == 0 and out.startswith("Edited comment ")
    code, out, _ = run(capsys, "--wiki", w, "comments", "Rutiner", "--json")
    data = json.loads(out)
    assert code == 0 and data["page"] == "Rutiner"
    [top] = data["comments"]
    assert top["id"] == first["id"] and top["text"] == "Hvem har vakt i dag?" and top["edited"]
    assert set(top) == {"id", "version", "author", "created", "time", "text", "deleted", "edited", "versions",
                        "replies"}
    assert [r["text"] for r in top["replies"]] == ["Per har vakt."]
    code, out, _ = run(capsys, "--wiki", w, "comments", "Rutiner")
    assert out.splitlines()[1:] == ["  Hvem har vakt i dag?", out.splitlines()[2], "    Per har vakt."]
    assert "(edited)" in out.splitlines()[0]
    code, out, _ = run(capsys, "--wiki", w, "comment", "Rutiner", "--delete", first["id"][:8])
    assert code == 0 and out.startswith("Deleted comment ")
    code, out, _ = run(capsys, "--wiki", w, "comments", "Rutiner")
    assert out.splitlines()[1] == "  (deleted)" and "Per har vakt." in out


def test_comment_errors_have_exit_codes_and_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    w = str(tmp_path / "w")
    assert main(["init", w, "--user", "kari"]) == 0
    assert main(["--wiki", w, "new", "Rutiner"]) == 0
    code, _, err = run(capsys, "--wiki", w, "comment", "Finnes ikke", stdin="x", monkeypatch=monkeypatch)
    assert code == 3 and err.startswith("wikidesk: ")
    code, _, err = run(capsys, "--wiki", w, "comment", "Rutiner", "--reply", "abcdef", stdin="x",
                       monkeypatch=monkeypatch)
    assert code == 3 and err == "wikidesk: This page has no comment “abcdef”.\n"
    code, _, err = run(capsys, "--wiki", w, "comment", "Rutiner", stdin="  \n", monkeypatch=monkeypatch)
    assert code == 1 and err == "wikidesk: A comment needs some text.\n"
    code, out, _ = run(capsys, "--wiki", w, "comments", "Rutiner")
    assert code == 0 and out == "No comments on Rutiner.\n"


def test_join_command(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    share, a = tmp_path / "share", str(tmp_path / "a")
    assert main(["init", a, "--user", "ola", "--share", str(share)]) == 0
    assert main(["--wiki", a, "new", "Rutiner"]) == 0
    run(capsys, "--wiki", a, "comment", "Rutiner", stdin="hei", monkeypatch=monkeypatch)
    assert main(["--wiki", a, "sync"]) == 0
    code, out, err = run(capsys, "join", str(share), str(tmp_path / "b"), "--user", "kari", "--json")
    report = json.loads(out)
    assert code == 0 and err == "" and report["pages"] == 1 and report["status"] == "synced"
    assert set(report) == {"folder", "status", "message", "snapshot", "from_snapshot", "comments_from_snapshot",
                           "pulled", "pages", "operations", "problems"}
    code, out, _ = run(capsys, "--wiki", str(tmp_path / "b"), "comments", "Rutiner", "--json")
    assert [c["text"] for c in json.loads(out)["comments"]] == ["hei"]
    code, out, _ = run(capsys, "join", str(share), str(tmp_path / "c"))
    assert code == 0 and out.startswith("Joined: 1 page(s) in ")
    code, out, _ = run(capsys, "wikis", "--json")  # each joined wiki is in the person's list, with its share
    listed = {Path(w["folder"]).name: w["share"] for w in json.loads(out)["wikis"]}
    assert code == 0 and listed == {"a": str(share), "b": str(share), "c": str(share)}
    code, _, err = run(capsys, "join", str(share), str(tmp_path / "b"))
    assert code == 4 and err.startswith("wikidesk: ") and "not an empty folder" in err
    code, _, err = run(capsys, "join", str(tmp_path / "nothing-here"), str(tmp_path / "d"))
    assert code == 9 and err.startswith("wikidesk: ") and err.count("\n") == 1
    assert not (tmp_path / "d").exists()
    marker = share / "wikidesk-store.json"
    marker.write_text(re.sub(r'"format": \d+', '"format": 99', marker.read_text()))
    code, _, err = run(capsys, "join", str(share), str(tmp_path / "e"))
    assert code == 7 and "newer wikidesk (store format 99)" in err
