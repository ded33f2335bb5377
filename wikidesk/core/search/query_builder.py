"""Turn a parsed query tree into a tantivy query, plus what to highlight in the results.

Each plain word becomes one term of the ``words`` field (folded and stemmed; tags and headings weigh more there, see
:mod:`~wikidesk.core.search.schema`), joined only where the index says they matter by: the ``title_key`` term (title
hits rank first); the ``accented`` term when some pages spell the word with accents and others without, with a
small constant bonus or penalty so the spelling as typed ranks first (``sok`` finds ``søk``, below ``sok``); and,
when some page has a compound ending in the word (``strategi`` → ``kommunikasjonsstrategien``), the ``keys`` term
(the word or a compound ending in it) decides which pages match, with a small constant score, and the word's own
clauses only add to the score. Filters never change scores. The weights, and how a hit's score is made from them,
are in :mod:`~wikidesk.core.search.ranking`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

import tantivy

from wikidesk.core.search import schema as s
from wikidesk.core.search.dates import parse_range
from wikidesk.core.search.pairs import phrase_pairs
from wikidesk.core.search.query_parser import And, Filter, Node, Not, Or, Phrase, Term
from wikidesk.core.search.ranking import (
    BOOST_COMPOUND,
    BOOST_EXACT,
    BOOST_INSIDE,
    BOOST_PREFIX_BODY,
    BOOST_PREFIX_TITLE,
    BOOST_SPELLING,
    BOOST_TITLE,
    BOOST_TITLE_PLAIN,
    NO_SCORE,
)
from wikidesk.core.search.records import field, record

if TYPE_CHECKING:
    from wikidesk.core.search.fuzzy import Correction

Q = tantivy.Query
MUST, SHOULD, MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot

# What may follow a prefix inside a term. A Unicode "." costs ~0.3 ms to compile into tantivy's term automaton on
# every query; a narrow class costs ~0.02 ms. Accent-folded terms are ASCII for every Latin script; other scripts
# are not prefix-expanded.
TERM_CHARS = "[0-9a-z]"


class TermCounts(Protocol):
    """What the builder asks the index (``searching.DocFreqs``): a term's document frequency in a field, and
    whether some page has a long unlisted word that begins with a prefix (:func:`~schema.has_unlisted`)."""

    def __call__(self, field_name: str, term: str) -> int: ...

    def has_unlisted(self, prefix: str) -> bool: ...


@record
class HighlightSpec:
    """What counts as a match when marking words in a title or snippet."""

    stems: set[str] = field(default_factory=set)
    folds: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    compounds: set[str] = field(default_factory=set)
    phrases: set[tuple[str, ...]] = field(default_factory=set)
    keys: set[str] = field(default_factory=set)  # folded stems (the ``words`` field's terms)

    def __bool__(self) -> bool:
        return bool(self.stems or self.folds or self.prefixes or self.compounds or self.phrases or self.keys)

    def key(self) -> tuple:
        parts = (self.stems, self.folds, self.prefixes, self.compounds, self.phrases, self.keys)
        return tuple(tuple(sorted(x)) for x in parts)


@record
class WordQuery:
    """One typed word: ``direct`` matches the word itself (with its title and spelling bonuses); ``either``, when
    some page has a compound ending in the word, matches the word or such a compound (the ``keys`` term) with a
    small constant score, and ``direct`` then only adds to the score of pages that have the word itself."""

    direct: tantivy.Query
    either: tantivy.Query | None = None
    part: tantivy.Query | None = None  # or else, when the word's term is too short for ``keys``: its parts there
    inside: tantivy.Query | None = None  # with either: how often a page uses the word only inside longer words

    def query(self) -> tantivy.Query:
        """The word's query. With compounds, ``direct`` is optional inside ``either``: tantivy seeks one optional
        clause to each page the required term finds, which costs less than a union of the two (measured at 100,000
        pages: a two-word query 0.22 ms, against 0.30 ms with both words' clauses in one flat AND and 0.49 ms for
        the union of intersections of schema 6)."""
        extra = [(SHOULD, self.inside)] if self.inside is not None else []
        if self.part is not None:
            return Q.boolean_query([(SHOULD, self.direct), (SHOULD, self.part), *extra])
        if self.either is None:
            return self.direct
        return Q.boolean_query([(MUST, self.either), (SHOULD, self.direct), *extra])


@record
class BuiltQuery:
    query: tantivy.Query | None  # None: nothing to search for
    highlight: HighlightSpec
    words: list[str]  # positive plain words, candidates for "did you mean"
    notes: list[str]
    filter_only: bool


class QueryBuilder:
    """Builds one query; ``corrections`` maps a word to the indexed terms a typo-tolerant search should use."""

    def __init__(
        self,
        schema: tantivy.Schema,
        corrections: dict[str, Correction] | None = None,
        doc_freq: TermCounts | None = None,
    ):
        self.schema = schema
        self.doc_freq = doc_freq  # to leave out companion terms that would change nothing; None keeps them all
        self.corrections = corrections or {}
        self.highlight = HighlightSpec()
        self.words: list[str] = []
        self.notes: list[str] = []

    # --- entry point -----------------------------------------------------------------------------------------------

    def build(self, node: Node) -> BuiltQuery:
        query, scoring = self._node(node, negated=False)
        if query is None:
            return BuiltQuery(None, self.highlight, self.words, self.notes, False)
        return BuiltQuery(query, self.highlight, self.words, self.notes, filter_only=not scoring)

    def _node(self, node: Node, negated: bool) -> tuple[tantivy.Query | None, bool]:
        """``(query, scores)``: ``scores`` is False when the query only filters (no words to rank by)."""
        if isinstance(node, Term):
            return (self._prefix(node.text, negated) if node.prefix else self._word(node.text, negated)), True
        if isinstance(node, Phrase):
            return self._phrase(node.text, negated), True
        if isinstance(node, Filter):
            return self._filter(node, negated)
        if isinstance(node, Not):
            inner, _ = self._node(node.item, negated=True)
            if inner is None:
                return None, False
            return Q.boolean_query([(MUST, Q.all_query()), (MUST_NOT, inner)]), False
        if isinstance(node, Or):
            parts = [p for p in (self._node(item, negated) for item in node.items) if p[0] is not None]
            if not parts:
                return None, False
            if len(parts) == 1:
                return parts[0]
            return Q.boolean_query([(SHOULD, q) for q, _ in parts]), any(sc for _, sc in parts)
        return self._and(node, negated)

    def _and(self, node: And, negated: bool) -> tuple[tantivy.Query | None, bool]:
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        scoring = False
        for item in node.items:
            if isinstance(item, Not):
                inner, _ = self._node(item.item, negated=True)
                if inner is not None:
                    clauses.append((MUST_NOT, inner))
                continue
            query, sc = self._node(item, negated)
            if query is not None:
                clauses.append((MUST, query))
                scoring = scoring or sc
        if not clauses:
            return None, False
        if all(occur == MUST_NOT for occur, _ in clauses):
            clauses.insert(0, (MUST, Q.all_query()))
        if len(clauses) == 1 and clauses[0][0] == MUST:
            return clauses[0][1], scoring
        return Q.boolean_query(clauses), scoring

    # --- words -----------------------------------------------------------------------------------------------------

    def _term(self, field_name: str, value: str, boost: float = 1.0) -> tantivy.Query:
        q = Q.term_query(self.schema, field_name, value)
        return q if boost == 1.0 else Q.boost_query(q, boost)

    def _word(self, text: str, negated: bool) -> tantivy.Query | None:
        word = self._word_query(text, negated)
        return None if word is None else word.query()

    def _word_query(self, text: str, negated: bool) -> WordQuery | None:
        folds = s.plain_tokens(text)
        if not folds:
            return None
        if len(folds) > 1:
            phrase = self._phrase(text, negated)
            return None if phrase is None else WordQuery(phrase)
        fold = folds[0]
        stem = next(iter(s.stem_tokens(text)), fold)
        key = next(iter(s.fold_stem_tokens(text)), fold)
        if not negated:
            self.words.append(text)
        if text in self.corrections:
            return WordQuery(self._corrected(text, fold, key, negated))
        word = self._term(s.WORDS, key)
        optional = []
        df = self.doc_freq
        if df is None or 0 < df(s.ACCENTED, key) < df(s.WORDS, key):
            # Some pages spell it with accents, some without: the spelling as typed ranks first. The accented
            # field's terms are a subset of the words field's, so this only reorders pages the word matches.
            accented = Q.term_query(self.schema, s.ACCENTED, key)
            if fold != text.lower():  # typed with accents: those pages gain
                optional.append(Q.const_score_query(accented, BOOST_SPELLING))
            else:  # typed without: the other pages gain (as a bonus to all and a penalty to these, so no page's
                # score goes below what the word alone gives it, nor below a page that only has a compound)
                optional.append(Q.const_score_query(word, BOOST_SPELLING))
                optional.append(Q.const_score_query(accented, -BOOST_SPELLING))
        if not negated and (df is None or 0 < df(s.PLAIN_TEXT, fold) < df(s.WORDS, key)):
            # Some pages have only other forms of the word (``arkivet`` for ``arkiv``): the word as typed ranks first.
            optional.append(Q.const_score_query(Q.term_query(self.schema, s.PLAIN_TEXT, fold), BOOST_EXACT))
        if not negated and (df is None or df(s.TITLE_KEY, key)):
            optional.append(self._term(s.TITLE_KEY, key, BOOST_TITLE))  # title hits rank above body hits
        direct = Q.boolean_query([(MUST, word)] + [(SHOULD, q) for q in optional]) if optional else word
        either = part = inside = None
        part_key = s.query_part_key(fold, key)
        unlisted = part_key is not None and (df is None or df.has_unlisted(part_key))
        if part_key == key:
            if unlisted or df is None or df(s.KEYS, key) > df(s.WORDS, key):
                # Some page has the word as a part of a longer word and not the word itself (a page that has such
                # a term in ``words`` has it in ``keys`` too, so ``keys`` has more pages only then).
                either = Q.const_score_query(self._keys(key, unlisted), BOOST_COMPOUND)
        elif part_key is not None and (unlisted or df is None or df(s.KEYS, part_key)):
            # The word's term is too short to be a part (``kamera``: ``kam``); its parts are kept by their base form.
            part = Q.const_score_query(self._keys(part_key, unlisted), BOOST_COMPOUND)
        if (either is not None or part is not None) and not negated and (df is None or df(s.INSIDE, part_key)):
            # Pages that only contain the word rank among themselves by how often they use it inside longer words
            # (a page that has the word has no ``inside`` term for it: its score is unchanged).
            inside = self._term(s.INSIDE, part_key, BOOST_INSIDE)
        if not negated:
            self.highlight.stems.add(stem)
            self.highlight.folds.add(fold)
            self.highlight.keys.add(key)
            if part_key is not None:  # marked wherever they are, also on pages found through the word itself
                self.highlight.compounds.add(part_key)
        return WordQuery(direct, either, part, inside)

    def _keys(self, part_key: str, unlisted: bool) -> tantivy.Query:
        """The pages with ``part_key`` in ``keys``: the word, a compound it is a part of, and, when ``unlisted``, a
        long word the word list does not know that begins with it (a prefix look-up in ``keys``)."""
        term = Q.term_query(self.schema, s.KEYS, part_key)
        if not unlisted:
            return term
        beginning = Q.regex_query(self.schema, s.KEYS, s.unlisted_pattern(part_key))
        return Q.boolean_query([(SHOULD, term), (SHOULD, beginning)])

    def _corrected(self, text: str, fold: str, key: str, negated: bool) -> tantivy.Query:
        fix = self.corrections[text]
        if fix.plain or fix.stems:
            if not negated:
                self.highlight.folds.update(fix.plain)
                self.highlight.keys.update(fix.stems)
            parts = []
            if fix.plain:
                parts += [
                    Q.boost_query(Q.term_set_query(self.schema, s.TITLE_PLAIN, fix.plain), BOOST_TITLE_PLAIN),
                    Q.term_set_query(self.schema, s.PLAIN_TEXT, fix.plain),
                ]
            if fix.stems:
                parts += [
                    Q.boost_query(Q.term_set_query(self.schema, s.TITLE_KEY, fix.stems), BOOST_TITLE),
                    Q.term_set_query(self.schema, s.WORDS, fix.stems),
                ]
            return Q.boolean_query([(SHOULD, p) for p in parts])
        d = fix.distance
        return Q.boolean_query(
            [
                (SHOULD, Q.boost_query(Q.fuzzy_term_query(self.schema, s.TITLE_PLAIN, fold, d), BOOST_TITLE_PLAIN)),
                (SHOULD, Q.fuzzy_term_query(self.schema, s.PLAIN_TEXT, fold, d)),
                (SHOULD, Q.boost_query(Q.fuzzy_term_query(self.schema, s.TITLE_KEY, key, d), BOOST_TITLE)),
                (SHOULD, Q.fuzzy_term_query(self.schema, s.WORDS, key, d)),
            ]
        )

    def _prefix(self, text: str, negated: bool) -> tantivy.Query | None:
        folds = s.plain_tokens(text)
        if not folds:
            return None
        if len(folds) > 1:
            if not negated:
                self.highlight.phrases.add(tuple(folds))
            return Q.phrase_prefix_query(self.schema, s.PLAIN_TEXT, folds)
        prefix = folds[0]
        if not negated:
            self.highlight.prefixes.add(prefix)
        pattern = re.escape(prefix) + TERM_CHARS + "*"
        return Q.boolean_query(
            [
                (SHOULD, Q.boost_query(Q.regex_query(self.schema, s.TITLE_PLAIN, pattern), BOOST_PREFIX_TITLE)),
                (SHOULD, Q.boost_query(Q.regex_query(self.schema, s.PLAIN_TEXT, pattern), BOOST_PREFIX_BODY)),
            ]
        )

    def _phrase(self, text: str, negated: bool) -> tantivy.Query | None:
        folds = s.plain_tokens(text)
        if not folds:
            return None
        if not negated:
            self.highlight.phrases.add(tuple(folds))
        if len(folds) == 1:
            title = self._term(s.TITLE_PLAIN, folds[0], BOOST_TITLE)
            body = self._term(s.PLAIN_TEXT, folds[0])
        else:
            title = Q.boost_query(Q.phrase_query(self.schema, s.TITLE_PLAIN, folds), BOOST_TITLE)
            body = self._body_phrase(folds)
        if self.doc_freq is not None and not all(self.doc_freq(s.TITLE_PLAIN, f) for f in folds):
            return body  # no title has every word: the title clause could match nothing
        return Q.boolean_query([(SHOULD, title), (SHOULD, body)])

    def _body_phrase(self, folds: list[str]) -> tantivy.Query:
        """The words ``folds`` next to each other in the text. A pair with a common word is one ``pairs`` term (the
        positions of a word in nearly every page are slow to read); a longer phrase is checked by position only
        in the pages that have its common pairs."""
        pairs = phrase_pairs(folds)
        if not pairs:
            return Q.phrase_query(self.schema, s.PLAIN_TEXT, folds)
        terms = [Q.term_query(self.schema, s.PAIRS, p) for p in pairs]
        if len(folds) == 2:
            return terms[0]
        clauses = [(MUST, Q.const_score_query(t, NO_SCORE)) for t in terms]
        return Q.boolean_query([*clauses, (MUST, Q.phrase_query(self.schema, s.PLAIN_TEXT, folds))])

    # --- filters ---------------------------------------------------------------------------------------------------

    def _filter(self, f: Filter, negated: bool) -> tuple[tantivy.Query | None, bool]:
        value = f.value
        wildcard = value.endswith("*") and not f.quoted
        value = value.rstrip("*") if wildcard else value
        if not value:
            return None, False
        if f.field == "title":
            return self._title_filter(value, f.quoted, wildcard, negated), True
        if f.field == "tag":
            q = self._keyword(s.TAG, s.tag_key(value), wildcard)
        elif f.field == "space":
            q = self._keyword(s.SPACE_KEY, s.space_key(value), wildcard)
        elif f.field == "path":
            q = self._keyword(s.PATH_KEY, value.strip().lstrip("/").casefold(), True)
        elif f.field == "author":
            q = self._author(value, wildcard)
        else:
            q = self._modified(value)
        return (None if q is None else Q.const_score_query(q, NO_SCORE)), False

    def _keyword(self, field_name: str, value: str, wildcard: bool) -> tantivy.Query:
        if wildcard:
            return Q.regex_query(self.schema, field_name, re.escape(value) + ".*")  # keywords: any character
        return Q.term_query(self.schema, field_name, value)

    def _author(self, value: str, wildcard: bool) -> tantivy.Query | None:
        tokens = s.plain_tokens(value)
        if not tokens:
            return None
        if wildcard:
            last = Q.regex_query(self.schema, s.AUTHOR, re.escape(tokens[-1]) + TERM_CHARS + "*")
            rest = [Q.term_query(self.schema, s.AUTHOR, t) for t in tokens[:-1]]
            return Q.boolean_query([(MUST, q) for q in [*rest, last]]) if rest else last
        if len(tokens) == 1:
            return Q.term_query(self.schema, s.AUTHOR, tokens[0])
        return Q.phrase_query(self.schema, s.AUTHOR, tokens)

    def _title_filter(self, value: str, quoted: bool, wildcard: bool, negated: bool) -> tantivy.Query | None:
        folds = s.plain_tokens(value)
        if not folds:
            return None
        if quoted and len(folds) > 1:
            if not negated:
                self.highlight.phrases.add(tuple(folds))
            return Q.boost_query(Q.phrase_query(self.schema, s.TITLE_PLAIN, folds), BOOST_TITLE)
        clauses = []
        stems = s.stem_tokens(value)
        for i, fold in enumerate(folds):
            if wildcard and i == len(folds) - 1:
                if not negated:
                    self.highlight.prefixes.add(fold)
                q = Q.regex_query(self.schema, s.TITLE_PLAIN, re.escape(fold) + TERM_CHARS + "*")
            else:
                stem = stems[i] if i < len(stems) else fold
                if not negated:
                    self.highlight.stems.add(stem)
                    self.highlight.folds.add(fold)
                q = Q.boolean_query(
                    [
                        (SHOULD, self._term(s.TITLE, stem, BOOST_TITLE)),
                        (SHOULD, self._term(s.TITLE_PLAIN, fold, BOOST_TITLE_PLAIN)),
                    ]
                )
            clauses.append((MUST, q))
        return clauses[0][1] if len(clauses) == 1 else Q.boolean_query(clauses)

    def _modified(self, value: str) -> tantivy.Query | None:
        bounds = parse_range(value)
        if bounds is None:
            self.notes.append(f'Ignored "modified:{value}": not a date (write e.g. modified:>2026-01-31).')
            return None
        lo, hi = bounds
        return Q.range_query(self.schema, s.MODIFIED, tantivy.FieldType.Integer, lo, hi)
