"""Write ``THIRD-PARTY-NOTICES.txt``: every distribution the frozen app carries, its licence and its licence text.

The list is not written by hand: it is the closure of wikidesk's run-time requirements as installed in the build's
Python (``importlib.metadata``), so a new dependency cannot ship without its notice. Added to it: the Python runtime
(PSF licence), Qt's licence texts (the PySide6 wheels carry none), and the search's word list, which is an
adaptation of wordfreq's data under CC-BY-SA 4.0 and must be attributed wherever it is shipped.

Usage: python packaging/notices.py OUT.txt   (the PyInstaller spec calls :func:`write` for the frozen folder)
"""

from __future__ import annotations

import sys
import sysconfig
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORD_LIST_NOTICE = ROOT / "wikidesk" / "core" / "search" / "data" / "README.md"
QT_TEXTS = [HERE / "licenses" / "LGPL-3.0.txt", HERE / "licenses" / "GPL-3.0.txt"]
_LICENCE_FILE_WORDS = ("licen", "copying", "notice", "authors")
RULE = "=" * 100

HEAD = """\
Third-party notices for wikidesk {version}

wikidesk's own code is licensed under the MIT licence (the first section below). The installed program also
carries the libraries and data listed here, each under its own licence, with its licence text.

- Qt and PySide6 are used under the GNU LGPL 3.0: they are separate files in the install folder (the Qt6*.dll and
  PySide6 files under _internal), which a user may replace with their own build. Their sources: https://code.qt.io.
- merge3 is licensed GPL-2.0-or-later. The installer as a whole is therefore distributed under the terms of the GNU
  GPL, version 2 or later (the MIT-licensed wikidesk code is compatible with it); the corresponding source of
  wikidesk and of every library listed here is the project's source repository and each library's source
  distribution on the Python Package Index, at the version named below.
- The search's Norwegian word list (wikidesk/core/search/data/nb-words.txt.gz) is an adaptation of wordfreq's
  data: Word frequencies from wordfreq 3.1.1 by Robyn Speer and contributors (CC-BY-SA 4.0,
  https://creativecommons.org/licenses/by-sa/4.0/), adapted; the adapted list is licensed CC-BY-SA 4.0.
"""


def _key(name: str) -> str:
    return name.lower().replace("_", "-")


def bundled() -> list[metadata.Distribution]:
    """wikidesk and every distribution its run-time requirements pull in here, sorted by name."""
    found: dict[str, metadata.Distribution] = {}
    todo = ["wikidesk"]
    while todo:
        dist = metadata.distribution(todo.pop())
        key = _key(dist.metadata["Name"])
        if key in found:
            continue
        found[key] = dist
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return [found[k] for k in sorted(found, key=lambda k: (k != "wikidesk", k))]


def licence_name(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    short = (meta.get("License") or "").strip()
    if short and "\n" not in short and len(short) < 80:
        return short
    return ", ".join(classifiers) or "see the licence text below"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """``(file name, text)`` of the licence files the distribution installed."""
    texts = []
    for file in dist.files or []:
        name = file.name.lower()
        if "dist-info" in str(file) and any(word in name for word in _LICENCE_FILE_WORDS):
            try:
                texts.append((file.name, Path(dist.locate_file(file)).read_text("utf-8", errors="replace")))
            except OSError:
                continue
    return texts


def _section(title: str, licence: str, texts: list[tuple[str, str]]) -> str:
    parts = [RULE, f"{title}\nLicence: {licence}", RULE]
    for name, text in texts:
        parts.append(f"--- {name} ---\n{text.strip()}\n")
    return "\n".join(parts) + "\n"


def notices() -> str:
    dists = bundled()
    version = next(d.version for d in dists if _key(d.metadata["Name"]) == "wikidesk")
    out = [HEAD.format(version=version), "Contents:"]
    out += [f"  {d.metadata['Name']} {d.version} ({licence_name(d)})" for d in dists]
    out += [f"  Python {sys.version.split()[0]} (PSF-2.0)",
            "  Norwegian word list from wordfreq 3.1.1 (CC-BY-SA 4.0)", ""]
    qt_done = False
    for dist in dists:
        texts = licence_texts(dist)
        if _key(dist.metadata["Name"]) in ("pyside6-essentials", "shiboken6", "pyside6"):
            if not qt_done:
                texts += [(path.name, path.read_text("utf-8")) for path in QT_TEXTS]
                qt_done = True
            else:
                texts = texts or [("", "The GNU LGPL 3.0 and GPL 3.0 texts are in the PySide6 section above.")]
        out.append(_section(f"{dist.metadata['Name']} {dist.version}", licence_name(dist), texts))
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.exists():
        out.append(_section(f"Python {sys.version.split()[0]}", "PSF-2.0",
                            [("LICENSE.txt", python_licence.read_text("utf-8", errors="replace"))]))
    out.append(_section("Norwegian word list (wikidesk/core/search/data/nb-words.txt.gz)", "CC-BY-SA-4.0",
                        [("README.md", WORD_LIST_NOTICE.read_text("utf-8"))]))
    return "\n".join(out)


def write(target: Path) -> Path:
    target.write_text(notices(), encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/notices.py OUT.txt")
    print(write(Path(sys.argv[1])))
