"""The People panel and a person's page in the real window (offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from wikidesk.core.opening import open_wiki
from wikidesk.core.people.csv_import import create_person_page


@pytest.fixture
def people_root(wiki_root: Path) -> Path:
    wiki = open_wiki(wiki_root, user="kari.nordmann")
    for i, title in enumerate(("Kartdata", "Kartlag", "Adressekart")):
        wiki.create(title, space="Kart", tags=["gis"],
                    body=f"# {title}\n\nGIS og kartdata i kommunen ({i}).\n\nKartdataene kommer fra Geonorge.\n")
    create_person_page(wiki, "Kari Nordmann", {"user": "kari.nordmann", "unit": "Plan og bygg",
                                              "email": "kari.nordmann@kommune.no"})
    wiki.user = "Tester"
    page = wiki.read("Kart/Kartlag")
    wiki.save(page.info, page.doc.body + "\nEn merknad om kartlag fra Tester.\n", expected_etag=page.etag)
    create_person_page(wiki, "Ingrid Berg", {"user": "ingrid.berg", "unit": "Oppvekst"})
    page = wiki.read("Personer/Ingrid Berg")
    wiki.save(page.info, page.doc.body, expected_etag=page.etag,
              meta_updates={"person": {**page.doc.meta["person"], "skills": ["barnevern"]}})
    return wiki_root


@pytest.fixture
def people_window(desktop, people_root: Path, qtbot):
    win = desktop.open_wiki(people_root)
    qtbot.addWidget(win)
    service = win.session.search
    qtbot.waitUntil(lambda: service.engine is not None and service.building is None, timeout=30000)
    return win


def ask(qtbot, window, text: str):
    panel = window.people
    window.sidebar.setCurrentWidget(panel)
    panel.field.setText(text)
    panel.run()
    qtbot.waitUntil(lambda: panel.status.text() and not panel.status.text().startswith("Looking…"), timeout=20000)
    return panel


def test_people_view_finds_by_contributions_and_skills_with_reasons(qtbot, people_window) -> None:
    panel = ask(qtbot, people_window, "kartdata")
    assert panel.hits[0].person.name == "Kari Nordmann"
    first = panel.results.item(0)
    assert first.text() == "Kari Nordmann — Plan og bygg\n  wrote 3 pages about kartdata"
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Kari Nordmann, Plan og bygg. Why: wrote 3 pages about kartdata")
    opened: list[object] = []
    panel.open_url = opened.append
    assert panel.mail_button.isEnabled()
    panel.mail_button.click()
    assert [u.toString() for u in opened] == ["mailto:kari.nordmann@kommune.no"]
    panel.chat_button.click()
    assert opened[-1].toString() == "msteams:/l/chat/0/0?users=kari.nordmann@kommune.no"
    with qtbot.waitSignal(people_window.view.page_opened, timeout=10000) as shown:
        panel.results.itemActivated.emit(first)
    assert shown.args[0].info.path == "Personer/Kari Nordmann.md"

    panel = ask(qtbot, people_window, "barnevern")
    assert [hit.person.name for hit in panel.hits] == ["Ingrid Berg"]
    assert panel.results.item(0).text() == "Ingrid Berg — Oppvekst\n  skill: barnevern"
    assert panel.status.text() == "1 person"


def test_person_page_shows_recent_work_topics_and_coauthors(qtbot, people_window) -> None:
    window = people_window
    qtbot.waitUntil(lambda: window.session.page_by_path("Personer/Kari Nordmann.md") is not None, timeout=10000)
    page_id = window.session.page_by_path("Personer/Kari Nordmann.md").page_id
    window.view.open(page_id)
    browser = window.view.preview.browser
    qtbot.waitUntil(lambda: "Recent work" in browser.toPlainText(), timeout=20000)
    text = browser.toPlainText()
    for expected in ("Recent work", "wrote Kartdata", "wrote Kartlag", "wrote Adressekart", "Topics", "#gis",
                     "Works with", "Tester (1 page)", "E-mail kari.nordmann@kommune.no", "Chat"):
        assert expected in text, expected
    assert 'href="mailto:kari.nordmann@kommune.no"' in browser.toHtml()


def test_quick_switcher_lists_people_who_know_about_what_was_typed(qtbot, people_window) -> None:
    switcher = people_window.open_switcher()
    qtbot.keyClicks(switcher.field, "barnevern")
    wanted = "Person: Ingrid Berg — skill: barnevern"
    qtbot.waitUntil(lambda: any(switcher.list.item(i).text() == wanted for i in range(switcher.list.count())),
                    timeout=20000)
    item = next(switcher.list.item(i) for i in range(switcher.list.count()) if switcher.list.item(i).text() == wanted)
    switcher.list.setCurrentItem(item)
    with qtbot.waitSignal(people_window.view.page_opened, timeout=10000) as shown:
        switcher.choose()
    assert shown.args[0].info.path == "Personer/Ingrid Berg.md"


def test_first_run_offers_your_own_page_with_the_name_you_gave(qtbot, desktop, wiki_root: Path) -> None:
    from wikidesk.ui.people.profile_offer import offer_own_profile

    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    offer_own_profile(window, "Tone Testesen")
    qtbot.waitUntil(lambda: bool(window.message_bar.buttons), timeout=10000)
    assert window.message_bar.text.text().startswith("Let colleagues find you by what you know")
    [button] = window.message_bar.buttons
    assert button.text() == "Make my page"
    qtbot.waitUntil(lambda: window.view.page is not None, timeout=10000)
    with qtbot.waitSignal(window.view.page_opened, timeout=10000) as shown:
        button.click()
    page = shown.args[0]
    assert page.info.path == "Personer/Tone Testesen.md"
    assert page.doc.meta["person"]["user"] == "Tester"  # the wiki's user name, kept to find what they write
    assert "## Om meg" in page.doc.body


def test_people_has_a_menu_entry_and_shortcut_that_open_the_tab(qtbot, window) -> None:
    action = window.actions["people"]
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    assert window.sidebar.currentWidget() is window.people
    assert window.focusWidget() is window.people.field
