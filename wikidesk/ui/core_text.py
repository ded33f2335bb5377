"""The core's progress lines and notes in the person's language.

The core is Qt-free and speaks English (the CLI prints it as is). What reaches a person in the window goes through
here: each known sentence, with its numbers and names, is matched and re-worded through Qt's translation (context
``CoreText``), with real plural forms. A sentence nobody taught this module is shown as it is; a test runs a real
sync round and a real index build and checks that every line they yield is known.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

CONTEXT = "CoreText"


# Fixed sentences: the English source is both the core's text and the translation key.
FIXED = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("CoreText", "Looking for changes made outside wikidesk"),
        QT_TRANSLATE_NOOP("CoreText", "Looked for changes made outside wikidesk"),
        QT_TRANSLATE_NOOP("CoreText", "Merging"),
        QT_TRANSLATE_NOOP("CoreText", "Updating the wiki folder"),
        QT_TRANSLATE_NOOP("CoreText", "Sending changes to the shared folder"),
        QT_TRANSLATE_NOOP("CoreText", "Read changes from the shared folder"),
        QT_TRANSLATE_NOOP("CoreText", "Looking for changed pages…"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is up to date."),
        QT_TRANSLATE_NOOP("CoreText", "Saving the index…"),
        QT_TRANSLATE_NOOP("CoreText", "Rendering pages"),
        QT_TRANSLATE_NOOP("CoreText", "Writing pages"),
        QT_TRANSLATE_NOOP("CoreText", "Copying attachments"),
        QT_TRANSLATE_NOOP("CoreText", "Writing the index and the search"),
        QT_TRANSLATE_NOOP("CoreText", "Reading the page list"),
        QT_TRANSLATE_NOOP("CoreText", "Reading page history"),
        QT_TRANSLATE_NOOP("CoreText", "Read page history"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is being built"),
        QT_TRANSLATE_NOOP("CoreText", "The search index was damaged and is being rebuilt"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is from another version and is being rebuilt"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is being rebuilt"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is being updated"),
        QT_TRANSLATE_NOOP("CoreText", "The search index is being rebuilt to free the space old versions of pages took"),
        # joining a team (core.sync.join, core.sync.snapshot.bootstrap)
        QT_TRANSLATE_NOOP("CoreText", "Connecting to the shared folder"),
        QT_TRANSLATE_NOOP("CoreText", "Reading the newest snapshot of the wiki"),
        QT_TRANSLATE_NOOP("CoreText", "Reading the changes made since the snapshot"),
    )
}

class CoreText(QObject):
    """The sentences with numbers or names in them (Qt's translation context ``CoreText``, as for the fixed ones)."""

    def connecting(self, m: re.Match[str]) -> str:
        return self.tr("Connecting to %1").replace("%1", m.group("where"))

    def reading(self, m: re.Match[str]) -> str:
        total = int(m.group("total"))
        return self.tr("Reading changes from the shared folder (%1 of %n)", "", total).replace("%1", m.group("done"))

    def indexing(self, m: re.Match[str]) -> str:
        return self.tr("Indexing %n page(s)…", "", int(m.group("n")))

    def indexed(self, m: re.Match[str]) -> str:
        return self.tr("Indexed %1 of %n page(s)", "", int(m.group("total"))).replace("%1", m.group("done"))

    def not_a_date(self, m: re.Match[str]) -> str:
        return self.tr("Ignored “modified:%1”: not a date (write e.g. modified:>2026-01-31).").replace(
            "%1", m.group("value"))

    def incomplete_share(self, m: re.Match[str]) -> str:
        total = int(m.group("total"))
        text = self.tr("%2 (%1 of %n page(s)); results may be incomplete.", "", total)
        return text.replace("%1", m.group("done")).replace("%2", translate(m.group("what")))

    def indexed_all(self, m: re.Match[str]) -> str:
        text = self.tr("Indexed %n page(s).", "", int(m.group("n")))
        if m.group("failed"):
            text += " " + self.tr("%n could not be read (e.g. %1); they are tried again next time.", "",
                                  int(m.group("failed"))).replace("%1", m.group("example"))
        return text

    def synced(self, m: re.Match[str]) -> str:
        counts = (int(m.group("pulled")), int(m.group("pushed")), int(m.group("merged")))
        return sync_report("synced", counts=counts, set_aside=int(m.group("aside") or 0))

    def conflicts(self, m: re.Match[str]) -> str:
        return sync_report("conflicts", conflicts=int(m.group("n")))

    def read_only(self, m: re.Match[str]) -> str:
        return sync_report("read-only", waiting=int(m.group("n")))

    def offline(self, _m: re.Match[str]) -> str:
        return sync_report("offline")

    def sync_words(self, status: str, counts: tuple[int, int, int] | None, conflicts: int, waiting: int,
                   set_aside: int) -> str:
        """See :func:`sync_report` (the sentences live here, in the ``CoreText`` translation context)."""
        if status == "offline":
            return self.tr("The shared folder cannot be reached; working offline. Your changes are kept here and "
                           "sync when it is back.")
        if status == "read-only":
            return self.tr("The shared folder is read-only for you: changes from others were received, but your "
                           "%n change(s) cannot be sent.", "", waiting)
        parts: list[str] = []
        if conflicts:
            parts.append(self.tr("%n page(s) have conflicting edits; open them to choose what to keep.", "",
                                 conflicts))
        if counts is not None:
            pulled, pushed, merged = counts
            words = [self.tr("%n change(s) received", "", pulled), self.tr("%n sent", "", pushed),
                     self.tr("%n merged", "", merged)]
            if set_aside:
                words.append(self.tr("%n set aside as invalid (see the notes)", "", set_aside))
            parts.append(self.tr("Synced: %1.").replace("%1", ", ".join(words)))
        return " ".join(parts)

    def incomplete(self, m: re.Match[str]) -> str:
        return self.tr("%1; results may be incomplete.").replace("%1", translate(m.group("what")))

    def taking_in(self, m: re.Match[str]) -> str:
        return self.tr("Taking in %n version(s) of pages", "", int(m.group("n")))


_WORDS = CoreText()
PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"Connecting to (?P<where>.+)"), _WORDS.connecting),
    (re.compile(r"Reading changes from the shared folder \((?P<done>\d+) of (?P<total>\d+)\)"), _WORDS.reading),
    (re.compile(r"Indexing (?P<n>\d+) pages…"), _WORDS.indexing),
    (re.compile(r"Indexed (?P<done>\d+) of (?P<total>\d+) pages"), _WORDS.indexed),
    (re.compile(r'Ignored "modified:(?P<value>.*)": not a date \(write e\.g\. modified:>2026-01-31\)\.'),
     _WORDS.not_a_date),
    (re.compile(r"Indexed (?P<n>\d+) pages\.(?: (?P<failed>\d+) could not be read \(e\.g\. (?P<example>.+)\); they "
                r"are tried again next time\.)?"), _WORDS.indexed_all),
    (re.compile(r"Synced: (?P<pulled>\d+) change\(s\) received, (?P<pushed>\d+) sent, (?P<merged>\d+) merged"
                r"(?:, (?P<aside>\d+) set aside as invalid \(see the notes\))?\.?"), _WORDS.synced),
    (re.compile(r"(?P<n>\d+) page\(s\) have conflicting edits; open them to choose what to keep\."), _WORDS.conflicts),
    (re.compile(r"The shared folder is read-only for you: changes from others were pulled, but your (?P<n>\d+) "
                r"change\(s\) cannot be sent\."), _WORDS.read_only),
    (re.compile(r".* Your changes are kept here and sync when the shared folder is back\.", re.S), _WORDS.offline),
    (re.compile(r"(?P<what>.+?) \((?P<done>\d+) of (?P<total>\d+) pages\); results may be incomplete\."),
     _WORDS.incomplete_share),
    (re.compile(r"(?P<what>.+?); results may be incomplete\."), _WORDS.incomplete),
    (re.compile(r"Taking in (?P<n>\d+) versions of pages"), _WORDS.taking_in),
]


def known(message: str) -> bool:
    """True when ``message`` is a core sentence this module words in the person's language."""
    return message in FIXED or any(pattern.fullmatch(message) for pattern, _ in PATTERNS)


def sync_report(status: str, *, counts: tuple[int, int, int] | None = None, conflicts: int = 0, waiting: int = 0,
                set_aside: int = 0) -> str:
    """How a sync round went, in the app's language: the one wording of it, for the sync indicator
    (``SyncService.describe``) and for the core's own closing line of a round (the patterns above).

    ``status`` is the report's (``offline`` and ``read-only`` with ``waiting`` changes have a sentence of their
    own); otherwise the conflicts sentence when ``conflicts``, then "Synced: …" when ``counts`` (received, sent,
    merged) are given, with ``set_aside`` among them when not 0."""
    return _WORDS.sync_words(status, counts, conflicts, waiting, set_aside)


def translate(message: str) -> str:
    """``message`` (a core progress line or note) in the app's language; unknown sentences unchanged."""
    if message in FIXED:
        return QCoreApplication.translate(CONTEXT, message)
    for pattern, word in PATTERNS:
        match = pattern.fullmatch(message)
        if match:
            return word(match)
    return message
