"""Errors of page history that a person can meet."""

from __future__ import annotations

from wikidesk.core.errors import NotFoundError, WikiError


class RevisionNotFoundError(NotFoundError):
    """No revision matches the id (or prefix) that was given."""


class AmbiguousRevisionError(WikiError):
    """A revision id prefix matches several revisions."""

    exit_code = 2


class NoConflictError(WikiError):
    """Asked to resolve a page that is not in conflict."""

    exit_code = 2


class HistoryStoreError(WikiError):
    """The local history database could not be opened or is damaged."""

    exit_code = 6
