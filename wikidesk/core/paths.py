"""Where this user's own data lives (settings, search index, logs): platformdirs, never the wiki or the share.

Tests and portable setups redirect everything with ``WIKIDESK_HOME`` (one folder for config, cache and logs), or
individually with ``WIKIDESK_CONFIG_DIR`` / ``WIKIDESK_CACHE_DIR``.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP = "wikidesk"


def _override(var: str, sub: str) -> Path | None:
    if os.environ.get(var):
        return Path(os.environ[var])
    if os.environ.get("WIKIDESK_HOME"):
        return Path(os.environ["WIKIDESK_HOME"]) / sub
    return None


def config_dir() -> Path:
    return _override("WIKIDESK_CONFIG_DIR", "config") or Path(platformdirs.user_config_dir(APP, appauthor=False))


def cache_dir() -> Path:
    return _override("WIKIDESK_CACHE_DIR", "cache") or Path(platformdirs.user_cache_dir(APP, appauthor=False))


def log_dir() -> Path:
    return _override("WIKIDESK_LOG_DIR", "logs") or Path(platformdirs.user_log_dir(APP, appauthor=False))


def wiki_key(wiki_root: Path) -> str:
    """A short stable key for a wiki folder, used to keep per-wiki caches apart."""
    resolved = str(Path(wiki_root).resolve())
    name = "".join(ch for ch in Path(resolved).name if ch.isalnum())[:24] or "wiki"
    return f"{name}-{hashlib.sha256(resolved.encode('utf-8')).hexdigest()[:12]}"


def wiki_cache_dir(wiki_root: Path) -> Path:
    return cache_dir() / "wikis" / wiki_key(wiki_root)


def index_dir(wiki_root: Path) -> Path:
    """The tantivy index folder of one wiki (per user, on the local disk)."""
    return wiki_cache_dir(wiki_root) / "index"


def data_dir() -> Path:
    return _override("WIKIDESK_DATA_DIR", "data") or Path(platformdirs.user_data_dir(APP, appauthor=False))
