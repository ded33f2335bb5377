"""The window's people directory: competence queries and person views, run off the UI thread.

The core's :class:`~wikidesk.core.people.directory.PeopleDirectory` is opened in a worker the first time it is
needed and refreshed (new revisions, changed people pages) before the next question after any change of the
wiki. One lock keeps two workers from refreshing it at once.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from PySide6.QtCore import QObject, QUrl, Signal

from wikidesk.core.people.profiles import Profile, is_person_path

if TYPE_CHECKING:
    from wikidesk.core.people.directory import PeopleDirectory
    from wikidesk.core.people.person_view import PersonView
    from wikidesk.core.people.ranking import PeopleResults, Reason
    from wikidesk.ui.session import WikiSession

DEFAULT_CHAT_URL = "msteams:/l/chat/0/0?users=%1"


def chat_url(template: str, profile: Profile) -> QUrl | None:
    """The chat link for a person: the configured template with their chat address (else e-mail, else user id)."""
    address = profile.chat or profile.email or profile.user
    if not address or "%1" not in template:
        return None
    return QUrl(template.replace("%1", quote(address, safe="@.:")))


def mail_url(profile: Profile) -> QUrl | None:
    return QUrl(f"mailto:{quote(profile.email, safe='@.')}") if profile.email else None


class PeopleService(QObject):
    results_ready = Signal(object)  # PeopleResults
    view_ready = Signal(object)  # PersonView

    def __init__(self, session: WikiSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._lock = threading.Lock()
        self._directory: PeopleDirectory | None = None
        self._stale = True
        self._sections: dict[str, str] = {}  # page id -> generated HTML, until the wiki changes
        self._serials: dict[str, int] = {}  # per asker: only the latest query's results are handed back
        session.wiki_changed.connect(self._changed)

    def chat_template(self) -> str:
        value = self.session.settings.get("chat_url") if "chat_url" in _declared() else None
        return str(value or DEFAULT_CHAT_URL)

    def _changed(self, _change: object) -> None:
        self._stale = True
        self._sections.clear()

    def with_directory(self, fn: Callable[[PeopleDirectory], Any]) -> Any:
        """``fn(directory)`` with the directory up to date, one worker at a time (call from a worker)."""
        from wikidesk.core.people.contributions import ContributionCache
        from wikidesk.core.people.directory import PeopleDirectory

        with self._lock:
            if self._directory is None:
                self._directory = PeopleDirectory(self.session.root, ContributionCache.for_wiki(self.session.root))
                self._stale = True
            if self._stale:
                self._stale = False
                self._directory.refresh(self.session.wiki.history)
            return fn(self._directory)

    @property
    def first_use(self) -> bool:
        """True until the directory was opened (its first refresh may read the whole page history)."""
        return self._directory is None

    def _search(self) -> Callable[[str, int], Any]:
        from wikidesk.core.people.evidence import ranked_pages
        from wikidesk.core.search.results import SearchResults

        search = self.session.search
        engine = search.engine if search is not None else None
        if engine is None:
            return lambda text, _n: SearchResults(text, [], 0, notes=["The search index is not open yet."])
        return lambda text, n: ranked_pages(engine.index, text, n)

    def find(self, query: str, on_done: Callable[[PeopleResults], None], limit: int = 30, *,
             asker: str = "panel") -> None:
        """Run a competence query in a worker; ``on_done`` gets the results of ``asker``'s latest query only."""
        from wikidesk.core.people.ranking import find_people

        search = self._search()
        self._ask(lambda: self.with_directory(lambda d: find_people(d, search, query, limit)), on_done, asker)

    def find_everywhere(self, query: str, everywhere: Everywhere, on_done: Callable[[PeopleResults], None],
                        limit: int = 30, *, asker: str = "panel") -> None:
        """Like :meth:`find`, over every open wiki (``everywhere``, from :func:`people_everywhere`): one ranking."""
        self._ask(lambda: everywhere(query, limit), on_done, asker)

    def _ask(self, work: Callable[[], PeopleResults], on_done: Callable[[PeopleResults], None], asker: str) -> None:
        serial = self._serials[asker] = self._serials.get(asker, 0) + 1

        def done(results: PeopleResults) -> None:
            if serial == self._serials.get(asker):
                on_done(results)

        failed = self.tr("The people directory could not be searched.")
        self.session.run("people", work, failed, done, lane="read")

    def view_of_page(self, page_id: str, on_done: Callable[[PersonView | None], None]) -> None:
        from wikidesk.core.people.person_view import person_view

        def view(directory: PeopleDirectory) -> PersonView | None:
            person = directory.person_of_page(page_id)
            return person_view(directory, person) if person is not None else None

        failed = self.tr("The person's page could not be made.")
        self.session.run("person", lambda: self.with_directory(view), failed, on_done, lane="read")

    # ----- a person's page: the generated sections below their own text ------------------------------------
    def page_rendered(self, result: Any) -> None:
        """After the preview shows a person's page, add what history says about them (made in a worker)."""
        page = result.page
        if not is_person_path(page.info.path):
            return
        window = self.parent()
        page_id = page.info.page_id
        cached = self._sections.get(page_id)
        if cached is not None:
            self._show(window, result, cached)
            return

        def made(view: PersonView | None) -> None:
            section = self.section_html(view) if view is not None else ""
            self._sections[page_id] = section
            self._show(window, result, section)

        self.view_of_page(page_id, made)

    def _show(self, window: Any, result: Any, section: str) -> None:
        view = window.view
        if not section or view.page is None or view.page.info.page_id != result.page.info.page_id \
                or view.rendered_page is not result:
            return
        root = self.session.root
        view.preview.show_html(result.html + section, root, (root / result.page.info.path).parent)

    def section_html(self, view: PersonView) -> str:
        """The generated sections as HTML (every word through Qt's translation)."""
        e = html.escape
        recent_title, nothing_yet = self.tr("Recent work"), self.tr("Nothing written in the wiki yet.")
        topics_title, with_title, chat_label = self.tr("Topics"), self.tr("Works with"), self.tr("Chat")
        parts = ['<hr/><div class="people-generated">']
        profile = view.person.profile
        if profile is not None:
            links = []
            mail = mail_url(profile)
            if mail is not None:
                label = self.tr("E-mail %1").replace("%1", profile.email)
                links.append(f'<a href="{e(mail.toString())}">{e(label)}</a>')
            chat = chat_url(self.chat_template(), profile)
            if chat is not None:
                links.append(f'<a href="{e(chat.toString())}">{e(chat_label)}</a>')
            if profile.phone:
                phone = self.tr("Phone %1").replace("%1", profile.phone)
                links.append(e(phone))
            if links:
                parts.append(f"<p>{' · '.join(links)}</p>")
        parts.append(f"<h2>{e(recent_title)}</h2>")
        if view.recent:
            parts.append("<ul>")
            for item in view.recent:
                kind = self.tr("wrote") if item.kind == "wrote" else self.tr("edited")
                link = f'wikidesk:page/{quote(item.page)}'
                parts.append(f'<li>{e(item.last[:10])} {e(kind)} <a href="{e(link)}">{e(item.title)}</a></li>')
            parts.append("</ul>")
        else:
            parts.append(f"<p>{e(nothing_yet)}</p>")
        if view.tags or view.spaces:
            parts.append(f"<h2>{e(topics_title)}</h2><p>")
            topics = [f'<a href="wikidesk:tag/{e(quote(t))}">#{e(t)}</a>' for t, _ in view.tags]
            topics += [e(s) for s, _ in view.spaces]
            parts.append(", ".join(topics) + "</p>")
        if view.coauthors:
            parts.append(f"<h2>{e(with_title)}</h2><p>")
            names = []
            for other, count in view.coauthors:
                label = self.tr("%1 (%n page(s))", "", count).replace("%1", html.escape(other.name))
                names.append(f'<a href="wikidesk:page/{e(quote(other.page))}">{label}</a>' if other.page else label)
            parts.append(", ".join(names) + "</p>")
        parts.append("</div>")
        return "".join(parts)

    def reason_text(self, reason: Reason) -> str:
        """A reason in the UI's language."""
        if reason.kind == "skill":
            return self.tr("skill: %1").replace("%1", reason.subject)
        if reason.kind == "wrote":
            return self.tr("wrote %n page(s) about %1", "", reason.count).replace("%1", reason.subject)
        if reason.kind == "edited":
            return self.tr("edited %n page(s) about %1", "", reason.count).replace("%1", reason.subject)
        return self.tr("profile mentions %1").replace("%1", reason.subject)

    def close(self) -> None:
        with self._lock:
            if self._directory is not None:
                self._directory.close()
                self._directory = None


Everywhere = Callable[[str, int], "PeopleResults"]


def people_everywhere(wikis: Iterable[tuple[str, PeopleService, Any]]) -> Everywhere:
    """The competence query over every open wiki ``(name, people service, search service)`` whose search index is
    ready, ranked together (:mod:`wikidesk.core.people.all_wikis`). The wikis are taken now, on the UI thread; the
    query runs in the worker, holding each wiki's directory (their locks taken in one order, so two such queries
    never wait for each other)."""
    from wikidesk.core.people.all_wikis import WikiPeople, find_people_everywhere

    ready = [(name, people, search.engine.index) for name, people, search in wikis
             if search is not None and search.engine is not None]

    def run(query: str, limit: int) -> PeopleResults:
        order = sorted(range(len(ready)), key=lambda i: str(ready[i][1].session.root))
        held: dict[int, PeopleDirectory] = {}

        def hold(rest: list[int]) -> PeopleResults:
            if not rest:
                found = [WikiPeople(name, str(people.session.root), held[i], index)
                         for i, (name, people, index) in enumerate(ready)]
                return find_people_everywhere(found, query, limit)

            def inside(directory: PeopleDirectory) -> PeopleResults:
                held[rest[0]] = directory
                return hold(rest[1:])

            return ready[rest[0]][1].with_directory(inside)

        return hold(order)

    return run


def _declared() -> dict[str, Any]:
    from wikidesk.core.settings import DECLARED

    return DECLARED
