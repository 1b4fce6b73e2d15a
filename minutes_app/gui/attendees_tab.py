"""Thành phần: the list of people in protocol order, the roll call, and the sentence the minutes print."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from minutes_app.domain import rules
from minutes_app.domain.model import Attendance, Attendee, Group, ItemKind
from minutes_app.domain.vietnamese import person_name_key
from minutes_app.gui import icons, undo_names
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_attendees_tab import Ui_AttendeesTab
from minutes_app.gui.item_list import ItemListController, add_shortcut_to_tooltip
from minutes_app.gui.paste import is_table, parse_people
from minutes_app.gui.table_models import AttendeesTableModel

_GROUP_ORDER = {Group.MEMBER: 0, Group.GUEST: 1, Group.PRESS: 2}
_STRETCH = {"position": 2, "organization": 3, "reason": 2}


class AttendeesTab(QWidget):
    """Built for the roll call at the door: select a row, one key marks it, the sentence follows at once."""

    statusMessage = Signal(str)  # a short confirmation for the window's status bar

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.ui = Ui_AttendeesTab()
        self.ui.setupUi(self)
        self.model = AttendeesTableModel(editor, self)
        table = self.ui.attendeesTable
        self.list = ItemListController(
            editor,
            table,
            self.model,
            self,
            self._new_attendee,
            {
                "add": self.tr("Thêm người"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        self.list.edit_on_add = "name"
        set_up_table(table, _STRETCH)
        self.sort_action = QAction(icons.get("view-sort-ascending"), self.tr("Xếp theo tên (A–Z)"), self)
        self.sort_action.setToolTip(
            self.tr("Xếp lại theo tên (thành viên, khách mời, báo chí; mỗi nhóm theo A–Z)")
        )
        self.sort_action.triggered.connect(self.sort_by_name)
        self.mark_actions = {
            Attendance.PRESENT: self._mark_action(self.tr("Có mặt"), Qt.Key.Key_1, Attendance.PRESENT),
            Attendance.EXCUSED: self._mark_action(self.tr("Vắng có lý do"), Qt.Key.Key_2, Attendance.EXCUSED),
            Attendance.ABSENT: self._mark_action(
                self.tr("Vắng không lý do"), Qt.Key.Key_3, Attendance.ABSENT
            ),
        }
        for button, action in (
            (self.ui.addAttendeeButton, self.list.add_action),
            (self.ui.removeAttendeeButton, self.list.remove_action),
            (self.ui.moveUpButton, self.list.move_up_action),
            (self.ui.moveDownButton, self.list.move_down_action),
            (self.ui.sortByNameButton, self.sort_action),
            (self.ui.presentButton, self.mark_actions[Attendance.PRESENT]),
            (self.ui.excusedButton, self.mark_actions[Attendance.EXCUSED]),
            (self.ui.absentButton, self.mark_actions[Attendance.ABSENT]),
        ):
            button.setDefaultAction(action)
        table.installEventFilter(self)
        self.model.entryRefused.connect(self.statusMessage)
        editor.meetingLoaded.connect(self._on_loaded)
        editor.itemsReset.connect(self._on_items_changed)
        editor.itemChanged.connect(self._on_items_changed)
        editor.readOnlyChanged.connect(self._update_actions)
        self.list.view.selectionModel().selectionChanged.connect(self._update_actions)
        self._on_loaded()

    @Slot()
    def _on_loaded(self) -> None:
        """Start on the first person, so that the roll call keys work before any click."""
        self.list.select_ids(self.model.ids()[:1])
        self.refresh()

    def _mark_action(self, text: str, key: Qt.Key, attendance: Attendance) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(Qt.Modifier.CTRL | key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.mark(attendance))
        add_shortcut_to_tooltip(action)
        self.addAction(action)
        return action

    def _new_attendee(self, item_id: str) -> Attendee:
        return Attendee(id=item_id, name="")

    # -- refreshing --------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        meeting = self.editor.meeting
        sentence = rules.attendance_sentence(meeting) if meeting is not None else ""
        self.ui.attendanceSentenceLabel.setText(sentence or self.tr("(Chưa có thành viên chính thức nào.)"))
        self._update_actions()

    @Slot(str)
    @Slot(str, str, str)
    def _on_items_changed(self, kind: str, *_rest) -> None:
        if kind == ItemKind.ATTENDEES.value:
            self.refresh()

    @Slot()
    def _update_actions(self, *_args) -> None:
        editable = self.editor.meeting is not None and not self.editor.read_only
        selected = bool(self.list.selected_ids())
        for action in self.mark_actions.values():
            action.setEnabled(editable and selected)
        self.sort_action.setEnabled(editable and self.model.rowCount() > 1)

    # -- the actions -------------------------------------------------------------------------------
    def mark(self, attendance: Attendance) -> None:
        """Mark every selected person in one undo step. With a single person the selection then moves
        down one row, so that a roll call is a run of keystrokes (arrows for those who are present)."""
        selected = self.list.selected_ids()
        ids = [i for i in selected if self.editor.meeting.attendee(i).attendance != attendance]
        if self.editor.read_only or not selected:
            return
        if ids:
            stack = self.editor.undo_stack
            stack.beginMacro(self._roll_call_name(ids))
            try:
                for item_id in ids:
                    self.editor.set_item_field(ItemKind.ATTENDEES, item_id, "attendance", attendance)
            finally:
                stack.endMacro()
        order = self.model.ids()
        if len(selected) == 1 and order.index(selected[0]) + 1 < len(order):
            following = order[order.index(selected[0]) + 1]
            self.list.select_ids([following], following)

    def _roll_call_name(self, ids: list[str]) -> str:
        if len(ids) == 1:
            person = self.editor.meeting.attendee(ids[0])
            return undo_names.item_edit(self.editor.meeting, ItemKind.ATTENDEES, person, "attendance")
        return self.tr("điểm danh %n người", "", len(ids))

    @Slot()
    def sort_by_name(self) -> None:
        """Members, then guests, then press, each by given name as Vietnamese lists are ordered."""
        people = self.editor.meeting.attendees
        ordered = sorted(people, key=lambda a: (_GROUP_ORDER.get(a.group, 3), person_name_key(a.name)))
        self.editor.move_items(ItemKind.ATTENDEES, [a.id for a in ordered])

    def paste(self, text: str) -> int:
        """Add the pasted rows under the current one as one undoable step; returns how many were added."""
        people = parse_people(text)
        if not people or self.editor.read_only or self.editor.meeting is None:
            return 0
        position = self.list.insert_position()
        added = []
        stack = self.editor.undo_stack
        stack.beginMacro(self.tr("dán %n người", "", len(people)))
        try:
            for offset, (name, position_title, unit, group) in enumerate(people):
                item_id = self.editor.new_item_id(ItemKind.ATTENDEES)
                person = Attendee(
                    id=item_id, name=name, position=position_title, organization=unit, group=group
                )
                self.editor.insert_item(ItemKind.ATTENDEES, person, position + offset)
                added.append(item_id)
        finally:
            stack.endMacro()
        self.list.select_ids(added, added[0])
        self.statusMessage.emit(self.tr("Đã thêm %n người từ danh sách dán.", "", len(added)))
        return len(added)

    def _paste_into_cell(self, text: str) -> None:
        index = self.ui.attendeesTable.currentIndex()
        if index.isValid() and self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.model.setData(index, text.strip())

    def eventFilter(self, watched, event):
        """Ctrl+V on the table (not in a cell editor) takes a whole list; the window's Paste must not."""
        key_event = event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if watched is self.ui.attendeesTable and key_event and event.matches(QKeySequence.StandardKey.Paste):
            if event.type() == QEvent.Type.KeyPress:
                text = QGuiApplication.clipboard().text()
                if is_table(text):
                    self.paste(text)
                else:
                    self._paste_into_cell(text)
            event.accept()
            return True
        return super().eventFilter(watched, event)
