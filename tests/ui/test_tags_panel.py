"""The Tags tab lists a tag's pages from the session's tag count (no count of its own a click), and a renamed page
shows under its new title once the page list and the count follow."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wikidesk.core import links


def texts(widget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_a_tag_lists_its_pages_from_the_last_count(qtbot, window, monkeypatch) -> None:
    tags = window.tags
    qtbot.waitUntil(lambda: tags.list.count() == 2, timeout=10000)
    monkeypatch.setattr(links, "tags", lambda *a, **k: (_ for _ in ()).throw(AssertionError("counted again")))
    row = [tags.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tags.list.count())].index("hardware")
    with qtbot.waitSignal(tags.pages_shown, timeout=1000):
        tags.list.setCurrentRow(row)
    assert tags.heading.text() == "#hardware: 1 page" and texts(tags.pages) == ["Printers · IT"]
    printers = next(p for p in window.session.pages if p.title == "Printers")
    with qtbot.waitSignal(tags.pages_shown, timeout=10000):  # rename → page list → tag count → the list again
        window.session.rename(printers, "Skrivere", "IT")
    assert texts(tags.pages) == ["Skrivere · IT"]
