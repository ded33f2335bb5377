"""``wikidesk search`` and ``wikidesk index``, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.search.conftest import write_page


def run(wiki: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wikidesk", "--wiki", str(wiki), *args],
        check=False,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=dict(os.environ),
        timeout=120,
    )


@pytest.fixture
def wiki(tmp_path: Path) -> Path:
    root = tmp_path / "wiki"
    write_page(root, "IT/Skriveroppsett.md", "Skriveroppsett", "## Feil\n\nStart skriveren på nytt.", tags="[it]")
    write_page(root, "HR/Ferie.md", "Ferie", "Søknad om ferie sendes til leder.", tags="[hr]")
    return root


def test_search_json_contract(wiki):
    result = run(wiki, "search", "skriver", "--json", "--limit", "5")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] == 1 and data["suggestion"] is None
    hit = data["hits"][0]
    assert {"page", "title", "score", "snippet", "highlights", "space", "tags", "modified", "heading"} <= set(hit)
    assert hit["page"] == "IT/Skriveroppsett" and hit["space"] == "IT" and hit["tags"] == ["it"]
    assert hit["heading"] == "Feil"
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "skriveren"


def test_search_text_output_marks_words_and_suggests(wiki):
    result = run(wiki, "search", "ferei")
    assert result.returncode == 0, result.stderr
    assert "Did you mean: ferie" in result.stdout
    assert "[ferie]" in result.stdout and "Ferie  (HR/Ferie)" in result.stdout


def test_search_sees_pages_changed_since_the_last_search(wiki):
    assert json.loads(run(wiki, "search", "prosjektor", "--json").stdout)["total"] == 0
    write_page(wiki, "IT/Utstyr.md", "Utstyr", "Prosjektor i møterommet.")
    assert json.loads(run(wiki, "search", "prosjektor", "--json").stdout)["total"] == 1


def test_index_status_and_rebuild(wiki):
    status = json.loads(run(wiki, "index", "status", "--json").stdout)
    assert status["documents"] == 0 and not status["complete"]
    rebuilt = run(wiki, "index", "rebuild", "--json")
    assert rebuilt.returncode == 0, rebuilt.stderr
    data = json.loads(rebuilt.stdout)
    assert data["documents"] == 2 and data["complete"] and data["message"] == "Indexed 2 pages."
    text = run(wiki, "index", "status")
    assert "Pages:     2" in text.stdout and "complete" in text.stdout


def test_bad_limit_is_a_one_sentence_error(wiki):
    result = run(wiki, "search", "x", "--limit", "-1")
    assert result.returncode == 1 and result.stderr.startswith("wikidesk: ") and "Traceback" not in result.stderr


def test_page_commands_update_an_existing_index(wiki):
    assert run(wiki, "index", "rebuild").returncode == 0
    for args in (("new", "Velferd", "--space", "HR"),):
        assert run(wiki, *args).returncode == 0
    write = subprocess.run([sys.executable, "-m", "wikidesk", "--wiki", str(wiki), "write", "HR/Velferd"],
                           input="Hytta på fjellet kan lånes av alle.\n", check=False, capture_output=True,
                           text=True, encoding="utf-8", timeout=120)
    assert write.returncode == 0, write.stderr
    # --no-update: no catch-up scan before searching, so only the command's own index update can find it
    found = json.loads(run(wiki, "search", "hytta", "--json", "--no-update").stdout)
    assert [hit["page"] for hit in found["hits"]] == ["HR/Velferd"]
    assert run(wiki, "rename", "HR/Velferd", "Fritid").returncode == 0
    moved = json.loads(run(wiki, "search", "hytta", "--json", "--no-update").stdout)
    assert [hit["page"] for hit in moved["hits"]] == ["HR/Fritid"]
    assert run(wiki, "delete", "HR/Fritid").returncode == 0
    gone = json.loads(run(wiki, "search", "hytta", "--json", "--no-update").stdout)["hits"]
    assert [hit["page"] for hit in gone if hit["page"].startswith("HR/")] == []  # (a fuzzy "nytt" hit may remain)
