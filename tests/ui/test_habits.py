"""The habits in the app: recent changes with diffs, the watch list and its count after a sync, bookmarks, the tag
archive, the gardening report and templates in the New Page dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wikidesk.core.opening import open_wiki
from wikidesk.core.pages import WikiChange


def items(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_recent_changes_list_authors_kinds_and_show_a_diff(qtbot, window) -> None:
    recent = window.recent
    window.sidebar.setCurrentWidget(recent)
    qtbot.waitUntil(lambda: recent.list.count() == 3, timeout=10000)
    assert [t.split("\n")[0] for t in items(recent.list)] == ["VPN", "Printers", "Home"]
    first = recent.list.item(0)
    assert first.text().split("\n")[1].startswith("created · Tester · ")
    assert first.data(Qt.ItemDataRole.AccessibleTextRole).startswith("VPN, created by Tester, ")
    page = window.session.wiki.read("IT/VPN")
    window.session.wiki.save(page.info, "Ny tekst om VPN.\n", summary="Nytt avsnitt")
    qtbot.waitUntil(lambda: recent.list.count() == 4 and recent.list.item(0).text().startswith("VPN\nedited"),
                    timeout=10000)
    recent.list.setCurrentRow(0)
    assert recent.diff_button.isEnabled()
    dialog = recent.show_diff()
    qtbot.waitUntil(lambda: "+Ny tekst om VPN." in dialog.text.toPlainText(), timeout=10000)
    assert "-How to connect to the VPN." in dialog.text.toPlainText()
    dialog.close()


def test_watch_list_shows_what_changed_since_you_looked_and_counts_after_a_sync(qtbot, window) -> None:
    home = window.view.page
    assert home is not None and home.info.title == "Home"
    service = window.habits.service
    with qtbot.waitSignal(service.watch_changed, timeout=10000):
        window.actions["watch_page"].trigger()
    with qtbot.waitSignal(window.view.page_opened, timeout=10000):  # looking at another page meanwhile
        window.view.open(window.session.wiki.find("IT/VPN").page_id)
    colleague = open_wiki(window.session.root, user="Ola")
    colleague.save("Home", "Ola skrev om velkomsten.\n")
    recent = window.recent
    window.sidebar.setCurrentWidget(recent)
    recent.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: items(recent.list) == ["● Home\n1 change since you looked (Ola)"], timeout=10000)
    assert recent.list.accessibleName() == "Watched pages"
    with qtbot.waitSignal(service.unseen_counted, timeout=10000) as counted:
        window.session.wiki_changed.emit(WikiChange("save", home.info.page_id, home.info.path, origin="sync"))
    assert counted.args == [1]
    assert "1 watched page changed since you looked" in window.statusBar().currentMessage()
    service.page_opened(home.info.page_id)  # looking at it again
    qtbot.waitUntil(lambda: items(recent.list) == ["Home\nno changes since you looked"], timeout=10000)


def test_gardening_report_lists_problems_and_opens_a_page(qtbot, window) -> None:
    dialog = window.habits.open_garden()
    with qtbot.waitSignal(dialog.report_ready, timeout=15000):
        pass
    tops = {dialog.tree.topLevelItem(i).text(0): dialog.tree.topLevelItem(i)
            for i in range(dialog.tree.topLevelItemCount())}
    wanted = tops["Wanted pages (linked to, but missing): 1"]
    assert wanted.child(0).text(0) == "Missing page (1 link)"
    orphans = tops["Pages nothing links to: 1"]
    assert orphans.child(0).text(0) == "IT/VPN"
    assert "Pages without tags: 1" in tops and "Pages in conflict: 0" in tops
    with qtbot.waitSignal(window.view.page_opened, timeout=10000) as opened:
        dialog.tree.itemActivated.emit(orphans.child(0), 0)
    assert opened.args[0].info.title == "VPN"
    dialog.close()


def test_bookmarks_tab_and_tag_archive(qtbot, window) -> None:
    with qtbot.waitSignal(window.habits.bookmarks.shown, timeout=10000):
        window.actions["bookmark_page"].trigger()
    assert items(window.habits.bookmarks.list) == ["Home"]
    tags = window.tags
    qtbot.waitUntil(lambda: tags.list.count() == 2, timeout=10000)
    with qtbot.waitSignal(tags.pages_shown, timeout=10000):
        tags.list.setCurrentRow([tags.list.item(i).data(Qt.ItemDataRole.UserRole)
                                 for i in range(tags.list.count())].index("network"))
    assert tags.heading.text() == "#network: 1 page" and items(tags.pages) == ["VPN · IT"]


def test_new_page_dialog_offers_templates_and_fills_them(qtbot, window) -> None:
    dialog = window.pages.new_page("Styre", "Styremøte")
    field = dialog.template_field
    qtbot.waitUntil(lambda: field.count() > 5, timeout=10000)
    names = [field.itemData(i) for i in range(field.count())]
    assert names[0] == "" and {"møtereferat", "minutes", "statusrapport"} <= set(names)
    field.setCurrentIndex(names.index("minutes"))
    with qtbot.waitSignal(window.view.page_opened, timeout=10000) as opened:
        dialog.buttons.accepted.emit()
    page = opened.args[0]
    assert page.info.name == "Styre/Styremøte" and page.body.startswith("# Styremøte\n")
    assert "**Minutes taken by:** Tester" in page.body and "{{" not in page.body
