"""Word parts: split a Norwegian compound (or derived word) into the words it is made of, by a bokmål word list.

``arkivsystemet`` → ``arkiv`` + ``systemet``; ``kommunikasjonsstrategien`` → ``kommunikasjon`` + (linking ``s``)
+ ``strategien``; ``barnehage`` → ``barn`` + (``e``) + ``hage``; ``byarkivet`` → ``by`` + ``arkivet``;
``kameraet`` → ``kamera`` + the ending ``et``; ``arkivering`` → ``arkiver`` + ``ing``. The index puts the parts'
terms into its ``keys`` field (see :mod:`~wikidesk.core.search.schema`), so a query word finds the compounds it is
the first, last or a middle part of.

What a word is comes from the word list in ``data/nb-words.txt.gz`` (wordfreq's bokmål list, folded to a–z as the
index folds words; CC-BY-SA 4.0, see ``data/README.md``), and so do the endings a word may carry (the endings that
follow known words most often in that list). Like Lucene's ``DictionaryCompoundWordTokenFilter`` with
``onlyLongestMatch``, a word is split only into known words, and of the ways to do it the one with the fewest
parts wins (long parts before short ones); then the most common parts. Over-splitting is held back as Lucene
holds it back with ``minSubwordSize``: parts of 3 letters must be common words, a part of 2 letters only stands
first and must be very common (``by``, ``ny``), and an ending follows a part of 4 letters or more.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from wikidesk.core import pacing

DATA = Path(__file__).resolve().parent / "data" / "nb-words.txt.gz"
MIN_WORD = 5  # shorter words are not split
LINKS = frozenset("se")  # linking letters between two parts (kommunikasjon-s-strategi, barn-e-hage)
# The least Zipf frequency ×10 of a part, by its length (2-letter parts only as the first part). 20 is every
# word of the list (about once in 10 million words); 35 once in 300,000; 50 once in 10,000.
MIN_ZIPF = {2: 50, 3: 35}
MIN_ZIPF_LONG = 20
KNOWN_MARGIN = 5  # half a Zipf unit (see split)
MIN_BEFORE_ENDING = 4  # an ending (``-et``, ``-ering``) follows a part at least this long
MIN_UNKNOWN = 8  # a word the list does not know gives its longest known ending from this length
MIN_HEAD = 3  # and leaves at least this much in front of it
BEGINNING_MIN, BEGINNING_MAX = 3, 6  # the beginnings split looks up before it tries longer parts (see _beginnings)
# The table of beginnings costs ~0.1 s to derive and saves ~20 µs a word: a process that splits a few words (a
# search's snippets) does without it; one that splits many (an index build) derives it after this many words.
PRUNE_AFTER = 2000
DICT_AFTER = 20  # and the dict of the word list (~0.1 s, ~10 MB) after this many; before it, bisection
_SPLITS = [0]
PACE_EVERY = 2000  # words between two pacing.pause() calls while the word list's tables are made


@lru_cache(maxsize=1)
def _sorted() -> tuple[SortedWords, frozenset[str]]:
    """``(the word list as sorted lines, endings)``: ~5 ms to read, for a process that looks up a few words."""
    data = gzip.decompress(DATA.read_bytes())
    first = data.index(b"\na") + 1  # after the comment lines: the words, sorted, then the endings (``-et``)
    last = data.index(b"\n-") + 1
    endings = frozenset(line[1:].partition(b"\t")[0].decode() for line in data[last:].splitlines() if line)
    return SortedWords(data[first:last]), endings


class SortedWords:
    """The word list's ``word<TAB>Zipf ×10`` lines, sorted, searched by bisection (~10 µs a word): what a search
    process asks the word list (a snippet's word parts) without building the dict of 96,000 words (~0.1 s)."""

    def __init__(self, blob: bytes) -> None:
        self._blob = blob

    def _lower_bound(self, key: bytes) -> int:
        """Where the first line whose word is ``key`` or comes after it starts."""
        blob, lo, hi = self._blob, 0, len(self._blob)
        while lo < hi:
            start = blob.rfind(b"\n", 0, (lo + hi) // 2) + 1  # lo and hi are always line starts
            end = blob.index(b"\n", start)
            if blob[start:end].partition(b"\t")[0] < key:
                lo = end + 1
            else:
                hi = start
        return lo

    def get(self, word: str, default: int | None = None) -> int | None:
        key = word.encode()
        blob = self._blob
        at = self._lower_bound(key)
        end = blob.find(b"\n", at)
        found, _, value = blob[at:end].partition(b"\t")
        return int(value) if end > at and found == key else default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def starting_with(self, prefix: str, longest: int) -> list[str]:
        """The words that begin with ``prefix``, of at most ``longest`` letters."""
        blob, key, out = self._blob, prefix.encode(), []
        at = self._lower_bound(key)
        while at < len(blob):
            end = blob.index(b"\n", at)
            word = blob[at:end].partition(b"\t")[0]
            if not word.startswith(key):
                break
            if len(word) <= longest:
                out.append(word.decode())
            at = end + 1
        return out


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, int], frozenset[str]]:
    """``(word → Zipf frequency ×10, endings)`` from the shipped word list (read once per process, ~0.1 s)."""
    words: dict[str, int] = {}
    endings: set[str] = set()
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if not n % PACE_EVERY:
                pacing.pause()  # read in the app's live updater: the window keeps the interpreter lock
            if line.startswith("#"):
                continue
            word, _, value = line.rstrip("\n").partition("\t")
            if word.startswith("-"):
                endings.add(word[1:])
            else:
                words[word] = int(value)
    return words, frozenset(endings)


def many_lookups() -> bool:
    """Whether this process looks up enough words for the dict of the word list to pay (an index build does; a
    search's snippets split a word or two)."""
    return _SPLITS[0] > DICT_AFTER or lexicon.cache_info().currsize > 0


def word_list() -> dict[str, int] | SortedWords:
    """The word list (word → Zipf ×10) in the form that suits this process: see :func:`many_lookups`."""
    return lexicon()[0] if many_lookups() else _sorted()[0]


def endings() -> frozenset[str]:
    """The endings a word of the list may carry (``et``, ``ering``, ...)."""
    return _sorted()[1]


def is_known(word: str) -> bool:
    """Whether the word list has ``word`` (folded)."""
    return word in word_list()


@lru_cache(maxsize=1)
def _beginnings() -> dict[str, int]:
    """The first :data:`BEGINNING_MIN` to :data:`BEGINNING_MAX` letters of the words of the list, each with the
    length of the longest word that begins so (``split`` tries no longer part) times :data:`_ZIPF_BITS`, plus the
    beginning's own Zipf ×10 when it is a word (so one look-up answers both for a short part): derived once per
    process, ~0.1 s."""
    words = lexicon()[0]
    longest: dict[str, int] = {}
    for i, w in enumerate(words):
        if not i % PACE_EVERY:
            pacing.pause()
        n = len(w)
        for k in range(BEGINNING_MIN, min(n, BEGINNING_MAX) + 1):
            if longest.get(w[:k], 0) < n:
                longest[w[:k]] = n
    same: dict[int, int] = {}  # one int object for each value (most are repeated): ~2 MB less
    table: dict[str, int] = {}
    for i, (b, n) in enumerate(longest.items()):
        if not i % PACE_EVERY:
            pacing.pause()
        v = n * _ZIPF_BITS + words.get(b, 0)
        table[b] = same.setdefault(v, v)
    return table


_ZIPF_BITS = 256  # a Zipf ×10 is below this (the most common word's is ~80)


def _known(part: str, first: bool, words: dict[str, int] | SortedWords) -> int:
    """The part's Zipf ×10 if it may be a part here, else 0."""
    n = len(part)
    if n < 2 or (n == 2 and not first):
        return 0
    z = words.get(part, 0)
    return z if z >= MIN_ZIPF.get(n, MIN_ZIPF_LONG) else 0


_Best = tuple[int, int, int, int, tuple[str, ...]]
_THRESHOLDS = [MIN_ZIPF.get(k, MIN_ZIPF_LONG) for k in range(128)]


class _Reading:
    """The best ways to read the ends of one word as known words (see :func:`split`), worked out only for the ends
    that a known part before them reaches: most letters of a word begin no end that matters, and each one looked
    at costs a look-up for every part that starts there."""

    def __init__(
        self, word: str, words: dict[str, int] | SortedWords, ending: frozenset[str], beginnings: dict[str, int] | None
    ) -> None:
        n = len(word)
        self.word, self.words, self.ending, self.beginnings = word, words, ending, beginnings
        # _found[i]: the best way to read word[i:] as known words, each maybe followed by a linking letter, the last
        # maybe by an ending, as (number of parts and endings, linking letters, -length of the first part, -sum of
        # the parts' Zipf, parts); smaller is better. None: no way; absent: not worked out yet.
        self._found: dict[int, _Best | None] = {n: (0, 0, 0, 0, ()), n - 1: None}

    def best(self, i: int) -> _Best | None:
        """The best reading of ``word[i:]`` (remembered)."""
        found = self._found
        if i in found:
            return found[i]
        word, words, ending, beginnings = self.word, self.words, self.ending, self.beginnings
        n = len(word)
        thresholds = _THRESHOLDS if n < len(_THRESHOLDS) else [MIN_ZIPF.get(k, MIN_ZIPF_LONG) for k in range(n + 1)]
        result = None
        stop = n
        for j in range(i + 2 if i == 0 else i + 3, n + 1):  # a part of 2 letters only stands first
            if j > stop:
                break
            part = word[i:j]
            size = j - i
            if beginnings is not None and BEGINNING_MIN <= size <= BEGINNING_MAX:
                longest = beginnings.get(part, 0)
                if not longest:
                    break  # no word begins so: no longer part is a word either
                stop = i + longest // _ZIPF_BITS
                z = longest % _ZIPF_BITS  # the part's own Zipf ×10 (0: not a word)
            else:
                z = words.get(part, 0)  # what _known says, inlined: this loop runs for many substrings of a word
            if i == 0 and j == n:
                continue  # the word itself
            if z < thresholds[size]:
                continue
            options = []
            rest = found[j] if j in found else self.best(j)  # (most ends are asked for again: no call then)
            if rest is not None:
                options.append(rest)
            linked = None
            if j + 1 < n and word[j] in LINKS:
                linked = found[j + 1] if j + 1 in found else self.best(j + 1)
            if linked is not None and linked[4]:
                options.append((linked[0], linked[1] + 1, *linked[2:]))
            if j < n and j - i >= MIN_BEFORE_ENDING and word[j:] in ending:
                options.append((1, 0, 0, 0, ()))
            for count, links, _, score, rest_parts in options:
                cand = (count + 1, links, -len(part), score - z, (part, *rest_parts))
                if result is None or cand[:4] < result[:4]:
                    result = cand
        found[i] = result
        return result


@lru_cache(maxsize=8192)
def split(word: str) -> tuple[str, ...]:
    """The known words ``word`` (folded, a–z) is made of, in order, or ``()`` when it is not made of two or more
    (counting an ending as one). The parts are not split further (see :func:`parts`)."""
    n = len(word)
    if n < MIN_WORD or not word.isascii() or not word.isalpha():
        return ()
    _SPLITS[0] += 1
    words, ending = word_list(), endings()
    beginnings = _beginnings() if _SPLITS[0] > PRUNE_AFTER else None  # the same parts either way, only faster
    result = _Reading(word, words, ending, beginnings).best(0)
    if result is None or result[0] < 2:
        return ()
    found_parts = result[4]
    own = words.get(word, 0)
    if own:
        # A known word is split in two at most (its parts may split again), and only when its long parts are about
        # as common as it is or more (Koehn and Knight's rule, with a margin): ``barnehage`` and ``kameraet`` are
        # split, ``informasjon`` (in + formasjon), ``maskin`` (må + skin) and ``integrasjon`` stay whole.
        # An inflection of a compound is read as its base whatever the counts (``enkeltpersoner`` →
        # ``enkeltperson`` + ``er``, ``valgdagen`` → ``valgdag`` + ``en``), since the base splits again.
        if len(found_parts) == 1 and split(found_parts[0]):
            return found_parts
        long = [words.get(p, 0) for p in found_parts if len(p) > 3]
        if len(found_parts) > 2 or not long or sum(long) / len(long) + KNOWN_MARGIN <= own:
            return ()
    return found_parts


@lru_cache(maxsize=8192)
def parts(word: str) -> tuple[str, ...]:
    """Every part of ``word`` and of its parts (``arkivsystemene`` → ``arkiv``, ``systemene``, ``system``).

    Two more readings add parts: a word part that starts with ``s`` or ``e`` may be a linking letter and a word
    at least as common (``meldingskøen``: ``skoen``, folded from ``skoen`` or ``skøen``, and ``koen``, from
    ``køen``: folding makes the two one spelling); and a long word the list does not know, that does not split,
    gives its longest known ending (``revokasjonsmulighet`` → ``mulighet``)."""
    pieces = split(word)
    words = word_list()
    found: list[str] = []
    for part in pieces:
        found.append(part)
        found += parts(part)
    for head, part in pairwise(pieces):
        other = part[1:]
        if part[0] in LINKS and len(head) >= MIN_BEFORE_ENDING and len(other) >= MIN_BEFORE_ENDING:
            z = _known(other, False, words)
            if z and z >= words.get(part, 0):
                found.append(other)
                found += parts(other)
    if not pieces and len(word) >= MIN_UNKNOWN and word.isascii() and word.isalpha() and word not in words:
        for i in range(MIN_HEAD, len(word) - MIN_BEFORE_ENDING + 1):
            if _known(word[i:], False, words):
                found.append(word[i:])
                found += parts(word[i:])
                break
    return tuple(dict.fromkeys(found))


def word_list_sorted() -> SortedWords:
    """The word list as sorted lines (what :func:`word_list` gives a process that looks up a few words)."""
    return _sorted()[0]
