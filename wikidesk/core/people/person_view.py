"""What a person's page shows below their own text, made from history (nobody maintains it):

- what they wrote and edited, most recent first;
- their topics: the tags and spaces of the pages they wrote much of, weighted by their share of each page;
- whom they work with: the other people who wrote the same pages, weighted by the smaller of the two shares.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.people.directory import PeopleDirectory, Person
from wikidesk.core.people.ranking import WROTE_SHARE, association

RECENT = 10
TOPICS = 8
COAUTHORS = 8


@dataclass(frozen=True)
class WorkItem:
    page: str  # page name (``IT/Skriveroppsett``)
    title: str
    kind: str  # "wrote" | "edited"
    share: float
    edits: int
    last: str

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "title": self.title, "kind": self.kind, "share": round(self.share, 3),
                "edits": self.edits, "last": self.last}


@dataclass
class PersonView:
    person: Person
    recent: list[WorkItem] = field(default_factory=list)
    pages: int = 0  # pages they wrote or substantially edited
    tags: list[tuple[str, float]] = field(default_factory=list)
    spaces: list[tuple[str, float]] = field(default_factory=list)
    coauthors: list[tuple[Person, int]] = field(default_factory=list)  # person, pages written together
    elapsed_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        profile = self.person.profile
        return {
            "name": self.person.name,
            "page": self.person.page,
            "unit": self.person.unit,
            "profile": profile.fields() if profile else None,
            "former_names": list(profile.former_names) if profile else [],
            "authors": sorted(self.person.authors, key=str.casefold),
            "pages": self.pages,
            "recent": [w.to_json() for w in self.recent],
            "topics": {"tags": [{"tag": t, "weight": round(w, 3)} for t, w in self.tags],
                       "spaces": [{"space": s, "weight": round(w, 3)} for s, w in self.spaces]},
            "coauthors": [{"name": p.name, "page": p.page, "pages": n} for p, n in self.coauthors],
        }


def person_view(directory: PeopleDirectory, person: Person) -> PersonView:
    started = time.perf_counter()
    cache = directory.cache
    mine: dict[str, tuple[float, int, str]] = {}  # page id -> (share, edits, last), over the person's names
    for c in cache.by_authors(person.authors):
        share, edits, last = mine.get(c.page_id, (0.0, 0, ""))
        mine[c.page_id] = (share + c.share, edits + c.edits, max(last, c.last))
    counted = {pid: v for pid, v in mine.items()
               if association_of(v[0], v[1])}
    infos = cache.pages(counted)
    recent = sorted(counted.items(), key=lambda kv: kv[1][2], reverse=True)
    view = PersonView(person, pages=len(counted))
    for page_id, (share, edits, last) in recent:
        info = infos.get(page_id)
        if info is None:
            continue
        view.recent.append(WorkItem(info.page, info.title, "wrote" if share >= WROTE_SHARE else "edited", share,
                                    edits, last))
        if len(view.recent) >= RECENT:
            break
    tags: Counter[str] = Counter()
    spaces: Counter[str] = Counter()
    for page_id, (share, _edits, _last) in counted.items():
        info = infos.get(page_id)
        if info is None:
            continue
        for tag in info.tags:
            tags[tag] += share
        if info.space:
            spaces[info.space] += share
    view.tags = [(t, w) for t, w in tags.most_common(TOPICS)]
    view.spaces = [(s, w) for s, w in spaces.most_common(TOPICS)]
    together: Counter[str] = Counter()
    people: dict[str, Person] = {}
    for _page_id, contributions in cache.for_pages(counted).items():
        for c in contributions:
            other = directory.person_of_author(c.author)
            if other is None or other.key == person.key or not association(c):
                continue
            people[other.key] = other
            together[other.key] += 1
    view.coauthors = [(people[k], n) for k, n in sorted(together.items(),
                                                         key=lambda kv: (-kv[1], people[kv[0]].name.casefold()))
                      [:COAUTHORS]]
    view.elapsed_ms = (time.perf_counter() - started) * 1000
    return view


def association_of(share: float, edits: int) -> bool:
    from wikidesk.core.people.contributions import Contribution

    return association(Contribution("", "", share, 0, edits, "")) > 0
