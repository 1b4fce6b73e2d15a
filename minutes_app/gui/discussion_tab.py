"""Thảo luận: the fast path where the secretary notes who says what, live, for hours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from minutes_app.domain.model import Contribution, ItemKind
from minutes_app.domain.people import PersonRole
from minutes_app.gui.bindings import FieldBinder
from minutes_app.gui.delegates import set_up_table
from minutes_app.gui.forms.ui_discussion_tab import Ui_DiscussionTab
from minutes_app.gui.item_list import ItemListController, add_shortcut_to_tooltip
from minutes_app.gui.person_field import PersonField
from minutes_app.gui.recent_speakers import RecentSpeakersStrip
from minutes_app.gui.table_models import DiscussionTableModel

_REPORT_TITLE_LENGTH = 60


def _now() -> dt.time:
    return dt.datetime.now().time().replace(second=0, microsecond=0)


class DiscussionTab(QWidget):
    """Ctrl+Enter anywhere starts the next contribution, stamped and ready for typing.

    The stamp is the clock (HH:MM), the report under discussion (chosen once, remembered) and the
    speaker named in the bar above the list: typed as a few letters without accents, or Ctrl+1…Ctrl+9
    for the people who spoke last. Everything stamped stays editable on the right.
    """

    statusMessage = Signal(str)
    reportChoiceChanged = Signal(str)  # the report the bar was set to ("" for none), to be remembered

    def __init__(self, editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.clock = _now  # replaced in tests
        self.ui = Ui_DiscussionTab()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = DiscussionTableModel(editor, self)
        self.list = ItemListController(
            editor,
            ui.contributionsTable,
            self.model,
            self,
            self._stamped_contribution,
            {
                "add": self.tr("Chèn ý kiến"),
                "remove": self.tr("Xóa"),
                "up": self.tr("Lên"),
                "down": self.tr("Xuống"),
            },
        )
        set_up_table(ui.contributionsTable, {"content": 1})
        ui.moveUpButton.setDefaultAction(self.list.move_up_action)
        ui.moveDownButton.setDefaultAction(self.list.move_down_action)
        ui.removeContributionButton.setDefaultAction(self.list.remove_action)

        self.start_action = QAction(self.tr("Ý kiến mới"), self)
        self.start_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
            ]
        )
        self.start_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start_action.triggered.connect(self.start_contribution)
        add_shortcut_to_tooltip(self.start_action)
        self.addAction(self.start_action)
        ui.newContributionButton.setText(self.tr("Ý kiến mới (Ctrl+Enter)"))
        ui.newContributionButton.setToolTip(self.start_action.toolTip())
        ui.newContributionButton.clicked.connect(self.start_action.trigger)

        self.next_speaker = PersonField(editor, ui.nextSpeakerEdit, PersonRole.SPEAKER, parent=self)
        self.next_speaker.problem.connect(self.statusMessage)
        ui.nextSpeakerEdit.returnPressed.connect(self._start_from_speaker_field)
        self.recent = RecentSpeakersStrip(
            editor, ui.recentSpeakersLayout, self, self.tr("(chưa có ai phát biểu)")
        )
        self.recent.picked.connect(self.pick_speaker)

        self.binder = FieldBinder(editor, ItemKind.DISCUSSION, self)
        self.binder.time(ui.entryTimeEdit, "time")
        self.binder.choice(ui.entryReportCombo, "report")
        self.binder.text(ui.entryContentEdit, "content")
        self.entry_speaker = self.binder.person(ui.entrySpeakerEdit, "speaker", PersonRole.SPEAKER)
        self.binder.problem.connect(self.statusMessage)
        self.list.currentItemChanged.connect(self._show_entry)
        ui.splitter.setSizes([450, 550])

        self._report_id: str | None = None  # the report under discussion, remembered between entries
        # Asked which report the bar was last set to in a meeting ("" for none, None if never set); the
        # window remembers it across restarts.
        self.remembered_report = lambda _meeting_id: None
        ui.currentReportCombo.activated.connect(self._on_report_chosen)
        editor.meetingLoaded.connect(self._on_loaded)
        editor.itemsReset.connect(self._on_items_reset)
        editor.itemChanged.connect(self._on_item_changed)
        editor.readOnlyChanged.connect(self._update_enabled)
        self._on_loaded()

    # -- the fast path -----------------------------------------------------------------------------
    def _stamped_contribution(self, item_id: str) -> Contribution:
        """An unclear name in the bar does not hold up the entry: it goes with it, marked, to be chosen."""
        reading = self.next_speaker.reading()
        speaker = reading.person_id
        if speaker is None:
            reason = str(reading.problem)
            self.binder.keep_refused(item_id, "speaker", self.ui.nextSpeakerEdit.text().strip(), reason)
            self.statusMessage.emit(reason)
        return Contribution(
            id=item_id,
            content="",
            speaker=speaker or "",
            time=self.clock(),
            report=self.ui.currentReportCombo.currentData() or "",
        )

    @Slot()
    def start_contribution(self) -> str:
        """Append a stamped contribution, select it and put the cursor in its text; returns its id."""
        if self.editor.meeting is None or self.editor.read_only:
            return ""
        self.editor.flush()
        item = self._stamped_contribution(self.editor.new_item_id(ItemKind.DISCUSSION))
        self.editor.insert_item(ItemKind.DISCUSSION, item)
        self.list.select_ids([item.id], item.id)
        self.next_speaker.show_person("")
        # Enter on the completion list reaches us before the list writes the chosen name back into
        # the field; clear it again once the key is handled, so that the next entry starts blank.
        QTimer.singleShot(0, lambda: self.next_speaker.show_person(""))
        self.ui.entryContentEdit.setFocus()
        return item.id

    @Slot()
    def _start_from_speaker_field(self) -> None:
        """Enter after a clear name starts the contribution too; an unclear one opens the list to choose
        from (the field does that), and an empty field keeps Enter harmless."""
        if self.ui.nextSpeakerEdit.text().strip() and self.next_speaker.resolve() is not None:
            self.start_contribution()

    @Slot(str)
    def pick_speaker(self, speaker_id: str) -> None:
        """A recent speaker becomes the next speaker, and the speaker of a just-started entry left blank."""
        self.next_speaker.show_person(speaker_id)
        item_id = self.binder.item_id
        entry = self.editor.find_item(ItemKind.DISCUSSION, item_id) if item_id else None
        if entry is not None and not entry.speaker and not self.editor.read_only:
            self.editor.set_item_field(ItemKind.DISCUSSION, item_id, "speaker", speaker_id)
        person = self.editor.meeting.attendee(speaker_id)
        if person is not None:
            self.statusMessage.emit(self.tr("Người phát biểu: {name}").format(name=person.name))

    # -- the selected entry ------------------------------------------------------------------------
    @Slot(str)
    def _show_entry(self, item_id: str) -> None:
        self.binder.set_item(item_id or None)
        self._update_enabled()

    @Slot()
    def _update_enabled(self, *_args) -> None:
        editable = self.editor.meeting is not None and not self.editor.read_only
        self.start_action.setEnabled(editable)
        self.ui.newContributionButton.setEnabled(editable)
        self.ui.nextSpeakerEdit.setReadOnly(not editable)
        for button in self.recent.buttons:
            button.setEnabled(editable)

    # -- following the editor ----------------------------------------------------------------------
    @Slot()
    def _on_loaded(self) -> None:
        meeting = self.editor.meeting
        spoken = [entry.report for entry in meeting.discussion if entry.report] if meeting else []
        reports = meeting.reports if meeting else []
        self._report_id = spoken[-1] if spoken else (reports[-1].id if reports else "")
        chosen = self.remembered_report(meeting.id) if meeting is not None else None
        if chosen is not None and (chosen == "" or meeting.report(chosen) is not None):
            self._report_id = chosen  # the secretary's own choice, "none" included, outlives a restart
        self._fill_reports(keep_choice=False)
        ids = self.model.ids()
        self.list.select_ids(ids[-1:])
        self._show_entry(self.list.current_id())

    @Slot(str)
    def _on_items_reset(self, kind: str) -> None:
        if kind == ItemKind.REPORTS.value:
            self._fill_reports()
        elif kind == ItemKind.DISCUSSION.value:
            self._show_entry(self.list.current_id())

    @Slot(str, str, str)
    def _on_item_changed(self, kind: str, _item_id: str, field: str) -> None:
        if kind == ItemKind.REPORTS.value and field == "title":
            self._fill_reports()

    @Slot(int)
    def _on_report_chosen(self, _index: int) -> None:
        self._report_id = self.ui.currentReportCombo.currentData() or ""
        self.reportChoiceChanged.emit(self._report_id)

    def _fill_reports(self, keep_choice: bool = True) -> None:
        """Both report combos list the reports; the bar keeps the one under discussion selected."""
        current = self.ui.currentReportCombo
        if keep_choice and current.count():
            self._report_id = current.currentData() or ""
        reports = self.editor.meeting.reports if self.editor.meeting else []
        for combo in (current, self.ui.entryReportCombo):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(không gắn với báo cáo nào)"), "")
            for report in reports:
                title = report.title or self.tr("(báo cáo chưa có tên)")
                short = (
                    title if len(title) <= _REPORT_TITLE_LENGTH else title[: _REPORT_TITLE_LENGTH - 1] + "…"
                )
                combo.addItem(short, report.id)
                combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        index = current.findData(self._report_id)
        current.setCurrentIndex(max(index, 0))
        self.binder.refresh("report")
