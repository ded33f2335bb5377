"""First steps as a colleague meets them: an empty wiki, joining a share, the first-run folder, dialogs with room for
their text, the inline diff's columns and a tag's link description. Each test looks at what is shown."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QStandardPaths, Qt
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QStyle, QWidget

from tests.ui.cli_process import cli
from wikidesk.core.history.model import Revision, blob_hash
from wikidesk.core.opening import init_wiki
from wikidesk.ui.dialogs.first_run import FirstRunDialog

LONG_SPACE = "Økonomi og lønn/Budsjett og regnskap for 2026"
LONG_TITLE = "Rutiner for innkjøp av kontorrekvisita og møbler"




def visible_text_width(field: QLineEdit) -> int:
    """The width a QLineEdit has for its text: its width less the frame and the fixed text margins Qt paints with."""
    frame = field.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
    margins = field.textMargins()
    return field.width() - 2 * frame - margins.left() - margins.right() - 4  # QLineEdit's 2 px on each side


def fits(widget: QWidget, text: str, room: int) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) <= room


# ----- (a) an empty wiki offers to create its first page ----------------------------------------------------------
def test_empty_wiki_offers_to_create_the_first_page(qtbot, desktop, tmp_path: Path) -> None:
    root = tmp_path / "tom-wiki"
    init_wiki(root, user="Tester")
    window = desktop.open_wiki(root)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.session.pages_loaded, timeout=5000):
        pass
    button = window.view.first_page_button
    qtbot.waitUntil(button.isVisible, timeout=5000)
    assert button.text() == "Create the first page"
    assert button.accessibleName() == "Create the first page"
    assert window.view.empty_hint.isVisible()
    assert window.view.empty_hint.text().startswith("This wiki has no pages yet.")
    window.activateWindow()
    window.tree.view.setFocus()
    qtbot.waitUntil(window.tree.view.hasFocus, timeout=2000)
    for _ in range(12):
        if button.hasFocus():
            break
        qtbot.keyClick(focused_widget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.pages.dialog
    assert dialog.isVisible() and dialog.title == "Home"
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert opened.args[0].info.title == "Home"
    assert (root / "Home.md").is_file()
    assert window.view.title.text() == "Home"
    assert not button.isVisible()


def focused_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# ----- (b) joining a share opens its start page ---------------------------------------------------------------------
def test_joining_a_share_opens_its_start_page(qtbot, desktop, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    kari = tmp_path / "kari"
    cli("init", str(kari), "--user", "Kari", "--share", str(share))
    cli("--wiki", str(kari), "new", "Rutiner", "--space", "HR", "--file", "-", stdin="Rutiner for nyansatte.\n")
    cli("--wiki", str(kari), "new", "Forside", "--file", "-", stdin="# Forside\n\nVelkommen til teamets wiki.\n")
    cli("--wiki", str(kari), "sync")
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.join.setChecked(True)
    dialog.wiki_field.setText(str(tmp_path / "lokal"))
    dialog.share_field.setText(str(share))
    dialog.name_field.setText("Ola")
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    window = desktop.open_wiki(dialog.apply(desktop))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view.page_opened, timeout=30000) as opened:
        pass
    assert opened.args[0].info.title == "Forside"
    assert window.view.title.text() == "Forside"


# ----- (c) the first-run dialog suggests a visible folder and shows all of it ----------------------------------------
def test_first_run_suggests_documents_folder_in_full(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.create.setChecked(True)
    dialog.show()
    qtbot.waitExposed(dialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = str(Path(documents) / "wikidesk")
    field = dialog.wiki_field
    assert field.text() == expected
    assert fits(field, expected, visible_text_width(field))
    assert field.toolTip() == expected


# ----- (d) dialogs give their text room -------------------------------------------------------------------------------
@pytest.fixture
def wiki_root(tmp_path: Path) -> Path:
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Tester")
    wiki.create("Home", body="# Welcome\n\nSee [[Budsjett]].\n\nOld line.\n")
    wiki.create("Budsjett", space=LONG_SPACE, body="Frister for budsjettet. #budsjett\n")
    return root


@pytest.mark.parametrize("space", ["IT", LONG_SPACE])
@pytest.mark.parametrize("language", ["en", "nb"])
def test_new_page_dialog_has_room_for_its_text(qtbot, desktop, tmp_path: Path, language: str, space: str) -> None:
    root = tmp_path / "rom"
    init_wiki(root, user="Tester").create("Budsjett", space=space, body="Tekst.\n")
    desktop.switch_language(language)
    window = desktop.open_wiki(root)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        pass
    window.actions["new_page"].trigger()
    dialog = window.pages.dialog
    qtbot.waitExposed(dialog)
    dialog.title_field.setText(LONG_TITLE)
    space_edit = dialog.space_field.lineEdit()
    assert space_edit.text() == space
    assert fits(space_edit, space, visible_text_width(space_edit))
    assert fits(dialog.title_field, LONG_TITLE, visible_text_width(dialog.title_field))
    for button in dialog.buttons.buttons():
        assert fits(button, button.text().replace("&", ""), button.contentsRect().width()), button.text()
    dialog.reject()
    desktop.switch_language("en")


def make_conflict(window) -> str:
    """Two versions of Home made from the same parent (as two clients would): the core marks a conflict."""
    wiki = window.session.wiki
    info = wiki.find("Home")
    history = wiki.history
    base = history.heads(info.page_id)[0]
    page = wiki.read(info)
    wiki.save(info, "# Welcome\n\nSee [[Budsjett]].\n\nOur version.\n", expected_etag=page.etag)
    theirs = history.content(base).decode("utf-8").replace("Old line.", "Their version.")
    data = theirs.encode("utf-8")
    other = Revision(page_id=info.page_id, kind="page", path=info.path, blob=blob_hash(data), size=len(data),
                     parents=(base.id,), author="Kari Nordmann-Haugen", time="2026-11-25T10:00:00Z",
                     clock=base.clock + 1, summary="Edited on another computer")
    history.add(other, data, published=True)
    return info.page_id


def test_resolver_tabs_have_room_for_their_text(qtbot, window) -> None:
    make_conflict(window)
    window.actions["resolve"].trigger()
    dialog = window.session.history.conflict_dialog
    with qtbot.waitSignal(dialog.conflict_shown, timeout=5000):
        pass
    qtbot.waitExposed(dialog)
    bar = dialog.versions.tabBar()
    assert bar.count() == 2
    for index in range(bar.count()):
        text, rect = bar.tabText(index), bar.tabRect(index)
        whole = dialog.versions.widget(index).accessibleName()  # "Version 1: Kari Nordmann-Haugen, <time>"
        assert whole.startswith(f"Version {index + 1}: ")
        assert text == whole.partition(": ")[2]  # author and time, not cut with "…"
        assert bar.rect().contains(rect), (text, rect, bar.rect())  # no tab scrolled out of sight
        assert fits(bar, text, rect.width()), (text, rect.width())
    dialog.close()


# ----- (e) the inline diff's lines start beside their sign, not after the width of the "@@" row ---------------------
def ink_columns(image: QImage, top: int, bottom: int, background: QColor) -> list[int]:
    """The x of every pixel column between rows top..bottom that differs clearly from the background."""
    found = []
    for x in range(image.width()):
        for y in range(top, bottom):
            c = image.pixelColor(x, y)
            if abs(c.red() - background.red()) + abs(c.green() - background.green()) + \
                    abs(c.blue() - background.blue()) > 200:
                found.append(x)
                break
    return found


def test_inline_diff_lines_start_beside_their_sign(qtbot, window) -> None:
    editor = window.view.editor
    editor.edit.selectAll()
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.keyClicks(editor.edit, "Ny linje.")
    window.actions["history"].trigger()
    dialog = window.session.history.dialog
    with qtbot.waitSignal(dialog.diff_shown, timeout=5000):
        pass
    assert dialog.layout_choice.currentData() == "inline"
    qtbot.waitExposed(dialog)
    diff = dialog.diff
    doc: QTextDocument = diff.document()
    added = doc.find("Ny linje.")
    assert not added.isNull()
    line_rect = diff.cursorRect(added)
    shot = diff.viewport().grab().toImage()
    row = shot.copy(0, line_rect.top(), shot.width(), line_rect.height())
    background = row.pixelColor(row.width() - 2, row.height() // 2)
    ink = ink_columns(row, 0, row.height(), background)
    sign_end, text_start = next((a, b) for a, b in itertools.pairwise(ink) if b - a > 1)  # the gap after the "+"
    gap = text_start - sign_end
    assert gap < diff.fontMetrics().horizontalAdvance("MM"), (sign_end, text_start)
    dialog.close()


# ----- (f) a tag link says what it does ------------------------------------------------------------------------------
def test_tag_link_says_it_shows_the_tags_pages(qtbot, window) -> None:
    info = next(p for p in window.session.pages if p.space == LONG_SPACE)
    window.view.open(info.page_id)
    qtbot.waitUntil(lambda: window.view.rendered_page is not None
                    and window.view.rendered_page.page.info.page_id == info.page_id, timeout=5000)
    browser = window.view.preview.browser
    qtbot.waitExposed(browser)
    found = browser.document().find("#budsjett")
    assert not found.isNull()
    point = browser.cursorRect(found).center() - QPoint(20, 0)
    with qtbot.waitSignal(window.view.preview.link_announced, timeout=3000) as announced:
        qtbot.mouseMove(browser.viewport(), point)
    assert announced.args[0] == "Tag budsjett: shows the pages with this tag"
    assert browser.accessibleDescription() == "Tag budsjett: shows the pages with this tag"
    assert window.statusBar().currentMessage() == "Tag budsjett: shows the pages with this tag"
