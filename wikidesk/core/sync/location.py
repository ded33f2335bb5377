"""Turn a share location (a folder path, ``smb://`` URL or ``\\\\server\\share`` path) into a backend.

Accepted forms:

* a local, mapped or cloud-synced folder: ``U:\\Team\\wiki``, ``/mnt/team/wiki``;
* ``smb://[user[:password]@]host[:port]/share[/folder...]`` (percent-escapes allowed);
* ``\\\\host\\share\\folder`` (a UNC path; on Windows a real path, elsewhere reached over SMB).

Credentials missing from the location come from ``WIKIDESK_SMB_USER`` / ``WIKIDESK_SMB_PASSWORD``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from wikidesk.core.sync.backend import LocalBackend, ShareBackend
from wikidesk.core.sync.errors import ShareLocationError


@dataclass(frozen=True)
class SMBLocation:
    host: str
    share: str
    folder: str
    port: int = 445
    username: str | None = None
    password: str | None = None


def parse_smb(location: str) -> SMBLocation | None:
    """The SMB parts of ``location``, or None if it is a plain folder path."""
    if location.lower().startswith("smb://"):
        parts = urlsplit(location)
        segments = [unquote(s) for s in parts.path.split("/") if s]
        if not parts.hostname or not segments:
            raise ShareLocationError(f"The share address “{_redact(location)}” needs a server and a share name.")
        try:
            port = parts.port or 445
        except ValueError as exc:
            raise ShareLocationError(f"The share address “{_redact(location)}” has a bad port number.") from exc
        return SMBLocation(parts.hostname, segments[0], "/".join(segments[1:]), port,
                           unquote(parts.username) if parts.username else None,
                           unquote(parts.password) if parts.password else None)
    if location.startswith("\\\\") and sys.platform != "win32":
        segments = [s for s in location.strip("\\").split("\\") if s]
        if len(segments) < 2:
            raise ShareLocationError(f"The share path “{location}” needs a server and a share name.")
        return SMBLocation(segments[0], segments[1], "/".join(segments[2:]))
    return None


def open_backend(location: str) -> ShareBackend:
    """A backend for ``location`` (nothing is contacted yet)."""
    if not location.strip():
        raise ShareLocationError("No shared folder was given.")
    smb = parse_smb(location)
    if smb is None:
        return LocalBackend(os.path.expanduser(location))
    from wikidesk.core.sync.smb_backend import SMBBackend

    return SMBBackend(smb.host, smb.share, smb.folder, port=smb.port,
                      username=smb.username or os.environ.get("WIKIDESK_SMB_USER"),
                      password=smb.password or os.environ.get("WIKIDESK_SMB_PASSWORD"))


def _redact(location: str) -> str:
    parts = urlsplit(location)
    if parts.password:
        return location.replace(":" + parts.password + "@", ":***@")
    return location


def redact(location: str) -> str:
    """The location with any password hidden, for messages and reports."""
    return _redact(location) if location.lower().startswith("smb://") else location
