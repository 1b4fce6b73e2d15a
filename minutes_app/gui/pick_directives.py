"""Picking directives of earlier meetings to review in this one, from the whole archive's register."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView

from minutes_app.domain.register import RegisterEntry, RegisterFilter
from minutes_app.gui.folding_completer import FoldingCompleter
from minutes_app.gui.forms.ui_pick_directives_dialog import Ui_PickDirectivesDialog
from minutes_app.gui.register_models import RegisterTableModel
from minutes_app.gui.register_window import FILTER_DELAY_MS
from minutes_app.messages import UserError


class PickDirectivesDialog(QDialog):
    """The register of meetings held before ``before``, unfinished directives first; several may be chosen."""

    def __init__(self, store, before: dt.date, exclude: set[str], parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_PickDirectivesDialog()
        self.ui.setupUi(self)
        self.store, self.before, self.exclude = store, before, exclude
        ui = self.ui
        self.model = RegisterTableModel(self)
        ui.pickDirectivesTable.setModel(self.model)
        header = ui.pickDirectivesTable.horizontalHeader()
        header.setSectionResizeMode(RegisterTableModel.CONTENT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(RegisterTableModel.MEETING, 180)
        header.resizeSection(RegisterTableModel.UNIT, 160)
        ui.pickDirectivesTable.setColumnHidden(RegisterTableModel.LAST, True)
        self.completer = FoldingCompleter(self)
        ui.pickUnitEdit.setCompleter(self.completer)
        ok = ui.pickButtons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Thêm vào cuộc họp"))
        ui.pickButtons.accepted.connect(self.accept)
        ui.pickButtons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        ui.pickSearchEdit.textChanged.connect(self._timer.start)
        ui.pickUnitEdit.textChanged.connect(self._timer.start)
        ui.unfinishedOnlyCheck.toggled.connect(self.refresh)
        ui.pickDirectivesTable.selectionModel().selectionChanged.connect(self._update_ok)
        ui.pickDirectivesTable.doubleClicked.connect(self.accept)
        with contextlib.suppress(UserError):  # completion is a help, the list works without it
            self.completer.set_names(store.unit_names())
        self.refresh()

    def wanted(self) -> RegisterFilter:
        ui = self.ui
        return RegisterFilter(
            pending=ui.unfinishedOnlyCheck.isChecked(),
            unit=ui.pickUnitEdit.text().strip(),
            text=ui.pickSearchEdit.text().strip(),
            date_to=self.before - dt.timedelta(days=1),
        )

    @Slot()
    def refresh(self) -> None:
        try:
            self.model.load(self.store, self.wanted(), dt.date.today())
        except UserError as error:
            self.ui.pickCountLabel.setText(str(error))
            return
        self.ui.pickCountLabel.setText(self.tr("%n kết luận của các cuộc họp trước", "", self.model.total))
        self._update_ok()

    @Slot()
    def _update_ok(self, *_args) -> None:
        self.ui.pickButtons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> list[RegisterEntry]:
        """The selected lines that the meeting does not review already, in the register's order."""
        rows = sorted({index.row() for index in self.ui.pickDirectivesTable.selectionModel().selectedRows()})
        entries = [self.model.entry_at(row) for row in rows]
        return [e for e in entries if e is not None and (e.meeting_uid, e.directive_id) not in self.exclude]
