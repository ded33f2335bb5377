"""The window opens over a wiki and shows its home page."""

from __future__ import annotations


def test_window_opens_home_page(window: object) -> None:
    assert window.view.page is not None
    assert window.view.page.info.title == "Home"
    assert window.view.editor.text().startswith("# Welcome")
