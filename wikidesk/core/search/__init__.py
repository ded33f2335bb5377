"""Full-text search over a wiki with tantivy: Norwegian stemming, accent folding, compounds, filters, snippets.

Exported here: :class:`SearchIndex` (one index on disk; :class:`IndexBusyError` when another process holds its
writer), :class:`IndexDoc` (what it indexes per page), :class:`SearchResults` and :class:`Hit` (what a search
returns). :class:`~wikidesk.core.search.service.WikiSearch` is search for one open wiki as the app and the CLI use
it: the index, kept in step with the wiki (:mod:`~wikidesk.core.search.updater`) and built or caught up from the
folder (:mod:`~wikidesk.core.search.build`).

The modules, from a page to a hit: :mod:`~wikidesk.core.search.source` (page file → :class:`IndexDoc`),
:mod:`~wikidesk.core.search.schema` (fields, analyzers), :mod:`~wikidesk.core.search.document` and
:mod:`~wikidesk.core.search.pairs` (what each field holds), :mod:`~wikidesk.core.search.texts` (what a hit shows,
beside the index), :mod:`~wikidesk.core.search.query_parser` and :mod:`~wikidesk.core.search.dates` (the query
language), :mod:`~wikidesk.core.search.query_builder` (tree → tantivy query),
:mod:`~wikidesk.core.search.ranking` (every ranking weight, and how a score is made),
:mod:`~wikidesk.core.search.searching` (one search, start to finish), :mod:`~wikidesk.core.search.snippets`
(marked snippets), :mod:`~wikidesk.core.search.fuzzy` (typo tolerance, "did you mean").
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wikidesk.core.search.document import IndexDoc
    from wikidesk.core.search.index import IndexBusyError, SearchIndex
    from wikidesk.core.search.results import Hit, SearchResults

__all__ = ["Hit", "IndexBusyError", "IndexDoc", "SearchIndex", "SearchResults"]

_HOMES = {"Hit": "results", "IndexBusyError": "index", "IndexDoc": "document", "SearchIndex": "index",
          "SearchResults": "results"}


def __getattr__(name: str) -> Any:
    """The exported names, each imported on first use: a module of this package (``wikidesk search`` needs only
    a few of them) does not load the others, such as the indexing side (issue 20)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
