"""Snippets with the matched words marked, and the heading of the section they come from.

Tantivy's own snippet generator only knows plain term queries on one field (and took ~43 µs a page here); ours
also marks stemmed forms (``kommunene`` for ``kommune``), accent-folded ones (``søk`` for ``sok``), prefixes,
compounds, phrases and typo corrections, in ~20 µs a page (two-word queries at 100,000 pages). Candidates are
found in a lowercased, accent-folded byte copy of the text (one ``encode`` and one ``bytes.translate``, offsets
unchanged) with ``bytes.find``, which runs at memory speed; each distinct candidate word is then checked with the
index's own analyzers, so a word is marked exactly when the index would match it. Queries with letters outside
Latin-1 use a regular expression.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wikidesk.core.search import schema as s
from wikidesk.core.search.query_builder import HighlightSpec
from wikidesk.core.search.records import record

_ALNUM = r"[^\W_]"
_WS = re.compile(r"\s+")
_WORD_REST = re.compile(rf"{_ALNUM}*")


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalnum():
        pos -= 1
    return pos


DEFAULT_CHARS = 200


@record(frozen=True)
class Snippet:
    text: str
    highlights: list[tuple[int, int]]  # character ranges in ``text``
    heading: str | None


@lru_cache(maxsize=1)
def _byte_fold() -> tuple[bytes, dict[str, str]]:
    """A ``bytes.translate`` table lowercasing and accent-folding Latin-1, and the letters kept because they fold to
    two (``æ`` → ``ae``: the table keeps ``æ``, and searches try both spellings)."""
    singles, doubles = _fold_variants()
    to_ascii = {ch: a for a, chars in singles.items() for ch in chars}
    table = bytearray(range(256))
    for i in range(256):
        ch = chr(i).lower()
        ch = to_ascii.get(ch, ch)
        if len(ch) == 1 and ord(ch) < 256:
            table[i] = ord(ch)
    kept = {pair: chars[0] for pair, chars in doubles.items() if ord(chars[0]) < 256}
    return bytes(table), kept


def fold_bytes(text: str) -> bytes:
    """``text`` lowercased and accent-folded, one byte per character (others become ``?``)."""
    return text.encode("latin-1", "replace").translate(_byte_fold()[0])


def _spellings(word: str) -> list[bytes] | None:
    """The folded byte strings a word can appear as in :func:`fold_bytes` output, or None (not Latin-1)."""
    table, kept = _byte_fold()
    try:
        base = word.encode("latin-1").translate(table).decode("latin-1")
    except UnicodeEncodeError:
        return None
    for pair, ch in kept.items():
        base = base.replace(ch, pair)
    forms = {base}
    for pair, ch in kept.items():
        if pair in base:
            forms |= {f.replace(pair, ch) for f in forms}
    return [f.encode("latin-1") for f in sorted(forms)][:16]


def _find_all(haystack: bytes, needle: bytes) -> list[int]:
    out = []
    find = haystack.find
    pos = find(needle)
    while pos >= 0:
        out.append(pos)
        pos = find(needle, pos + 1)
    return out


# Folded bytes with every byte that is not a letter or digit made a space: phrase patterns then need only " +"
# between their words (with a class of all Latin-1 letters there, a phrase's highlighter took ~65 µs to set up,
# most of it compiling; now ~26 µs).
_SEPARATORS_AS_SPACE = bytes(i if chr(i).isalnum() else ord(" ") for i in range(256))


@lru_cache(maxsize=1)
def _fold_variants() -> tuple[dict[str, str], dict[str, str]]:
    """Letters that fold to each ASCII letter, and letters that fold to two letters (``æ`` → ``ae``)."""
    singles: dict[str, list[str]] = {}
    doubles: dict[str, list[str]] = {}
    # Latin-1 letters plus a few common others: larger classes make each query's pattern slow to compile (the
    # index itself folds every script; only the marking of such rare spellings in snippets is affected).
    chars = [chr(c) for c in [*range(0xDF, 0x100), 0x153, 0x161, 0x17E] if chr(c).isalpha() and chr(c).islower()]
    folded = s.plain_tokens(" ".join(chars))
    for ch, fold in zip(chars, folded, strict=False):
        if fold == ch or not fold.isascii():
            continue
        (singles if len(fold) == 1 else doubles).setdefault(fold, []).append(ch)
    return (
        {k: "".join(v) for k, v in singles.items()},
        {k: "".join(v) for k, v in doubles.items() if len(k) == 2},
    )


def fold_pattern(folded: str) -> str:
    """A regex matching every spelling that ASCII-folds to ``folded`` (``sok`` → ``s[oøòó…]k``)."""
    singles, doubles = _fold_variants()

    def cls(ch: str) -> str:
        extra = singles.get(ch, "")
        return f"[{re.escape(ch)}{extra}]" if extra else re.escape(ch)

    out: list[str] = []
    i = 0
    while i < len(folded):
        pair = folded[i : i + 2]
        if pair in doubles:
            out.append(f"(?:{cls(pair[0])}{cls(pair[1])}|[{doubles[pair]}])")
            i += 2
        else:
            out.append(cls(folded[i]))
            i += 1
    return "".join(out)


class Highlighter:
    """Finds the words a :class:`HighlightSpec` matches and cuts snippets around them."""

    def __init__(self, spec: HighlightSpec):
        self.spec = spec
        self._seen: dict[str, str | None] = {}  # what each word of the texts matched, by the word as written
        words = spec.stems | spec.folds | spec.prefixes | spec.compounds | spec.keys
        spelt = [_spellings(w) for w in words]
        phrases = [[_spellings(w) for w in phrase] for phrase in sorted(spec.phrases)]
        self._fast = all(x is not None for x in spelt) and all(x is not None for p in phrases for x in p)
        if self._fast:
            found = {f for forms in spelt for f in forms or () if f}
            # A literal inside another finds that one too (the whole word around a hit is checked anyway).
            self._literals = [f for f in found if not any(o != f and o in f for o in found)]
            self._phrase_rx = [
                re.compile(b" +".join(b"(?:" + b"|".join(map(re.escape, forms or ())) + b")" for forms in p))
                for p in phrases
            ]
            return
        # Slow path: a regular expression over the lowercased text.
        alts = {re.escape(x) for x in spec.stems | spec.compounds}
        alts |= {fold_pattern(x) for x in spec.folds | spec.prefixes | spec.keys}
        self._words_src = "|".join(sorted(alts, key=len, reverse=True))
        self._words = re.compile(self._words_src) if alts else None
        self._phrases_src = [
            rf"(?<!{_ALNUM})" + r"[\W_]+".join(fold_pattern(w) for w in phrase) + rf"(?!{_ALNUM})"
            for phrase in spec.phrases
        ]
        self._phrases = [re.compile(p) for p in self._phrases_src]

    def _key(self, word: str) -> str | None:
        """What query word ``word`` (a whole word of the text) matches, or None (remembered by :meth:`matches`; the
        analyzers remember the lowercased words)."""
        lower = word.lower()
        spec = self.spec
        key = None
        # Cheapest test first: the folded stem (``words`` terms) decides almost every word; the other analyzers run
        # only when it does not.
        keys = s.fold_stem_tokens(lower)
        fkey = keys[0] if len(keys) == 1 else None
        if fkey is not None and fkey in spec.keys:
            return fkey
        stems = s.stem_tokens(lower) if spec.stems else []
        folds = s.plain_tokens(lower) if spec.folds or spec.prefixes else []
        stem = stems[0] if len(stems) == 1 else None
        fold = folds[0] if len(folds) == 1 else None
        if stem is not None and stem in spec.stems:
            key = stem
        elif fold is not None and fold in spec.folds:
            key = fold
        elif fold is not None and any(fold.startswith(p) for p in spec.prefixes):
            key = next(p for p in spec.prefixes if fold.startswith(p)) + "*"
        elif fkey is not None:
            parts = None
            folded = s.plain_tokens(lower)
            fold = folded[0] if len(folded) == 1 else ""
            for c in spec.compounds:
                if len(c) >= s.COMPOUND_MIN_PART and fkey.endswith(c) and len(fkey) - len(c) >= s.COMPOUND_MIN_REST:
                    key = "~" + c
                    break
                if c not in fold:  # a part's key is a piece of the folded word: no word list needed to say no
                    continue
                if len(c) >= s.COMPOUND_MIN_PART and fold.startswith(c) and len(fold) - len(c) >= s.COMPOUND_MIN_REST:
                    key = "~" + c  # the first part (arkiv|systemet), marked as the endings are, by the letters
                    break
                if parts is None:  # a part inside the word: ask the word list (loaded once, on first need)
                    parts = s.word_part_keys(fold) if fold else frozenset()
                if c in parts:
                    key = "~" + c
                    break
        return key

    def _candidates(self, text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
        """Phrase matches and the start offsets of possible word matches (fast path)."""
        folded = fold_bytes(text)
        found: list[tuple[int, int, str]] = []
        spaced = folded.translate(_SEPARATORS_AS_SPACE) if self._phrase_rx else b""
        for i, rx in enumerate(self._phrase_rx):
            for m in rx.finditer(spaced):
                a, b = m.span()
                if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
                    found.append((a, b, f"phrase{i}"))
        starts: list[int] = []
        for literal in self._literals:
            starts += _find_all(folded, literal)
        starts.sort()
        return found, starts

    def _candidates_slow(self, text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
        lower = text.lower()
        same = len(lower) == len(text)
        haystack = lower if same else text
        phrases = self._phrases if same else [re.compile(p, re.I) for p in self._phrases_src]
        found = [(m.start(), m.end(), f"phrase{i}") for i, rx in enumerate(phrases) for m in rx.finditer(haystack)]
        words = self._words if same or self._words is None else re.compile(self._words_src, re.I)
        return found, ([m.start() for m in words.finditer(haystack)] if words is not None else [])

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, key)`` of every matched word or phrase, in order, without overlaps."""
        found, starts = self._candidates(text) if self._fast else self._candidates_slow(text)
        phrases = bool(found)
        seen = self._seen
        done_until = -1
        last_end = -1  # of the last word match
        for pos in starts:
            if pos < done_until:
                continue
            start = _word_start(text, pos) if pos > 0 and text[pos - 1].isalnum() else pos
            end = _WORD_REST.match(text, start).end()  # type: ignore[union-attr]
            done_until = end
            if end > start and (phrases or start >= last_end):
                word = text[start:end]
                key = seen[word] if word in seen else seen.setdefault(word, self._key(word))
                if key is not None:
                    found.append((start, end, key))
                    last_end = end
        if not phrases:  # the word matches are in order and do not overlap
            return found
        found.sort()
        out: list[tuple[int, int, str]] = []
        for item in found:
            if not out or item[0] >= out[-1][1]:
                out.append(item)
        return out

    def mark(self, text: str) -> list[tuple[int, int]]:
        return [(a, b) for a, b, _ in self.matches(text)]

    def snippet(self, body: str, sections: list[list], max_chars: int = DEFAULT_CHARS) -> Snippet:
        found = self.matches(body)
        if not found:
            end = _cut_end(body, min(len(body), max_chars))
            return _assemble(body, 0, end, [], None)
        best = _best_window(found, max_chars)
        first = found[best][0]
        last_end = first
        for _, end, _ in found[best:]:
            if end - first > max_chars:
                break
            last_end = end
        start = _cut_start(body, first, max(0, (max_chars - (last_end - first)) // 3))
        end = _cut_end(body, max(last_end, min(len(body), start + max_chars)))
        inside = [(a, b) for a, b, _ in found if a >= start and b <= end]
        heading = None
        for offset, title in sections:
            if offset > first:
                break
            heading = title
        return _assemble(body, start, end, inside, heading)


def _best_window(found: list[tuple[int, int, str]], max_chars: int) -> int:
    """Index of the first match of the window (at most ``max_chars`` long) with the most distinct query words,
    then the most matches; one pass."""
    if found[-1][1] - found[0][0] <= max_chars:  # one window holds every match: it starts at the first
        return 0
    counts: dict[str, int] = {}
    distinct = 0
    best, best_score = 0, (-1, -1)
    j = 0  # the window is found[i:j]
    for i, (start, _, key) in enumerate(found):
        if j <= i:  # a match longer than the window still counts alone
            j = i + 1
            distinct += counts.get(key, 0) == 0
            counts[key] = counts.get(key, 0) + 1
        while j < len(found) and found[j][1] - start <= max_chars:
            k = found[j][2]
            distinct += counts.get(k, 0) == 0
            counts[k] = counts.get(k, 0) + 1
            j += 1
        score = (distinct, j - i)
        if score > best_score:
            best, best_score = i, score
        counts[key] -= 1
        distinct -= counts[key] == 0
    return best


def _cut_start(text: str, first: int, lead: int) -> int:
    """Where a snippet starts: at a sentence or line start shortly before ``first`` if any, else at a word start."""
    lookback = max(0, first - max(lead, 60))
    for sep in ("\n", ". ", "! ", "? ", ": "):
        k = text.rfind(sep, lookback, first)
        if k >= 0:
            return k + len(sep)
    start = max(0, first - lead)
    if start > 0:
        space = text.find(" ", start, first)
        start = space + 1 if space >= 0 else first
    return start


def _cut_end(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", max(0, end - 30), end)
    return space if space > 0 else end


def _assemble(body: str, start: int, end: int, marks: list[tuple[int, int]], heading: str | None) -> Snippet:
    """Snippet text with whitespace runs collapsed to one space, and the marks moved to match."""
    window = body[start:end]
    inner = window.strip()
    text = " ".join(window.split())
    if len(text) == len(inner):  # the usual case: every whitespace run is one character, so the marks just shift
        head = "… " if start > 0 and body[start - 1] != "\n" else ""
        shift = len(head) - start - (len(window) - len(window.lstrip()))
        text = head + text + (" …" if end < len(body) else "")
        return Snippet(text, [(a + shift, b + shift) for a, b in marks], heading)
    return _assemble_collapsing(body, start, end, marks, heading)


def _assemble_collapsing(
    body: str, start: int, end: int, marks: list[tuple[int, int]], heading: str | None
) -> Snippet:
    pieces: list[str] = []
    out: list[tuple[int, int]] = []
    length = 0
    if start > 0 and body[start - 1] not in "\n":
        pieces.append("… ")
        length = 2
    pos = start
    for a, b in marks:
        gap = _WS.sub(" ", body[pos:a])
        if pos == start:  # no space after the "… " or at the very start
            gap = gap.lstrip()
        pieces.append(gap)
        length += len(gap)
        word = body[a:b]
        if not word.isalnum():  # a phrase
            word = _WS.sub(" ", word)
        pieces.append(word)
        out.append((length, length + len(word)))
        length += len(word)
        pos = b
    tail = _WS.sub(" ", body[pos:end]).rstrip()
    if pos == start:
        tail = tail.lstrip()
    pieces.append(tail)
    if end < len(body):
        pieces.append(" …")
    return Snippet("".join(pieces), out, heading)


@lru_cache(maxsize=64)
def _cached(key: tuple) -> Highlighter:
    stems, folds, prefixes, compounds, phrases, keys = key
    return Highlighter(HighlightSpec(set(stems), set(folds), set(prefixes), set(compounds), set(phrases), set(keys)))


def highlighter_for(spec: HighlightSpec) -> Highlighter:
    """A (cached) highlighter for a spec; the same query typed again reuses its compiled patterns."""
    return _cached(spec.key())
