"""Errors that carry a message a user can read.

Every failure a person can cause or meet (a missing page, an unreachable share, a broken file) raises a
:class:`WikiError` subclass whose ``str()`` is one plain sentence. Anything else is a bug.
"""

from __future__ import annotations


class WikiError(Exception):
    """Base of all expected errors; ``str(err)`` is shown to the user as is."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(WikiError):
    """A page, revision or file that was asked for does not exist."""

    exit_code = 3


class AlreadyExistsError(WikiError):
    """Creating something whose name is already taken."""

    exit_code = 4


class InvalidNameError(WikiError):
    """A title or path that cannot be used."""

    exit_code = 2


class OutsideEditError(WikiError):
    """A page changed on disk since it was read; saving would overwrite someone's edit."""

    exit_code = 5


class StorageError(WikiError):
    """Reading or writing a file failed (disk full, permission, vanished share)."""

    exit_code = 6


class ConfigError(WikiError):
    """Settings or the chosen wiki are missing or unusable."""

    exit_code = 2
