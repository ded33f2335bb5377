"""Make ``wikidesk/core/search/data/nb-words.txt.gz``: the bokmål word list the search index splits compounds with.

Source: wordfreq 3.1.1's ``large`` bokmål list (``nb``; code Apache-2.0, data CC-BY-SA 4.0, by Robyn Speer and
contributors, https://github.com/rspeer/wordfreq). The file made here is an adaptation of that data (words folded
to ASCII as the index folds them, low frequencies left out, endings counted), so it is licensed CC-BY-SA 4.0 too;
see ``wikidesk/core/search/data/README.md``. wordfreq is needed only to run this script, never by the app:

    pip install wordfreq==3.1.1 && .venv/bin/python tools/make_search_words.py

Lines: ``word<TAB>zipf×10`` (folded a–z words, Zipf frequency ≥ :data:`MIN_ZIPF`), and ``-ending<TAB>count`` for
the word endings that follow a known word most often (``-ering``: ``arkiv`` → ``arkivering``).
"""

from __future__ import annotations

import gzip
import math
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from wikidesk.core.search.schema import FOLD_STEM1, analyzers, folded_tokens  # noqa: E402

OUT = REPO / "wikidesk" / "core" / "search" / "data" / "nb-words.txt.gz"
MIN_ZIPF = 2.0  # ~1 in 10 million words of running text
ENDING_BASE_ZIPF = 3.0  # endings are counted after words at least this common
ENDING_MIN_COUNT = 60  # an ending that follows this many known words is kept
SHORT_ENDING = 2  # an ending this short is kept only when it is an inflection: when one pass of the Norwegian
SHORT_ENDING_INFLECTED = 0.5  # stemmer takes it off (word+ending and word meet) for this share of its words
LETTERS = re.compile("[a-z]+")


def main() -> None:
    from importlib.metadata import version

    import wordfreq

    freqs = wordfreq.get_frequency_dict("nb", "large")
    zipf: dict[str, float] = {}
    for word, freq in freqs.items():
        tokens = folded_tokens(word)
        if len(tokens) != 1 or not LETTERS.fullmatch(tokens[0]):
            continue
        folded = tokens[0]
        zipf[folded] = max(zipf.get(folded, 0.0), math.log10(freq) + 9)  # søk and sok are one word to the index
    kept = {w: z for w, z in zipf.items() if z >= MIN_ZIPF}
    endings: Counter[str] = Counter()
    inflected: Counter[str] = Counter()
    stem1 = analyzers()[FOLD_STEM1].analyze
    for word in kept:
        for k in range(1, 7):
            base = word[:-k]
            if len(base) >= 4 and kept.get(base, 0.0) >= ENDING_BASE_ZIPF:
                endings[word[-k:]] += 1
                if k <= SHORT_ENDING and stem1(word) == stem1(base):
                    inflected[word[-k:]] += 1
    # ``strategisk`` is no form of ``strategi`` (-sk is no inflection), ``kameraet`` is one of ``kamera``.
    endings = Counter(
        {e: n for e, n in endings.items() if len(e) > SHORT_ENDING or inflected[e] >= SHORT_ENDING_INFLECTED * n}
    )
    lines = [
        "# Bokmål words folded to a-z with Zipf frequency x10, and common endings; adapted from wordfreq "
        f"{version('wordfreq')}",
        "# (data CC-BY-SA 4.0, Robyn Speer and contributors); this file: CC-BY-SA 4.0. Made by "
        "tools/make_search_words.py",
    ]
    lines += [f"{w}\t{round(z * 10)}" for w, z in sorted(kept.items())]
    lines += [f"-{e}\t{n}" for e, n in sorted(endings.items()) if n >= ENDING_MIN_COUNT]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data gives the same bytes
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))
    n_end = sum(1 for n in endings.values() if n >= ENDING_MIN_COUNT)
    print(f"{len(kept)} words, {n_end} endings -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
