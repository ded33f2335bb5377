"""Window helpers shared by UI tests."""

from __future__ import annotations

from pathlib import Path


def open_both(desktop, qtbot, a: Path) -> tuple[object, object]:
    """The window of wiki ``a``, then the window of the other registered wiki, opened as the app opens them."""
    first = desktop.open_wiki(a)
    qtbot.addWidget(first)
    with qtbot.waitSignal(desktop.wiki_opened, timeout=20000) as ready:
        desktop.open_other_wikis()
    second = ready.args[0]
    qtbot.addWidget(second)
    return first, second
