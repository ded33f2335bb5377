"""The Recent tab keeps its rows when a new page list brings the same changes (a reload after a sync round that
only pushed, or a folder event), rebuilds them when a change arrives, and after switching modes shows them again."""

from __future__ import annotations


def test_the_same_changes_keep_the_rows_and_a_new_one_rebuilds_them(qtbot, window) -> None:
    recent = window.recent
    window.sidebar.setCurrentWidget(recent)
    qtbot.waitUntil(lambda: recent.list.count() == 3, timeout=10000)
    first = recent.list.item(0)
    recent._show_changes(list(recent.changes))  # the same changes, as after a reload that changed nothing
    assert recent.list.item(0) is first
    recent.mode.setCurrentIndex(1)
    qtbot.waitUntil(lambda: recent.list.count() == 1, timeout=10000)  # no watched pages: one hint row
    recent.mode.setCurrentIndex(0)
    qtbot.waitUntil(lambda: recent.list.count() == 3, timeout=10000)
    assert recent.list.item(0).text().startswith("VPN\n")
    page = window.session.wiki.read("IT/VPN")
    window.session.wiki.save(page.info, "Ny tekst om VPN.\n", summary="Nytt avsnitt")
    qtbot.waitUntil(lambda: recent.list.count() == 4 and recent.list.item(0).text().startswith("VPN\nedited"),
                    timeout=10000)
