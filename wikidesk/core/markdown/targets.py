"""Sorting link targets: external URL, another page, an attachment file, an in-page anchor, or unsafe."""

from __future__ import annotations

import posixpath
import re
from enum import Enum
from urllib.parse import unquote

from .model import WikiLink

EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "ftp", "ftps", "sftp", "news", "irc", "ircs"})
PAGE_EXTENSIONS = frozenset({".md", ".markdown"})
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".svg", ".ico", ".tif", ".tiff"})
# File types that make a [[name.ext]] link an attachment rather than a page whose title contains a dot.
ATTACHMENT_EXTENSIONS = IMAGE_EXTENSIONS | frozenset(
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp", ".rtf", ".txt",
        ".csv", ".json", ".xml", ".zip", ".7z", ".gz", ".tar", ".msg", ".eml", ".vsdx", ".mp3", ".mp4",
        ".m4a", ".wav", ".avi", ".mov", ".mkv", ".webm", ".html", ".htm", ".yaml", ".yml", ".log", ".ics",
        ".sql", ".ps1", ".bat", ".sh", ".py", ".js", ".css", ".dwg", ".dxf", ".gpx", ".kml", ".geojson",
    }
)  # fmt: skip

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


class Kind(Enum):
    EXTERNAL = "external"
    PAGE = "page"
    ATTACHMENT = "attachment"
    LOCAL = "local"  # "#anchor", "wikidesk:...", an extension-less relative path: kept, not recorded
    UNSAFE = "unsafe"  # javascript:, data:, file:, unknown schemes: the link is dropped


def scheme_of(url: str) -> str | None:
    """The lowercased scheme as a browser would see it (controls and spaces ignored), or None if relative."""
    m = _SCHEME.match(_CONTROL.sub("", url))
    return m.group(1).lower() if m else None


def extension_of(path: str) -> str:
    return posixpath.splitext(path.rstrip("/"))[1].lower()


def split_fragment(url: str) -> tuple[str, str]:
    path, _, fragment = url.partition("#")
    return path.split("?", 1)[0], fragment


def classify(url: str) -> Kind:
    """What an ordinary Markdown link target points at."""
    scheme = scheme_of(url)
    if scheme is not None:
        if scheme in EXTERNAL_SCHEMES:
            return Kind.EXTERNAL
        return Kind.LOCAL if scheme == "wikidesk" else Kind.UNSAFE
    if url.startswith("//"):
        return Kind.EXTERNAL  # protocol-relative
    path, _ = split_fragment(url)
    if not path:
        return Kind.LOCAL
    ext = extension_of(unquote(path))
    if ext in PAGE_EXTENSIONS:
        return Kind.PAGE
    if ext:
        return Kind.ATTACHMENT
    return Kind.LOCAL


def page_link(url: str, label: str | None) -> WikiLink:
    """A WikiLink for a Markdown link to a page file (``[x](IT/Skriver.md#Oppsett)`` → target ``IT/Skriver``)."""
    path, fragment = split_fragment(url)
    path = unquote(path)
    target = path[: -len(extension_of(path))] if extension_of(path) else path
    return WikiLink(target=target, label=label or None, heading=unquote(fragment) or None)


def attachment_path(url: str) -> str:
    """The file path of an attachment link target, without query/fragment and percent-escapes decoded."""
    path, _ = split_fragment(url)
    return unquote(path)


def is_attachment_name(target: str) -> bool:
    """Whether a ``[[target]]`` names a file (``plan.pdf``) rather than a page."""
    return extension_of(target) in ATTACHMENT_EXTENSIONS


def is_image_name(target: str) -> bool:
    return extension_of(target) in IMAGE_EXTENSIONS
