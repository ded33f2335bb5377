"""History (revisions, diffs, restore) and resolving a conflict made by the core's history, in the real window."""

from __future__ import annotations

import re

from wikidesk.core.history import queries
from wikidesk.core.history.model import Revision, blob_hash


def test_history_diff_and_restore(qtbot, window, wiki_root) -> None:
    editor = window.view.editor
    editor.edit.selectAll()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(editor.edit, "Helt ny tekst.")
    assert "Helt ny tekst." in (wiki_root / "Home.md").read_text("utf-8")
    window.actions["history"].trigger()
    service = window.session.history
    dialog = service.dialog
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        pass
    assert dialog.list.count() == 2
    assert "Helt ny tekst." in dialog.diff.toPlainText()
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        dialog.layout_choice.setCurrentIndex(1)
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        dialog.list.setCurrentRow(1)  # the first revision
    assert dialog.restore_button.isEnabled() and "Welcome" in dialog.diff.toPlainText()
    dialog.confirm_restore()
    box = dialog.confirm_box
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    with qtbot.waitSignal(dialog.restored, timeout=5000), qtbot.waitSignal(window.view.page_opened, timeout=5000):
        restore.click()
    assert "# Welcome" in (wiki_root / "Home.md").read_text("utf-8")
    assert window.view.editor.text().startswith("# Welcome")
    qtbot.waitUntil(lambda: dialog.list.count() == 3, timeout=5000)
    dialog.close()


def make_conflict(window) -> str:
    """Two versions of Home made from the same parent (as two clients would): the core marks a conflict."""
    wiki = window.session.wiki
    info = wiki.find("Home")
    history = wiki.history
    base = history.heads(info.page_id)[0]
    page = wiki.read(info)
    wiki.save(info, "# Welcome\n\nOur version of the line.\n", expected_etag=page.etag)
    theirs = history.content(base).decode("utf-8").replace("See [[Printers]]", "Their version of the line")
    data = theirs.encode("utf-8")
    other = Revision(page_id=info.page_id, kind="page", path=info.path, blob=blob_hash(data), size=len(data),
                     parents=(base.id,), author="Kari", time="2026-11-25T10:00:00Z", clock=base.clock + 1,
                     summary="Edited on another computer")
    history.add(other, data, published=True)  # as sync stores a pulled revision
    assert len(history.heads(info.page_id)) == 2
    return info.page_id


def test_resolve_conflict(qtbot, window, wiki_root) -> None:
    page_id = make_conflict(window)
    window.actions["resolve"].trigger()
    service = window.session.history
    dialog = service.conflict_dialog
    with qtbot.waitSignal(dialog.conflict_shown, timeout=5000) as shown:
        pass
    assert shown.args[0].page_id == page_id
    assert dialog.versions.count() == 2
    assert "<<<<<<<" in dialog.merged.toPlainText()
    assert "region" in dialog.status.text()
    dialog.save()  # markers left: asks first
    assert "markers" in dialog.status.text()
    merged = re.sub(r"<<<<<<<.*?>>>>>>>[^\n]*\n", "Both versions, combined by hand.\n", dialog.merged.toPlainText(),
                    flags=re.S)
    dialog.merged.setPlainText(merged)
    assert "ready to save" in dialog.status.text()
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.pages.count() == 0 and "No pages" in dialog.status.text(), timeout=5000)
    assert "Both versions, combined by hand." in (wiki_root / "Home.md").read_text("utf-8")
    assert queries.conflicts(window.session.wiki) == []
    qtbot.waitUntil(lambda: "combined by hand" in window.view.editor.text(), timeout=5000)
    dialog.close()


def test_conflicts_at_start_show_in_the_status_bar(qtbot, desktop, wiki_root) -> None:
    first = desktop.open_wiki(wiki_root)
    with qtbot.waitSignal(first.view.page_opened, timeout=5000):
        pass
    make_conflict(first)
    first.close()
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync_indicator.state == "conflicts", timeout=5000)
    assert window.sync_indicator.text() == "Conflicts: 1"
    service = window.session.history
    dialog = service.open_conflicts()
    with qtbot.waitSignal(dialog.conflict_shown, timeout=5000):
        pass
    dialog.use_shown_version()
    with qtbot.waitSignal(dialog.resolved, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: window.sync_indicator.state == "off", timeout=5000)
    dialog.close()
