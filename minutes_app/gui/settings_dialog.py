"""The settings dialog: language and the defaults a new meeting starts from."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QWidget

from minutes_app.domain import Layout
from minutes_app.gui.forms.ui_settings_dialog import Ui_SettingsDialog
from minutes_app.gui.settings import Settings


class SettingsDialog(QDialog):
    """A new language applies from the next start: tabs and dialogs are built translated once."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.settings = settings
        ui = self.ui
        ui.languageCombo.addItem("Tiếng Việt", "vi")
        ui.languageCombo.addItem("English", "en")
        ui.layoutCombo.addItem(self.tr("Cơ quan nhà nước (Nghị định 30/2020)"), Layout.STATE.value)
        ui.layoutCombo.addItem(self.tr("Cơ quan Đảng (Hướng dẫn 36-HD/VPTW)"), Layout.PARTY.value)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(settings.language))
        ui.layoutCombo.setCurrentIndex(ui.layoutCombo.findData(settings.layout.value))
        ui.parentBodyEdit.setText(settings.parent_body)
        ui.issuingBodyEdit.setText(settings.issuing_body)
        ui.bodyCodeEdit.setText(settings.body_code)
        ui.placeNameEdit.setText(settings.place_name)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    @Slot()
    def accept(self) -> None:
        ui, settings = self.ui, self.settings
        settings.language = ui.languageCombo.currentData()
        settings.layout = Layout(ui.layoutCombo.currentData())
        settings.parent_body = ui.parentBodyEdit.text().strip()
        settings.issuing_body = ui.issuingBodyEdit.text().strip()
        settings.body_code = ui.bodyCodeEdit.text().strip()
        settings.place_name = ui.placeNameEdit.text().strip()
        settings.sync()
        super().accept()
