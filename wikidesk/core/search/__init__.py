"""Full-text search over a wiki with tantivy: Norwegian stemming, accent folding, compounds, filters, snippets.

Public API: :class:`SearchIndex` (one index on disk), :class:`IndexDoc` (what it indexes per page),
:class:`SearchResults` and :class:`Hit` (what a search returns), and :mod:`wikidesk.core.search.indexer`
(keeping an index in step with a wiki).
"""

from __future__ import annotations

from wikidesk.core.search.document import IndexDoc
from wikidesk.core.search.index import IndexBusyError, SearchIndex
from wikidesk.core.search.results import Hit, SearchResults

__all__ = ["Hit", "IndexBusyError", "IndexDoc", "SearchIndex", "SearchResults"]
