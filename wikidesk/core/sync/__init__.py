"""Sync through a shared folder with no server (see ``docs/sync-design.md``).

Public API: :class:`SyncEngine` / :class:`SyncReport` (one round, as a progress generator),
:func:`connect_share` (create or join the store on a shared folder), :func:`open_backend` (folder path, ``smb://``
URL or ``\\\\server\\share``), :func:`check` (verify and repair), and the error types in
:mod:`wikidesk.core.sync.errors`.
"""

from __future__ import annotations

from wikidesk.core.sync.config import connect_share
from wikidesk.core.sync.engine import SyncEngine, SyncReport
from wikidesk.core.sync.location import open_backend

__all__ = ["SyncEngine", "SyncReport", "connect_share", "open_backend"]
