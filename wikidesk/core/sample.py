"""The sample wiki the project ships, copied to the user's data folder on first use (never edited in place)."""

from __future__ import annotations

import shutil
from pathlib import Path

from wikidesk.core.paths import data_dir
from wikidesk.core.resources import resource


def sample_source() -> Path:
    return resource("sample-wiki")


def sample_wiki_path(target: Path | None = None) -> Path:
    """A ready copy of the sample wiki; an existing copy (with the user's edits) is reused as it is."""
    target = target or data_dir() / "sample-wiki"
    if not target.exists():
        staging = target.with_name(target.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        shutil.copytree(sample_source(), staging)
        staging.rename(target)
    return target
