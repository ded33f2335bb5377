"""The search index's schema and text analyzers.

Two analyzers over the same words, side by side:

- ``wd_stem``: lowercase + Snowball Norwegian stemmer, so ``kommunene`` and ``kommune`` meet at ``kommun``. The
  stemmer runs twice: Snowball strips one suffix, so ``skriveren`` (→ ``skriver``) would miss ``skriver``
  (→ ``skriv``); a second pass joins agent nouns with their inflected forms (``lederen``/``leder``,
  ``arbeidere``/``arbeider``);
- ``wd_plain``: lowercase + ASCII folding, no stemming, so ``sok`` meets ``søk`` and exact phrases stay exact.

Compound words (``kommunikasjonsstrategien``) are handled by the ``compound`` field: it holds the *reversed* stems
of a page's long words (``igetartssnojsakinummok``), so "which words end in ``strategi``" becomes a cheap prefix
walk of the term dictionary (``igetarts.{3,}``). See ``docs/benchmarks/search.md`` for why this beats n-grams and
dictionary decompounding here, and what it costs.

Tantivy does not store custom analyzers in the index: :func:`register_analyzers` must run after every open.
"""

from __future__ import annotations

import re
from functools import lru_cache

import tantivy

# Bump when fields or analyzers change: an index with another version is rebuilt.
SCHEMA_VERSION = 3

STEM = "wd_stem"
PLAIN = "wd_plain"
MAX_TOKEN = 40
COMPOUND_MIN_WORD = 7  # only stems this long are indexed as possible compounds
COMPOUND_MIN_PART = 4  # a query word must be this long to match as the last part of a compound
COMPOUND_MIN_REST = 3  # and leave at least this much in front of it

# Field names.
ID = "id"
PATH = "path"
PATH_KEY = "path_key"
STAMP = "stamp"
TITLE = "title"
TITLE_PLAIN = "title_plain"
HEADINGS = "headings"
BODY = "body"
PLAIN_TEXT = "plain"
COMPOUND = "compound"
TAGS = "tags"
TAG = "tag"
SPACE = "space"
SPACE_KEY = "space_key"
AUTHOR = "author"
META = "meta"
MODIFIED = "modified"
SECTIONS = "sections"


@lru_cache(maxsize=1)
def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """The custom analyzers by name (built once per process)."""
    simple = tantivy.Tokenizer.simple
    stem = (
        tantivy.TextAnalyzerBuilder(simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("norwegian"))
        .filter(tantivy.Filter.stemmer("norwegian"))  # second pass: skriveren → skriver → skriv, like skriver
        .build()
    )
    plain = (
        tantivy.TextAnalyzerBuilder(simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )
    return {STEM: stem, PLAIN: plain}


def stem_tokens(text: str) -> list[str]:
    return analyzers()[STEM].analyze(text)


def plain_tokens(text: str) -> list[str]:
    return analyzers()[PLAIN].analyze(text)


def register_analyzers(index: tantivy.Index) -> None:
    """Register the custom analyzers on an opened index (needed after every ``Index``/``Index.open``)."""
    for name, analyzer in analyzers().items():
        index.register_tokenizer(name, analyzer)


@lru_cache(maxsize=1)
def build_schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    b.add_text_field(ID, stored=True, tokenizer_name="raw")
    b.add_text_field(PATH, stored=True, tokenizer_name="raw")
    b.add_text_field(PATH_KEY, tokenizer_name="raw", index_option="basic")
    b.add_text_field(STAMP, tokenizer_name="raw", index_option="basic")
    # Phrases are matched on the plain fields, so the stemmed ones need no positions (smaller, faster to build).
    b.add_text_field(TITLE, stored=True, tokenizer_name=STEM, index_option="freq")
    b.add_text_field(TITLE_PLAIN, tokenizer_name=PLAIN)
    b.add_text_field(HEADINGS, tokenizer_name=STEM, index_option="freq")
    b.add_text_field(BODY, stored=True, tokenizer_name=STEM, index_option="freq")
    b.add_text_field(PLAIN_TEXT, tokenizer_name=PLAIN)
    b.add_text_field(COMPOUND, tokenizer_name="whitespace", index_option="basic")
    b.add_text_field(TAGS, stored=True, tokenizer_name=STEM, index_option="freq")
    b.add_text_field(TAG, tokenizer_name="raw", index_option="basic")
    b.add_text_field(SPACE, stored=True, tokenizer_name="raw")
    b.add_text_field(SPACE_KEY, tokenizer_name="raw", index_option="basic")
    b.add_text_field(AUTHOR, stored=True, tokenizer_name=PLAIN)
    b.add_text_field(META, tokenizer_name=PLAIN, index_option="freq")
    b.add_integer_field(MODIFIED, stored=True, indexed=True, fast=True)
    b.add_bytes_field(SECTIONS, stored=True)
    return b.build()


COMPOUND_CHARS = r"[a-z\x{df}-\x{ff}]"  # the same letters, as a tantivy (Rust) regex class
_LONG_WORD = re.compile(rf"(?<![^\W\d_])[a-zß-ÿ]{{{COMPOUND_MIN_WORD},}}(?![^\W\d_])")
_PART = re.compile("[a-zß-ÿ]+")


def is_compound_part(stem: str) -> bool:
    """Whether a query stem can be looked up as the end of a compound (Latin-1 letters only)."""
    return _PART.fullmatch(stem) is not None


def compound_text(*texts: str) -> str:
    """The ``compound`` field value: reversed stems of the distinct long words in ``texts``."""
    words = set()
    for text in texts:
        words.update(_LONG_WORD.findall(text.lower()))
    if not words:
        return ""
    stems = {s for s in stem_tokens(" ".join(words)) if len(s) >= COMPOUND_MIN_WORD}
    return " ".join(s[::-1] for s in stems)


def tag_key(tag: str) -> str:
    """How a tag is matched by ``tag:``: casefolded, without a leading ``#``."""
    return tag.strip().lstrip("#").casefold()


def space_keys(space: str) -> list[str]:
    """``IT/Skrivere`` → ``["it", "it/skrivere"]``: ``space:IT`` also finds pages in its sub-spaces."""
    parts = [p for p in space.strip("/").split("/") if p]
    return ["/".join(parts[: i + 1]).casefold() for i in range(len(parts))]


def space_key(space: str) -> str:
    return "/".join(p for p in space.strip("/").split("/") if p).casefold()
