"""``wikidesk garden`` as a real process with its cache: the second run gives the same report from the cache, an edit
made outside the app is seen, and a damaged cache file changes nothing in the report."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def garden(wiki: Path, home: Path) -> dict:
    env = {**os.environ, "WIKIDESK_HOME": str(home)}
    env.pop("WIKIDESK_WIKI", None)
    done = subprocess.run([sys.executable, "-m", "wikidesk", "--wiki", str(wiki), "garden", "--json"], check=False,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert done.stdout == json.dumps(report, ensure_ascii=False, indent=2) + "\n"  # as every --json command writes
    return report  # type: ignore[no-any-return]


def test_garden_twice_then_after_an_outside_edit_and_with_a_damaged_cache(tmp_path: Path) -> None:
    wiki, home = tmp_path / "w", tmp_path / "home"
    wiki.mkdir()
    (wiki / "Home.md").write_text("Se [[Rutiner]] og [[Mangler]].\n", "utf-8")
    (wiki / "Rutiner.md").write_text("---\ntags: [drift]\n---\n# Rutiner\n\nTekst.\n", "utf-8")
    (wiki / "Tom.md").write_text("# Tom\n", "utf-8")
    old = time.time() - 3600
    for page in wiki.glob("*.md"):
        os.utime(page, (old, old))
    first = garden(wiki, home)
    assert (wiki / ".wikidesk" / "garden.sqlite").is_file()
    assert [(w["target"], w["count"]) for w in first["wanted"]] == [("Mangler", 1)]
    assert [p["page"] for p in first["orphans"]] == ["Tom"] and [p["page"] for p in first["empty"]] == ["Tom"]
    assert garden(wiki, home) == first

    (wiki / "Tom.md").write_text("# Tom\n\nLenker til [[Mangler]] og [[Home]].\n", "utf-8")  # as Notepad would
    edited = garden(wiki, home)
    assert [(w["target"], w["count"]) for w in edited["wanted"]] == [("Mangler", 2)]
    assert [p["page"] for p in edited["orphans"]] == ["Tom"] and edited["empty"] == []

    cache = wiki / ".wikidesk" / "garden.sqlite"
    for extra in ("-wal", "-shm"):
        Path(f"{cache}{extra}").unlink(missing_ok=True)
    cache.write_bytes(b"\0garbage" * 512)
    assert garden(wiki, home) == edited
