"""Recording progress on one directive: its status, the day it was known, and what was done."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from minutes_app.domain.model import DirectiveStatus, FollowUp
from minutes_app.domain.register import RegisterEntry
from minutes_app.gui.bindings import plain_text
from minutes_app.gui.forms.ui_followup_dialog import Ui_FollowUpDialog
from minutes_app.gui.register_models import first_line


class FollowUpDialog(QDialog):
    """Opens on the directive's current status and today; OK gives the follow-up to record."""

    def __init__(self, entry: RegisterEntry, status_names: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FollowUpDialog()
        self.ui.setupUi(self)
        self.entry = entry
        ui = self.ui
        ui.directiveLabel.setText(
            f"<b>{html.escape(first_line(entry.content, 300))}</b><br>"
            f"{html.escape(' '.join(entry.assignee.split()))} · {html.escape(first_line(entry.meeting_title, 120))}"
        )
        for status in DirectiveStatus:
            ui.followUpStatusCombo.addItem(status_names[status], status.value)
        ui.followUpStatusCombo.setCurrentIndex(max(0, ui.followUpStatusCombo.findData(entry.status.value)))
        ui.followUpDateEdit.setDate(QDate(dt.date.today()))
        ui.followUpDateEdit.setMinimumDate(QDate(entry.meeting_date))
        ui.followUpButtons.accepted.connect(self.accept)
        ui.followUpButtons.rejected.connect(self.reject)
        ui.followUpStatusCombo.setFocus()

    def followup(self) -> FollowUp:
        ui = self.ui
        return FollowUp(
            directive=self.entry.directive_id,
            date=ui.followUpDateEdit.date().toPython(),
            status=DirectiveStatus(ui.followUpStatusCombo.currentData()),
            note=plain_text(ui.followUpNoteEdit).strip(),
        )
