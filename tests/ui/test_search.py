"""Searching from the window: results as you type (off the UI thread), filters, opening a hit, quick switcher."""

from __future__ import annotations

from PySide6.QtCore import Qt


def wait_index_ready(qtbot, window) -> object:
    service = window.session.search
    if service.engine is None:
        with qtbot.waitSignal(service.ready, timeout=10000):
            pass
    qtbot.waitUntil(lambda: service.building is None, timeout=20000)
    return service


def test_search_as_you_type_and_open_hit(qtbot, window) -> None:
    wait_index_ready(qtbot, window)
    window.actions["search"].trigger()
    assert window.sidebar.currentWidget() is window.search
    assert window.search.field.hasFocus()
    with qtbot.waitSignal(window.search.results_shown, timeout=10000) as shown:
        qtbot.keyClicks(window.search.field, "printer")
    results = shown.args[0]
    assert results.total == 2 and [hit.title for hit in results.hits] == ["Printers", "Home"]  # Home links to it
    first = window.search.results.item(0)
    assert "<b>" in first.data(Qt.ItemDataRole.UserRole + 10)  # matched words are highlighted
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        window.search.results.itemActivated.emit(first)
    assert opened.args[0].info.title == "Printers"


def test_new_text_becomes_searchable(qtbot, window) -> None:
    service = wait_index_ready(qtbot, window)
    window.view.editor.edit.moveCursor(window.view.editor.edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(window.view.editor.saved, timeout=10000):
        qtbot.keyClicks(window.view.editor.edit, " Kantinemenyen finnes her.")
    qtbot.waitUntil(lambda: service.engine.search("kantinemeny").total == 1, timeout=10000)
    with qtbot.waitSignal(window.search.results_shown, timeout=10000) as shown:
        window.focus_search("kantinemeny")
    assert [h.title for h in shown.args[0].hits] == ["Home"]


def test_space_filter(qtbot, window) -> None:
    wait_index_ready(qtbot, window)
    panel = window.search
    with qtbot.waitSignal(panel.results_shown, timeout=10000) as shown:
        window.focus_search("home")
    assert {h.title for h in shown.args[0].hits} >= {"Home", "VPN"}
    with qtbot.waitSignal(panel.results_shown, timeout=10000) as shown:
        panel.space_filter.setCurrentIndex(panel.space_filter.findData("IT"))
    assert [h.title for h in shown.args[0].hits] == ["VPN"]


def test_tag_link_searches_the_tag(qtbot, window) -> None:
    wait_index_ready(qtbot, window)
    with qtbot.waitSignal(window.search.results_shown, timeout=10000) as shown:
        window.tags.tag_chosen.emit("hardware")
    assert window.search.field.text() == "tag:hardware"
    assert [h.title for h in shown.args[0].hits] == ["Printers"]


def test_quick_switcher_fuzzy(qtbot, window) -> None:
    switcher = window.open_switcher()
    qtbot.keyClicks(switcher.field, "prnt")
    assert switcher.list.currentItem().text().startswith("Printers")
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        qtbot.keyClick(switcher.field, Qt.Key.Key_Return)
    assert opened.args[0].info.title == "Printers"


def test_the_build_hands_its_freed_heap_back_before_it_is_reported_done(qtbot, desktop, wiki_root,
                                                                        monkeypatch) -> None:
    from types import SimpleNamespace

    from wikidesk.ui.search import service as search_service

    trims: list[str] = []
    monkeypatch.setattr(search_service, "heap", SimpleNamespace(trim_heap=lambda: trims.append("trim")))
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    seen_when_built: list[int] = []
    window.session.search.built.connect(lambda _message: seen_when_built.append(len(trims)))
    qtbot.waitUntil(lambda: seen_when_built == [1], timeout=20000)
    hits = window.session.search.search("Printers", 5)
    assert any(hit.title == "Printers" for hit in hits.hits)  # the index was built all the same
