"""Light, dark and high-contrast looks: the palette, the preview's stylesheet and the editor's colours follow."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from wikidesk.ui.theme import CONTRAST, DARK, contrast


def test_dark_and_high_contrast_reach_every_part(qtbot, desktop, window) -> None:
    R = QPalette.ColorRole
    desktop.theme.apply("dark")
    qtbot.waitUntil(lambda: window.palette().color(R.Base).name() == DARK[R.Base], timeout=2000)
    assert window.palette().color(R.Base).name() == DARK[R.Base]
    assert DARK[R.Base] in window.view.preview.css and DARK[R.Text] in window.view.preview.css
    heading = window.view.editor.highlighter.formats["heading"].foreground().color()
    assert contrast(heading, DARK[R.Base]) >= 4.5
    desktop.theme.apply("contrast")
    qtbot.waitUntil(lambda: window.palette().color(R.Highlight).name() == CONTRAST[R.Highlight], timeout=2000)
    assert window.palette().color(R.Highlight).name() == CONTRAST[R.Highlight]
    assert "#ffff00" in window.view.preview.css  # links in high contrast
    desktop.theme.apply("light")
    qtbot.waitUntil(lambda: window.palette().color(R.Base).lightness() > 200, timeout=2000)
    assert window.palette().color(R.Base).lightness() > 200
