"""The frozen build (PyInstaller, packaging/wikidesk.spec): the command line answers as the source does, and the
desktop app starts offscreen and shows its first page."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from wikidesk import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(command: list[str], home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "WIKIDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
                   "WIKIDESK_MACHINE_DEFAULTS": str(home / "no-machine-defaults.json"), **env}
    environment.pop("WIKIDESK_WIKI", None)
    return subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120, check=False)


def test_version(dist: Path, tmp_path: Path) -> None:
    result = run([str(dist / "wikidesk"), "--version"], tmp_path)
    assert (result.returncode, result.stdout) == (0, f"wikidesk {__version__}\n")


def test_search_finds_what_the_source_finds(dist: Path, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    shutil.copytree(ROOT / "resources" / "sample-wiki", wiki)
    frozen = run([str(dist / "wikidesk"), "--wiki", str(wiki), "search", "skriver", "--json"], tmp_path / "frozen")
    source = run([sys.executable, "-m", "wikidesk", "--wiki", str(wiki), "search", "skriver", "--json"],
                 tmp_path / "source")
    assert frozen.returncode == source.returncode == 0, frozen.stderr
    hits = [hit["path"] for hit in json.loads(frozen.stdout)["hits"]]
    assert hits == [hit["path"] for hit in json.loads(source.stdout)["hits"]]
    assert hits[0] == "IT/Skriveroppsett.md"


def test_the_app_starts_and_shows_the_first_page(dist: Path, tmp_path: Path) -> None:
    wiki = tmp_path / "wiki"
    shutil.copytree(ROOT / "resources" / "sample-wiki", wiki)
    shown = {}
    for label, command in (("frozen", [str(dist / "wikideskw")]),
                           ("source", [sys.executable, str(ROOT / "packaging" / "entry_gui.py")])):
        probe = tmp_path / f"{label}.json"
        result = run([*command, "--wiki", str(wiki)], tmp_path / label, WIKIDESK_STARTUP_PROBE=str(probe))
        assert result.returncode == 0, result.stderr
        shown[label] = json.loads(probe.read_text("utf-8"))["title"]
    assert shown == {"frozen": "Velkommen", "source": "Velkommen"}


def test_the_build_carries_resources_and_qt_translations(dist: Path) -> None:
    internal = dist / "_internal"
    assert sorted(path.name for path in (internal / "wikidesk" / "resources" / "translations").glob("*.qm")) == [
        "wikidesk_en.qm", "wikidesk_nb.qm"]
    qt = internal / "PySide6" / "Qt" / "translations"
    assert {"qtbase_da.qm", "qtbase_en.qm"} <= {path.name for path in qt.glob("*.qm")}
    assert not list(qt.glob("qtbase_de.qm"))  # languages the app does not speak are left out


def test_the_build_carries_every_bundled_licence(dist: Path) -> None:
    """Each distribution the app runs on, Qt's licence text and the word list's CC-BY-SA attribution are in the
    notices beside the executables."""
    from importlib import metadata

    from packaging.requirements import Requirement

    text = (dist / "THIRD-PARTY-NOTICES.txt").read_text("utf-8")
    wanted, todo = set(), ["wikidesk"]
    while todo:
        dist_meta = metadata.distribution(todo.pop())
        name = dist_meta.metadata["Name"]
        if name in wanted:
            continue
        wanted.add(name)
        todo += [Requirement(r).name for r in dist_meta.requires or []
                 if Requirement(r).marker is None or Requirement(r).marker.evaluate({"extra": ""})]
    assert {"tantivy", "mistune", "merge3", "PySide6_Essentials"} <= wanted
    for name in wanted:
        assert f"\n{name} {metadata.version(name)}\nLicence: " in text, name
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "Word frequencies from wordfreq 3.1.1 by Robyn Speer and contributors (CC-BY-SA 4.0" in text
    assert "Permission is hereby granted, free of charge" in text  # wikidesk's own MIT licence
