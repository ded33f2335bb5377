"""The people of a wiki: their pages, and which revision authors are which person.

A revision names its author as the wiki's user name was when it was made: a user id (``kari.nordmann``,
``KOMMUNE\\kari``) or a display name (``Kari Nordmann``). An author is this person when, compared without case,
accents, spacing or a ``DOMAIN\\`` prefix, it is

1. the ``user`` of a person's page, else
2. the page's title (the display name), else
3. a title the page had before: a renamed person page keeps its id, and history keeps every path it had, so
   "Kari Nordmann" stays Kari after her page became "Kari Hansen" (the paths are noted by the contributions cache).

Authors that match no page are people too (without a page): someone who wrote five pages about GIS is found even
before anyone made a page for them. Profiles are parsed once and kept in the contributions cache, keyed by each
file's time and size, so a command-line run reads only the people pages that changed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wikidesk.core.errors import NotFoundError
from wikidesk.core.names import stem_to_title
from wikidesk.core.people.contributions import ContributionCache
from wikidesk.core.people.profiles import Profile, person_files, person_key, profile_from_text

if TYPE_CHECKING:
    from wikidesk.core.history.store import History


@dataclass
class Person:
    """Someone in the directory: with a page (``profile``) or known only as an author."""

    key: str  # "page:<page id>" or "author:<name>"
    name: str
    profile: Profile | None = None
    authors: set[str] = field(default_factory=set)  # revision author names that are this person

    @property
    def page(self) -> str | None:
        return self.profile.page if self.profile else None

    @property
    def unit(self) -> str:
        return self.profile.unit if self.profile else ""


class PeopleDirectory:
    """Everyone with a page in ``Personer`` or a contribution, and the author → person mapping."""

    def __init__(self, root: Path, cache: ContributionCache) -> None:
        self.root = Path(root)
        self.cache = cache
        self.people: list[Person] = []
        self._by_author: dict[str, Person] = {}
        self._by_page: dict[str, Person] = {}
        self._by_user: dict[str, Person] = {}
        self._by_name: dict[str, Person] = {}

    @classmethod
    def open(cls, root: Path, history: History | None = None) -> PeopleDirectory:
        """The directory of the wiki at ``root``, brought up to date with its history and people pages."""
        directory = cls(root, ContributionCache.for_wiki(root))
        directory.refresh(history)
        return directory

    def close(self) -> None:
        self.cache.close()

    def refresh(self, history: History | None = None) -> None:
        """Take in new revisions (with ``history``) and changed people pages, and map authors again."""
        if history is not None:
            self.cache.update(history)
        profiles = self._load_profiles()
        former = self.cache.person_paths()
        people: list[Person] = []
        by_user: dict[str, Person] = {}
        by_name: dict[str, Person] = {}
        by_page: dict[str, Person] = {}
        for profile in sorted(profiles, key=lambda p: p.path.casefold()):
            if profile.page_id in by_page:
                continue  # a copied file with the same id: the first one counts
            olds = {stem_to_title(p.rsplit("/", 1)[-1][:-3]) for p in former.get(profile.page_id, ())}
            profile.former_names = sorted(n for n in olds if person_key(n) != person_key(profile.name))
            person = Person(f"page:{profile.page_id}", profile.name, profile)
            people.append(person)
            by_page[profile.page_id] = person
            if profile.user:
                by_user.setdefault(person_key(profile.user), person)
            by_name.setdefault(person_key(profile.name), person)
        for person in people:  # former names come after every current name
            assert person.profile is not None
            for old in person.profile.former_names:
                by_name.setdefault(person_key(old), person)
        self._by_user, self._by_name, self._by_page = by_user, by_name, by_page
        by_author: dict[str, Person] = {}
        for author in self.cache.authors():
            person = self._match(author)
            if person is None:
                key = person_key(author)
                person = by_name.get(key)
                if person is None:
                    person = Person(f"author:{key}", author)
                    people.append(person)
                    by_name[key] = person
            person.authors.add(author)
            by_author[author] = person
        for person in people:  # an author not seen yet (no contribution so far) may still be typed in
            if person.profile is not None:
                person.authors.update(filter(None, [person.profile.user, person.profile.name]))
        self._by_author = by_author
        self.people = people

    def _match(self, author: str) -> Person | None:
        key = person_key(author)
        return self._by_user.get(key) or self._by_name.get(key)

    def _load_profiles(self) -> list[Profile]:
        stored = self.cache.stored_profiles()
        profiles: list[Profile] = []
        changed: list[tuple[str, int, int, str]] = []
        seen: set[str] = set()
        for rel, mtime_ns, size in person_files(self.root):
            seen.add(rel)
            known = stored.get(rel)
            if known is not None and known[0] == mtime_ns and known[1] == size:
                try:
                    profiles.append(Profile(**json.loads(known[2])))
                    continue
                except (TypeError, ValueError):
                    pass
            try:
                text = (self.root / rel).read_bytes().decode("utf-8", errors="replace")
            except OSError:
                continue
            profile = profile_from_text(rel, text)
            profiles.append(profile)
            data = asdict(profile)
            data.pop("former_names", None)
            changed.append((rel, mtime_ns, size, json.dumps(data, ensure_ascii=False)))
        self.cache.store_profiles(changed, [p for p in stored if p not in seen])
        return profiles

    # ----- finding people -----------------------------------------------------------------------------------
    def person_of_author(self, author: str) -> Person | None:
        found = self._by_author.get(author)
        return found if found is not None else self._match(author)

    def person_of_page(self, page_id: str) -> Person | None:
        return self._by_page.get(page_id)

    def find(self, ref: str) -> Person:
        """A person by page name (``Personer/Kari Nordmann``), name, former name, user id or author name."""
        text = ref.strip().replace("\\", "/").strip("/")
        if text.lower().endswith(".md"):
            text = text[:-3]
        for person in self.people:
            if person.profile and (person.profile.page.casefold() == text.casefold()
                                   or person.profile.page_id == ref.strip()):
                return person
        key = person_key(ref)
        found = self._match(ref) or self._by_name.get(person_key(text.rsplit("/", 1)[-1]))
        if found is None:
            found = next((p for p in self.people if person_key(p.name) == key), None)
        if found is None:
            raise NotFoundError(f"There is no person called “{ref}” in the people directory.")
        return found
