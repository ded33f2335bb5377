"""People pages: one page per person in the ``Personer`` space, its title the person's display name.

The person's fields live in one ``person:`` mapping of the front matter, apart from the page's own keys (title, id,
tags), so they merge and sync like any other YAML and never clash with a key wikidesk writes::

    ---
    title: Kari Nordmann
    person:
      user: kari.nordmann
      unit: Oppvekst
      role: Rådgiver
      email: kari.nordmann@kommune.no
      phone: "+47 400 00 000"
      chat: kari.nordmann@kommune.no
      skills: [GIS, kartdata]
      languages: [norsk, engelsk]
    ---
    Free text written by the person.

Reading is lenient, because people edit this by hand: the same keys at the top level (no ``person:``) are read
too (``person:`` wins), Norwegian key names are accepted (``brukernavn``, ``enhet``, ``stilling``, ``e-post``,
``telefon``, ``ferdigheter``, ``språk``), and a list may be a YAML list or one comma- or semicolon-separated
string. A value of the wrong kind is ignored, never an error.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wikidesk.core import frontmatter
from wikidesk.core.catalog import META_DIR, page_info_from_text

PEOPLE_SPACE = "Personer"
FIELDS = ("user", "unit", "role", "email", "phone", "chat", "skills", "languages")
LIST_FIELDS = ("skills", "languages")
ALIASES = {  # other names people (and old imports) use for a field
    "user": ("user", "userid", "user_id", "username", "brukernavn", "bruker", "brukerid"),
    "unit": ("unit", "enhet", "avdeling", "department"),
    "role": ("role", "title_role", "stilling", "tittel", "rolle", "jobtitle"),
    "email": ("email", "e-mail", "mail", "e-post", "epost"),
    "phone": ("phone", "telefon", "tlf", "mobil", "mobile"),
    "chat": ("chat", "teams", "sip", "lync"),
    "skills": ("skills", "areas", "ferdigheter", "kompetanse", "fagområder", "fagomrader", "kan"),
    "languages": ("languages", "språk", "sprak", "language"),
}
_SPLIT = re.compile(r"\s*[,;\n]\s*")


@dataclass
class Profile:
    """One person's page, as read from its file."""

    page_id: str
    path: str  # wiki-relative, e.g. ``Personer/Kari Nordmann.md``
    name: str  # the page title: the display name
    user: str = ""
    unit: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    chat: str = ""
    skills: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    text: str = ""  # the free text below the front matter
    former_names: list[str] = field(default_factory=list)  # titles the page had before (from history)

    @property
    def page(self) -> str:
        """The page name as the CLI prints it (``Personer/Kari Nordmann``)."""
        return self.path[:-3] if self.path.endswith(".md") else self.path

    @property
    def is_empty(self) -> bool:
        return not (self.skills or self.text.strip() or self.unit or self.role)

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in FIELDS}


def person_key(name: str) -> str:
    """How names and user ids are compared: case, accents, spacing and a ``DOMAIN\\`` prefix ignored."""
    text = unicodedata.normalize("NFKD", name.strip()).casefold()
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.rpartition("\\")[2]
    return " ".join(text.split())


def is_person_path(path: str) -> bool:
    """True for a page in the ``Personer`` space (or a space below it)."""
    first = path.replace("\\", "/").split("/", 1)
    return len(first) == 2 and first[0].casefold() == PEOPLE_SPACE.casefold() and path.lower().endswith(".md")


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list, tuple, set)):
        return ""
    return " ".join(str(value).split())


def _items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, dict):
        return []
    raw = list(value) if isinstance(value, (list, tuple, set)) else _SPLIT.split(str(value))
    out: list[str] = []
    seen: set[str] = set()
    for item in raw:
        text = _text(item)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            out.append(text)
    return out


def _usable(value: Any, as_list: bool) -> bool:
    if isinstance(value, bool) or value is None:
        return False
    return isinstance(value, (str, int, float)) or (as_list and isinstance(value, (list, tuple)))


def _lookup(meta: dict[str, Any], name: str) -> Any:
    """The first value of the right kind under one of the field's names (a mapping where a list belongs is
    skipped, so the next name can still give the value)."""
    lowered = {str(k).casefold(): v for k, v in meta.items()}
    for alias in ALIASES[name]:
        if alias in lowered and _usable(lowered[alias], name in LIST_FIELDS):
            return lowered[alias]
    return None


def person_fields(meta: dict[str, Any]) -> dict[str, Any]:
    """The person's fields from a page's front matter (``person:`` first, then top-level keys)."""
    nested = meta.get("person")
    nested = nested if isinstance(nested, dict) else {}
    flat = {k: v for k, v in meta.items() if k not in ("title", "id", "tags", "created", "author")}
    out: dict[str, Any] = {}
    for name in FIELDS:
        value = _lookup(nested, name)
        if value is None:
            value = _lookup(flat, name)
        out[name] = _items(value) if name in LIST_FIELDS else _text(value)
    return out


def profile_from_text(path: str, text: str, page_id: str = "") -> Profile:
    """A profile from a page file's text (never raises: a broken header gives an empty profile)."""
    doc = frontmatter.parse(text)
    info = page_info_from_text(path, text, None)
    return Profile(page_id=page_id or info.page_id, path=path, name=info.title, text=doc.body,
                   **person_fields(doc.meta))


def person_files(root: Path) -> Iterator[tuple[str, int, int]]:
    """``(wiki-relative path, mtime_ns, size)`` of every page file in the ``Personer`` space."""
    base = None
    try:
        for entry in os.scandir(root):
            if entry.is_dir() and entry.name.casefold() == PEOPLE_SPACE.casefold():
                base = entry.name
                break
    except OSError:
        return
    if base is None:
        return
    stack = [base]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = list(os.scandir(root / rel_dir))
        except OSError:
            continue
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}"
            if entry.name.startswith(".") or entry.name == META_DIR:
                continue
            try:
                if entry.is_dir():
                    stack.append(rel)
                elif entry.name.lower().endswith(".md"):
                    st = entry.stat()
                    yield rel, st.st_mtime_ns, st.st_size
            except OSError:
                continue
