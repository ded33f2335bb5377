"""Every tab of the sidebar in view at the default window size, in bokmål and English, and after switching."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton

from wikidesk.core.settings import Settings


@pytest.fixture(params=["en", "nb"])
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """The conftest's settings with the window's first language (the window opens in it)."""
    settings.set("language", request.param)
    return settings


def hidden_tabs(window: object) -> list[str]:
    """The sidebar's tabs not wholly inside its tab bar, or all of them when the bar shows scroll arrows."""
    bar = window.sidebar.tabBar()  # type: ignore[attr-defined]
    if any(button.isVisible() for button in bar.findChildren(QToolButton)):
        return [bar.tabText(i) for i in range(bar.count())]
    inside = window.sidebar.rect()  # type: ignore[attr-defined]
    return [bar.tabText(i) for i in range(bar.count())
            if not bar.rect().contains(bar.tabRect(i)) or not inside.contains(bar.geometry())]


def test_every_tab_is_in_view_at_the_default_size(qtbot, desktop, window, settings) -> None:
    qtbot.waitExposed(window)
    bar = window.sidebar.tabBar()
    assert bar.count() == 6
    first = "Pages" if settings.get("language") == "en" else "Sider"
    assert bar.tabText(0) == first
    assert window.width() == 1280  # the default window, not a remembered one
    assert hidden_tabs(window) == []
    window.sidebar.setCurrentIndex(bar.count() - 1)  # the last tab chosen scrolls nothing out of view
    qtbot.wait(50)
    assert hidden_tabs(window) == []


def test_every_tab_stays_in_view_after_switching_language(qtbot, desktop, window, settings) -> None:
    qtbot.waitExposed(window)
    other = "nb" if settings.get("language") == "en" else "en"
    desktop.switch_language(other)
    qtbot.waitUntil(lambda: window.sidebar.tabText(5) == ("Bookmarks" if other == "en" else "Bokmerker"))
    qtbot.wait(50)
    assert hidden_tabs(window) == []
