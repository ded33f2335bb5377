"""Revision summaries the core writes (stored in English, because history is shared data) shown in the UI's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from wikidesk.core.history.scan import EDITED
from wikidesk.core.sync.apply import CLASH_SUMMARY
from wikidesk.core.sync.mirror import MIRROR_SUMMARY

CONTEXT = "Summaries"
FIXED = {
    "Created the page": QT_TRANSLATE_NOOP("Summaries", "Created the page"),
    "Deleted the page": QT_TRANSLATE_NOOP("Summaries", "Deleted the page"),
    EDITED: QT_TRANSLATE_NOOP("Summaries", "Edited outside wikidesk"),
    "Added before history was kept": QT_TRANSLATE_NOOP("Summaries", "Added before history was kept"),
    "Resolved a conflict": QT_TRANSLATE_NOOP("Summaries", "Resolved a conflict"),
    "Merged concurrent edits": QT_TRANSLATE_NOOP("Summaries", "Merged concurrent edits"),
    CLASH_SUMMARY: QT_TRANSLATE_NOOP(
        "Summaries", "Moved: another page already had this name"
    ),
    MIRROR_SUMMARY: QT_TRANSLATE_NOOP(
        "Summaries", "Edited in the shared folder's readable copy (pages/)"
    ),
}
PATTERNS = (
    (re.compile(r"^Renamed from “(?P<a>.*)”$"), QT_TRANSLATE_NOOP("Summaries", "Renamed from “{0}”")),
    (re.compile(r"^Attached (?P<a>.+)$"), QT_TRANSLATE_NOOP("Summaries", "Attached {0}")),
    (re.compile(r"^Restored revision (?P<a>\S+) of (?P<b>.+)$"),
     QT_TRANSLATE_NOOP("Summaries", "Restored revision {0} of {1}")),
)


def translated_summary(summary: str) -> str:
    """The summary in the UI's language when wikidesk wrote it; a person's own summary is shown as written."""
    if summary in FIXED:
        return QCoreApplication.translate(CONTEXT, FIXED[summary])
    for pattern, template in PATTERNS:
        match = pattern.match(summary)
        if match:
            return QCoreApplication.translate(CONTEXT, template).format(*match.groups())
    return summary
