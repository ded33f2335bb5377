"""Errors of syncing through a shared folder, each with one sentence a person can act on."""

from __future__ import annotations

from wikidesk.core.errors import ConfigError, StorageError, WikiError


class ShareOfflineError(StorageError):
    """The shared folder is missing, empty of a store, or unreachable: treated as offline, never as deleted."""


class ShareReadOnlyError(StorageError):
    """The shared folder can be read but not written."""


class IncompatibleStoreError(WikiError):
    """The shared folder holds a store written by a newer, incompatible wikidesk."""

    exit_code = 7


class NotAStoreError(ConfigError):
    """The folder holds other files and no wikidesk store marker: nothing is written there."""


class NoShareError(ConfigError):
    """The wiki is not connected to a shared folder."""


class ShareLocationError(ConfigError):
    """A share path or URL that cannot be understood."""


class SyncBusyError(WikiError):
    """Another sync of the same wiki is running in another window or process."""

    exit_code = 8
