"""Creating pages, typing, autosave, Ctrl+S, outside edits, find/replace and link completion in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from wikidesk.core.opening import open_wiki


def open_page(qtbot, window, title: str) -> None:
    info = next(p for p in window.session.pages if p.title == title)
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        window.view.open(info.page_id)


def test_create_page_type_and_autosave(qtbot, window, wiki_root: Path) -> None:
    dialog = window.pages.new_page("IT")
    dialog.title_field.setText("Skrivere i 2. etasje")
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.view.page.info.title == "Skrivere i 2. etasje"
    assert window.view.page.info.space == "IT"
    editor = window.view.editor.edit
    editor.setFocus()
    qtbot.keyClicks(editor, "Skriveren heter HP-2. Se [[VPN]].")
    assert window.save_indicator.state == "edited"
    with qtbot.waitSignal(window.view.editor.saved, timeout=5000):
        pass  # autosave after the idle delay, with no key pressed
    path = wiki_root / window.view.page.info.path
    assert "Skriveren heter HP-2. Se [[VPN]]." in path.read_text("utf-8")
    assert window.save_indicator.state == "saved"
    qtbot.waitUntil(lambda: window.tree.model.index_of_page(window.view.page.info.page_id).isValid(), timeout=5000)


def test_ctrl_s_saves_immediately(qtbot, window, wiki_root: Path) -> None:
    window.view.editor.autosave.setInterval(60_000)
    editor = window.view.editor.edit
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Lagt til.")
    with qtbot.waitSignal(window.view.editor.saved, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Lagt til." in (wiki_root / "Home.md").read_text("utf-8")


def test_outside_edit_is_never_overwritten(qtbot, window, wiki_root: Path) -> None:
    window.view.editor.autosave.setInterval(60_000)
    (wiki_root / "Home.md").write_text("---\ntitle: Home\n---\nChanged in Notepad.\n", "utf-8")
    qtbot.keyClicks(window.view.editor.edit, "Mine. ")
    with qtbot.waitSignal(window.view.editor.save_conflict, timeout=5000):
        window.view.editor.save()
    assert "Changed in Notepad." in (wiki_root / "Home.md").read_text("utf-8")
    assert window.view.editor.blocked and window.message_bar.isVisible()
    assert window.save_indicator.state == "blocked"
    keep = next(b for b in window.message_bar.buttons if b.text() == "Keep my text")
    with qtbot.waitSignal(window.view.editor.saved, timeout=5000):
        keep.click()
    assert "Mine. " in (wiki_root / "Home.md").read_text("utf-8")


def test_find_and_replace(qtbot, window) -> None:
    editor = window.view.editor
    window.actions["replace"].trigger()
    bar = editor.find_bar
    assert bar.isVisible() and bar.replace_field.isVisible()
    bar.find_field.setText("Text")
    bar.replace_field.setText("Tekst")
    assert bar.replace_all() == 1
    assert "Tekst." in editor.text()
    editor.edit.undo()
    assert "Text." in editor.text()
    window.actions["find"].trigger()
    assert not bar.replace_field.isVisible()
    qtbot.keyClicks(bar.find_field, "printers")
    assert editor.edit.textCursor().selectedText() == "Printers"
    qtbot.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_link_completion_from_titles(qtbot, window) -> None:
    editor = window.view.editor.edit
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "[[Pri")
    assert editor.completer.popup().isVisible()
    assert editor.completer.currentCompletion() == "Printers"
    qtbot.keyClick(editor.completer.popup(), Qt.Key.Key_Return)
    assert editor.toPlainText().endswith("[[Printers]]")


def test_new_titles_reach_the_completer_when_a_completion_is_asked_for(qtbot, window) -> None:
    """Copying a big wiki's titles into the completer's model as the page list arrives held the window ~50 ms at
    100,000 pages: it is done when ``[[`` next asks for a completion."""
    editor = window.view.editor.edit
    titles = [f"Side {n:05d}" for n in range(20000)]
    editor.set_titles(titles)
    assert editor.completer.model().rowCount() != len(titles)  # not copied yet
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "[[Side 1234")
    assert editor.completer.model().rowCount() == len(titles)
    assert editor.completer.popup().isVisible()
    assert editor.completer.currentCompletion() == "Side 12340"


def test_drop_file_attaches_it(qtbot, window, wiki_root: Path, tmp_path: Path) -> None:
    source = tmp_path / "skjema.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    with qtbot.waitSignal(window.view.editor.attached, timeout=5000) as signal:
        window.view.editor.edit.files_dropped.emit([str(source)])
    assert signal.args[0] == "[skjema.pdf](skjema.pdf)"
    assert (wiki_root / "skjema.pdf").read_bytes() == b"%PDF-1.4 test"
    assert "[skjema.pdf](skjema.pdf)" in window.view.editor.text()


def test_tab_leaves_or_indents_and_ctrl_tab_leaves(qtbot, window) -> None:
    editor = window.view.editor.edit
    window.activateWindow()
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # by default, like a browser's text area: Tab moves on
    assert not editor.hasFocus() and "\t" not in editor.toPlainText()
    window.actions["tab_indents"].trigger()  # Ctrl+M
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert "\t" in editor.toPlainText()
    assert editor.hasFocus()
    assert "Ctrl+Tab" in editor.accessibleDescription()
    qtbot.keyClick(editor, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not editor.hasFocus()


def test_rename_and_delete_from_tree(qtbot, window, wiki_root: Path) -> None:
    vpn = next(p for p in window.session.pages if p.title == "VPN")
    dialog = window.pages.rename(vpn)
    dialog.title_field.setText("VPN-tilgang")
    dialog.space_field.setCurrentText("Nettverk")
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil((wiki_root / "Nettverk" / "VPN-tilgang.md").exists, timeout=5000)
    assert not (wiki_root / "IT" / "VPN.md").exists()
    moved = open_wiki(wiki_root).find("Nettverk/VPN-tilgang")
    assert moved.page_id == vpn.page_id
    box = window.pages.delete(moved)
    delete = next(b for b in box.buttons() if b.text() == "Delete")
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        delete.click()
    qtbot.waitUntil(lambda: not (wiki_root / "Nettverk" / "VPN-tilgang.md").exists(), timeout=5000)


def test_drag_to_space_moves_page(qtbot, window, wiki_root: Path) -> None:
    printers = next(p for p in window.session.pages if p.title == "Printers")
    model = window.tree.model
    data = model.mimeData([model.index_of_page(printers.page_id)])
    root_drop = model.index(-1, 0)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, root_drop)
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, root_drop)
    qtbot.waitUntil((wiki_root / "Printers.md").exists, timeout=5000)
    assert not (wiki_root / "IT" / "Printers.md").exists()


def test_paste_image_attaches_png_and_preview_shows_it(qtbot, window, wiki_root: Path) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QColor, QImage, QTextDocument

    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    mime = QMimeData()
    mime.setImageData(image)
    editor = window.view.editor
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    with qtbot.waitSignal(editor.attached, timeout=5000) as attached:
        editor.edit.insertFromMimeData(mime)
    assert attached.args[0] == "![image.png](image.png)"
    assert (wiki_root / "image.png").read_bytes().startswith(b"\x89PNG")
    with qtbot.waitSignal(window.view.rendered, timeout=5000):
        window.view._render_timer.start(0)
    from PySide6.QtCore import QUrl

    data = window.view.preview.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("image.png"))
    assert bytes(data).startswith(b"\x89PNG")
    outside = window.view.preview.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                                       QUrl("../../etc/passwd"))
    assert outside is None
    remote = window.view.preview.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                                      QUrl("https://example.org/x.png"))
    assert remote is None


def test_synced_change_merges_into_unsaved_edits(qtbot, window, wiki_root: Path) -> None:
    editor = window.view.editor
    editor.autosave.setInterval(60_000)
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.Start)
    qtbot.keyClicks(editor.edit, "Lokal linje.")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert editor.dirty
    page = window.session.wiki.read("Home")
    theirs = (wiki_root / "Home.md").read_text("utf-8").replace("Text.", "Tekst fra kollega.")
    with qtbot.waitSignal(editor.merged, timeout=5000):
        window.session.wiki.apply_remote(page_id=page.info.page_id, path=page.info.path,
                                         data=theirs.encode("utf-8"))  # what a sync round does
    assert editor.text().startswith("Lokal linje.\n# Welcome")
    assert "Tekst fra kollega." in editor.text()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    on_disk = (wiki_root / "Home.md").read_text("utf-8")
    assert "Lokal linje." in on_disk and "Tekst fra kollega." in on_disk


def test_synced_change_to_same_line_asks(qtbot, window, wiki_root: Path) -> None:
    editor = window.view.editor
    editor.autosave.setInterval(60_000)
    editor.edit.setPlainText(editor.text().replace("Text.", "Min tekst."))
    page = window.session.wiki.read("Home")
    theirs = (wiki_root / "Home.md").read_text("utf-8").replace("Text.", "Deres tekst.")
    with qtbot.waitSignal(editor.save_conflict, timeout=5000):
        window.session.wiki.apply_remote(page_id=page.info.page_id, path=page.info.path,
                                         data=theirs.encode("utf-8"))
    assert editor.blocked and "Min tekst." in editor.text()
    assert "Deres tekst." in (wiki_root / "Home.md").read_text("utf-8")


def test_moving_the_open_page_keeps_editing_it(qtbot, window, wiki_root: Path) -> None:
    editor = window.view.editor
    editor.autosave.setInterval(60_000)
    qtbot.keyClicks(editor.edit, "Ulagret. ")
    home = window.view.page.info
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as adopted:
        window.tree.move_pages([home.page_id], "Arkiv")
    assert adopted.args[0].info.path == "Arkiv/Home.md"
    assert editor.dirty and "Ulagret. " in editor.text()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    assert "Ulagret. " in (wiki_root / "Arkiv" / "Home.md").read_text("utf-8")
    assert not (wiki_root / "Home.md").exists()


def test_edit_in_another_program_shows_when_coming_back(qtbot, window, wiki_root: Path) -> None:
    text = (wiki_root / "Home.md").read_text("utf-8").replace("Text.", "Endret i Notisblokk.")
    (wiki_root / "Home.md").write_text(text, "utf-8")
    (wiki_root / "Ny fra utforsker.md").write_text("Laget utenfor appen.\n", "utf-8")
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        window.view.check_outside_edit()  # what activating the window does
    assert "Endret i Notisblokk." in window.view.editor.text()
    window.session.reload_pages(rescan=True)
    qtbot.waitUntil(lambda: any(p.title == "Ny fra utforsker" for p in window.session.pages), timeout=5000)
