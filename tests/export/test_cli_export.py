"""``wikidesk export ...`` and ``import archive``: JSON summary, exit codes with one sentence on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wikidesk.cli.main import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_each_format_prints_a_json_summary(built_wiki: Path, tmp_path: Path, capsys) -> None:
    for fmt, pages in (("html", 5), ("archive", 5), ("noark5", 5)):
        code, out, err = run(capsys, "--wiki", str(built_wiki), "export", fmt, str(tmp_path / fmt), "--json")
        assert (code, err) == (0, "")
        summary = json.loads(out)
        assert summary["format"] == fmt and summary["pages"] == pages and summary["out"] == str(tmp_path / fmt)
        assert summary["files"] > 0 and summary["bytes"] > 0


def test_export_of_one_space(built_wiki: Path, tmp_path: Path, capsys) -> None:
    code, out, _err = run(capsys, "--wiki", str(built_wiki), "export", "noark5", str(tmp_path / "it"), "--space",
                          "IT", "--json")
    assert code == 0 and json.loads(out)["pages"] == 3
    code, _out, err = run(capsys, "--wiki", str(built_wiki), "export", "html", str(tmp_path / "x"), "--space", "Nei")
    assert code == 3 and err == "wikidesk: There is no space called “Nei” with pages in it.\n"


def test_existing_out_is_exit_4(built_wiki: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.txt").write_text("keep")
    code, out, err = run(capsys, "--wiki", str(built_wiki), "export", "html", str(tmp_path / "out"))
    assert (code, out) == (4, "")
    assert err == f"wikidesk: {tmp_path / 'out'} already exists; choose a new or empty folder for the export.\n"
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.txt"]


def test_import_archive_round_trip_and_errors(built_wiki: Path, tmp_path: Path, capsys) -> None:
    assert run(capsys, "--wiki", str(built_wiki), "export", "archive", str(tmp_path / "bag"), "--quiet")[0] == 0
    code, out, _err = run(capsys, "import", "archive", str(tmp_path / "bag"), str(tmp_path / "back"), "--json")
    assert code == 0 and json.loads(out)["revisions"] > 10
    code, out, err = run(capsys, "--wiki", str(tmp_path / "back"), "list", "--json")
    assert code == 0 and len(json.loads(out)["pages"]) == 5
    code, _out, err = run(capsys, "import", "archive", str(tmp_path / "bag"), str(tmp_path / "back"))
    assert code == 4 and "already exists" in err
    code, _out, err = run(capsys, "import", "archive", str(built_wiki), str(tmp_path / "other"))
    assert code == 1 and err.startswith(f"wikidesk: {built_wiki} is not an archive package")
    assert not (tmp_path / "other").exists()
