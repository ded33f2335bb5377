"""History and the conflict resolver show title and tags as fields and the body as text, not the file's YAML; the raw
file is one click away (issue 19, item 6)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit

from tests.ui.test_history import make_conflict


def test_history_shows_fields_and_body_not_yaml(qtbot, window) -> None:
    wiki = window.session.wiki
    info = wiki.find("IT/Printers")
    page = wiki.read(info)
    wiki.save(info, page.body.replace("floor 2", "floor 3"), expected_etag=page.etag,
              meta_updates={"tags": ["hardware", "printing"]})
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        window.view.open(info.page_id)
    dialog = window.session.history.open_history()
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        pass
    shown = dialog.diff.toPlainText()
    assert "Tags: hardware → hardware, printing" in shown
    assert "floor 3" in shown
    assert "id:" not in shown and "created:" not in shown and "---" not in shown
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        dialog.list.setCurrentRow(dialog.list.count() - 1)  # "Created the page"
    first = dialog.diff.toPlainText()
    assert "Created the page" in dialog.list.currentItem().text()
    assert "Title: Printers · Tags: hardware" in first
    assert "The printer is on floor 2." in first and "# Printers" in first
    assert "id:" not in first and "created:" not in first
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        dialog.raw_toggle.click()  # "Show the file as it is"
    assert f"id: {info.page_id}" in dialog.diff.toPlainText()
    assert dialog.raw_toggle.text().replace("&", "") == "Show the file as it is"
    dialog.close()


def test_resolver_shows_fields_and_body_not_yaml(qtbot, window) -> None:
    page_id = make_conflict(window)
    dialog = window.session.history.open_conflicts(page_id)
    with qtbot.waitSignal(dialog.conflict_shown, timeout=5000):
        pass
    qtbot.waitUntil(lambda: "<<<<<<<" in dialog.merged.toPlainText(), timeout=5000)
    for index in range(dialog.versions.count()):
        dialog.versions.setCurrentIndex(index)
        tab = dialog.versions.widget(index)
        body = tab.findChild(QPlainTextEdit).toPlainText()
        assert "id:" not in body and "created:" not in body and not body.startswith("---")
        assert any("Title: Home" in label.text() for label in tab.findChildren(QLabel) if label.isVisible())
    merged = dialog.merged.toPlainText()
    assert "id:" not in merged and "---" not in merged
    assert dialog.title_field.text() == "Home"
    dialog.close()
