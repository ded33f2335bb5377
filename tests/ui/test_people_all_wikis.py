"""The People tab's "All my wikis": a colleague from the other open wiki, labelled with it, one ranking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.ui.windows import open_two_teams


def test_people_tab_over_all_my_wikis_shows_a_colleague_from_the_other_wiki(qtbot, desktop, tmp_path: Path) -> None:
    first, second = open_two_teams(desktop, qtbot, tmp_path)
    panel = first.people
    first.sidebar.setCurrentWidget(panel)
    panel.field.setText("kartdata")
    panel.run()
    qtbot.waitUntil(lambda: panel.status.text() and not panel.status.text().startswith("Looking"), timeout=20000)
    assert [h.person.name for h in panel.hits] == ["Kari Nordmann"]  # this wiki only
    assert panel.all_wikis.accessibleName() == "Find people in all my wikis"
    panel.status.setText("")
    panel.all_wikis.setChecked(True)
    panel.run()
    qtbot.waitUntil(lambda: panel.status.text() and not panel.status.text().startswith("Looking"), timeout=20000)
    items = {panel.results.item(i).text().split("\n")[0]: panel.results.item(i) for i in range(panel.results.count())}
    assert sorted(items) == ["Kari Nordmann — Plan og bygg · team-a", "Ola Hansen — Beredskap · team-b"]
    ola = items["Ola Hansen — Beredskap · team-b"]
    assert ola.text() == "Ola Hansen — Beredskap · team-b\n  team-b: wrote 2 pages about kartdata"
    assert ola.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Ola Hansen, Beredskap, in the wiki team-b. Why: team-b: wrote 2 pages about kartdata")
    kari = items["Kari Nordmann — Plan og bygg · team-a"]
    assert kari.text().split("\n")[1] == "  team-a: wrote 1 page about kartdata; team-b: wrote 1 page about kartdata"
    panel.results.itemActivated.emit(ola)  # his page is in the other wiki: that wiki shows, at his page
    assert desktop.window is second and second.isVisible()
    qtbot.waitUntil(lambda: second.view.page is not None and second.view.page.info.title == "Ola Hansen",
                    timeout=10000)
    assert second.session.root == tmp_path / "team-b"
