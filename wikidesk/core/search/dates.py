"""``modified:`` filter values → an epoch-seconds range, in the user's local time."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta

_DAY = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_NORWEGIAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_RELATIVE = re.compile(r"^(\d{1,4})\s*([dwmy]|dager|dag|uker|uke|mnd|år|ar)$")
_RELATIVE_DAYS = {
    "d": 1,
    "dag": 1,
    "dager": 1,
    "w": 7,
    "uke": 7,
    "uker": 7,
    "m": 30,
    "mnd": 30,
    "y": 365,
    "år": 365,
    "ar": 365,
}


def _epoch(d: date) -> int:
    return int(time.mktime(datetime(d.year, d.month, d.day).timetuple()))


def _period(value: str, now: float) -> tuple[int, int] | None:
    """The ``[start, end)`` epoch range a date-ish value names: a day, a month, a year, or "N days ago"."""
    value = value.strip().lower()
    m = _NORWEGIAN.match(value)
    if m:
        value = f"{m.group(3)}-{m.group(2)}-{m.group(1)}"
    m = _DAY.match(value)
    try:
        if m:
            year = int(m.group(1))
            if m.group(3):
                start = date(year, int(m.group(2)), int(m.group(3)))
                end = start + timedelta(days=1)
            elif m.group(2):
                start = date(year, int(m.group(2)), 1)
                end = date(year + (start.month == 12), start.month % 12 + 1, 1)
            else:
                start, end = date(year, 1, 1), date(year + 1, 1, 1)
            return _epoch(start), _epoch(end)
        m = _RELATIVE.match(value)
        if m:
            day = datetime.fromtimestamp(now).date() - timedelta(days=int(m.group(1)) * _RELATIVE_DAYS[m.group(2)])
            return _epoch(day), _epoch(day + timedelta(days=1))
        if value in ("today", "i dag", "idag"):
            day = datetime.fromtimestamp(now).date()
            return _epoch(day), _epoch(day + timedelta(days=1))
    except (ValueError, OverflowError, OSError):
        return None
    return None


def parse_range(value: str, now: float | None = None) -> tuple[int | None, int | None] | None:
    """``>2026-01-01``, ``>=``, ``<``, ``<=``, ``2026-03``, ``2026``, ``a..b``, ``30d`` → ``(lo, hi)`` inclusive.

    A relative value (``30d``, ``2w``, ``6m``, ``1y``) names the day that long ago; alone it means "since then".

    ``None`` for an open end; the whole result is ``None`` when the value is not a date.
    """
    now = time.time() if now is None else now
    value = value.strip()
    if ".." in value:
        left, _, right = value.partition("..")
        lo = _period(left, now) if left.strip() else (None, None)
        hi = _period(right, now) if right.strip() else (None, None)
        if lo is None or hi is None:
            return None
        return lo[0], (hi[1] - 1 if hi[1] is not None else None)
    m = re.match(r"^(>=|<=|>|<|=)?\s*(.+)$", value)
    if not m:
        return None
    op, rest = m.group(1) or "=", m.group(2)
    relative = _RELATIVE.match(rest.strip().lower()) is not None
    period = _period(rest, now)
    if period is None:
        return None
    start, end = period
    if relative and op == "=":
        return start, None  # "modified:30d": changed within the last 30 days
    if op == "=":
        return start, end - 1
    if op == ">":
        return end, None
    if op == ">=":
        return start, None
    if op == "<":
        return None, start - 1
    return None, end - 1
