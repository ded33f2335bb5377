"""What a colleague sees: attached images in the preview (at the top level and in spaces, odd names) and inline
``#tags`` in the Tags tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from wikidesk.core.opening import init_wiki

MAGENTA = QColor(255, 0, 255)
SIDE = 40  # the test image is SIDE x SIDE pixels of pure magenta

# (space, page title, image file name, how the page's Markdown writes the image's URL)
IMAGE_PAGES = [
    ("", "Kart over kontoret? Ja", "kart æøå #1.png", "kart%20æøå%20%231.png"),
    ("Økonomi og lønn/Budsjett år 2026", "Årsplan – økonomi", "diagram æ ø å.png", "<diagram æ ø å.png>"),
]


def magenta_png(path: Path) -> None:
    image = QImage(SIDE, SIDE, QImage.Format.Format_RGB32)
    image.fill(MAGENTA)
    assert image.save(str(path), "PNG")


@pytest.fixture
def wiki_root(tmp_path: Path) -> Path:
    """Home, two pages with a magenta image beside them (top level; two spaces deep), a page tagged only inline."""
    root = tmp_path / "wiki"
    wiki = init_wiki(root, user="Tester")
    wiki.create("Home", body="# Welcome\n\nNothing here.\n")
    for space, title, image_name, url in IMAGE_PAGES:
        page = wiki.create(title, space=space, body=f"![Magenta]({url})\n\nText under the image.\n")
        magenta_png((root / page.info.path).parent / image_name)
    wiki.create("Budsjettrutiner", space="Økonomi og lønn", body="Frister for budsjettet. #budsjett\n")
    return root


def magenta_pixels(image: QImage) -> int:
    rgb = MAGENTA.rgb()
    return sum(1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == rgb)


@pytest.mark.parametrize(("space", "title"), [(space, title) for space, title, _i, _u in IMAGE_PAGES])
def test_attached_image_shows_in_preview(qtbot, window, space: str, title: str) -> None:
    info = next(p for p in window.session.pages if p.title == title and p.space == space)
    window.view.open(info.page_id)
    qtbot.waitUntil(lambda: window.view.rendered_page is not None
                    and window.view.rendered_page.page.info.page_id == info.page_id, timeout=5000)
    browser = window.view.preview.browser
    assert window.view.preview.isVisible()
    shot = browser.viewport().grab().toImage()
    assert magenta_pixels(shot) == SIDE * SIDE


def test_inline_tag_is_listed_in_tags_tab(qtbot, window) -> None:
    tags = window.tags.list
    window.sidebar.setCurrentWidget(window.tags)

    def spoken() -> list[str]:
        return [tags.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(tags.count())]

    qtbot.waitUntil(lambda: "Tag budsjett, 1 page" in spoken(), timeout=5000)
    item = next(tags.item(i) for i in range(tags.count()) if tags.item(i).data(Qt.ItemDataRole.UserRole) == "budsjett")
    assert item.text() == "#budsjett  (1)"
