"""The editor's Markdown highlighting: which spans get which format."""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextDocument

from wikidesk.ui.editor.highlighter import MarkdownHighlighter


def formats_of(text: str) -> list[tuple[int, int, bool, bool]]:
    doc = QTextDocument()
    doc.setPlainText(text)
    highlighter = MarkdownHighlighter(doc, QPalette())
    highlighter.rehighlight()
    block = doc.firstBlock()
    spans = []
    while block.isValid():
        for fmt in block.layout().formats():
            spans.append((block.position() + fmt.start, fmt.length, fmt.format.fontWeight() >= 700,
                          fmt.format.fontItalic()))
        block = block.next()
    return spans


def test_bold_is_not_also_italic(qapp) -> None:
    spans = formats_of("Dette er **viktig** og *litt*.")
    bold = [s for s in spans if s[2]]
    italic = [s for s in spans if s[3]]
    assert bold and bold[0][0] == 9 and bold[0][1] == len("**viktig**")
    assert not any(s[3] for s in bold)
    assert italic and italic[0][0] == len("Dette er **viktig** og ")


def test_fenced_code_and_front_matter_span_lines(qapp) -> None:
    text = "---\ntitle: A\n---\n# Heading\n```\n# not a heading\n```\nplain"
    doc = QTextDocument()
    doc.setPlainText(text)
    MarkdownHighlighter(doc, QPalette()).rehighlight()
    states = []
    block = doc.firstBlock()
    while block.isValid():
        states.append(block.userState())
        block = block.next()
    assert states == [2, 2, 0, 0, 1, 1, 0, 0]
