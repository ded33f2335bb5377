"""Page history: every revision of every page, kept locally in ``<wiki>/.wikidesk/history.sqlite``.

Public API: :class:`History` (``wiki.history``; a wiki gets it from :mod:`wikidesk.core.opening`),
:class:`Revision`, :class:`Conflict`, the questions in :mod:`~wikidesk.core.history.queries`
(``revisions``, ``revision_text``, ``diff``, ``conflicts``, ``conflict``), new revisions made from history in
:mod:`~wikidesk.core.history.revising` (``restore``, ``resolve``), and
:mod:`~wikidesk.core.history.scan` (``scan``: take in edits made by other programs).
"""

from __future__ import annotations

from wikidesk.core.history.model import Conflict, Revision
from wikidesk.core.history.store import History

__all__ = ["Conflict", "History", "Revision"]
