"""First run: offer people their own page in the people directory, prefilled with the name they gave.

Shown in the message bar once the wiki's page list is first known. The page is made only when they accept, in a
worker, and only if no people page has that name or user id yet (after joining a team's shared folder the page may
arrive with the first sync): then that page opens instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from wikidesk.ui.messages import INFO

if TYPE_CHECKING:
    from wikidesk.core.pages import Page
    from wikidesk.core.wiki import Wiki
    from wikidesk.ui.main_window import MainWindow


def own_page(wiki: Wiki, name: str) -> Page:
    """The person's page for ``name`` (or the wiki's user id): the one there is, else a new one from the
    template."""
    from wikidesk.core.people.csv_import import create_person_page
    from wikidesk.core.people.profiles import person_files, person_key, profile_from_text

    keys = {person_key(name), person_key(wiki.user)}
    for rel, _mtime, _size in person_files(wiki.root):
        profile = profile_from_text(rel, (wiki.root / rel).read_bytes().decode("utf-8", errors="replace"))
        if person_key(profile.name) in keys or (profile.user and person_key(profile.user) in keys):
            return wiki.read(rel)
    fields = {"user": wiki.user} if person_key(wiki.user) != person_key(name) else {}
    return wiki.read(create_person_page(wiki, name, fields, summary="Created my page"))


def offer_own_profile(window: MainWindow, name: str) -> None:
    """Offer, once the page list is known, to make (or open) the person's own page."""
    session = window.session
    name = name.strip()
    if not name:
        return

    def create() -> None:
        failed = QCoreApplication.translate("ProfileOffer", "Your page could not be made.")
        session.run("own page", lambda: own_page(session.wiki, name), failed,
                    lambda page: window.view.open(page.info.page_id))

    def offer() -> None:
        session.pages_loaded.disconnect(offer)
        text = QCoreApplication.translate(
            "ProfileOffer", "Let colleagues find you by what you know: make your page in the people directory.")
        detail = QCoreApplication.translate(
            "ProfileOffer", "It shows what you write in the wiki; add your skills and how to reach you.")
        button = QCoreApplication.translate("ProfileOffer", "Make my page")
        window.message_bar.show_message(INFO, text, detail, [(button, create)])

    session.pages_loaded.connect(offer)
