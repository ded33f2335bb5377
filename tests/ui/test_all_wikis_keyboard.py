"""The "All my wikis" toggles of the Search and People tabs by keyboard: Tab from the control before reaches the
toggle, Tab goes on to the results, Space turns it on, and the results then say which wiki each comes from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from tests.ui.windows import open_two_teams
from wikidesk.ui.search.delegate import HTML_ROLE


def _tab(qtbot, window) -> object:
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    return window.focusWidget()


def test_search_tab_reaches_all_my_wikis_and_space_searches_every_wiki(qtbot, desktop, tmp_path: Path) -> None:
    window, _other = open_two_teams(desktop, qtbot, tmp_path)
    window.activateWindow()
    panel = window.search
    window.focus_search("kartdata")
    qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=10000)  # this wiki's one page
    assert "team-b" not in panel.results.item(0).data(HTML_ROLE)
    panel.tag_filter.setFocus()
    assert _tab(qtbot, window) is panel.all_wikis
    toggle = QAccessible.queryAccessibleInterface(panel.all_wikis)
    assert toggle.text(QAccessible.Text.Name) == "Search all my wikis"
    assert toggle.text(QAccessible.Text.Description) == (
        "Search every wiki you have open, in one ranking; each result then names its wiki")
    assert not toggle.state().checked
    with qtbot.waitSignal(panel.results_shown, timeout=10000):
        qtbot.keyClick(panel.all_wikis, Qt.Key.Key_Space)
    assert panel.all_wikis.isChecked() and toggle.state().checked
    seen = [panel.results.item(i).data(HTML_ROLE) for i in range(panel.results.count())]
    spoken = [panel.results.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(panel.results.count())]
    assert len(seen) == 4
    assert sum("<small>team-a · Plan" in text for text in seen) == 1
    assert sum("<small>team-b · Beredskap" in text for text in seen) == 3
    assert sorted(text.split(". ")[1].split(" · ")[0] for text in spoken) == ["team-a", "team-b", "team-b", "team-b"]
    assert _tab(qtbot, window) is panel.results


def test_people_tab_reaches_all_my_wikis_and_space_finds_people_everywhere(qtbot, desktop, tmp_path: Path) -> None:
    window, _other = open_two_teams(desktop, qtbot, tmp_path)
    window.activateWindow()
    panel = window.people
    window.sidebar.setCurrentWidget(panel)
    panel.field.setFocus()
    panel.field.setText("kartdata")

    def done() -> bool:
        return bool(panel.status.text()) and not panel.status.text().startswith("Looking")

    qtbot.waitUntil(done, timeout=20000)
    assert [panel.results.item(i).text().split("\n")[0] for i in range(panel.results.count())] == [
        "Kari Nordmann — Plan og bygg"]
    assert _tab(qtbot, window) is panel.all_wikis
    toggle = QAccessible.queryAccessibleInterface(panel.all_wikis)
    assert toggle.text(QAccessible.Text.Name) == "Find people in all my wikis"
    assert toggle.text(QAccessible.Text.Description) == (
        "Find people in every wiki you have open, in one ranking; each person then names their wiki")
    panel.status.setText("")
    qtbot.keyClick(panel.all_wikis, Qt.Key.Key_Space)
    assert panel.all_wikis.isChecked() and toggle.state().checked
    qtbot.waitUntil(done, timeout=20000)
    heads = sorted(panel.results.item(i).text().split("\n")[0] for i in range(panel.results.count()))
    assert heads == ["Kari Nordmann — Plan og bygg · team-a", "Ola Hansen — Beredskap · team-b"]
    assert _tab(qtbot, window) is panel.results
