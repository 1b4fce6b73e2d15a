"""Biểu quyết: the votes of the meeting, typed like the other tables, with a warning on impossible counts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHeaderView, QWidget

from minutes_app.domain import rules
from minutes_app.domain.model import Vote
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_votes_panel import Ui_VotesPanel
from minutes_app.gui.item_list import ItemListController
from minutes_app.gui.votes_model import COUNT_FIELDS, WARNING_TEXT, CountDelegate, VotesTableModel

_MOVE_KEYS = {
    QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up)[0]: -1,
    QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down)[0]: 1,
}


class VotesPanel(QWidget):
    """Sits in the Kết luận tab; every change goes through the editor and is undone like any other."""

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_VotesPanel()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = VotesTableModel(editor, self)
        self.list = ItemListController(
            editor,
            ui.votesTable,
            self.model,
            self,
            lambda item_id: Vote(id=item_id, subject=""),
            {
                "add": self.tr("Thêm biểu quyết"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        self.list.edit_on_add = "subject"
        set_up_table(ui.votesTable, {"subject": 1})
        self.count_delegate = CountDelegate(ui.votesTable)
        for field in COUNT_FIELDS:
            ui.votesTable.setItemDelegateForColumn(self.model.column_of(field), self.count_delegate)
        for button, action in (
            (ui.addVoteButton, self.list.add_action),
            (ui.removeVoteButton, self.list.remove_action),
            (ui.moveVoteUpButton, self.list.move_up_action),
            (ui.moveVoteDownButton, self.list.move_down_action),
        ):
            button.setDefaultAction(action)
        ui.votesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.votesTable.horizontalHeader().sectionResized.connect(self._fit_rows)
        ui.votesWarningLabel.setStyleSheet(f"color: {WARNING_TEXT.name()}; font-weight: bold;")
        # The tab around the panel reorders its own list with the same keys: inside the votes table
        # they belong to the votes, or Qt would find two owners and do nothing.
        ui.votesTable.installEventFilter(self)
        for signal in (self.model.modelReset, self.model.dataChanged, editor.itemChanged, editor.itemsReset):
            signal.connect(self.refresh)
        editor.meetingLoaded.connect(self._select_first)
        self._select_first()
        self.refresh()

    @Slot()
    def _select_first(self) -> None:
        self.list.select_ids(self.model.ids()[:1])

    @Slot()
    def refresh(self, *_args) -> None:
        """The count of members present beside the buttons, and one warning line per impossible vote."""
        meeting = self.editor.meeting
        present = rules.count_attendance(meeting).present if meeting is not None else 0
        self.ui.presentLabel.setText(self.tr("Thành viên có mặt: {present}").format(present=present))
        over = rules.votes_over_present(meeting) if meeting is not None else []
        lines = [
            self.tr("⚠ «{subject}»: tổng {total} phiếu, nhiều hơn {present} thành viên có mặt.").format(
                subject=vote.subject.strip() or self.tr("(chưa có nội dung)"),
                total=rules.vote_total(vote),
                present=present,
            )
            for vote in over
        ]
        self.ui.votesWarningLabel.setText("\n".join(lines))
        self.ui.votesWarningLabel.setVisible(bool(lines))
        self._fit_rows()

    @Slot()
    def _fit_rows(self, *_args) -> None:
        table = self.ui.votesTable
        for row in range(self.model.rowCount()):
            table.setRowHeight(row, max(28, table.sizeHintForRow(row) + 8))

    def eventFilter(self, watched, event):
        kind = event.type()
        if watched is self.ui.votesTable and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            QTimer.singleShot(0, self, self._fit_rows)  # once the header has given the columns their widths
        if watched is self.ui.votesTable and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            step = _MOVE_KEYS.get(event.keyCombination())
            if step is not None:
                if kind == QEvent.Type.KeyPress:
                    self.list.move(step)
                event.accept()
                return True
        return super().eventFilter(watched, event)
