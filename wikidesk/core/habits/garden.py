"""The gardening report: what needs a gardener's hand. Reads only; it changes nothing.

- wanted pages: links to pages that do not exist, by how many pages link to them;
- orphans: pages nothing links to (the start page and the wiki's templates aside);
- stale pages: not edited for N months (by the page history's newest revision; the file time without history);
- pages without tags; empty pages (nothing but headings and blank lines); pages in conflict;
- near-duplicate titles: titles equal once case, accents, spaces and punctuation are ignored, or one letter apart.

What it needs from each page file (page info, empty or not, inline tags, link targets: :mod:`.page_facts`) is kept
per file version in the wiki's local cache (:mod:`.garden_cache`), so a report reads only the files that changed
since the last one; the first report reads them in parser processes (:mod:`.garden_read`). Page revision times are
followed through history the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core import gc_pause, links, page_lookup
from wikidesk.core.catalog import Lookup, read_text
from wikidesk.core.errors import WikiError
from wikidesk.core.names import name_key
from wikidesk.core.pages import PageInfo
from wikidesk.core.steps import drain
from wikidesk.core.wiki import Wiki

from . import garden_history, garden_read, near_titles
from .garden_cache import GardenCache, open_cache, pages_digest
from .garden_rows import Entry
from .near_titles import MIN_FUZZY, Components, components, fuzzy_keys, near_duplicates, title_key
from .page_facts import PageFacts, facts_of
from .templates import WIKI_SPACE

__all__ = ["MIN_FUZZY", "GardenReport", "Wanted", "gather", "near_duplicates", "report", "title_key", "warm"]
DEFAULT_MONTHS = 12
START_TITLES = ("home", "start", "forside", "velkommen", "welcome", "index", "readme")


@dataclass(frozen=True)
class Wanted:
    target: str  # as first written
    pages: tuple[PageInfo, ...]  # the pages that link to it

    @property
    def count(self) -> int:
        return len(self.pages)


@dataclass
class GardenReport:
    months: int
    pages: int = 0
    wanted: list[Wanted] = field(default_factory=list)
    orphans: list[PageInfo] = field(default_factory=list)
    stale: list[tuple[PageInfo, str]] = field(default_factory=list)  # (page, time of its last edit), oldest first
    untagged: list[PageInfo] = field(default_factory=list)
    empty: list[PageInfo] = field(default_factory=list)
    conflicts: list[PageInfo] = field(default_factory=list)
    duplicates: list[list[PageInfo]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (len(self.wanted) + len(self.orphans) + len(self.stale) + len(self.untagged) + len(self.empty)
                + len(self.conflicts) + len(self.duplicates))

    def to_json(self) -> dict[str, Any]:
        def page(info: PageInfo) -> dict[str, Any]:
            return {"page": info.name, "id": info.page_id, "title": info.title}

        return {
            "pages": self.pages, "months": self.months,
            "wanted": [{"target": w.target, "count": w.count, "linked_from": [page(p) for p in w.pages]}
                       for w in self.wanted],
            "orphans": [page(p) for p in self.orphans],
            "stale": [{**page(p), "last_edit": when} for p, when in self.stale],
            "untagged": [page(p) for p in self.untagged],
            "empty": [page(p) for p in self.empty],
            "conflicts": [page(p) for p in self.conflicts],
            "duplicates": [[page(p) for p in group] for group in self.duplicates],
        }


def report(wiki: Wiki, *, months: int = DEFAULT_MONTHS, now: dt.datetime | None = None,
           pages: list[PageInfo] | None = None, workers: int | None = None) -> GardenReport:
    """The gardening report of ``wiki`` (``pages``: the page list, if the caller has it)."""
    return drain(gather(wiki, months=months, now=now, pages=pages, workers=workers))


def gather(wiki: Wiki, *, months: int = DEFAULT_MONTHS, now: dt.datetime | None = None,
           pages: list[PageInfo] | None = None, workers: int | None = None,
           ) -> Generator[tuple[int, int, str], None, GardenReport]:
    """:func:`report` as a generator yielding ``(done, total, message)`` now and then (progress, cancelling).

    Without ``pages`` the page list is the one the cache keeps (:mod:`.garden_read`), so a report in a fresh process
    does not read every page file for the wiki's page list first; links are then resolved against that list."""
    cache = open_cache(wiki.meta_dir)
    try:
        return (yield from _gather(wiki, cache, months=months, now=now, pages=pages, workers=workers))
    finally:
        if cache is not None:
            cache.close()


def warm(wiki: Wiki, *, pages: list[PageInfo] | None = None, workers: int | None = None,
         ) -> Generator[tuple[int, int, str], None, int]:
    """Fill the cache a report reads (page facts, edit times, title groups for these ``pages``) by making the report
    and dropping it, as :func:`gather` yields; the number of pages looked at. Nothing is done when the last report
    with a page list was made for these very page versions (the app starts with its cache warm)."""
    if pages is not None and is_warm(wiki, pages):
        return len(pages)
    made = yield from gather(wiki, pages=pages, workers=workers)
    return made.pages


def is_warm(wiki: Wiki, pages: list[PageInfo]) -> bool:
    """Whether the last report given a page list was given these pages, each at this version (modified time, size):
    its cache then holds them (only history's newest revisions, if any, would be read)."""
    cache = open_cache(wiki.meta_dir)
    if cache is None:
        return False
    try:
        return cache.pages_noted() == pages_digest(pages)
    finally:
        cache.close()


def _gather(wiki: Wiki, cache: GardenCache | None, *, months: int, now: dt.datetime | None,
            pages: list[PageInfo] | None, workers: int | None) -> Generator[tuple[int, int, str], None, GardenReport]:
    history = wiki.history

    def last_edits() -> dict[str, str]:
        if history is None:
            return {}
        return cache.last_edits(history) if cache is not None else garden_history.last_edits(history)

    early: dict[str, dict[str, str]] = {}

    def meanwhile() -> None:  # while parser processes read pages (the first report), what needs no page file
        early["last"] = last_edits()

    parsers = garden_read.Parsers(workers)
    try:
        read = yield from garden_read.read_pages(wiki.root, cache, pages, meanwhile=meanwhile, parsers=parsers)
        with gc_pause.paused():
            if pages is None:
                infos = [info for info, _facts, _keys in read.values()]
                finder: Any = _PageFinder(_lookup(read.values()))
            else:
                infos = list(pages)
                finder = wiki
            keys = [_near_key(info, read.get(info.path)) for info in infos]
            # The first report: the parser processes join the titles while this one goes on.
            joined = _joined(cache, parsers, keys)
        yield len(infos), len(infos), "Looking at history"
        with gc_pause.paused():
            result = _findings(wiki, infos, read, finder, last=early["last"] if "last" in early else last_edits(),
                               months=months, now=now)
        yield len(infos), len(infos), "Comparing titles"
        with gc_pause.paused():
            result.duplicates = near_duplicates(infos, keys, joined)
    finally:
        parsers.close()
    if pages is not None and cache is not None:
        cache.note_pages(pages_digest(pages))
    return result


def _joined(cache: GardenCache | None, parsers: garden_read.Parsers | None, keys: list[str]) -> Components:
    """How near-duplicate keys are joined: through the cache if there is one; what it neither keeps nor can bring up
    to date is worked out by :func:`components`, started now in the parser processes (two halves of the keys by
    length, :func:`near_titles.by_length`) if ``parsers`` are running."""
    work: Components = components
    if parsers is not None and parsers.started:
        fuzzy = fuzzy_keys(keys)
        answers = [parsers.submit(near_titles.components, half) for half in near_titles.by_length(fuzzy)]
        if all(answers):
            work = functools.partial(_answer_for, fuzzy, answers)
    if cache is None:
        return lambda these: work(fuzzy_keys(these))
    return functools.partial(cache.components, work=work)


def _answer_for(asked: list[str], answers: list[Callable[[], list[list[str]]] | None],
                keys: Iterable[str]) -> list[list[str]]:
    """The components of ``keys``: the ``answers`` put together when they are the keys they were ``asked`` for, in
    halves (worked out here if a parser process failed)."""
    keys = list(keys)
    if keys == asked:
        try:
            return near_titles.merged(*(answer() for answer in answers if answer is not None))
        except Exception:  # noqa: BLE001 - a parser process that died or could not send it: the same work here
            pass
    return components(keys)


def _findings(wiki: Wiki, infos: list[PageInfo], read: dict[str, Entry], finder: Any, *, last: dict[str, str],
              months: int, now: dt.datetime | None) -> GardenReport:
    """The report but for near-duplicate titles: from the pages' facts, their links and their edit times."""
    history = wiki.history
    result = GardenReport(months=months, pages=len(infos))
    templates_key = name_key(WIKI_SPACE)
    linked: set[str] = set()
    wanted: dict[str, tuple[str, list[PageInfo]]] = {}
    for info in infos:
        entry = read.get(info.path)
        if entry is None:  # could not be read
            continue
        facts = entry[1]
        template = name_key(info.space) == templates_key
        if not template and facts.empty:
            result.empty.append(info)
        if not info.tags and not template and not _inline_tags(wiki, info, facts):
            result.untagged.append(info)
        for written in facts.targets:
            try:
                target = links.resolve(finder, info, written)
            except WikiError:
                continue
            if target is None:
                key = name_key(written)
                found = wanted.setdefault(key, (written, []))
                if not found[1] or found[1][-1].page_id != info.page_id:
                    found[1].append(info)
            elif target.page_id != info.page_id:
                linked.add(target.page_id)
    result.wanted = sorted((Wanted(t, tuple(ps)) for t, ps in wanted.values()),
                           key=lambda w: (-w.count, w.target.casefold()))
    result.orphans = [p for p in infos if p.page_id not in linked and not _is_start(p)
                      and name_key(p.space) != templates_key]
    result.stale = _stale(last, infos, months, now)
    by_id = {p.page_id: p for p in infos}
    if history is not None:
        result.conflicts = [by_id[i] for i in history.pages_in_conflict() if i in by_id]
    return result


def _near_key(info: PageInfo, entry: Entry | None) -> str:
    """The page's near-duplicate key: kept with its facts when they were worked out from this page info."""
    return entry[2].near if entry is not None and entry[0] == info else title_key(info.title)


def _lookup(entries: Iterable[Entry]) -> Lookup:
    """The page lookup of these pages, from the keys kept with each page instead of working them out again."""
    return Lookup.from_keys((info, keys.path, keys.title) for info, _facts, keys in entries)


class _PageFinder:
    """What :func:`links.resolve` asks of a wiki (``resolve_link``), answered from a page list the report has."""

    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup

    def resolve_link(self, target: str, from_space: str = "") -> PageInfo | None:
        return page_lookup.prefer_space(page_lookup.match(self.lookup, target.strip().strip("/")), from_space)


def _inline_tags(wiki: Wiki, info: PageInfo, facts: PageFacts) -> bool:
    """Whether the page has an inline tag; the file is read again if the facts did not look (the page list saw
    the file with front matter tags, the facts were worked out from a version with them)."""
    if facts.inline_tags is not None:
        return facts.inline_tags
    try:
        _data, text = read_text(wiki.root / info.path)
    except OSError:
        return False
    return bool(facts_of(text, has_tags=False).inline_tags)


def _is_start(info: PageInfo) -> bool:
    return not info.space and info.title.casefold() in START_TITLES


def _stale(last: dict[str, str], infos: list[PageInfo], months: int,
           now: dt.datetime | None) -> list[tuple[PageInfo, str]]:
    now = now or dt.datetime.now(dt.UTC)
    cutoff = (now - dt.timedelta(days=round(months * 30.44))).astimezone(dt.UTC)
    cutoff_iso = cutoff.replace(microsecond=0).isoformat().replace("+00:00", "Z")
    found = []
    for info in infos:
        when = last.get(info.page_id)
        if when is None:  # no history of it: the file's time
            when = dt.datetime.fromtimestamp(info.modified, dt.UTC).replace(microsecond=0).isoformat().replace(
                "+00:00", "Z")
        if when < cutoff_iso:
            found.append((info, when))
    found.sort(key=lambda item: (item[1], item[0].title.casefold()))
    return found
