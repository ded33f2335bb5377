"""Three-way merge of two revisions of one page from their common ancestor (``merge3``).

Deterministic: the two sides are ordered by revision id, so every client merging the same heads computes the
same bytes. Rules: a side that did not change since the base takes the other side; a delete against a concurrent
edit keeps the edit; text changes to different lines merge; changes to the same lines (or to a binary file) are a
conflict, and nothing is merged (both heads stay).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import merge3

from wikidesk.core.history.model import Revision

Loader = Callable[[Revision], bytes]
START, MID, END = "<<<<<<<", "=======", ">>>>>>>"


@dataclass(frozen=True)
class MergeOutcome:
    """The result of merging two heads: ``clean`` with ``data`` (None = deleted) and ``path``, or a conflict."""

    clean: bool
    data: bytes | None
    path: str
    marked_text: str = ""  # with conflict markers (only for a text conflict)


def _decode(data: bytes | None) -> str | None:
    if data is None:
        return ""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def merge_paths(base: Revision | None, a: Revision, b: Revision) -> str:
    """Three-way merge of the page's location; two different moves: the better-ranked side wins."""
    if a.path == b.path:
        return a.path
    if base is not None and a.path == base.path:
        return b.path
    if base is not None and b.path == base.path:
        return a.path
    return max(a, b, key=Revision.rank).path


def merge_texts(base: str, a: str, b: str, *, label_a: str = "", label_b: str = "") -> tuple[bool, str]:
    """Line-based three-way merge; returns ``(clean, text)`` where a conflicting text carries markers."""
    m3 = merge3.Merge3(base.splitlines(True), a.splitlines(True), b.splitlines(True))
    clean = not any(region[0] == "conflict" for region in m3.merge_regions())
    lines = m3.merge_lines(name_a=label_a or None, name_b=label_b or None, start_marker=START,
                           mid_marker=MID, end_marker=END)
    merged = "".join(_ensure_newline_before_marker(list(lines)))
    return clean, merged


def _ensure_newline_before_marker(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and not out[-1].endswith("\n") and line.startswith((START, MID, END)):
            out[-1] += "\n"
        out.append(line)
    return out


def merge_revisions(base: Revision | None, a: Revision, b: Revision, load: Loader) -> MergeOutcome:
    """Merge heads ``a`` and ``b`` of one page (``load`` returns a revision's bytes)."""
    if b.id < a.id:
        a, b = b, a
    path = merge_paths(base, a, b)
    base_blob = None if base is None else base.blob
    if a.blob == b.blob:
        return MergeOutcome(True, None if a.deleted else load(a), path)
    if base is not None and a.blob == base_blob:
        return MergeOutcome(True, None if b.deleted else load(b), b.path if a.path == base.path else path)
    if base is not None and b.blob == base_blob:
        return MergeOutcome(True, None if a.deleted else load(a), a.path if b.path == base.path else path)
    if a.deleted:  # deleted on one side, changed on the other: keep the edit
        return MergeOutcome(True, load(b), b.path)
    if b.deleted:
        return MergeOutcome(True, load(a), a.path)
    base_text = _decode(load(base) if base is not None and not base.deleted else None)
    a_text, b_text = _decode(load(a)), _decode(load(b))
    if a.kind != "page" or base_text is None or a_text is None or b_text is None:
        return MergeOutcome(False, None, path)
    clean, text = merge_texts(base_text, a_text, b_text, label_a=describe(a), label_b=describe(b))
    if not clean:
        return MergeOutcome(False, None, path, text)
    return MergeOutcome(True, text.encode("utf-8"), path)


def describe(rev: Revision) -> str:
    return f"{rev.author}, {rev.time} ({rev.id[:8]})"
