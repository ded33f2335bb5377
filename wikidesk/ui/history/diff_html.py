"""Diffs as HTML for a QTextBrowser: inline (one column) or side by side (two columns).

Changes are marked with a sign ("+", "−") and a word for screen readers, not by colour alone; the colours are
chosen from the palette so the text keeps 4.5:1 contrast in light, dark and high-contrast looks.
"""

from __future__ import annotations

import difflib
import html

from PySide6.QtGui import QColor, QPalette


def _colours(palette: QPalette) -> tuple[str, str, str]:
    base = palette.color(QPalette.ColorRole.Base)
    dark = base.lightness() < 128
    if palette.color(QPalette.ColorRole.Highlight) == QColor("#ffff00"):  # high contrast: no tints, text only
        return base.name(), base.name(), palette.color(QPalette.ColorRole.Text).name()
    added, removed = ("#123d1f", "#4a1a1a") if dark else ("#dff3e4", "#fbe2e2")
    return added, removed, palette.color(QPalette.ColorRole.Text).name()


# The text column takes all the width the sign column does not need. Without a width Qt shares the table's spare
# width between the columns, and every line started far to the right of its sign (as wide as the "@@" row, or more).
TEXT_CELL = '<td width="100%">'


def _esc(line: str) -> str:
    return html.escape(line.rstrip("\n")).replace(" ", "&nbsp;") or "&nbsp;"


def inline(old: str, new: str, palette: QPalette, *, added: str = "added", removed: str = "removed") -> str:
    add_bg, del_bg, text = _colours(palette)
    rows = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=3):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            rows.append(f"<tr><td></td>{TEXT_CELL}<i>{html.escape(line)}</i></td></tr>")
        elif line.startswith("+"):
            rows.append(f'<tr style="background-color:{add_bg}"><td title="{added}"><b>+</b></td>'
                        f'{TEXT_CELL}<tt>{_esc(line[1:])}</tt></td></tr>')
        elif line.startswith("-"):
            rows.append(f'<tr style="background-color:{del_bg}"><td title="{removed}"><b>−</b></td>'
                        f'{TEXT_CELL}<tt><s>{_esc(line[1:])}</s></tt></td></tr>')
        else:
            rows.append(f"<tr><td></td>{TEXT_CELL}<tt>{_esc(line[1:])}</tt></td></tr>")
    if not rows:
        return "<p>—</p>"
    return f'<table width="100%" cellspacing="0" cellpadding="1" style="color:{text}">{"".join(rows)}</table>'


def side_by_side(old: str, new: str, palette: QPalette, *, old_title: str, new_title: str) -> str:
    add_bg, del_bg, text = _colours(palette)
    a, b = old.splitlines(), new.splitlines()
    rows = [f"<tr><th>{html.escape(old_title)}</th><th>{html.escape(new_title)}</th></tr>"]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            for x, y in zip(a[i1:i2], b[j1:j2], strict=True):
                rows.append(f"<tr><td><tt>{_esc(x)}</tt></td><td><tt>{_esc(y)}</tt></td></tr>")
            continue
        left, right = a[i1:i2], b[j1:j2]
        for k in range(max(len(left), len(right))):
            x = f'<td style="background-color:{del_bg}"><tt>− <s>{_esc(left[k])}</s></tt></td>' if k < len(left) \
                else "<td></td>"
            y = f'<td style="background-color:{add_bg}"><tt>+ {_esc(right[k])}</tt></td>' if k < len(right) \
                else "<td></td>"
            rows.append(f"<tr>{x}{y}</tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="1" style="color:{text}">'
            f'{"".join(rows)}</table>')
