"""Báo cáo: the reports presented at the meeting, each with its presenter, time and summary."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from minutes_app.domain.model import ItemKind, Report
from minutes_app.domain.people import PersonRole
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_reports_tab import Ui_ReportsTab
from minutes_app.gui.item_list import ItemListController
from minutes_app.gui.previous_directives import install_previous_directives
from minutes_app.gui.table_models import ReportsTableModel


class ReportsTab(QWidget):
    """A list on the left, the selected report on the right; adding one puts the cursor in its title."""

    statusMessage = Signal(str)  # why typed text was refused

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = ReportsTableModel(editor, self)
        self.list = ItemListController(
            editor,
            ui.reportsTable,
            self.model,
            self,
            lambda item_id: Report(id=item_id, title=""),
            {
                "add": self.tr("Thêm báo cáo"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        set_up_table(ui.reportsTable, {"title": 1})
        for button, action in (
            (ui.addReportButton, self.list.add_action),
            (ui.removeReportButton, self.list.remove_action),
            (ui.moveUpButton, self.list.move_up_action),
            (ui.moveDownButton, self.list.move_down_action),
        ):
            button.setDefaultAction(action)
        self.binder = FieldBinder(editor, ItemKind.REPORTS, self)
        self.binder.line(ui.reportTitleEdit, "title")
        self.presenter = self.binder.person(
            ui.presenterCombo, "presenter", PersonRole.PRESENTER, none_label=self.tr("(chưa chọn)")
        )
        self.binder.problem.connect(self.statusMessage)
        self.binder.time(ui.reportTimeEdit, "time")
        self.binder.text(ui.reportContentEdit, "content")
        self.list.currentItemChanged.connect(self.binder.set_item)
        self.list.add_action.triggered.connect(self._focus_title)
        ui.splitter.setSizes([400, 600])  # proportions: the list takes two fifths of any width
        self.previous = install_previous_directives(self)  # kết quả thực hiện kết luận kỳ trước, above
        editor.meetingLoaded.connect(self._select_first)
        self._select_first()

    @Slot()
    def _select_first(self) -> None:
        """Open on the first report, so that the right side is never an empty, disabled form."""
        ids = self.model.ids()
        self.list.select_ids(ids[:1])

    @Slot()
    def _focus_title(self) -> None:
        if self.binder.item_id:
            self.ui.reportTitleEdit.setFocus()
