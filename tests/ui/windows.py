"""Window helpers shared by UI tests."""

from __future__ import annotations

from pathlib import Path

from tests.core.people.two_teams import make_two_teams


def open_both(desktop, qtbot, a: Path) -> tuple[object, object]:
    """The window of wiki ``a``, then the window of the other registered wiki, opened as the app opens them."""
    first = desktop.open_wiki(a)
    qtbot.addWidget(first)
    with qtbot.waitSignal(desktop.wiki_opened, timeout=20000) as ready:
        desktop.open_other_wikis()
    second = ready.args[0]
    qtbot.addWidget(second)
    return first, second


def open_two_teams(desktop, qtbot, base: Path) -> tuple[object, object]:
    """The windows of the two team wikis of ``tests/core/people/two_teams.py`` (team-a, then team-b), both search
    indexes ready."""
    a, _b = make_two_teams(base)
    first, second = open_both(desktop, qtbot, a)
    for window in (first, second):
        search = window.session.search
        qtbot.waitUntil(lambda s=search: s.engine is not None and s.building is None, timeout=30000)
    return first, second
