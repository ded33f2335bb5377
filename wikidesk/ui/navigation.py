"""Back and forward through visited pages (Alt+Left / Alt+Right)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class Place:
    page_id: str
    anchor: str = ""


class Navigator(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: list[Place] = []
        self._pos = -1

    @property
    def current(self) -> Place | None:
        return self._places[self._pos] if self._pos >= 0 else None

    def visit(self, place: Place) -> None:
        if self.current == place:
            return
        del self._places[self._pos + 1:]
        self._places.append(place)
        self._pos = len(self._places) - 1
        self.changed.emit()

    def can_back(self) -> bool:
        return self._pos > 0

    def can_forward(self) -> bool:
        return self._pos < len(self._places) - 1

    def back(self) -> Place | None:
        if not self.can_back():
            return None
        self._pos -= 1
        self.changed.emit()
        return self.current

    def forward(self) -> Place | None:
        if not self.can_forward():
            return None
        self._pos += 1
        self.changed.emit()
        return self.current

    def forget(self, page_id: str) -> None:
        """Drop a deleted page from the history."""
        current = self.current
        self._places = [p for p in self._places if p.page_id != page_id]
        self._pos = self._places.index(current) if current in self._places else len(self._places) - 1
        self.changed.emit()
