"""``wikidesk search`` as a whole process: it loads only what a search needs, and a search that only read ends
without the interpreter's teardown (``os._exit`` after flushing) yet loses none of its output (issue 20)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.search.conftest import write_page

PROBE = """
import sys
from wikidesk.cli.main import main
code = main(sys.argv[1:])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in {"dataclasses", "inspect", "platformdirs", "hashlib",
                "shutil", "yaml", "mistune", "wikidesk"})
print("\\n".join(loaded), file=sys.stderr)
sys.exit(code)
"""


def run(args: list[str], env: dict[str, str] | None = None, code: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "wikidesk"]
    return subprocess.run(command + args, check=False, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, **(env or {})}, timeout=120)


@pytest.fixture
def wiki(tmp_path: Path) -> Path:
    root = tmp_path / "wiki"
    for i in range(120):
        write_page(root, f"IT/Skriver {i}.md", f"Skriver {i}", f"Skriveren i etasje {i} skriver ut i farger. " * 40)
    an_hour_ago = time.time() - 3600  # folder times this old are trusted by the next search's quick look
    for folder in (root, root / "IT"):
        os.utime(folder, (an_hour_ago, an_hour_ago))
    assert run(["--wiki", str(root), "index", "rebuild"]).returncode == 0
    assert run(["--wiki", str(root), "search", "x"]).returncode == 0  # the first search's full look, remembered
    return root


def test_a_large_answer_arrives_whole_and_the_exit_code_is_kept(wiki):
    first = run(["--wiki", str(wiki), "search", "skriver", "--json", "--limit", "1000"])
    assert first.returncode == 0, first.stderr
    data = json.loads(first.stdout)  # ~100 KB through a pipe, flushed before the process ends
    assert data["total"] == 120 and len(data["hits"]) == 120
    assert {hit["page"] for hit in data["hits"]} == {f"IT/Skriver {i}" for i in range(120)}
    text = run(["--wiki", str(wiki), "search", "skriver", "--limit", "200"])
    assert text.returncode == 0 and text.stdout.count("\n  ") >= 240 and text.stdout.endswith("\n")
    bad = run(["--wiki", str(wiki), "search", "skriver", "--offset", "-2"])
    assert bad.returncode == 1 and bad.stderr == "wikidesk: --limit and --offset must be zero or more.\n"


def test_a_search_does_not_load_the_indexing_side(wiki, tmp_path):
    # the probe passes argv to main(), which then returns (only the command line's own main() ends at once), and
    # lists the modules the search loaded
    result = run(["search", "skriver", "--json"], env={"WIKIDESK_WIKI": str(wiki)}, code=PROBE)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stderr.split())
    assert "wikidesk.core.search.searching" in loaded
    for heavy in ("dataclasses", "inspect", "hashlib", "shutil", "yaml", "mistune", "wikidesk.core.search.document",
                  "wikidesk.core.search.build", "wikidesk.core.history"):
        assert heavy not in loaded, heavy
    assert "platformdirs" not in loaded  # WIKIDESK_HOME (set by the tests' conftest) says where the index is


def test_pages_changed_since_the_last_look_are_found_before_answering(wiki):
    write_page(wiki, "HR/Ferie.md", "Ferie", "Søknad om ferie sendes til leder.")
    found = json.loads(run(["--wiki", str(wiki), "search", "ferie", "--json"]).stdout)
    assert [hit["page"] for hit in found["hits"]] == ["HR/Ferie"]
    again = json.loads(run(["--wiki", str(wiki), "search", "ferie", "--json"]).stdout)  # read-only: ends at once
    assert [hit["page"] for hit in again["hits"]] == ["HR/Ferie"]


def test_help_is_as_wide_as_columns_says(wiki):
    narrow = run(["search", "--help"], env={"COLUMNS": "40"})
    wide = run(["search", "--help"], env={"COLUMNS": "200"})
    assert narrow.returncode == 0 and wide.returncode == 0
    assert max(map(len, narrow.stdout.splitlines())) <= 40 < max(map(len, wide.stdout.splitlines()))
