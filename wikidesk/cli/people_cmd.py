"""``wikidesk people``: the competence directory ("Hvem kan hva?").

``people QUERY...`` finds who knows about something; ``people show NAME`` prints a person's page with what history
says about them; ``people import FILE.csv`` creates or updates people pages from a staff list. The first word picks
the action; to search for the words "show", "import" or "find" themselves, write ``people find show ...``.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from wikidesk.cli import output
from wikidesk.core import paths
from wikidesk.core.errors import ConfigError
from wikidesk.core.people.directory import PeopleDirectory
from wikidesk.core.wiki import Wiki

if TYPE_CHECKING:
    from wikidesk.core.people.ranking import PeopleResults, WikiLabel
    from wikidesk.core.search.index import SearchIndex

ACTIONS = ("show", "import", "find")


def cmd_people(args: argparse.Namespace, wiki: Wiki) -> int:
    words = list(args.words)
    action = words[0] if words and words[0] in ACTIONS else "find"
    if words and words[0] in ACTIONS:
        words = words[1:]
    if args.limit < 0:
        raise ConfigError("--limit must be zero or more.")
    if getattr(args, "all", False) and action != "find":
        raise ConfigError(f"--all finds people in all your wikis; “people {action}” works in one wiki.")
    if action == "import":
        if len(words) != 1:
            raise ConfigError("Give one staff list: wikidesk people import FILE.csv.")
        return _import(wiki, Path(words[0]), as_json=args.json)
    if not words:
        raise ConfigError("Say what to look for (wikidesk people QUERY), or use “people show NAME” or "
                          "“people import FILE.csv”.")
    if getattr(args, "all", False):
        return _find_all(wiki, " ".join(words), limit=args.limit, as_json=args.json)
    directory = open_directory(wiki, quiet=args.json)
    try:
        if action == "show":
            return _show(directory, " ".join(words), as_json=args.json)
        return _find(directory, wiki.root, " ".join(words), limit=args.limit, as_json=args.json)
    finally:
        directory.close()


def open_directory(wiki: Wiki, *, quiet: bool) -> PeopleDirectory:
    """The people directory, brought up to date with history (the first time in a big wiki says so: every
    revision is read once, ~0.5 ms each)."""
    from wikidesk.core.people.contributions import BATCH, ContributionCache

    directory = PeopleDirectory(wiki.root, ContributionCache.for_wiki(wiki.root))
    if wiki.history is not None:
        told = False
        for _done, left in directory.cache.update_steps(wiki.history):
            if left > BATCH and not told and not quiet:
                output.error(f"Working out who wrote what from the page history ({left:,} revisions left; "
                             "this happens once)…")
                told = True
    directory.refresh(wiki.history)
    return directory


def open_index(root: Path, *, quiet: bool) -> SearchIndex:
    """The wiki's search index, caught up with its folder first."""
    from wikidesk.core.search import freshness
    from wikidesk.core.search.index import SearchIndex

    folder = paths.index_dir(root)
    index = SearchIndex(folder)
    if not index.build_complete or freshness.needs_look(folder, root):
        from wikidesk.cli import index_cmd

        index_cmd.catch_up(index, root, quiet=quiet)
    return index


def _find(directory: PeopleDirectory, root: Path, query: str, *, limit: int, as_json: bool) -> int:
    from wikidesk.core.people.evidence import ranked_pages
    from wikidesk.core.people.ranking import find_people

    index = open_index(root, quiet=as_json)
    try:
        results = find_people(directory, lambda text, n: ranked_pages(index, text, n), query, limit=limit)
    finally:
        index.close()
    return print_results(results, as_json=as_json)


def _find_all(wiki: Wiki, query: str, *, limit: int, as_json: bool) -> int:
    """``people QUERY --all``: every registered wiki (and this one), each brought up to date first, one ranking."""
    from wikidesk.core import wikis
    from wikidesk.core.opening import open_wiki
    from wikidesk.core.people.all_wikis import WikiPeople, find_people_everywhere

    chosen = [(w.name, w.path) for w in wikis.entries() if w.path.is_dir()]
    if not any(wikis.folder_key(folder) == wikis.folder_key(wiki.root) for _, folder in chosen):
        chosen.insert(0, (wikis.default_name(wiki.root), wiki.root))
    opened: list[WikiPeople] = []
    try:
        for name, folder in chosen:
            this = wiki if wikis.folder_key(folder) == wikis.folder_key(wiki.root) else open_wiki(folder)
            try:
                directory = open_directory(this, quiet=as_json)
            finally:
                if this is not wiki and this.history is not None:
                    this.history.close()
            try:
                index = open_index(this.root, quiet=as_json)
            except BaseException:
                directory.close()
                raise
            opened.append(WikiPeople(name, str(this.root), directory, index))
        results = find_people_everywhere(opened, query, limit=limit)
    finally:
        for each in opened:
            each.directory.close()
            each.index.close()
    return print_results(results, as_json=as_json)


def print_results(results: PeopleResults, *, as_json: bool) -> int:
    """The people found, as JSON or as lines people read (``[wiki]`` before each name and reason with --all)."""
    if as_json:
        output.emit_json(results.to_json())
        return 0
    for note in results.notes:
        output.error(note)
    if not results.hits:
        print("No people found.")
        return 0
    if results.wikis:
        print(f"{output.count(len(results.hits), 'person', 'people')} in "
              f"{output.count(len(results.wikis), 'wiki', 'wikis')}")
    for hit in results.hits:
        person = hit.person
        where = "  ".join(filter(None, [f"({person.page})" if person.page else "(no page yet)", person.unit]))
        print(f"{_label(hit.wiki)}{person.name}  {where}  score {hit.score:.2f}")
        for reason in hit.reasons:
            pages = f": {', '.join(reason.pages)}" if reason.pages and reason.kind != "profile" else ""
            print(f"  {_label(reason.wiki)}{reason.text}{pages}")
    return 0


def _label(wiki: WikiLabel | None) -> str:
    return f"[{wiki.name}] " if wiki is not None else ""


def _show(directory: PeopleDirectory, name: str, *, as_json: bool) -> int:
    from wikidesk.core.people.person_view import person_view

    view = person_view(directory, directory.find(name))
    if as_json:
        output.emit_json(view.to_json())
        return 0
    person, profile = view.person, view.person.profile
    print(person.name + (f"  ({person.page})" if person.page else "  (no page yet)"))
    if profile is not None:
        for label, value in (("user", profile.user), ("unit", profile.unit), ("role", profile.role),
                             ("e-mail", profile.email), ("phone", profile.phone), ("chat", profile.chat),
                             ("skills", ", ".join(profile.skills)), ("languages", ", ".join(profile.languages)),
                             ("formerly", ", ".join(profile.former_names))):
            if value:
                print(f"  {label}: {value}")
    print()
    print(f"Wrote or edited {output.count(view.pages, 'page', 'pages')}; recently:")
    for item in view.recent:
        print(f"  {item.last[:10]}  {item.kind} {item.title}  ({item.page}, {round(item.share * 100)} %)")
    if view.tags or view.spaces:
        print("Topics: " + ", ".join([f"#{t}" for t, _ in view.tags] + [s for s, _ in view.spaces]))
    if view.coauthors:
        print("Works with: " + ", ".join(f"{p.name} ({n})" for p, n in view.coauthors))
    return 0


def _import(wiki: Wiki, path: Path, *, as_json: bool) -> int:
    from wikidesk.core.people.csv_import import import_csv

    report = import_csv(wiki, path)
    if as_json:
        output.emit_json(report.to_json())
    else:
        print(f"{output.count(len(report.created), 'person', 'people')} added, {len(report.updated)} updated, "
              f"{report.unchanged} unchanged.")
    if report.problems:
        output.error(f"{output.count(len(report.problems), 'line', 'lines')} of the staff list could not be used.",
                     [f"problem: {p}" for p in report.problems])
        return 1
    return 0
