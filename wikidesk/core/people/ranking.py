"""Competence search: who knows about something, from what they declared and from what they wrote.

The evidence model is Balog, Azzopardi and de Rijke's document model ("Model 2", *Formal models for expert finding
in enterprise corpora*, SIGIR 2006), the baseline of the TREC Enterprise track's expert-finding task: a person is
as relevant as the documents associated with them, weighted by how strongly they are associated::

    score(person, q) = Σ_{d in top-k(q)} rel(d, q) · assoc(d, person) · recency(d, person)
                     + SKILL · skill_match(person, q) + PROFILE · rel(person's own page, q)

- ``rel(d, q)``: the wiki's own search (Norwegian stemming, compounds, "sok" finds "søk", typo-tolerant retry) over
  the top :data:`DEPTH` pages, as the page's score divided by the best page's, so every query's scale is 0..1;
- ``assoc(d, person)``: the person's share of the page's current text (from :mod:`.contributions`), or a little
  for each edit when they changed the page without writing much of what is there now; a page counts only when
  the person wrote at least :data:`MIN_SHARE` of it or edited it :data:`MIN_EDITS` times ("wrote or
  substantially edited");
- ``recency``: 1 for an edit made today, halving towards :data:`RECENCY_FLOOR` every :data:`HALF_LIFE_DAYS`;
- ``skill_match``: 1 when a declared skill has every word of the query (compared as the search compares words:
  folded and stemmed), :data:`PARTIAL_SKILL` when a query word is the beginning or end of a skill word (a
  compound) or the other way round;
- a query that matches no page as typed is searched typo-tolerantly (as the search does); those pages are left
  out when a skill matched as typed;
- people's own pages are not evidence of writing (everyone writes their own): a query that finds a person's page
  counts as their profile.

Every hit carries its reasons: ``skill: GIS``, ``wrote 5 pages about kartdata`` (with the pages), ``edited ...``,
``profile mentions ...``. Every weight is here.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.people.contributions import MIN_EDITS, MIN_SHARE, Contribution
from wikidesk.core.people.directory import PeopleDirectory, Person
from wikidesk.core.people.identity import Group, group_people
from wikidesk.core.people.profiles import is_person_path
from wikidesk.core.search.query_parser import And, Node, Or, Phrase, Term, parse
from wikidesk.core.search.results import Hit, SearchResults
from wikidesk.core.search.schema import fold_stem_tokens

DEPTH = 150  # pages of the search taken as evidence
EDIT_ASSOC = 0.05  # association per edit (up to four) for a person who wrote little of what is there now
WROTE_SHARE = 0.5  # a person with this share of a page "wrote" it; below, "edited"
HALF_LIFE_DAYS = 365.0
RECENCY_FLOOR = 0.5
SKILL = 3.0  # a matching skill is worth about three relevant pages fully written by the person
PARTIAL_SKILL = 0.6
PROFILE = 1.5
MIN_PART = 4  # a word must be this long to match as part of a compound skill
SHOWN_PAGES = 5  # pages listed with a reason

Search = Callable[[str, int], SearchResults]


@dataclass(frozen=True)
class WikiLabel:
    """The wiki a hit or a reason comes from (searches over all the person's wikis)."""

    name: str
    folder: str


@dataclass(frozen=True)
class Reason:
    kind: str  # "skill" | "wrote" | "edited" | "profile"
    text: str  # in English, for the CLI and logs; the app words it from kind, subject and count
    pages: list[str] = field(default_factory=list)  # page names (``IT/Skriveroppsett``)
    subject: str = ""  # the skill, or the query
    count: int = 0  # pages behind a "wrote"/"edited" reason
    wiki: WikiLabel | None = None  # the wiki of the pages (or of the profile), over all wikis only

    def to_json(self) -> dict[str, Any]:
        data = {"kind": self.kind, "text": self.text, "pages": list(self.pages), "subject": self.subject,
                "count": self.count}
        if self.wiki is not None:
            data["wiki"], data["wiki_folder"] = self.wiki.name, self.wiki.folder
        return data


@dataclass
class PersonHit:
    person: Person
    score: float
    reasons: list[Reason]
    wiki: WikiLabel | None = None  # over all wikis: the wiki of the person's page (else where they were found)
    wikis: list[str] = field(default_factory=list)  # over all wikis: every wiki they were found in

    def to_json(self) -> dict[str, Any]:
        profile = self.person.profile
        data = {"name": self.person.name, "page": self.person.page, "unit": self.person.unit,
                "role": profile.role if profile else "", "score": round(self.score, 4),
                "reasons": [r.to_json() for r in self.reasons]}
        if self.wiki is not None:
            data.update(wiki=self.wiki.name, wiki_folder=self.wiki.folder, wikis=list(self.wikis))
        return data


@dataclass
class PeopleResults:
    query: str
    hits: list[PersonHit]
    notes: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0
    wikis: list[str] = field(default_factory=list)  # over all wikis: the wikis searched

    def to_json(self) -> dict[str, Any]:
        data = {"query": self.query, "elapsed_ms": round(self.elapsed_ms, 2), "notes": list(self.notes),
                "people": [h.to_json() for h in self.hits]}
        if self.wikis:
            data["wikis"] = list(self.wikis)
        return data


def query_words(text: str) -> list[str]:
    """The query's plain words (filters, exclusions and operators left out), as typed."""
    words: list[str] = []

    def walk(node: Node) -> None:
        if isinstance(node, (Term, Phrase)):
            words.extend(node.text.split())
        elif isinstance(node, (And, Or)):
            for item in node.items:
                walk(item)

    walk(parse(text))
    return words


def skill_match(skill: str, words: list[str]) -> float:
    """How well a declared skill matches the query's words (1, :data:`PARTIAL_SKILL` or 0)."""
    skill_terms = set(fold_stem_tokens(skill))
    if not skill_terms or not words:
        return 0.0
    best = 1.0
    for word in words:
        terms = fold_stem_tokens(word)
        if not terms:
            continue
        if all(t in skill_terms for t in terms):
            continue
        if any(_part_of(t, s) for t in terms for s in skill_terms):
            best = min(best, PARTIAL_SKILL)
            continue
        return 0.0
    return best


def _part_of(a: str, b: str) -> bool:
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_PART and (long.startswith(short) or long.endswith(short))


def recency(last: str, now: float) -> float:
    try:
        when = dt.datetime.fromisoformat(last.replace("Z", "+00:00")).timestamp()
    except (ValueError, AttributeError):
        return RECENCY_FLOOR
    age_days = max(0.0, (now - when) / 86400.0)
    return RECENCY_FLOOR + (1 - RECENCY_FLOOR) * math.pow(0.5, age_days / HALF_LIFE_DAYS)


def association(c: Contribution) -> float:
    """How strongly a page is a person's (0 when they did not write or substantially edit it)."""
    if c.share < MIN_SHARE and c.edits < MIN_EDITS:
        return 0.0
    return max(c.share, EDIT_ASSOC * min(c.edits, 4))


class SkillIndex:
    """Every declared skill by its words (folded and stemmed), so a query looks up its words instead of comparing
    itself with every skill of every person."""

    def __init__(self, people: list[Person]) -> None:
        self.by_term: dict[str, list[tuple[Person, str]]] = {}
        self.terms_of: dict[tuple[str, str], frozenset[str]] = {}
        self._partial: dict[str, list[str]] = {}
        for person in people:
            for skill in person.profile.skills if person.profile else ():
                terms = frozenset(fold_stem_tokens(skill))
                self.terms_of[(person.key, skill)] = terms
                for term in terms:
                    self.by_term.setdefault(term, []).append((person, skill))

    def _near(self, term: str) -> list[str]:
        found = self._partial.get(term)
        if found is None:
            found = self._partial[term] = [t for t in self.by_term if t != term and _part_of(term, t)]
        return found

    def matches(self, words: list[str]) -> list[tuple[Person, str, float]]:
        """``(person, skill, match)`` for every skill that has all the words (see :func:`skill_match`)."""
        levels: dict[tuple[str, str], float] | None = None
        people: dict[str, Person] = {}
        for word in words:
            terms = fold_stem_tokens(word)
            if not terms:
                continue
            here: dict[tuple[str, str], float] = {}
            for i, term in enumerate(terms):
                seen: dict[tuple[str, str], float] = {}
                for person, skill in self.by_term.get(term, ()):
                    seen[(person.key, skill)] = 1.0
                    people[person.key] = person
                for near in self._near(term):
                    for person, skill in self.by_term[near]:
                        seen.setdefault((person.key, skill), PARTIAL_SKILL)
                        people[person.key] = person
                here = seen if i == 0 else {k: min(v, seen[k]) for k, v in here.items() if k in seen}
            levels = here if levels is None else {k: min(v, here[k]) for k, v in levels.items() if k in here}
        return [(people[key], skill, level) for (key, skill), level in (levels or {}).items()]


def skill_index(directory: PeopleDirectory) -> SkillIndex:
    """The directory's skill index, made again after the directory was refreshed."""
    made = getattr(directory, "_skill_index", None)
    if made is None or made[0] is not directory.people:
        made = (directory.people, SkillIndex(directory.people))
        directory._skill_index = made  # type: ignore[attr-defined]
    return made[1]


@dataclass
class Source:
    """One wiki's part of a competence query: its directory, the pages its search found, and the factor that puts
    its search scores on the scale of all the wikis searched (1 for a single wiki)."""

    directory: PeopleDirectory
    results: SearchResults
    factor: float = 1.0
    wiki: WikiLabel | None = None


@dataclass
class _Tally:
    """What one wiki says about one of its people."""

    wiki: int
    person: Person
    evidence: float = 0.0
    skills: list[tuple[str, float]] = field(default_factory=list)
    wrote: list[tuple[float, str]] = field(default_factory=list)
    edited: list[tuple[float, str]] = field(default_factory=list)
    profile: float = 0.0


def find_people(directory: PeopleDirectory, search: Search, query: str, limit: int = 10,
                now: float | None = None) -> PeopleResults:
    """The people who know most about ``query``, best first, each with the reasons."""
    started = time.perf_counter()
    text = query.strip()
    if not text:
        return PeopleResults(query, [])
    return rank([Source(directory, search(text, DEPTH))], query, limit, now, started)


def rank(sources: list[Source], query: str, limit: int = 10, now: float | None = None,
         started: float | None = None) -> PeopleResults:
    """One ranking of the people of every source for ``query`` (see the module's text); with several sources, one
    person found in several wikis is one hit (:mod:`.identity`), scored from the evidence of all of them."""
    started = time.perf_counter() if started is None else started
    now = time.time() if now is None else now
    text = query.strip()
    tallies: dict[tuple[int, str], _Tally] = {}

    def tally(i: int, person: Person) -> _Tally:
        found = tallies.get((i, person.key))
        if found is None:
            found = tallies[(i, person.key)] = _Tally(i, person)
        return found

    words = query_words(text)
    for i, source in enumerate(sources):
        for person, skill, match in skill_index(source.directory).matches(words):
            tally(i, person).skills.append((skill, match))
    as_typed = bool(tallies) or any(s.results.hits and not s.results.fuzzy for s in sources)
    # pages found for a corrected spelling say less than a skill, or pages, spelled as typed
    kept = [[] if s.results.fuzzy and as_typed else s.results.hits for s in sources]
    top = max((h.score * s.factor for s, hits in zip(sources, kept, strict=True) for h in hits), default=0.0) or 1.0
    for i, (source, hits) in enumerate(zip(sources, kept, strict=True)):
        _weigh_pages(i, source, hits, top=top, now=now, tally=tally)
    merged = sorted(_merge(sources, tallies), key=lambda m: (-m[0], m[1][1].name.casefold()))[:max(0, limit)]
    ranked = [_hit(sources, score, shown, members, text) for score, shown, members in merged if score > 0]
    notes: list[str] = []
    for source, hits in zip(sources, kept, strict=True):
        results = source.results
        extra = [f"Showing people for “{results.suggestion}”."] if hits and results.fuzzy and results.suggestion \
            else []
        notes.extend(n for n in [*results.notes, *extra] if n not in notes)
    wikis = [s.wiki.name for s in sources if s.wiki is not None]
    return PeopleResults(query, ranked, notes, (time.perf_counter() - started) * 1000, wikis)


def _weigh_pages(i: int, source: Source, hits: list[Hit], *, top: float, now: float,
                 tally: Callable[[int, Person], _Tally]) -> None:
    """The evidence of one wiki's pages: profiles that mention the query, and who wrote the pages."""
    directory = source.directory
    evidence = [h for h in hits if not is_person_path(h.path)]
    contributions = directory.cache.for_pages(h.page_id for h in evidence)
    for hit in hits:
        rel = hit.score * source.factor / top if hit.score > 0 else 0.5
        if is_person_path(hit.path):
            person = directory.person_of_page(hit.page_id)
            if person is not None:
                entry = tally(i, person)
                entry.profile = max(entry.profile, rel)
            continue
        page = hit.path[:-3] if hit.path.endswith(".md") else hit.path
        per_person: dict[str, tuple[Person, float, float]] = {}
        for c in contributions.get(hit.page_id, ()):
            assoc = association(c)
            person = directory.person_of_author(c.author)
            if not assoc or person is None:
                continue
            weight = assoc * recency(c.last, now)
            _, had_assoc, had_weight = per_person.get(person.key, (person, 0.0, 0.0))
            per_person[person.key] = (person, had_assoc + assoc, had_weight + weight)  # aliases of one person
        for person, assoc, weight in per_person.values():
            entry = tally(i, person)
            entry.evidence += rel * min(weight, 1.0)
            (entry.wrote if assoc >= WROTE_SHARE else entry.edited).append((rel * assoc, page))


def _merge(sources: list[Source], tallies: dict[tuple[int, str], _Tally]
           ) -> list[tuple[float, tuple[int, Person], list[_Tally]]]:
    """``(score, (wiki, person shown), tallies)`` per person: a single wiki's tallies as they are; over several
    wikis, the tallies of one person (:func:`~.identity.group_people`) added up, a skill and a profile counting once
    (the best)."""
    if len(sources) == 1:
        groups = [[t] for t in tallies.values()]
        shown: list[tuple[int, Person]] = [(t.wiki, t.person) for t in tallies.values()]
    else:
        of = group_people([s.directory for s in sources], [(t.wiki, t.person) for t in tallies.values()])
        by_group: dict[int, tuple[Group, list[_Tally]]] = {}
        for t in tallies.values():
            group = of[(t.wiki, t.person.key)]
            by_group.setdefault(id(group), (group, []))[1].append(t)
        groups = [members for _, members in by_group.values()]
        shown = [group.profiled or min(((t.wiki, t.person) for t in members), key=lambda m: m[0])
                 for group, members in by_group.values()]
    scored = []
    for first, members in zip(shown, groups, strict=True):
        skill = max((m for t in members for _, m in t.skills), default=0.0)
        profile = max((t.profile for t in members), default=0.0)
        scored.append((sum(t.evidence for t in members) + SKILL * skill + PROFILE * profile, first, members))
    return scored


def _hit(sources: list[Source], score: float, shown: tuple[int, Person], members: list[_Tally],
         query: str) -> PersonHit:
    home, found = shown
    members.sort(key=lambda t: t.wiki)
    person = found if len(sources) == 1 else Person(
        found.key, found.name, found.profile, set().union(*(t.person.authors for t in members), found.authors))
    wiki = sources[home].wiki
    names = [label.name for label in (sources[t.wiki].wiki for t in members) if label is not None]
    return PersonHit(person, score, _reasons(members, sources, person, query), wiki,
                     list(dict.fromkeys(names)) if wiki is not None else [])


def _reasons(members: list[_Tally], sources: list[Source], person: Person, query: str) -> list[Reason]:
    skills: dict[str, tuple[str, float, WikiLabel | None]] = {}
    for t in members:
        for skill, match in t.skills:
            if skill.casefold() not in skills or match > skills[skill.casefold()][1]:
                skills[skill.casefold()] = (skill, match, sources[t.wiki].wiki)
    reasons = [Reason("skill", f"skill: {skill}", subject=skill, wiki=wiki)
               for skill, _, wiki in sorted(skills.values(), key=lambda s: -s[1])]
    for kind in ("wrote", "edited"):
        for t in members:
            pages = t.wrote if kind == "wrote" else t.edited
            if pages:
                shown = [p for _, p in sorted(pages, key=lambda x: -x[0])[:SHOWN_PAGES]]
                noun = "page" if len(pages) == 1 else "pages"
                reasons.append(Reason(kind, f"{kind} {len(pages)} {noun} about {query}", shown, query, len(pages),
                                      sources[t.wiki].wiki))
    best = max(members, key=lambda t: t.profile)
    if best.profile:
        page = best.person.page or person.page or ""
        reasons.append(Reason("profile", f"profile mentions {query}", [page] if page else [], query,
                              wiki=sources[best.wiki].wiki))
    return reasons
