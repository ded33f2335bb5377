"""Exports of a wiki that never change it: a static web site, a BagIt archive package and a Noark 5 extraction.

Each export is a generator yielding ``(done, total, message)`` (like ``SyncEngine.round()``), so the app runs it in a
worker with a cancel button and the CLI prints progress; its return value is an :class:`~.snapshot.ExportSummary`.
Everything is written into a temporary folder beside ``OUT`` and renamed into place at the very end, so a cancelled
or failed export leaves nothing that looks complete. Formats and the Noark 5 mapping: ``docs/export.md``.

Modules: :mod:`.snapshot` (pages, revisions and attachments at one moment; the temporary output folder),
:mod:`.static_site`, :mod:`.bagit_archive` (export and ``import archive``), :mod:`.noark5`, :mod:`.search_fold`
(the static site's word folding).
"""

from __future__ import annotations

from .snapshot import ExportSummary

__all__ = ["ExportSummary"]
