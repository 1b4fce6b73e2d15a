"""Thông tin chung: the meeting's own fields, from the letterhead to the list of recipients."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from minutes_app.domain.model import Classification, Layout
from minutes_app.domain.people import PersonRole
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.forms.ui_general_tab import Ui_GeneralTab
from minutes_app.gui.print_marks import PrintMarks


class GeneralTab(QWidget):
    """Every field is written as it is typed; chair and secretary are chosen among the attendees present."""

    statusMessage = Signal(str)  # why typed text was refused

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_GeneralTab()
        self.ui.setupUi(self)
        ui = self.ui
        ui.layoutCombo.addItem(self.tr("Nhà nước"), Layout.STATE)
        ui.layoutCombo.addItem(self.tr("Đảng"), Layout.PARTY)
        ui.classificationCombo.addItem(self.tr("Không"), Classification.NONE)
        ui.classificationCombo.addItem(self.tr("Mật"), Classification.CONFIDENTIAL)
        ui.classificationCombo.addItem(self.tr("Tối mật"), Classification.SECRET)
        ui.classificationCombo.addItem(self.tr("Tuyệt mật"), Classification.TOP_SECRET)
        self.binder = FieldBinder(editor, parent=self)
        for widget, field in (
            (ui.titleEdit, "title"),
            (ui.placeNameEdit, "place_name"),
            (ui.locationEdit, "location"),
            (ui.parentBodyEdit, "parent_body"),
            (ui.issuingBodyEdit, "issuing_body"),
            (ui.bodyCodeEdit, "body_code"),
            (ui.numberEdit, "number"),
        ):
            self.binder.line(widget, field)
        for widget, field in (
            (ui.agendaEdit, "agenda"),
            (ui.documentsEdit, "documents"),
            (ui.otherInfoEdit, "other_info"),
            (ui.closingNoteEdit, "closing_note"),
        ):
            self.binder.text(widget, field)
        self.binder.text(ui.recipientsEdit, "recipients", lines=True)
        self.binder.date(ui.dateEdit, "date")
        self.binder.time(ui.startTimeEdit, "start_time")
        self.binder.time(ui.endTimeEdit, "end_time")
        self.binder.number(ui.copiesSpin, "copies")
        self.binder.choice(ui.layoutCombo, "layout", convert=Layout)
        self.binder.choice(ui.classificationCombo, "classification", convert=Classification)
        nobody = self.tr("(chưa chọn)")
        self.chair = self.binder.person(ui.chairCombo, "chair", PersonRole.CHAIR, none_label=nobody)
        self.secretary = self.binder.person(
            ui.secretaryCombo, "secretary", PersonRole.SECRETARY, none_label=nobody
        )
        self.binder.problem.connect(self.statusMessage)
        self.print_marks = PrintMarks(editor, ui, self.binder, parent=self)
