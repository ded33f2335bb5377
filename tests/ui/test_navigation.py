"""Following links in the preview and the links panel, creating missing pages, back/forward, external links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox


def wait_rendered(qtbot, window) -> object:
    qtbot.waitUntil(lambda: window.view.rendered_page is not None
                    and window.view.rendered_page.page.info.page_id == window.view.page.info.page_id, timeout=5000)
    return window.view.rendered_page


def hrefs(html: str) -> list[str]:
    import re

    return re.findall(r'href="([^"]+)"', html)


def test_click_wikilink_then_back_and_forward(qtbot, window) -> None:
    rendered = wait_rendered(qtbot, window)
    target = next(h for h in hrefs(rendered.html) if h.startswith("wikidesk:page/"))
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        window.view.preview.browser.anchorClicked.emit(QUrl(target))
    assert opened.args[0].info.title == "Printers"
    assert window.actions["back"].isEnabled()
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert opened.args[0].info.title == "Home"
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        window.actions["forward"].trigger()
    assert opened.args[0].info.title == "Printers"


def test_missing_link_offers_to_create_page(qtbot, window, wiki_root) -> None:
    rendered = wait_rendered(qtbot, window)
    missing = next(h for h in hrefs(rendered.html) if h.startswith("wikidesk:new/"))
    window.view.preview.browser.anchorClicked.emit(QUrl(missing))
    dialog = window.pages.dialog
    assert dialog.isVisible() and dialog.title_field.text() == "Missing page"
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert opened.args[0].info.title == "Missing page"
    assert (wiki_root / "Missing page.md").exists()


def test_links_panel_is_a_keyboard_route(qtbot, window) -> None:
    wait_rendered(qtbot, window)
    links = window.links.outgoing
    texts = [links.item(i).text() for i in range(links.count())]
    assert texts[0] == "Printers"
    assert "missing page" in texts[1]
    outline = [window.links.outline.item(i).text().strip() for i in range(window.links.outline.count())]
    assert outline == ["Welcome", "Second part"]
    with qtbot.waitSignal(window.view.page_opened, timeout=5000) as opened:
        links.itemActivated.emit(links.item(0))
    assert opened.args[0].info.title == "Printers"
    with qtbot.waitSignal(window.links.backlinks_loaded, timeout=5000) as loaded:
        pass
    assert [p.title for p in loaded.args[0]] == ["Home"]


def test_external_links(qtbot, window) -> None:
    preview = window.view.preview
    opened, asked = [], []
    preview.open_external = opened.append
    preview.confirm_external = lambda url: asked.append(url) or False
    preview.follow(QUrl("https://www.example.org/"))
    preview.follow(QUrl("mailto:someone@example.org"))
    assert [u.toString() for u in opened] == ["https://www.example.org/"]
    assert [u.toString() for u in asked] == ["mailto:someone@example.org"]
    preview.confirm_external = lambda url: True
    preview.follow(QUrl("mailto:someone@example.org"))
    assert len(opened) == 2


def test_preview_toggle_and_side_by_side(qtbot, window) -> None:
    view = window.view
    assert view.editor.isVisible() and view.preview.isVisible()
    window.actions["side_by_side"].setChecked(False)
    assert view.editor.isVisible() and not view.preview.isVisible()
    window.actions["toggle_preview"].trigger()
    assert view.preview.isVisible() and not view.editor.isVisible()
    window.actions["toggle_preview"].trigger()
    assert view.editor.isVisible()


def test_remembers_open_page_and_layout(qtbot, desktop, wiki_root) -> None:
    window = desktop.open_wiki(wiki_root)
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        pass
    vpn = next(p for p in window.session.pages if p.title == "VPN")
    with qtbot.waitSignal(window.view.page_opened, timeout=5000):
        window.view.open(vpn.page_id)
    # fits the offscreen platform's 800-pixel screen, which the restored window is clamped to, beside the page area's
    # minimum width
    window.splitter.setSizes([300, 700, 200])
    sizes = window.splitter.sizes()
    window.close()
    again = desktop.open_wiki(wiki_root)
    with qtbot.waitSignal(again.view.page_opened, timeout=5000) as opened:
        pass
    assert opened.args[0].info.title == "VPN"
    assert again.splitter.sizes()[0] == sizes[0]
    again.close()
