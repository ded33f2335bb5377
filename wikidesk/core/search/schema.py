"""The search index's schema and text analyzers.

Analyzers:

- ``wd_stem``: lowercase + Snowball Norwegian stemmer, so ``kommunene`` and ``kommune`` meet at ``kommun``. The
  stemmer runs twice: Snowball strips one suffix, so ``skriveren`` (→ ``skriver``) would miss ``skriver``
  (→ ``skriv``); a second pass joins agent nouns with their inflected forms (``lederen``/``leder``,
  ``arbeidere``/``arbeider``);
- ``wd_fold_stem``: the same after ASCII folding, so ``sok`` and ``søket`` meet at ``sok``;
- ``wd_plain``: lowercase + ASCII folding, no stemming, so exact phrases and prefixes stay exact;
- ``wd_terms``: values that the parse workers already made into space-separated terms (``keys``, ``pairs``);
- ``wd_word_terms``: the same for ``words``, whose terms the workers make as ``wd_fold_stem`` would
  (:func:`word_terms`: one dict lookup a word there instead of tokenizing, folding and stemming twice in the main
  process, ~14 % of its indexing CPU; since schema 12), less the long ones, as ``wd_fold_stem`` drops them.

One field answers a plain word: ``words`` (folded + stemmed) holds everything a word can match on a page (title,
tags, headings, body, space, file name, authors, link targets), with tags and headings repeated so that BM25
weighs a hit there above a hit in the body (field boosting by repetition, the usual stand-in for BM25F; the
repeats and every other ranking weight are in :mod:`~wikidesk.core.search.ranking`). A word
therefore costs one posting list instead of one per field. Title hits get a real boost from the short
``title_key`` field. Companions join only when they change the answer, which the query builder decides from
their document frequencies:

- ``accented``: the ``words`` terms of the page's words written with letters outside ASCII (``søket`` → ``sok``).
  When some pages have a word with accents and others without, the spelling as typed ranks first (``søk`` above
  ``sok`` for ``søk``, below it for ``sok``). A field of all words stemmed but unfolded would say the same for
  ~30 % of the index build's tokenizing work; this one costs a ``str.split`` per page in the parse workers;
- ``keys``: each ``words`` term of the page that a compound may end in, plus, for each long one of the title and
  text, its proper endings (compound words:
  ``kommunikasjonsstrategi`` → ``strategi``, ``trategi``, ...; since schema 10, of a word that splits into word
  parts only the endings a query word can have, see :func:`_kept_endings`), so "pages with this word or a compound
  ending in it" is one posting list. A long word the word list does not know (an identifier, a local term:
  ``migreringsverktøy``) is there once more as its term marked with :data:`UNLISTED`, and a query word finds it as
  its first part by a prefix look-up in ``keys``' term dictionary (:func:`unlisted_pattern`); up to schema 10 every
  beginning of it was a term of its own, 57 % of the field's distinct terms. Schema 6 kept the endings in a field
  of their own and searched the word OR its compounds as a union of intersections, which tantivy cannot skip
  through as it skips through one intersection.
  See ``docs/benchmarks/search.md`` for why this beats n-grams and dictionary decompounding, and what it costs;
- ``inside``: the ``keys`` terms of the parts of the page's words, as often as the words occur, less the terms of
  the page's own words (see :func:`page_terms`): among pages that only contain a word, those that use it more
  rank first, and a page that has the word is scored as before;
- ``pairs``: adjacent words of which one is very common (``og_bekreft``), so that such a phrase is one term
  lookup instead of reading the common word's positions in every page (see :mod:`~wikidesk.core.search.pairs`).

Tantivy does not store custom analyzers in the index: :func:`register_analyzers` must run after every open.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from operator import itemgetter

import tantivy

from wikidesk.core import pacing
from wikidesk.core.search import compounds

# Bump when fields or analyzers change: an index with another version is rebuilt.
SCHEMA_VERSION = 12

STEM = "wd_stem"
FOLD_STEM = "wd_fold_stem"
PLAIN = "wd_plain"
TERMS = "wd_terms"
FOLDED = "wd_folded"
FOLD_STEM1 = "wd_fold_stem1"  # one stemmer pass: the inflected word's base (kameraet → kamera)
WORD_TERMS = "wd_word_terms"  # the ``words`` terms the parse workers made (see word_terms), long ones dropped
MAX_TOKEN = 40
COMPOUND_MIN_WORD = 7  # only keys this long are indexed as possible compounds
COMPOUND_MIN_PART = 4  # a query word must be this long to match as the last part of a compound
COMPOUND_MIN_REST = 3  # and leave at least this much in front of it
PART_MIN = 4  # a word part (see compounds.py) whose term is shorter is kept as written (folded), this long
UNLISTED = "^"  # in ``keys``, marks the term of a long word the word list does not know (see unlisted_pattern)

# Field names.
ID = "id"
PATH = "path"
PATH_KEY = "path_key"
STAMP = "stamp"
TITLE = "title"
TITLE_PLAIN = "title_plain"
TITLE_KEY = "title_key"
WORDS = "words"
ACCENTED = "accented"
KEYS = "keys"
INSIDE = "inside"  # the terms of the parts of the page's words, as often as they occur (see page_terms)
PAIRS = "pairs"  # adjacent word pairs with a common word (see pairs.py): phrases with common words
PLAIN_TEXT = "plain"  # the page's text (first value), file name, space, authors, link targets; exact words
TAGS = "tags"  # not a field (tags are in ``words``, and ``tag`` answers ``tag:``): shown with hits
TAG = "tag"
SPACE = "space"  # not a field (``space_key`` answers ``space:``): shown with hits
SPACE_KEY = "space_key"
AUTHOR = "author"
MODIFIED = "modified"
SECTIONS = "sections"  # not a field: the headings' offsets, kept with the text (see texts.py)
TEXT_AT = "text_at"  # where the page's record is in texts.bin


def unlisted_pattern(prefix: str) -> str:
    """The regular expression of the ``keys`` terms of the long unlisted words that begin with ``prefix`` and go on
    for at least :data:`COMPOUND_MIN_REST` letters (``migrer`` finds ``^migreringsverktoy``): what their beginnings
    were as terms of their own up to schema 10."""
    return re.escape(UNLISTED + prefix) + f"[a-z]{{{COMPOUND_MIN_REST},}}"


def has_unlisted(searcher: tantivy.Searcher, prefix: str) -> bool:
    """Whether some page has a long unlisted word that :func:`unlisted_pattern` finds for ``prefix``."""
    longest = len(UNLISTED) + len(prefix) + COMPOUND_MIN_REST
    return any(len(term) >= longest for term, _ in searcher.terms_with_prefix(KEYS, UNLISTED + prefix))


def _analyzer(*filters: tantivy.Filter, limit: int | None = MAX_TOKEN) -> tantivy.TextAnalyzer:
    """The simple tokenizer, lowercase, ``filters``, then tokens of ``limit`` bytes or more dropped: measured on the
    token as indexed, so the ``pairs`` field (made from folded words) drops exactly what ``plain`` drops."""
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    last = [tantivy.Filter.remove_long(limit)] if limit else []
    for f in (tantivy.Filter.lowercase(), *filters, *last):
        builder = builder.filter(f)
    return builder.build()


@lru_cache(maxsize=1)
def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """The custom analyzers by name (built once per process)."""
    norwegian = tantivy.Filter.stemmer("norwegian")
    fold = tantivy.Filter.ascii_fold()
    return {
        # The second stemmer pass: skriveren → skriver → skriv, like skriver.
        STEM: _analyzer(norwegian, norwegian),
        FOLD_STEM: _analyzer(fold, norwegian, norwegian),
        PLAIN: _analyzer(fold),
        # What the plain field's tokens are before long ones are dropped: pairs are made from these.
        FOLDED: _analyzer(fold, limit=None),
        FOLD_STEM1: _analyzer(fold, norwegian),
        # Each value is a space-separated list of terms made in the parse workers, taken as they are (folding can
        # leave capitals, e.g. ʀ → R, which a lowercase filter here would not match).
        TERMS: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build(),
        # What FOLD_STEM drops, measured on the term as it does: word_terms hands over every term.
        WORD_TERMS: tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN))
        .build(),
    }


@lru_cache(maxsize=1)
def _stemmer() -> tantivy.TextAnalyzer:
    """FOLD_STEM's two stemmer passes alone, on tokens already folded (each kept whole: no tokenizing again)."""
    norwegian = tantivy.Filter.stemmer("norwegian")
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).filter(norwegian).filter(norwegian).build()


# Per process, a folded token's ``words`` term (a page's words recur from page to page); replaced, never cleared,
# when full (another thread may be reading it): ~100 bytes a token.
_TERM_OF: list[dict[str, str]] = [{}]
_TERMS_CACHE_MAX = 200_000


def word_terms(token_lists: Iterable[list[str]]) -> str:
    """The ``words`` field value from the :func:`folded_tokens` of its texts: each token's term as FOLD_STEM makes
    it (stemmed twice), space-separated, long ones included (the field's analyzer drops them as FOLD_STEM does).
    One dict lookup a token here saves the main process tantivy's tokenizing, folding and two stemmer passes."""
    out: list[str] = []
    for tokens in token_lists:
        if not tokens:
            continue
        try:
            out.append(" ".join(map(_TERM_OF[0].__getitem__, tokens)))  # one C loop a text when all are known
        except KeyError:
            out.append(" ".join(_stem_into(_TERM_OF[0], tokens)))
    return " ".join(out)


def _stem_into(cache: dict[str, str], tokens: list[str]) -> list[str]:
    """The terms of ``tokens``, stemming and remembering those ``cache`` does not have."""
    new = list(dict.fromkeys(t for t in tokens if t not in cache))
    if len(cache) + len(new) > _TERMS_CACHE_MAX:
        cache = _TERM_OF[0] = {}
        new = list(dict.fromkeys(tokens))
    stems = _stemmer().analyze(" ".join(new))
    if len(stems) != len(new):  # a token that is not one whitespace-free word after folding (never seen)
        stems = [" ".join(_stemmer().analyze(t)) for t in new]
    # A token that is its own term keeps one string for both (~40 % of them: ~1.5 MB in a 20,000-page build).
    cache.update(zip(new, [t if t == stem else stem for t, stem in zip(new, stems, strict=True)], strict=True))
    return [cache[t] for t in tokens]


@lru_cache(maxsize=4096)
def stem_tokens(text: str) -> list[str]:
    return analyzers()[STEM].analyze(text)


@lru_cache(maxsize=4096)
def fold_stem_tokens(text: str) -> list[str]:
    return analyzers()[FOLD_STEM].analyze(text)


@lru_cache(maxsize=4096)
def plain_tokens(text: str) -> list[str]:
    return analyzers()[PLAIN].analyze(text)


def register_analyzers(index: tantivy.Index) -> None:
    """Register the custom analyzers on an opened index (needed after every ``Index``/``Index.open``)."""
    for name, analyzer in analyzers().items():
        index.register_tokenizer(name, analyzer)


# The fields, in one table: build_schema adds them and FIELDS says which values a tantivy document may hold (the
# other values of :func:`~document.to_fields` go to texts.bin). Nothing is stored in tantivy's document store.
# Phrases and prefixes are matched on the plain fields, so the stemmed ones need no positions.
_FIELD_TABLE: list[tuple[str, str, dict[str, object]]] = [
    (ID, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (PATH, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (PATH_KEY, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (STAMP, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (TITLE, "text", {"tokenizer_name": STEM, "index_option": "freq"}),
    (TITLE_PLAIN, "text", {"tokenizer_name": PLAIN}),
    (TITLE_KEY, "text", {"tokenizer_name": FOLD_STEM, "index_option": "freq"}),
    (WORDS, "text", {"tokenizer_name": WORD_TERMS, "index_option": "freq"}),
    (ACCENTED, "text", {"tokenizer_name": FOLD_STEM, "index_option": "basic"}),
    (KEYS, "text", {"tokenizer_name": TERMS, "index_option": "basic"}),
    (INSIDE, "text", {"tokenizer_name": TERMS, "index_option": "freq"}),
    (PAIRS, "text", {"tokenizer_name": TERMS, "index_option": "freq"}),
    (PLAIN_TEXT, "text", {"tokenizer_name": PLAIN}),
    (TAG, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (SPACE_KEY, "text", {"tokenizer_name": "raw", "index_option": "basic"}),
    (AUTHOR, "text", {"tokenizer_name": PLAIN}),
    (MODIFIED, "integer", {"indexed": True, "fast": True}),
    (TEXT_AT, "integer", {"fast": True}),
]
FIELDS = frozenset(name for name, _, _ in _FIELD_TABLE)


@lru_cache(maxsize=1)
def build_schema() -> tantivy.Schema:
    b = tantivy.SchemaBuilder()
    for name, kind, options in _FIELD_TABLE:
        getattr(b, f"add_{kind}_field")(name, **options)
    return b.build()


_PART = re.compile("[a-z]+")
_LETTERS = re.compile(r"[^\W\d_]+")


def folded_tokens(text: str) -> list[str]:
    """The words of ``text`` lowercased and folded, as the ``plain`` field splits them, long ones included (the
    parse workers make the ``pairs`` and ``keys`` values from these)."""
    return analyzers()[FOLDED].analyze(text)


def is_compound_part(stem: str) -> bool:
    """Whether a folded query stem can be the end of a compound (long enough, letters only)."""
    return len(stem) >= COMPOUND_MIN_PART and _PART.fullmatch(stem) is not None


def accented_words(*texts: str) -> str:
    """The ``accented`` field value: the distinct words of ``texts`` that contain a letter outside ASCII."""
    chunks: set[str] = set()
    for text in texts:
        if not text.isascii():
            chunks.update(w for w in text.split() if not w.isascii())  # fast: most chunks are plain ASCII
    # A chunk may be an ASCII word with typographic punctuation («kommune», 2–3): keep only accented words.
    return " ".join({w for chunk in chunks for w in _LETTERS.findall(chunk) if not w.isascii()})


@lru_cache(maxsize=8192)
def base_form(word: str) -> str:
    """The form a folded word with a short ``words`` term is kept by in ``keys``: the word less an ending of the
    word list, as long as what is left is a known word of :data:`PART_MIN` letters or more with the same term, again
    while one is found (``koden``, ``koder``, ``kodene`` → ``kode``; ``lesere`` → ``leser`` → ``lese``; ``tokenet``
    → ``token`` → ``toke``), else the word as written (``kamera``; ``video`` is no form of ``vide``)."""
    words, endings = compounds.word_list(), compounds.endings()
    term = fold_stem_tokens(word)
    while True:
        for i in range(PART_MIN, len(word)):
            if word[i:] in endings and word[:i] in words and fold_stem_tokens(word[:i]) == term:
                word = word[:i]
                break
        else:
            return word


def part_key(part: str) -> str | None:
    """The ``keys`` term of a word part (folded): its ``words`` term when that may be a compound part, else, when
    long enough, its :func:`base_form` (``kamera`` stems to ``kam``, too short: its term is ``kamera``; ``koden``
    and ``koder`` both give ``kode``)."""
    terms = fold_stem_tokens(part)
    if len(terms) == 1 and is_compound_part(terms[0]):
        return terms[0]
    return base_form(part) if len(part) >= PART_MIN and _PART.fullmatch(part) is not None else None


def query_part_key(fold: str, key: str) -> str | None:
    """The ``keys`` term a query word (folded ``fold``, ``words`` term ``key``) finds its compounds by, or None."""
    if is_compound_part(key):
        return key
    return base_form(fold) if len(fold) >= PART_MIN and _PART.fullmatch(fold) is not None else None


# Per process, a word's keys (words recur from page to page), in two generations: when the newer one is full it
# becomes the older one, and a word found only there moves up, so the words in use stay and memory is bounded. In a
# list so that a full generation is replaced, never cleared: another thread may be reading it. An entry is compact
# (its keys one space-joined string, tuples rather than sets): a page's keys value is then one join of its words'
# strings instead of a union of their terms (``keys`` records no frequencies, so a term named twice costs nothing).
_WordKeys = tuple[tuple[str, ...], str, str, tuple[str, ...], tuple[str, ...]]


class _Generation(dict[str, _WordKeys]):
    """The newer generation of the word cache; ``older`` is the one before it (None: none)."""

    older: dict[str, _WordKeys] | None = None


_KEYS_OF_WORD: list[dict[str, _WordKeys]] = [_Generation()]
_NO_KEYS: _WordKeys = ((), "", "", (), ())
_FIRST, _SECOND, _THIRD, _FOURTH, _FIFTH = map(itemgetter, range(5))
_KEYS_CACHE_MAX = 50_000  # words a generation: ~315 bytes a word, ~30 MB for both at most; a word costs ~30 µs


@lru_cache(maxsize=1)
def known_terms() -> frozenset[str]:
    """The ``words`` terms of the words of the word list: the terms of a query word of the language (derived once
    per process, ~0.05 s, ~2 MB; in slices, between which a paced thread rests)."""
    words, analyzer, terms = list(compounds.lexicon()[0]), analyzers()[FOLD_STEM], set()
    for at in range(0, len(words), KNOWN_TERMS_SLICE):  # slices: a paced thread (the live updater) rests between
        pacing.pause()
        terms.update(analyzer.analyze(" ".join(words[at : at + KNOWN_TERMS_SLICE])))
    return frozenset(terms)


KNOWN_TERMS_SLICE = 10_000  # words analysed in one call (~5 ms)


STEM_CUTS_AT_MOST = 12  # letters the stemmer takes off a word, two passes, with room to spare


def is_known_term(term: str) -> bool:
    """Whether ``term`` is the ``words`` term of a word of the word list. A process that splits many words asks
    :func:`known_terms`; one that splits a few (a search's snippets) stems only the listed words that begin with
    ``term`` (the stemmer only takes letters off the end of an a–z word), instead of all 96,000 of them."""
    if compounds.many_lookups():
        return term in known_terms()
    candidates = compounds.word_list_sorted().starting_with(term, len(term) + STEM_CUTS_AT_MOST)
    return bool(candidates) and term in analyzers()[FOLD_STEM].analyze(" ".join(candidates))


def _kept_endings(key: str) -> list[str]:
    """The endings a long term of a word that splits into parts keeps in ``keys``: those that are the term of a
    word of the list, or that have in front of them a word of the list of :data:`PART_MIN` letters or more, maybe
    with a linking letter (``autorisasjons|kodeflyt``). The other endings of such a word (``unikasjonsstrategi``,
    ``tegi``) no query word has; they were ~a quarter of the ``keys`` terms, each a term of its own in the index."""
    known = known_terms().__contains__ if compounds.many_lookups() else is_known_term
    words, links = compounds.word_list(), compounds.LINKS
    return [
        key[i:]
        for i in range(COMPOUND_MIN_REST, len(key) - COMPOUND_MIN_PART + 1)
        if known(key[i:])
        or (i >= PART_MIN and key[:i] in words)
        or (i > PART_MIN and key[i - 1] in links and key[: i - 1] in words)
    ]


def _word_keys(word: str) -> _WordKeys:
    """The ``keys`` terms of one folded word: ``(its terms, its terms, endings and parts' terms joined by spaces,
    its base, its parts' terms, the terms that stand for the word itself)``. Its terms are its ``words`` terms that
    a compound may end in; a long one also gives its endings (when the word splits into parts, only the endings
    :func:`_kept_endings`: the parts' terms stand for the rest); the word's parts
    (:func:`~wikidesk.core.search.compounds.parts`) give their :func:`part_key`. Its base is the word one stemmer
    pass makes when that is a known word whose ``words`` term differs from the word's (``kameraet`` → ``kamera``,
    term ``kam`` against ``kamer``), else ``""``. Its parts' terms are those of its parts less the ones that stand
    for the word itself (its terms, its own part key, its base's): ``arkivsystemet`` → ``arkiv``, ``system``;
    ``kameraet`` → none. A word of fewer than :data:`PART_MIN` letters, or with any but a–z, has none of these."""
    if len(word) < PART_MIN or _PART.fullmatch(word) is None:
        return _NO_KEYS  # its terms are too short or not letters, and it has no parts: skip the analyzers
    terms: list[str] = []
    endings: list[str] = []
    stems = analyzers()[FOLD_STEM].analyze(word)
    found = compounds.parts(word)
    for key in stems:
        if is_compound_part(key):  # the query builder looks up only these in ``keys``
            terms.append(key)
            n = len(key)
            if n >= COMPOUND_MIN_WORD:
                if found:
                    endings += _kept_endings(key)
                else:
                    endings += [key[i:] for i in range(COMPOUND_MIN_REST, n - COMPOUND_MIN_PART + 1)]
    itself = set(terms)
    if not terms and (own := part_key(word)):
        endings.append(own)  # a word whose term is too short (kamera: kam) is its own part, as parts are kept
        itself.add(own)
    base = ""
    if terms and len(terms[0]) >= COMPOUND_MIN_WORD and not compounds.is_known(word):
        # A long word the word list does not know (an identifier, a local term: migreringsverktøy): its term once,
        # marked, so that its first part finds it by a prefix look-up at query time (see :func:`unlisted_pattern`).
        endings.append(UNLISTED + terms[0])
    part_keys = list(map(part_key, found))
    if found:
        endings += [k for k in part_keys if k]
        one = analyzers()[FOLD_STEM1].analyze(word)
        if len(one) == 1 and one[0] != word and one[0] in found and fold_stem_tokens(one[0]) != stems:
            base = one[0]
            terms += [k for k in fold_stem_tokens(base) if is_compound_part(k)]  # in ``words`` through the base
            itself.update(terms)
            itself.add(part_key(base) or "")
    inside = tuple(k for k in dict.fromkeys(part_keys) if k and k not in itself)
    if not (terms or endings or base or inside):
        return _NO_KEYS
    mine = tuple(terms)
    if len(itself) != len(mine) or not itself.issuperset(mine):
        mine_itself = tuple(itself)
    else:
        mine_itself = mine  # one tuple for both (most words): the cache holds ~60,000 words in a build
    return mine, " ".join(dict.fromkeys(terms + endings)), base, inside, mine_itself


def _keys_of(words: Iterable[str]) -> list[_WordKeys]:
    """The keys of each of ``words`` (see :func:`_word_keys`), from the cache where it has them."""
    words = list(words)
    cache = _KEYS_OF_WORD[0]
    found = list(map(cache.get, words))
    if None not in found:
        return found  # type: ignore[return-value]
    older = getattr(cache, "older", None) or {}
    for i, word in enumerate(words):
        if found[i] is None:
            keys = older.get(word)
            cache[word] = found[i] = _word_keys(word) if keys is None else keys
    if len(cache) > _KEYS_CACHE_MAX:
        newer = _Generation()
        newer.older = cache
        if isinstance(cache, _Generation):
            cache.older = None  # the generation before it goes
        _KEYS_OF_WORD[0] = newer
    return found  # type: ignore[return-value]


def word_part_keys(word: str) -> frozenset[str]:
    """The ``keys`` terms of one folded word of a page's text (snippets mark a word by them)."""
    return frozenset(_keys_of((word,))[0][1].split())


def keys_value(text_words: Iterable[list[str]], other_words: Iterable[list[str]] = ()) -> str:
    """The ``keys`` field value of a page, from the :func:`folded_tokens` of what its ``words`` field holds: each
    ``words`` term that a compound may end in (see :func:`is_compound_part`) once, and, for the words of
    ``text_words`` (title and text), the terms of their parts (:func:`part_key` of
    :func:`~wikidesk.core.search.compounds.parts`: ``arkivsystemet`` → ``arkiv``, ``system``) and the endings of the
    long ones (:data:`COMPOUND_MIN_WORD` letters), at least :data:`COMPOUND_MIN_PART` letters that leave at least
    :data:`COMPOUND_MIN_REST` in front (``kommunikasjonsstrategi`` → ``unikasjonsstrategi``, …, ``strategi``, …,
    ``tegi``; they find compounds of words the word list does not know), and the long words the word list does not
    know their term marked with :data:`UNLISTED` (their beginnings are looked up at query time). ``other_words``
    (tags, space, file name, authors, link targets) give their terms only: an author called Nordskolen is no
    compound.

    A term a compound may end in has only the letters a–z, and the folded word it came from stems to it again, so a
    page has such a term in ``keys`` whenever it has it in ``words`` (the query builder relies on this)."""
    keys, _ = page_keys(text_words, other_words)
    return keys


def page_keys(text_words: Iterable[list[str]], other_words: Iterable[list[str]] = ()) -> tuple[str, str]:
    """``(the keys value, the bases value)``: see :func:`keys_value`; the bases are the known words that the page's
    inflected words come from when the stemmer gives them another term (``kameraet`` → ``kamera``), added to
    ``words`` so that the word finds its inflections (ranked as the word, below it when typed exactly)."""
    keys, bases, _ = page_terms(text_words, other_words)
    return keys, bases


def page_terms(text_words: Iterable[list[str]], other_words: Iterable[list[str]] = ()) -> tuple[str, str, str]:
    """``(the keys value, the bases value, the inside value)``: see :func:`page_keys`. The ``inside`` value holds
    the terms of the word parts of the title's and text's words, once for each different word they are part of,
    less every term the page has for a word of its own: its terms count in how many words the page uses a word
    *only inside longer words* (``bruksmønsteret``, ``løsningsmønsteret``: ``monst`` twice), which ranks the
    pages that only contain a word among themselves and never changes the score of a page that has the word."""
    text = set().union(*text_words)
    other = set().union(*other_words).difference(text)
    mine = _keys_of(text)
    theirs = [terms for terms in map(_FIRST, _keys_of(other)) if terms]
    keys = " ".join(filter(None, [*map(_SECOND, mine), *map(" ".join, theirs)]))  # a term may be named twice
    bases = set(map(_THIRD, mine))
    bases.discard("")
    inside = [key for parts in map(_FOURTH, mine) if parts for key in parts]
    if inside:
        itself = set().union(*map(_FIFTH, mine), *theirs)
        inside = [key for key in inside if key not in itself]
    return keys, " ".join(sorted(bases)), " ".join(inside)


def tag_key(tag: str) -> str:
    """How a tag is matched by ``tag:``: casefolded, without a leading ``#``."""
    return tag.strip().lstrip("#").casefold()


def space_keys(space: str) -> list[str]:
    """``IT/Skrivere`` → ``["it", "it/skrivere"]``: ``space:IT`` also finds pages in its sub-spaces."""
    parts = [p for p in space.strip("/").split("/") if p]
    return ["/".join(parts[: i + 1]).casefold() for i in range(len(parts))]


def space_key(space: str) -> str:
    return "/".join(p for p in space.strip("/").split("/") if p).casefold()
