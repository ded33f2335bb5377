"""Ask for a page title and space (new page, rename or move)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from wikidesk.core.errors import InvalidNameError
from wikidesk.core.names import check_title

TITLE_CHARS = 56  # characters of average width the title field shows without scrolling


class PageNameDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, heading: str, ok_text: str, title: str = "", space: str = "",
                 spaces: list[str] | None = None, offer_templates: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("page_name_dialog")
        self.setWindowTitle(heading)
        self.title_field = QLineEdit(title, self)
        self.title_field.setObjectName("page_title_field")
        self.title_field.setAccessibleName(self.tr("Page title"))
        self.space_field = QComboBox(self)
        self.space_field.setObjectName("page_space_field")
        self.space_field.setEditable(True)
        self.space_field.setAccessibleName(self.tr("Space"))
        self.space_field.addItems([s for s in (spaces or []) if s])
        self.space_field.insertItem(0, "")
        self.space_field.setCurrentText(space)
        self.space_field.lineEdit().setPlaceholderText(self.tr("Top level"))
        self.space_field.lineEdit().setAccessibleName(self.tr("Space"))
        self.template_field: QComboBox | None = None
        if offer_templates:  # filled by set_templates (the templates are read in a worker)
            self.template_field = QComboBox(self)
            self.template_field.setObjectName("page_template_field")
            self.template_field.setAccessibleName(self.tr("Template"))
            self.template_field.addItem(self.tr("Blank page"), "")
        self.error = QLabel(self)
        self.error.setObjectName("page_name_error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        # room for a long title and the space's whole path (a combo box is as wide as its longest space)
        room = self.title_field.fontMetrics().averageCharWidth() * TITLE_CHARS
        self.title_field.setMinimumWidth(room)
        self.space_field.setMinimumWidth(room)
        self.space_field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_field)
        form.addRow(self.tr("&Space:"), self.space_field)
        if self.template_field is not None:
            form.addRow(self.tr("Te&mplate:"), self.template_field)
        form.addRow(self.error)
        form.addRow(self.buttons)
        self.title_field.selectAll()

    @property
    def title(self) -> str:
        return self.title_field.text().strip()

    def set_templates(self, choices: list[tuple[str, str, str]]) -> None:
        """Offer these templates: (name, shown title, description) each, after "Blank page"."""
        if self.template_field is None:
            return
        for name, shown, description in choices:
            self.template_field.addItem(shown, name)
            self.template_field.setItemData(self.template_field.count() - 1, description,
                                            Qt.ItemDataRole.ToolTipRole)

    @property
    def template(self) -> str:
        """The chosen template's name ("" for a blank page)."""
        return str(self.template_field.currentData() or "") if self.template_field is not None else ""

    @property
    def space(self) -> str:
        return "/".join(p.strip() for p in self.space_field.currentText().split("/") if p.strip())

    def _check(self) -> None:
        try:
            check_title(self.title)
            for part in self.space.split("/"):
                if part:
                    check_title(part)
        except InvalidNameError as exc:
            self.error.setText(str(exc))
            self.title_field.setFocus()
            return
        self.accept()
