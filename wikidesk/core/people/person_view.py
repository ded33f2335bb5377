"""What a person's page shows below their own text, made from history (nobody maintains it):

- what they wrote and edited, most recent first;
- their topics: the tags and spaces of the pages they wrote much of, weighted by their share of each page;
- whom they work with: the other people who wrote the same pages, weighted by the smaller of the two shares.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from wikidesk.core.people.directory import PeopleDirectory, Person
from wikidesk.core.people.ranking import WROTE_SHARE

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
    recent: dict[str, tuple[float, int, str]] = {}  # page id -> (share, edits, last), over the person's names
    for c in cache.recent(person.authors, RECENT * 3):
        share, edits, last = recent.get(c.page_id, (0.0, 0, ""))
        recent[c.page_id] = (share + c.share, edits + c.edits, max(last, c.last))
    newest = sorted(recent.items(), key=lambda kv: kv[1][2], reverse=True)
    infos = cache.pages(recent)
    view = PersonView(person, pages=cache.page_count(person.authors))
    for page_id, (share, edits, last) in newest:
        info = infos.get(page_id)
        if info is None:
            continue
        view.recent.append(WorkItem(info.page, info.title, "wrote" if share >= WROTE_SHARE else "edited", share,
                                    edits, last))
        if len(view.recent) >= RECENT:
            break
    view.tags, view.spaces = cache.topics(person.authors, TOPICS)
    together: dict[str, int] = {}
    people: dict[str, Person] = {}
    for author, count in cache.coauthors(person.authors, COAUTHORS * 4):
        other = directory.person_of_author(author)
        if other is None or other.key == person.key:
            continue
        people[other.key] = other
        together[other.key] = together.get(other.key, 0) + count
    view.coauthors = [(people[k], n) for k, n in sorted(together.items(),
                                                         key=lambda kv: (-kv[1], people[kv[0]].name.casefold()))
                      [:COAUTHORS]]
    view.elapsed_ms = (time.perf_counter() - started) * 1000
    return view

