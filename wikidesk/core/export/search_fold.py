"""Words for the static site's search: folded and lightly stemmed, the same way in Python (index) and JavaScript.

Folding: lowercase, ``æ`` → ``ae``, ``ø`` → ``o``, ``å`` → ``a``, other accents dropped (``é`` → ``e``), as the app's
search folds (``sok`` finds ``søk``). Stemming: one common Norwegian (and English plural) ending is cut from a word
when at least :data:`MIN_STEM` letters remain, so ``kommunene``, ``kommunen`` and ``kommune`` meet. A static index
cannot do what the app's tantivy index does (Snowball stemming, compound words, ranking by frequency); this is the
part that fits in a file a browser reads from ``file://``. The suffix list travels in the index file, so the page
script strips exactly the same endings.
"""

from __future__ import annotations

import re
import unicodedata

# Longest first: the first ending that fits is cut.
SUFFIXES: tuple[str, ...] = (
    "hetene", "hetens", "elsene", "heten", "heter", "elsen", "elser", "endes", "ende", "ene", "ane", "ens",
    "ets", "ers", "ert", "et", "er", "en", "ar", "as", "es", "a", "e", "s",
)  # fmt: skip
MIN_STEM = 3
_LETTERS = {"æ": "ae", "ø": "o", "å": "a"}
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    text = text.lower()
    for letter, plain in _LETTERS.items():
        text = text.replace(letter, plain)
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not ("\u0300" <= ch <= "\u036f"))


def stem(word: str) -> str:
    for suffix in SUFFIXES:
        if len(word) - len(suffix) >= MIN_STEM and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def terms(text: str) -> set[str]:
    """The distinct index terms of a text."""
    return {stem(w) for w in _WORD.findall(fold(text))}
