"""Small helpers for accessible standard widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QToolButton


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Give a line edit's built-in clear button an accessible name (Qt leaves it unnamed)."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
