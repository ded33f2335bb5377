"""What the search index knows about one page, and how it becomes a tantivy document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import tantivy

from wikidesk.core.search import schema as s
from wikidesk.core.search.pairs import common_pairs
from wikidesk.core.search.ranking import HEADING_REPEAT, TAG_REPEAT


@dataclass(frozen=True)
class IndexDoc:
    """One page as the index sees it: metadata plus plain text split into sections.

    ``sections`` is a list of ``(heading or None, plain text under it)``; the first section usually has no heading.
    ``stamp`` identifies the file version (see :func:`stamp_for`) so a resumed build skips pages already indexed.
    """

    page_id: str
    path: str
    title: str
    sections: Sequence[tuple[str | None, str]] = ()
    tags: Sequence[str] = ()
    space: str = ""
    authors: Sequence[str] = ()
    modified: float = 0.0
    stamp: str = ""
    extra_text: str = field(default="", compare=False)  # searchable but never shown (e.g. link targets)

    @property
    def headings(self) -> list[str]:
        return [h for h, _ in self.sections if h]


def body_and_offsets(sections: Sequence[tuple[str | None, str]]) -> tuple[str, list[list[Any]]]:
    """Join sections into one text (each heading on its own line) and note where each heading's section starts."""
    parts: list[str] = []
    offsets: list[list[Any]] = []
    pos = 0
    for heading, text in sections:
        chunk = f"{heading}\n{text}" if heading else text
        if not chunk.strip():
            continue
        if parts:
            pos += 2
        if heading:
            offsets.append([pos, heading])
        parts.append(chunk)
        pos += len(chunk)
    return "\n\n".join(parts), offsets


def stamp_for(path: str, mtime_ns: int, size: int) -> str:
    """The version key of a page file, looked up by path: it changes whenever the file is written."""
    return f"{path}\t{mtime_ns}\t{size}"


def stamp_path(stamp: str) -> str:
    return stamp.rsplit("\t", 2)[0]


def to_fields(doc: IndexDoc) -> dict[str, Any]:
    """Field values of the tantivy document for ``doc`` (plain Python values, cheap to pickle)."""
    body, offsets = body_and_offsets(doc.sections)
    headings = doc.headings
    tags = [t for t in (str(t).strip() for t in doc.tags) if t]
    authors = [a for a in (str(a).strip() for a in doc.authors) if a]
    space = doc.space.strip("/")
    name = doc.path.rsplit("/", 1)[-1]
    name = name[:-3] if name.lower().endswith(".md") else name
    meta = " ".join([space.replace("/", " "), name, *authors])
    plain = [body, doc.extra_text, meta] if doc.extra_text else [body, meta]
    plain_words = [s.folded_tokens(text) for text in plain]
    title_words, tag_words = s.folded_tokens(doc.title), s.folded_tokens(" ".join(tags))
    keys, bases, inside = s.page_terms([title_words, plain_words[0]], [*plain_words[1:], tag_words])
    fields: dict[str, Any] = {
        s.ID: doc.page_id,
        s.PATH: doc.path,
        s.PATH_KEY: doc.path.casefold(),
        s.TITLE: doc.title,
        s.TITLE_PLAIN: doc.title,
        s.TITLE_KEY: doc.title,
        s.PLAIN_TEXT: plain,
        # The terms of the texts of ``words``, made here (see schema.word_terms).
        s.WORDS: s.word_terms(
            [
                title_words,
                *[tag_words] * TAG_REPEAT,
                *(s.folded_tokens(h) for h in headings for _ in range(HEADING_REPEAT - 1)),
                *plain_words,
                bases.split(),  # the base of an inflected word the stemmer misses (kameraet: kamera)
            ]
        ),
        # The accented words of the texts of ``words``, once each (its bases are a–z: none there).
        s.ACCENTED: s.accented_words(doc.title, *tags, *headings, *plain),
        s.KEYS: keys,
        s.INSIDE: inside,  # how often the page uses each word only inside longer words (ranks compound-only pages)
        s.PAIRS: common_pairs(plain_words),
        s.SPACE: space,
        s.MODIFIED: int(doc.modified),
        s.SECTIONS: offsets,
    }
    if tags:
        fields[s.TAGS] = tags
        fields[s.TAG] = sorted({s.tag_key(t) for t in tags})
    keys = s.space_keys(space)
    if keys:
        fields[s.SPACE_KEY] = keys
    if authors:
        fields[s.AUTHOR] = authors
    if doc.stamp:
        fields[s.STAMP] = doc.stamp
    return fields


def body_of(fields: dict[str, Any]) -> str:
    """The page text in field values from :func:`to_fields` (the first value of the plain field)."""
    plain = fields[s.PLAIN_TEXT]
    return plain[0] if isinstance(plain, list) else plain


def to_document(fields: dict[str, Any], text_at: int) -> tantivy.Document:
    """The tantivy document; ``text_at`` is where the page's record is in the texts file."""
    values = {k: v for k, v in fields.items() if k in s.FIELDS}
    values[s.TEXT_AT] = text_at
    return tantivy.Document(**values)
