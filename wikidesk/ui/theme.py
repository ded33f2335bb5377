"""Light, dark and high-contrast looks that follow the system, plus the preview's stylesheet built from the palette.

Every colour pair used for text meets WCAG 2.1 AA (4.5:1); tests check the pairs with :func:`contrast`.
``WIKIDESK_THEME`` (light, dark, contrast) forces a look, for screenshots and tests.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

R = QPalette.ColorRole
G = QPalette.ColorGroup

DARK = {
    R.Window: "#1f2226", R.WindowText: "#e8eaed", R.Base: "#16181b", R.AlternateBase: "#23272c",
    R.ToolTipBase: "#2b3036", R.ToolTipText: "#e8eaed", R.PlaceholderText: "#a3a9b1", R.Text: "#e8eaed",
    R.Button: "#2b3036", R.ButtonText: "#e8eaed", R.BrightText: "#ffffff", R.Highlight: "#3d6fb4",
    R.HighlightedText: "#ffffff", R.Link: "#8ab4f8", R.LinkVisited: "#c58af9", R.Light: "#3a4047",
    R.Midlight: "#30353b", R.Mid: "#50565e", R.Dark: "#101214", R.Shadow: "#000000",
}
LIGHT_FIXES = {R.PlaceholderText: "#5c5c5c", R.Link: "#0b57d0", R.LinkVisited: "#7b1fa2"}
CONTRAST = {
    R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#1a1a1a",
    R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.PlaceholderText: "#d0d0d0", R.Text: "#ffffff",
    R.Button: "#000000", R.ButtonText: "#ffffff", R.BrightText: "#ffff00", R.Highlight: "#ffff00",
    R.HighlightedText: "#000000", R.Link: "#ffff00", R.LinkVisited: "#00ffff", R.Light: "#ffffff",
    R.Midlight: "#c0c0c0", R.Mid: "#ffffff", R.Dark: "#ffffff", R.Shadow: "#ffffff",
}
DISABLED_DARK, DISABLED_CONTRAST = "#8a9098", "#b0b0b0"


def _palette(base: QPalette, colours: dict[QPalette.ColorRole, str], disabled: str | None) -> QPalette:
    palette = QPalette(base)
    for role, value in colours.items():
        palette.setColor(G.All, role, QColor(value))
    if disabled:
        for role in (R.WindowText, R.Text, R.ButtonText):
            palette.setColor(G.Disabled, role, QColor(disabled))
    return palette


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor | str, b: QColor | str) -> float:
    """WCAG contrast ratio of two colours."""
    la, lb = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


class Theme(QObject):
    """Applies the palette for the system's scheme and re-applies it when the system changes."""

    changed = Signal()

    def __init__(self, app: QApplication, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        self._app = app
        self._standard = QPalette(app.style().standardPalette())
        self.mode = "light"
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def _system_changed(self, *_args: object) -> None:
        self.apply()

    def wanted_mode(self) -> str:
        forced = os.environ.get("WIKIDESK_THEME", "").lower()
        if forced in ("light", "dark", "contrast"):
            return forced
        hints = QGuiApplication.styleHints()
        if hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "contrast"
        return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"

    def apply(self, mode: str | None = None) -> None:
        self.mode = mode or self.wanted_mode()
        if self.mode == "dark":
            palette = _palette(self._standard, DARK, DISABLED_DARK)
        elif self.mode == "contrast":
            palette = _palette(self._standard, CONTRAST, DISABLED_CONTRAST)
        else:
            palette = _palette(self._standard, LIGHT_FIXES, None)
        self._app.setPalette(palette)
        self.changed.emit()

    @property
    def dark(self) -> bool:
        return self.mode in ("dark", "contrast")


def preview_css(palette: QPalette, code_css: str = "") -> str:
    """The preview's stylesheet (the subset QTextBrowser understands), coloured from the palette."""
    text, base = palette.color(R.Text).name(), palette.color(R.Base).name()
    link, alt, mid = palette.color(R.Link).name(), palette.color(R.AlternateBase).name(), palette.color(R.Mid).name()
    return f"""
body {{ color: {text}; background-color: {base}; font-size: 11pt; }}
a {{ color: {link}; text-decoration: underline; }}
a.missing, a.new {{ color: {link}; text-decoration: underline; font-style: italic; }}
h1 {{ font-size: 20pt; margin-top: 6px; margin-bottom: 10px; }}
h2 {{ font-size: 16pt; margin-top: 14px; }}
h3 {{ font-size: 13pt; margin-top: 12px; }}
pre, code {{ font-family: monospace; background-color: {alt}; }}
pre {{ padding: 6px; }}
blockquote {{ margin-left: 12px; padding-left: 8px; border-left: 3px solid {mid}; }}
table {{ border-collapse: collapse; }}
th, td {{ border: 1px solid {mid}; padding: 4px; }}
th {{ background-color: {alt}; }}
{code_css}
"""
