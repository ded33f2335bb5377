"""The gardening report as a dialog: each kind of problem with its pages; choosing a page opens it (a wanted page
is offered for creation). Made in a worker; the report changes nothing."""

from __future__ import annotations

from collections.abc import Generator

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wikidesk.core.habits import garden
from wikidesk.core.pages import PageInfo
from wikidesk.ui.session import WikiSession
from wikidesk.ui.tasks import Cancelled

PAGE_ROLE = Qt.ItemDataRole.UserRole
WANTED_ROLE = Qt.ItemDataRole.UserRole + 1


class GardenDialog(QDialog):
    page_chosen = Signal(str)  # page id
    missing_chosen = Signal(str)  # the title of a wanted page
    report_ready = Signal(object)

    def __init__(self, session: WikiSession, parent: QWidget | None = None, *, months: int = 12) -> None:
        super().__init__(parent)
        self.setObjectName("garden_dialog")
        self.session = session
        self.setWindowTitle(self.tr("Gardening Report"))
        self.months = QSpinBox(self)
        self.months.setObjectName("garden_months")
        self.months.setRange(1, 120)
        self.months.setValue(months)
        self.months.setAccessibleName(self.tr("Months without edits"))
        months_label = QLabel(self.tr("Not edited for &months:"), self)
        months_label.setBuddy(self.months)
        self.status = QLabel(self)
        self.status.setObjectName("garden_status")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("garden_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Gardening report"))
        self.tree.setAccessibleDescription(self.tr("Enter opens the chosen page; a wanted page is offered for "
                                                   "creation."))
        self.tree.itemActivated.connect(self._chosen)
        self.tree.itemDoubleClicked.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(months_label)
        row.addWidget(self.months)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.report: garden.GardenReport | None = None
        self.months.editingFinished.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.status.setText(self.tr("Looking at every page…"))
        wiki, pages, months = self.session.wiki, list(self.session.pages), self.months.value()

        def work() -> Generator[tuple[int, int, str], None, garden.GardenReport]:
            return (yield from garden.gather(wiki, months=months, pages=pages or None))

        self.session.tasks.submit("gardening report", work, on_done=self._ready, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            self.status.setText(self.tr("The gardening report could not be made."))
            self.session.messages.error(self.tr("The gardening report could not be made."), exc)

    def _ready(self, report: garden.GardenReport) -> None:
        self.report = report
        self.tree.clear()
        sections = [
            (self.tr("Wanted pages (linked to, but missing)"),
             [(w.target, self.tr("%1 (%n link(s))", "", w.count).replace("%1", w.target), None, w.target)
              for w in report.wanted]),
            (self.tr("Pages nothing links to"), self._pages(report.orphans)),
            (self.tr("Not edited for %n month(s)", "", report.months),
             [(p.title, self.tr("%1 (last edited %2)").replace("%1", _name(p)).replace("%2", when[:10]), p, None)
              for p, when in report.stale]),
            (self.tr("Pages without tags"), self._pages(report.untagged)),
            (self.tr("Empty pages"), self._pages(report.empty)),
            (self.tr("Pages in conflict"), self._pages(report.conflicts)),
            (self.tr("Near-duplicate titles"),
             [(g[0].title, " ≈ ".join(_name(p) for p in g), g[0], None) for g in report.duplicates]),
        ]
        for title, rows in sections:
            top = QTreeWidgetItem(self.tree, [f"{title}: {len(rows)}"])
            top.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{title}: {len(rows)}")
            for _key, text, info, wanted in rows:
                item = QTreeWidgetItem(top, [text])
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, text)
                if info is not None:
                    item.setData(0, PAGE_ROLE, info.page_id)
                if wanted is not None:
                    item.setData(0, WANTED_ROLE, wanted)
            top.setExpanded(bool(rows) and len(rows) <= 50)
        if self.tree.topLevelItemCount():  # a screen reader reading the tree starts at the first section
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.status.setText(self.tr("%n page(s) looked at; things to tend: %1.", "", report.pages).replace(
            "%1", str(report.total)))
        self.report_ready.emit(report)

    @staticmethod
    def _pages(infos: list[PageInfo]) -> list[tuple[str, str, PageInfo, None]]:
        return [(p.title, _name(p), p, None) for p in infos]

    def _chosen(self, item: QTreeWidgetItem) -> None:
        page_id, wanted = item.data(0, PAGE_ROLE), item.data(0, WANTED_ROLE)
        if page_id:
            self.page_chosen.emit(page_id)
        elif wanted:
            self.missing_chosen.emit(wanted)


def _name(info: PageInfo) -> str:
    return f"{info.space}/{info.title}" if info.space else info.title
