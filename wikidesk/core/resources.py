"""Locate the files the project ships (sample wiki, translations, styles, templates)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_dir() -> Path:
    """``wikidesk/resources`` in an installed wheel, ``<repo>/resources`` in a source checkout."""
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The wikidesk resources folder is missing from this installation.")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
