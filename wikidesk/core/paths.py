"""Where this user's own data lives (settings, search index, logs): platformdirs, never the wiki or the share.

Tests and portable setups redirect everything with ``WIKIDESK_HOME`` (one folder for config, cache and logs), or
individually with ``WIKIDESK_CONFIG_DIR`` / ``WIKIDESK_CACHE_DIR``.
"""

from __future__ import annotations

import os
from pathlib import Path

APP = "wikidesk"


def _platform_dir(kind: str) -> Path:
    """platformdirs' ``user_<kind>_dir`` for this app (imported only when no override is set: ~5 ms of a
    ``wikidesk search``, issue 20)."""
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP, appauthor=False))


def _sha256_hex(data: bytes) -> str:
    """SHA-256 of ``data`` in hex, from CPython's built-in module when it has one: ``hashlib`` loads OpenSSL
    (~2.5 ms of every ``wikidesk search``) for the same digest."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # CPython 3.12+
        except ImportError:
            from hashlib import sha256
    return sha256(data).hexdigest()


def _override(var: str, sub: str) -> Path | None:
    if os.environ.get(var):
        return Path(os.environ[var])
    if os.environ.get("WIKIDESK_HOME"):
        return Path(os.environ["WIKIDESK_HOME"]) / sub
    return None


def config_dir() -> Path:
    return _override("WIKIDESK_CONFIG_DIR", "config") or _platform_dir("config")


def cache_dir() -> Path:
    return _override("WIKIDESK_CACHE_DIR", "cache") or _platform_dir("cache")


def log_dir() -> Path:
    return _override("WIKIDESK_LOG_DIR", "logs") or _platform_dir("log")


def wiki_key(wiki_root: Path) -> str:
    """A short stable key for a wiki folder, used to keep per-wiki caches apart."""
    resolved = str(Path(wiki_root).resolve())
    name = "".join(ch for ch in Path(resolved).name if ch.isalnum())[:24] or "wiki"
    return f"{name}-{_sha256_hex(resolved.encode('utf-8'))[:12]}"


def wiki_cache_dir(wiki_root: Path) -> Path:
    return cache_dir() / "wikis" / wiki_key(wiki_root)


def index_dir(wiki_root: Path) -> Path:
    """The tantivy index folder of one wiki (per user, on the local disk)."""
    return wiki_cache_dir(wiki_root) / "index"


def data_dir() -> Path:
    return _override("WIKIDESK_DATA_DIR", "data") or _platform_dir("data")
