"""One person across several wikis: the people each wiki's directory knows, grouped when they are the same person.

Each wiki has its own :class:`~.directory.PeopleDirectory`. Someone who writes in two wikis is one person when the
other wiki's directory maps one of their names to someone, exactly as a directory maps a revision author within
its own wiki (:meth:`~.directory.PeopleDirectory.person_of_author`: the ``user`` of a people page, else its title or
a former title, else an author of that name; compared without case, accents, spacing or a ``DOMAIN\\`` prefix).
The names tried are the person's revision author names, their display name, their user id and former names.

Two people whose pages give different user ids are never joined, even when their display names are the same (two
"Ola Hansen" in two units); a group takes the user id of the first page in it that has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from wikidesk.core.people.directory import PeopleDirectory, Person
from wikidesk.core.people.profiles import person_key

Node = tuple[int, str]  # (the wiki's position, the person's key in that wiki's directory)


@dataclass
class Group:
    """The people of several wikis that are one person, in the wikis' order."""

    members: list[tuple[int, Person]] = field(default_factory=list)

    @property
    def profiled(self) -> tuple[int, Person] | None:
        """The first member with a people page (the page shown for the person)."""
        return next(((i, p) for i, p in sorted(self.members, key=lambda m: m[0]) if p.profile is not None), None)


def names_of(person: Person) -> list[str]:
    """The names another wiki may know the person by."""
    names = [*sorted(person.authors, key=str.casefold), person.name]
    if person.profile is not None:
        names += [person.profile.user, *person.profile.former_names]
    return [n for n in dict.fromkeys(names) if n]


def _user(person: Person) -> str:
    return person_key(person.profile.user) if person.profile is not None and person.profile.user else ""


def _memo(directory: PeopleDirectory) -> tuple[dict[str, Person | None], dict[str, str]]:
    """What this module worked out about ``directory`` (people by name, user ids by person), kept until the
    directory is refreshed: a query asks about the same people again and again."""
    memo = getattr(directory, "_identity_memo", None)
    if memo is None or memo[0] is not directory.people:
        memo = (directory.people, {}, {})
        directory._identity_memo = memo  # type: ignore[attr-defined]
    return memo[1], memo[2]


def _lookup(directory: PeopleDirectory, name: str) -> Person | None:
    """``directory.person_of_author(name)``, remembered."""
    found = _memo(directory)[0]
    if name not in found:
        found[name] = directory.person_of_author(name)
    return found[name]


def _user_key(directory: PeopleDirectory, person: Person) -> str:
    """The person's user id as names are compared ("" without a page or a user id), remembered."""
    users = _memo(directory)[1]
    if person.key not in users:
        users[person.key] = _user(person)
    return users[person.key]


class _Groups:
    """Union-find over (wiki, person key), refusing to join two different user ids."""

    def __init__(self, directories: Sequence[PeopleDirectory]) -> None:
        self.directories = directories
        self.parent: dict[Node, Node] = {}
        self.person: dict[Node, Person] = {}
        self.user: dict[Node, str] = {}  # per root, worked out when a root is first joined

    def add(self, node: Node, person: Person) -> None:
        if node not in self.parent:
            self.parent[node] = node
            self.person[node] = person

    def _user_of(self, root: Node) -> str:
        if root not in self.user:
            self.user[root] = _user_key(self.directories[root[0]], self.person[root])
        return self.user[root]

    def root(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: Node, b: Node) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra == rb:
            return
        ua, ub = self._user_of(ra), self._user_of(rb)
        if ua and ub and ua != ub:
            return
        first, second = sorted((ra, rb))
        self.parent[second] = first
        self.user[first] = ua or ub


def group_people(directories: Sequence[PeopleDirectory], found: Iterable[tuple[int, Person]]
                 ) -> dict[Node, Group]:
    """For each ``(wiki, person)`` in ``found``, the group of people (of every wiki) that is the same person.

    People of other wikis that ``found`` people are matched to join their group even when they were not found
    themselves, so a colleague who only wrote in one wiki still shows the page they have in another."""
    groups = _Groups(directories)
    found = list(found)
    for i, person in found:
        groups.add((i, person.key), person)
    for i, person in found:
        names = names_of(person)
        for j, directory in enumerate(directories):
            if j == i:
                continue
            for name in names:
                other = _lookup(directory, name)
                if other is not None:
                    groups.add((j, other.key), other)
                    groups.join((i, person.key), (j, other.key))
    by_root: dict[Node, Group] = {}
    for node in sorted(groups.parent):
        by_root.setdefault(groups.root(node), Group()).members.append((node[0], groups.person[node]))
    return {(i, person.key): by_root[groups.root((i, person.key))] for i, person in found}
