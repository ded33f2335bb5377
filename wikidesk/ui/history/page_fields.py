"""A page file as a person reads it in history and the conflict resolver: title and tags as fields, the Markdown
body as text. The rest of the front matter (``id``, ``created``, ``author``) is the wiki's bookkeeping; it shows only
when the person asks for the file as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from wikidesk.core import frontmatter


def local_time(iso: str) -> str:
    """A revision's time (ISO 8601, UTC) in local time, formatted the way the UI's language writes it."""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return iso
    return QLocale().toString(when.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


def _none() -> str:
    return QCoreApplication.translate("PageFields", "(none)")


@dataclass(frozen=True)
class PageFields:
    title: str
    tags: tuple[str, ...]
    body: str


def tags_of(meta: dict[str, Any]) -> tuple[str, ...]:
    tags = meta.get("tags")
    if isinstance(tags, str):
        return tuple(t.strip() for t in tags.split(",") if t.strip())
    if isinstance(tags, list | tuple):
        return tuple(str(t) for t in tags if str(t).strip())
    return ()


def split_page(text: str) -> PageFields:
    doc = frontmatter.parse(text)
    title = doc.meta.get("title")
    return PageFields(title="" if title is None else str(title), tags=tags_of(doc.meta), body=doc.body)


def tags_text(tags: tuple[str, ...] | list[str]) -> str:
    return ", ".join(tags)


def fields_line(fields: PageFields) -> str:
    """"Title: Printers · Tags: hardware, network" (no tags: "Tags: none")."""
    title = QCoreApplication.translate("PageFields", "Title: %1").replace("%1", fields.title or _none())
    tags = QCoreApplication.translate("PageFields", "Tags: %1").replace("%1", tags_text(fields.tags) or _none())
    return f"{title} · {tags}"


def field_changes(old: PageFields, new: PageFields) -> list[str]:
    """One line per changed field: "Title: Printer → Printers", "Tags: a → a, b"."""
    lines = []
    if old.title != new.title:
        lines.append(QCoreApplication.translate("PageFields", "Title: %1 → %2").replace(
            "%1", old.title or _none()).replace("%2", new.title or _none()))
    if old.tags != new.tags:
        lines.append(QCoreApplication.translate("PageFields", "Tags: %1 → %2").replace(
            "%1", tags_text(old.tags) or _none()).replace("%2", tags_text(new.tags) or _none()))
    return lines


def parse_tags(text: str) -> list[str]:
    return [t.strip().lstrip("#") for t in text.split(",") if t.strip().lstrip("#")]


def compose(shown_text: str, title: str, tags: list[str], body: str) -> str:
    """The whole file text for a resolution: the shown version's front matter (id, created, ...) with the chosen
    title and tags, and the chosen body."""
    doc = frontmatter.parse(shown_text)
    if title.strip():
        doc.meta["title"] = title.strip()
    if tags:
        doc.meta["tags"] = list(tags)
    else:
        doc.meta.pop("tags", None)
    doc.body = body
    return frontmatter.serialize(doc)


def merge_field(values: list[Any], base: Any) -> tuple[Any, bool]:
    """Three-way merge of one field over several versions (the first preferred): ``(value, differs)``, where
    ``differs`` says the versions changed it in different ways (the person should look)."""
    changed: list[Any] = []
    for value in values:
        if value != base and value not in changed:
            changed.append(value)
    if not changed:
        return base, False
    return changed[0], len(changed) > 1
