"""Shared fixtures: every test gets its own per-user folders, so nothing touches the real home directory."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("WIKIDESK_CORPUS", REPO.parent / "shared" / "corpus" / "felleslosninger-docs"))
SAMPLE = REPO / "resources" / "sample-wiki"


@pytest.fixture(autouse=True)
def wikidesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WIKIDESK_HOME", str(home))
    monkeypatch.setenv("WIKIDESK_MACHINE_DEFAULTS", str(home / "machine-defaults.json"))
    monkeypatch.delenv("WIKIDESK_WIKI", raising=False)
    return home


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the Norwegian test corpus is not at {CORPUS} (set WIKIDESK_CORPUS)")
    return CORPUS


@pytest.fixture
def sample_wiki(tmp_path: Path) -> Path:
    """A fresh copy of the shipped sample wiki."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE, target)
    return target
