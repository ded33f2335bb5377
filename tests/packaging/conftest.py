"""The packaging tests check what ``packaging/build-linux.sh`` built (``.ci/run`` runs it, then these tests with
``WIKIDESK_CI=1``). Without a build they skip, except in CI, where a missing build is a failure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = Path(os.environ.get("WIKIDESK_BUILD_DIR", ROOT / "build"))


def built(path: Path) -> Path:
    """``path`` from the packaging build; skip (fail in CI) when it is not there."""
    if not path.exists():
        message = f"{path} is missing: run packaging/build-linux.sh first"
        if os.environ.get("WIKIDESK_CI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def dist() -> Path:
    return built(BUILD / "dist" / "wikidesk" / "wikidesk").parent


@pytest.fixture(scope="session")
def msi() -> Path:
    return built(BUILD / "wikidesk.msi")


@pytest.fixture(scope="session")
def python_dists() -> Path:
    return built(BUILD / "python")
