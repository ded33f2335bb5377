"""Page titles and file names that are legal on Windows and Linux alike.

Any title a person can type maps to a file name stem with :func:`title_to_stem` and back with :func:`stem_to_title`.
Characters Windows forbids (``<>:"/\\|?*``), control characters, ``%`` itself, a leading dot, a trailing dot or space
and the first letter of a reserved device name (CON, NUL, COM1, ...) are written as ``%XX`` (UTF-8 bytes in hex).
A stem that did not come from :func:`title_to_stem` (a file another editor made) reads back literally.
Titles longer than :data:`MAX_STEM` characters once escaped are shortened with a hash suffix; their full title lives
in the page's front matter.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from wikidesk.core.errors import InvalidNameError

PAGE_SUFFIX = ".md"
MAX_STEM = 100
MAX_TITLE = 500
FORBIDDEN = set('<>:"/\\|?*%')
RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{dev}{n}" for dev in ("COM", "LPT") for n in [*"123456789", "¹", "²", "³"]
}
_ESCAPE_RE = re.compile(r"(?:%[0-9A-F]{2})+")
_SPACE_RE = re.compile(r"\s+")


def normalize_title(title: str) -> str:
    """NFC form, whitespace runs (including newlines and tabs) collapsed to one space, trimmed.

    Almost every title is printable (no control or format character, no whitespace but the space) and in NFC
    already: those are checked by two calls into C and only their spaces looked at. The page list works out the
    title key of every page (100,000 in a big wiki), and a check of each character in Python held the interpreter
    lock the window shares for a noticeable part of a second."""
    if title.isprintable() and (title.isascii() or unicodedata.is_normalized("NFC", title)):
        if "  " not in title and title[:1] != " " and title[-1:] != " ":
            return title
        return _SPACE_RE.sub(" ", title).strip()
    return _normalize_title_slowly(title)


def _normalize_title_slowly(title: str) -> str:
    """:func:`normalize_title` for any text: NFC, control and format characters dropped, whitespace collapsed."""
    title = unicodedata.normalize("NFC", title)
    title = "".join(ch if unicodedata.category(ch) not in ("Cc", "Cf", "Cs") or ch in "\t\n\r" else "" for ch in title)
    return _SPACE_RE.sub(" ", title).strip()


def check_title(title: str) -> str:
    """Return the normalized title or raise :class:`InvalidNameError` with a reason a person understands."""
    normalized = normalize_title(title)
    if not normalized:
        raise InvalidNameError("A page needs a title; the title given is empty.")
    if len(normalized) > MAX_TITLE:
        raise InvalidNameError(f"A page title can be at most {MAX_TITLE} characters long.")
    return normalized


def _esc(ch: str) -> str:
    return "".join(f"%{b:02X}" for b in ch.encode("utf-8"))


def _is_reserved(stem: str) -> bool:
    base = stem.split(".", 1)[0].rstrip(" ")
    return base.upper() in RESERVED


def escape_component(name: str) -> str:
    """Escape one path component (no length limit applied)."""
    out = [_esc(ch) if ch in FORBIDDEN or ord(ch) < 32 or ord(ch) == 127 else ch for ch in name]
    if out and out[0] == ".":
        out[0] = _esc(".")
    if out and out[-1] in (".", " "):
        out[-1] = _esc(out[-1])
    stem = "".join(out)
    if _is_reserved(stem):
        stem = _esc(stem[0]) + stem[1:]
    return stem


def unescape_component(stem: str) -> str:
    """Undo :func:`escape_component`; a name it could not have produced comes back unchanged."""

    def decode(match: re.Match[str]) -> str:
        raw = bytes.fromhex(match.group(0).replace("%", ""))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)

    decoded = _ESCAPE_RE.sub(decode, stem)
    return decoded if escape_component(decoded) == stem else stem


def title_to_stem(title: str) -> str:
    """The file name stem (without ``.md``) for a page title."""
    title = check_title(title)
    stem = escape_component(title)
    if len(stem) <= MAX_STEM:
        return stem
    digest = hashlib.sha256(title.encode("utf-8")).hexdigest()[:10]
    cut = stem[: MAX_STEM - 11]
    cut = re.sub(r"%[0-9A-F]?$", "", cut)  # never cut an escape in half
    return escape_component(unescape_component(cut).rstrip(" .")) + "~" + digest


def stem_to_title(stem: str) -> str:
    """The title a file name stem stands for (the front matter title, when present, wins over this)."""
    return unescape_component(stem)


def title_to_filename(title: str) -> str:
    return title_to_stem(title) + PAGE_SUFFIX


def space_to_dir(space: str) -> str:
    """A space path such as ``IT/Skrivere`` as a relative folder path with every component escaped."""
    parts = [check_title(p) for p in space.replace("\\", "/").split("/") if p.strip()]
    return "/".join(title_to_stem(p) for p in parts)


def dir_to_space(relative_dir: str) -> str:
    return "/".join(stem_to_title(p) for p in relative_dir.split("/") if p)


def name_key(name: str) -> str:
    """Case- and form-insensitive key: two names with the same key cannot live in one folder on Windows."""
    return unicodedata.normalize("NFC", name).casefold()


def attachment_name(filename: str) -> str:
    """A safe file name for an attachment, keeping its extension readable."""
    filename = normalize_title(filename.replace("\\", "/").rsplit("/", 1)[-1])
    if not filename:
        raise InvalidNameError("An attachment needs a file name.")
    stem, dot, ext = filename.rpartition(".")
    if not dot or not stem:
        stem, ext = filename, ""
    ext = re.sub(r"[^0-9A-Za-z]", "", ext)[:10]
    safe = escape_component(stem[:80])
    if safe.lower().endswith(PAGE_SUFFIX[1:]) and not ext:
        safe += "_"
    return f"{safe}.{ext}" if ext else safe
