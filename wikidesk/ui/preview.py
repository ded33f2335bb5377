"""The rendered page: a QTextBrowser (no scripts) styled from the palette; links are routed, never followed blindly.

``wikidesk:page/<id>#anchor`` opens a page, ``wikidesk:new/<title>`` offers to create one, ``wikidesk:tag/<tag>``
searches the tag, ``#anchor`` scrolls, http(s) links open in the system browser, and other schemes (mailto:, file:,
...) only after the user confirms. A link under the keyboard focus is announced through the accessible description
and the status bar, since Qt does not expose QTextBrowser links to screen readers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QByteArray, QUrl, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QVBoxLayout, QWidget


class PreviewBrowser(QTextBrowser):
    """Loads images from the page's folder (attachments only: nothing outside the wiki, nothing remote)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wiki_root: Path | None = None
        self.page_dir: Path | None = None

    def loadResource(self, kind: int, url: QUrl) -> object:
        """The image's bytes as a QByteArray (Qt decodes that; a Python ``bytes`` reaches Qt as an opaque object
        and shows as a broken image), or None."""
        if kind != QTextDocument.ResourceType.ImageResource.value or self.wiki_root is None:
            return None
        if url.scheme() not in ("", "file", "wikidesk"):
            return None  # never fetch from the network
        raw = url.path(QUrl.ComponentFormattingOption.FullyDecoded)  # decoded once: "100%25.png" is "100%.png"
        base = self.page_dir or self.wiki_root
        target = (base / raw.lstrip("/")).resolve() if url.scheme() != "file" else Path(raw).resolve()
        if not target.is_relative_to(self.wiki_root.resolve()) or not target.is_file():
            return None
        try:
            return QByteArray(target.read_bytes())
        except OSError:
            return None


class PreviewPanel(QWidget):
    page_link = Signal(str, str)  # page id, anchor
    new_page_link = Signal(str)  # title of a missing page
    tag_link = Signal(str)
    link_announced = Signal(str)  # text describing the link under focus or mouse ("" when none)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview_panel")
        self.browser = PreviewBrowser(self)
        self.browser.setObjectName("preview")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.anchorClicked.connect(self.follow)
        self.browser.highlighted.connect(self._announce)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.open_external: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.confirm_external: Callable[[QUrl], bool] = self._ask_external
        self.css = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.browser.setAccessibleName(self.tr("Page preview"))
        self.browser.setAccessibleDescription(
            self.tr("Read-only view of the page. Its links are also listed in the Links panel (Ctrl+4)."))

    def show_html(self, html: str, wiki_root: Path | None, page_dir: Path | None) -> None:
        """Replace the shown page, keeping the scroll position when it is the same page re-rendered."""
        bar = self.browser.verticalScrollBar()
        same_page = page_dir == self.browser.page_dir and self.browser.wiki_root == wiki_root
        position = bar.value() if same_page else 0
        self.browser.wiki_root, self.browser.page_dir = wiki_root, page_dir
        self.browser.document().setDefaultStyleSheet(self.css)
        self.browser.setHtml(html)
        bar.setValue(position)

    def clear(self) -> None:
        self.browser.clear()

    def set_css(self, css: str) -> None:
        self.css = css
        self.browser.document().setDefaultStyleSheet(css)

    def follow(self, url: QUrl) -> None:
        scheme, text = url.scheme().lower(), url.toString()
        if scheme == "wikidesk":
            kind, _, rest = url.path().partition("/")
            if kind == "page":
                self.page_link.emit(unquote(rest), url.fragment())
            elif kind == "new":
                self.new_page_link.emit(unquote(rest))
            elif kind == "tag":
                self.tag_link.emit(unquote(rest))
            return
        if not scheme and text.startswith("#"):
            self.browser.scrollToAnchor(url.fragment())
            return
        if scheme in ("http", "https"):
            self.open_external(url)
        elif scheme and self.confirm_external(url):
            self.open_external(url)

    def _ask_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Open link?"),
            self.tr("This link opens another program:\n%1\n\nOpen it?").replace("%1", url.toString()),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Open

    def _announce(self, url: QUrl) -> None:
        if url.isEmpty():
            self.browser.setAccessibleDescription("")
            self.link_announced.emit("")
            return
        scheme = url.scheme().lower()
        kind, _, rest = url.path().partition("/")
        if scheme == "wikidesk" and kind == "new":
            text = self.tr("Link to a page that does not exist yet: %1").replace("%1", unquote(rest))
        elif scheme == "wikidesk" and kind == "tag":
            text = self.tr("Tag %1: shows the pages with this tag").replace("%1", unquote(rest))
        elif scheme == "wikidesk":
            text = self.tr("Link to a wiki page")
        else:
            text = self.tr("Link: %1").replace("%1", url.toString())
        self.browser.setAccessibleDescription(text)
        if self.browser.hasFocus():  # tell assistive technology (Qt has no link objects to focus)
            QAccessible.updateAccessibility(QAccessibleEvent(self.browser, QAccessible.Event.DescriptionChanged))
        self.link_announced.emit(text)
