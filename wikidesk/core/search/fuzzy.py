"""Typo tolerance: when nothing matches, find the indexed words a misspelt word was meant to be.

Distance 1 is exact and cheap: every spelling one edit away from the (accent-folded) word is looked up in the
term dictionary (a few hundred lookups of well under a microsecond each). Longer words that have no such
neighbour get distance 2 through tantivy's fuzzy automaton; the words it matched are then read back from the
best pages so they can be highlighted and suggested.
"""

from __future__ import annotations

import re
from collections import Counter

import tantivy

from wikidesk.core.search import schema as s
from wikidesk.core.search.records import field, record
from wikidesk.core.search.snippets import fold_pattern

ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_CANDIDATES = 12
_WORD = re.compile(r"[^\W_]{2,40}")


@record
class Correction:
    """Indexed words near a misspelt one: folded (plain field) and stemmed forms, and the edit distance used.

    Empty lists with ``distance`` 2 mean "let tantivy's fuzzy automaton find them".
    """

    plain: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    distance: int = 1
    best: str = ""  # the likeliest intended word (folded or stemmed form)


def edits1(word: str, letters: str = ASCII_LETTERS) -> set[str]:
    """All strings one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in letters if c != b[0]]
    inserts = [a + c + b for a, b in splits for c in letters]
    return set(deletes + transposes + replaces + inserts) - {word}


def max_distance(fold: str) -> int:
    """How many typos a word of this length may carry (as most search engines do)."""
    if len(fold) <= 2 or not fold.isalpha():
        return 0
    return 1 if len(fold) <= 5 else 2


def levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance with transpositions (optimal string alignment), giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _forms(word: str) -> tuple[str | None, str | None]:
    folds = s.plain_tokens(word)
    stems = s.fold_stem_tokens(word)
    return (folds[0] if len(folds) == 1 else None), (stems[0] if len(stems) == 1 else None)


def is_known(searcher: tantivy.Searcher, word: str) -> bool:
    """Whether the index has the word at all (as typed, stemmed, folded, or as the end of a compound)."""
    fold, stem = _forms(word)
    if fold is None:
        return True  # phrases and odd tokens are not corrected
    return bool(
        searcher.doc_freq(s.PLAIN_TEXT, fold)
        or searcher.doc_freq(s.TITLE_PLAIN, fold)
        or (stem and (searcher.doc_freq(s.WORDS, stem) or searcher.doc_freq(s.TITLE_KEY, stem)))
        or (
            stem
            and (part := s.query_part_key(fold, stem))  # only as a part, or the beginning of a long unlisted word
            and (searcher.doc_freq(s.KEYS, part) or s.has_unlisted(searcher, part))
        )
    )


def _near(searcher: tantivy.Searcher, word: str, field_name: str, letters: str) -> list[tuple[int, str]]:
    doc_freq = searcher.doc_freq
    counts = [(n, cand) for cand in edits1(word, letters) if (n := doc_freq(field_name, cand))]
    counts.sort(key=lambda x: (-x[0], x[1]))
    return counts[:MAX_CANDIDATES]


def corrections(searcher: tantivy.Searcher, words: list[str]) -> dict[str, Correction]:
    """A :class:`Correction` for each word the index does not know and that is long enough to correct."""
    out: dict[str, Correction] = {}
    for word in words:
        if word in out or is_known(searcher, word):
            continue
        fold, stem = _forms(word)
        limit = max_distance(fold or "")
        if not limit:
            continue
        # Title words are looked up in the body fields only: a title's words nearly always recur in its page.
        plain = _near(searcher, fold, s.PLAIN_TEXT, ASCII_LETTERS) if fold else []
        stems = []
        if not plain and stem and len(stem) > 2:
            stems = _near(searcher, stem, s.WORDS, ASCII_LETTERS)
        if plain or stems:
            best = max(plain + stems)
            out[word] = Correction([c for _, c in plain], [c for _, c in stems], 1, best[1])
        elif limit >= 2:
            out[word] = Correction([], [], 2)
    return out


def words_near(texts: list[str], word: str, limit: int) -> list[str]:
    """Words in ``texts`` whose folded or stemmed form is within ``limit`` edits of ``word``'s, most frequent first."""
    fold, stem = _forms(word)
    counts: Counter[str] = Counter()
    verdict: dict[str, bool] = {}
    for text in texts:
        for w in _WORD.findall(text.lower()):
            if w not in verdict:
                wf, ws = _forms(w)
                verdict[w] = bool(
                    (fold and wf and levenshtein(wf, fold, limit) <= limit)
                    or (stem and ws and len(ws) > 2 and levenshtein(ws, stem, limit) <= limit)
                )
            if verdict[w]:
                counts[w] += 1
    return [w for w, _ in counts.most_common(MAX_CANDIDATES)]


def surface_form(texts: list[str], term: str) -> str:
    """How an indexed term is written in ``texts`` (``soknad`` → ``søknad``, stem ``strategi`` → ``strategien``)."""
    folded = re.compile(rf"(?<![^\W_]){fold_pattern(term)}(?![^\W_])", re.I)
    stemmed = re.compile(rf"(?<![^\W_]){fold_pattern(term)}[^\W_]*", re.I)
    for text in texts:
        m = folded.search(text)
        if m:
            return m.group().lower()
    for text in texts:
        for m in stemmed.finditer(text):
            if s.fold_stem_tokens(m.group()) == [term]:
                return m.group().lower()
    return term


def suggestion_text(query: str, replacements: dict[str, str]) -> str:
    """The query with each misspelt word replaced, keeping everything else as typed."""
    out = query
    for word, better in replacements.items():
        spelt = better[:1].upper() + better[1:] if word[:1].isupper() else better
        out = re.sub(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", lambda _m, b=spelt: b, out, count=1)
    return out
