"""A page whose header another program damaged: its lines show in the editor and the preview, and saving keeps them."""

from __future__ import annotations

from pathlib import Path

BROKEN = "---\ntitle: Rutiner\nen linje uten kolon\ntags: [drift]\n---\nInnhold på siden.\n"


def test_a_damaged_header_is_shown_as_text_and_kept_when_saved(qtbot, desktop, wiki_root: Path) -> None:
    (wiki_root / "Rutiner.md").write_text(BROKEN, "utf-8")
    window = desktop.open_wiki(wiki_root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view.page_opened, timeout=10000):
        pass
    qtbot.waitUntil(lambda: any(p.title == "Rutiner" for p in window.session.pages), timeout=5000)
    info = next(p for p in window.session.pages if p.title == "Rutiner")
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        window.view.open(info.page_id)
    editor = window.view.editor.edit
    assert editor.toPlainText() == BROKEN  # every line, where the person can see and mend it
    qtbot.waitUntil(lambda: "en linje uten kolon" in window.view.preview.browser.toPlainText(), timeout=5000)
    assert "tags: [drift]" in window.view.preview.browser.toPlainText()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Mer tekst.")
    with qtbot.waitSignal(window.view.editor.saved, timeout=5000):
        window.view.editor.save()
    saved = (wiki_root / "Rutiner.md").read_text("utf-8")
    assert saved.endswith("\n---\n" + BROKEN + "Mer tekst.\n")  # after the header wikidesk adds (the id)
