"""Tab order of the main window: one list of controls in reading order that Tab and Shift+Tab follow and wrap.

Qt's own focus chain follows the order widgets were created in, and rearranging it with ``setTabOrder`` cannot
close it into a loop; so the window hands Tab to :func:`focus_next`, which walks the list, skipping hidden and
disabled controls.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def set_tab_order(chain: list[QWidget]) -> None:
    """Also tell Qt (used by widgets that move focus themselves before asking the window)."""
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def focus_next(chain: list[QWidget], forward: bool) -> bool:
    """Move the focus to the next (or previous) usable control after the focused one; False if it is not in
    ``chain`` (then Qt's default applies)."""
    focus = QApplication.focusWidget()
    usable = [w for w in chain if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    here = next((i for i, w in enumerate(usable) if focus is w or (focus is not None and w.isAncestorOf(focus))),
                None)
    if here is None:
        return False
    target = usable[(here + (1 if forward else -1)) % len(usable)]
    target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True
