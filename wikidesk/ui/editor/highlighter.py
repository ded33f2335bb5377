"""Markdown syntax highlighting for the editor, with colours taken from the current palette."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from wikidesk.ui.theme import contrast

IN_CODE, IN_FRONT_MATTER = 1, 2
FENCE = re.compile(r"^\s{0,3}(```|~~~)")
RULES = (
    ("heading", re.compile(r"^#{1,6}\s.*$")),
    ("quote", re.compile(r"^\s{0,3}>.*$")),
    ("list", re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")),
    ("code", re.compile(r"`[^`\n]+`")),
    ("bold", re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")),
    ("italic", re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")),
    ("wikilink", re.compile(r"\[\[[^\]\n]+\]\]")),
    ("link", re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)")),
    ("tag", re.compile(r"(?<![\w#&/])#[\wæøåÆØÅ][\w\-/æøåÆØÅ]*")),
    ("html", re.compile(r"</?[A-Za-z][^>\n]*>|\{%.*?%\}|\{\{.*?\}\}")),
)


def _readable(colour: QColor, background: QColor, fallback: QColor) -> QColor:
    """``colour`` if it has 4.5:1 contrast on ``background``, else ``fallback`` (the plain text colour)."""
    return colour if contrast(colour, background) >= 4.5 else fallback


class MarkdownHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        self.formats: dict[str, QTextCharFormat] = {}
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        dark = base.lightness() < 128
        accent = _readable(palette.color(QPalette.ColorRole.Link), base, text)
        muted = _readable(QColor("#9aa0a6" if dark else "#5f6368"), base, text)
        code = _readable(QColor("#f28b82" if dark else "#a8321e"), base, text)
        tag = _readable(QColor("#81c995" if dark else "#13723a"), base, text)

        def fmt(colour: QColor | None = None, *, bold: bool = False, italic: bool = False,
                mono: bool = False, size: float = 0) -> QTextCharFormat:
            f = QTextCharFormat()
            if colour is not None:
                f.setForeground(colour)
            if bold:
                f.setFontWeight(QFont.Weight.Bold)
            if italic:
                f.setFontItalic(True)
            if mono:
                f.setFontFamilies(["monospace"])
            if size:
                f.setFontPointSize(size)
            return f

        self.formats = {
            "heading": fmt(accent, bold=True), "quote": fmt(muted, italic=True), "list": fmt(accent, bold=True),
            "code": fmt(code, mono=True), "bold": fmt(bold=True), "italic": fmt(italic=True),
            "wikilink": fmt(accent), "link": fmt(accent), "tag": fmt(tag), "html": fmt(muted),
            "fence": fmt(code, mono=True), "front": fmt(muted),
        }
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        previous = self.previousBlockState()
        block_number = self.currentBlock().blockNumber()
        if previous == IN_FRONT_MATTER or (block_number == 0 and text.strip() == "---"):
            self.setFormat(0, len(text), self.formats["front"])
            closing = previous == IN_FRONT_MATTER and text.strip() in ("---", "...")
            self.setCurrentBlockState(0 if closing else IN_FRONT_MATTER)
            return
        if previous == IN_CODE or FENCE.match(text):
            self.setFormat(0, len(text), self.formats["fence"])
            opening = previous != IN_CODE
            closing = previous == IN_CODE and FENCE.match(text)
            self.setCurrentBlockState(IN_CODE if opening or not closing else 0)
            return
        self.setCurrentBlockState(0)
        for name, pattern in RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self.formats[name])
