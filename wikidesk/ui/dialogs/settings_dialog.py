"""Settings: wiki folder, shared folder, display name, language, sync interval.

A setting IT locked on this machine (:meth:`Settings.is_locked`) shows IT's value, disabled, with the tooltip "Set by
your IT department".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from wikidesk.core.settings import Settings


class SettingsDialog(QDialog):
    applied = Signal(set)  # keys that changed

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.wiki_field = QLineEdit(str(settings.get("wiki_path")), self)
        self.wiki_field.setAccessibleName(self.tr("Wiki folder"))
        self.share_field = QLineEdit(str(settings.get("share_path")), self)
        self.share_field.setAccessibleName(self.tr("Shared folder"))
        self.share_field.setPlaceholderText(self.tr("Empty: no syncing"))
        self.name_field = QLineEdit(str(settings.get("user_name")), self)
        self.name_field.setAccessibleName(self.tr("Display name"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for code, label in (("auto", self.tr("Same as the system")), ("nb", "Norsk (bokmål)"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get("language"))))
        self.interval = QSpinBox(self)
        self.interval.setAccessibleName(self.tr("Sync interval in seconds"))
        self.interval.setRange(0, 24 * 3600)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setSpecialValueText(self.tr("Only when I ask"))
        self.interval.setValue(int(settings.get("sync_interval")))
        wiki_row = self._with_browse(self.wiki_field, self.tr("Choose the wiki folder"))
        share_row = self._with_browse(self.share_field, self.tr("Choose the shared folder"))
        self.locked_widgets: dict[str, QWidget] = {}
        for key, widget in (("wiki_path", wiki_row), ("share_path", share_row), ("user_name", self.name_field),
                            ("language", self.language), ("sync_interval", self.interval)):
            if settings.is_locked(key):
                widget.setEnabled(False)
                for part in (widget, *widget.findChildren(QWidget)):
                    part.setToolTip(self.tr("Set by your IT department"))
                self.locked_widgets[key] = widget
        form = QFormLayout(self)
        form.addRow(self.tr("&Wiki folder:"), wiki_row)
        form.addRow(self.tr("S&hared folder:"), share_row)
        form.addRow(self.tr("Display &name:"), self.name_field)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("S&ync every:"), self.interval)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _with_browse(self, field: QLineEdit, label: str) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Browse…"), row)
        button.setAccessibleName(label)
        button.clicked.connect(lambda: self._browse(field))
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    def _browse(self, field: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder"), field.text())
        if folder:
            field.setText(folder)

    def values(self) -> dict[str, object]:
        return {
            "wiki_path": self.wiki_field.text().strip(),
            "share_path": self.share_field.text().strip(),
            "user_name": self.name_field.text().strip(),
            "language": self.language.currentData(),
            "sync_interval": self.interval.value(),
        }

    def save(self) -> None:
        changed = {key for key, value in self.values().items() if self.settings.get(key) != value}
        for key in changed:
            self.settings.set(key, self.values()[key])
        try:
            self.settings.save()
        except OSError as exc:
            self.error.setText(self.tr("The settings could not be saved: %1").replace("%1", str(exc)))
            return
        self.applied.emit(changed)
        self.accept()
