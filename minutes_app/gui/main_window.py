"""The main window: hosts the archive and the five tabs, and wires their signals to the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from minutes_app import __version__
from minutes_app.domain import Status
from minutes_app.gui import icons
from minutes_app.gui.archive import ArchivePanel
from minutes_app.gui.attendees_tab import AttendeesTab
from minutes_app.gui.autosave import PeriodicBackup
from minutes_app.gui.banner import Banner
from minutes_app.gui.continuity import Continuity
from minutes_app.gui.directives_tab import DirectivesTab
from minutes_app.gui.discussion_tab import DiscussionTab
from minutes_app.gui.editor import MeetingEditor
from minutes_app.gui.forms.ui_main_window import Ui_MainWindow
from minutes_app.gui.general_tab import GeneralTab
from minutes_app.gui.legacy_repair import LegacyTextRepair
from minutes_app.gui.meeting_files import MeetingFiles
from minutes_app.gui.new_meeting import blank_meeting, meeting_from
from minutes_app.gui.register_hooks import install_register
from minutes_app.gui.reports_tab import ReportsTab
from minutes_app.gui.save_status import SaveStatus
from minutes_app.gui.settings import Settings
from minutes_app.gui.spell_check import SpellCheck
from minutes_app.gui.typing_help import install_typing_help
from minutes_app.gui.undo_keys import UndoKeyRouter
from minutes_app.gui.undo_view import UndoInView
from minutes_app.messages import UserError

ACTION_ICONS = {
    "actionNewMeeting": "document-new",
    "actionNewFromCurrent": "edit-copy",
    "actionImportJson": "document-open",
    "actionExportJson": "document-save-as",
    "actionExportPdf": "document-export",
    "actionExportDocx": "document-export",
    "actionPrintPreview": "document-print-preview",
    "actionPrint": "document-print",
    "actionQuit": "application-exit",
    "actionFindMeeting": "edit-find",
    "actionSettings": "preferences-system",
    "actionFinalize": "lock",
    "actionReopen": "unlock",
    "actionAbout": "help-about",
}
_ARCHIVE_FIELDS = {"title", "date", "status"}


class MainWindow(QMainWindow):
    """Knows which widget does what, not how: every edit goes through ``self.editor``."""

    def __init__(self, store, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.store = store
        self.settings = settings or Settings()
        self.editor = MeetingEditor(store, self)
        self.files = MeetingFiles(self, self.settings)
        self.backup = PeriodicBackup(store, parent=self)
        self.archive = ArchivePanel(self)
        self.ui.archiveLayout.addWidget(self.archive)
        # Spell check, before the tabs: it learns a meeting's names before the fields show its text.
        self.spell_check = SpellCheck(self.editor, self.settings, self)
        self.tabs = [
            (GeneralTab(self.editor, self), self.tr("&1 Thông tin chung")),
            (AttendeesTab(self.editor, self), self.tr("&2 Thành phần")),
            (ReportsTab(self.editor, self), self.tr("&3 Báo cáo")),
            (DiscussionTab(self.editor, self), self.tr("&4 Thảo luận")),
            (DirectivesTab(self.editor, self), self.tr("&5 Kết luận")),
        ]
        self._build_undo_actions()
        self.undo_keys = UndoKeyRouter(
            self.editor, self, undo=self.undo_in_view.undo, redo=self.undo_in_view.redo
        )
        for tab, title in self.tabs:
            self.ui.tabWidget.addTab(tab, title)
            self.undo_keys.watch(tab)
        self.ui.mainSplitter.setStretchFactor(1, 3)
        self.ui.mainSplitter.setSizes([360, 920])
        self.save_status = SaveStatus(self.ui.statusBar)
        self._place_undo_actions()
        self.legacy_repair = LegacyTextRepair(self.editor, self)
        self.ui.menuEdit.insertAction(self.ui.actionFindMeeting, self.legacy_repair.action)
        self.ui.menuEdit.insertAction(self.ui.actionFindMeeting, self.spell_check.action)
        for tab, _title in self.tabs:
            self.spell_check.watch(tab)
        self.find_replace, self.phrase_inserter = install_typing_help(self)
        self._set_icons()
        self.banner = Banner(self.ui, store, self.editor, self)
        self._archive_timer = QTimer(self)
        self._archive_timer.setSingleShot(True)
        self._archive_timer.setInterval(400)
        self._wire()
        self.continuity = Continuity(self, self.settings)
        self._restore_state()
        self.register = install_register(self)  # the directive register: menu, overdue notice, carry-over
        self.archive.set_store(store)
        self._update_banner()

    # Construction ------------------------------------------------------------------------------------
    def _build_undo_actions(self) -> None:
        self.undo_in_view = UndoInView(self.editor, self.ui.tabWidget, self)
        self.undo_action, self.redo_action = self.undo_in_view.undo_action, self.undo_in_view.redo_action

    def _place_undo_actions(self) -> None:
        first = self.ui.menuEdit.actions()[0]
        self.ui.menuEdit.insertActions(first, [self.undo_action, self.redo_action])
        self.ui.menuEdit.insertSeparator(first)
        self.ui.mainToolBar.addSeparator()
        self.ui.mainToolBar.addActions([self.undo_action, self.redo_action])
        for action in (self.undo_action, self.redo_action):  # their text names the step: too long for a bar
            self.ui.mainToolBar.widgetForAction(action).setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonIconOnly
            )

    def _set_icons(self) -> None:
        self.setWindowIcon(icons.get("minutes-app"))
        for name, icon in ACTION_ICONS.items():
            getattr(self.ui, name).setIcon(icons.get(icon))
        # Shortcuts next to tooltips, so that the toolbar teaches the keyboard.
        for action in self.ui.mainToolBar.actions():
            if action in (self.undo_action, self.redo_action):
                continue  # their tooltips follow the step they name, key included
            if action.shortcut().toString():
                native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(f"{action.toolTip()} ({native})")

    def _wire(self) -> None:
        ui, editor = self.ui, self.editor
        self.archive.meetingActivated.connect(self.open_meeting)
        self.archive.failed.connect(self.show_message)
        self._archive_timer.timeout.connect(self.archive.refresh_all)
        editor.meetingLoaded.connect(self._meeting_loaded)
        editor.meetingFieldChanged.connect(self._meeting_field_changed)
        editor.readOnlyChanged.connect(self._read_only_changed)
        editor.autosave.saved.connect(self.save_status.saved)
        editor.autosave.failed.connect(self.save_status.failed)
        editor.autosave.recovered.connect(self.save_status.recovered)
        editor.autosave.rejected.connect(self.show_message)
        editor.autosave.keptLocally.connect(self.save_status.kept_locally)
        editor.autosave.saved.connect(self.backup.note_edit)
        self.backup.failed.connect(self.show_message)
        self.files.imported.connect(self._meeting_added)
        self.files.message.connect(self.show_message)
        self.legacy_repair.message.connect(self.show_message)
        self.banner.message.connect(self.show_message)
        self.spell_check.message.connect(self.show_message)
        for tab, _title in self.tabs:
            if hasattr(tab, "statusMessage"):  # the tabs that confirm what a key did
                tab.statusMessage.connect(self.show_message)
        ui.actionNewMeeting.triggered.connect(self.new_meeting)
        ui.actionNewFromCurrent.triggered.connect(self.new_meeting_from_current)
        ui.actionImportJson.triggered.connect(self._import_json)
        ui.actionExportJson.triggered.connect(self._export_json)
        ui.actionExportPdf.triggered.connect(self._export_pdf)
        ui.actionExportDocx.triggered.connect(self._export_docx)
        ui.actionPrintPreview.triggered.connect(self.print_preview)
        ui.actionPrint.triggered.connect(self.print_minutes)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFindMeeting.triggered.connect(self.archive.focus_search)
        ui.actionSettings.triggered.connect(self.edit_settings)
        ui.actionFinalize.triggered.connect(self.finalize)
        ui.actionReopen.triggered.connect(self.reopen)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionShowArchive.toggled.connect(ui.archiveContainer.setVisible)
        # Logging out or shutting down may end the program without a close event: write what is pending.
        application = QApplication.instance()
        application.commitDataRequest.connect(self.editor.flush)
        application.aboutToQuit.connect(self.editor.flush)

    def _restore_state(self) -> None:
        if not self.settings.window_geometry.isEmpty():
            self.restoreGeometry(self.settings.window_geometry)
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        if not self.settings.splitter_state.isEmpty():
            self.ui.mainSplitter.restoreState(self.settings.splitter_state)
        self.ui.actionShowArchive.setChecked(self.settings.archive_visible)

    # Meetings -----------------------------------------------------------------------------------------
    @Slot(int)
    def open_meeting(self, meeting_id: int | None) -> None:
        try:
            self.editor.open_meeting(meeting_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Chưa mở được cuộc họp"), str(error))
            meeting_id = self.editor.meeting.id if self.editor.meeting else None
        self.archive.select(meeting_id)

    def open_newest(self) -> None:
        """Only the newest year is read here; the archive lists the rest after the window shows."""
        try:
            years = self.store.years()
            newest = self.store.list_meetings(year=years[0]) if years else []
        except UserError as error:
            self.show_message(str(error))
            return
        self.open_meeting(newest[0].id if newest else None)

    def open_where_left(self) -> None:
        """The meeting, tab, row and field of the last session (once the window shows), else the newest."""
        if self.continuity.open_meeting():
            QTimer.singleShot(0, self.continuity.restore_view)
        else:
            self.open_newest()

    def _add_and_open(self, meeting) -> None:
        try:
            meeting_id = self.store.add(meeting)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không tạo được cuộc họp"), str(error))
            return
        self._meeting_added(meeting_id)

    @Slot(int)
    def _meeting_added(self, meeting_id: int) -> None:
        self.archive.refresh_all()
        self.open_meeting(meeting_id)
        self.ui.tabWidget.setCurrentIndex(0)

    @Slot()
    def new_meeting(self) -> None:
        self.editor.flush()
        self._add_and_open(blank_meeting(self.tr("Cuộc họp mới"), self.settings))

    @Slot()
    def new_meeting_from_current(self) -> None:
        if self.editor.meeting is not None:
            self.editor.flush()
            self._add_and_open(meeting_from(self.editor.meeting))

    @Slot()
    def finalize(self) -> None:
        meeting = self.editor.meeting
        if meeting is None or self.editor.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hoàn tất biên bản"),
            self.tr("Hoàn tất biên bản «%1»? Nội dung sẽ bị khóa cho đến khi được mở lại.").replace(
                "%1", meeting.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            fingerprint = self.editor.finalize()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không hoàn tất được"), str(error))
            return
        # A box, not a passing status message: the Mã đối chiếu is written on the signed paper copy (and
        # stays in the banner while the meeting is finalized).
        QMessageBox.information(
            self,
            self.tr("Hoàn tất biên bản"),
            self.tr("Đã hoàn tất biên bản; mã đối chiếu %1.").replace("%1", fingerprint),
        )
        self._archive_timer.start()

    @Slot()
    def reopen(self) -> None:
        meeting = self.editor.meeting
        if meeting is None or meeting.status != Status.FINAL or self.store.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mở lại biên bản"),
            self.tr("Mở lại biên bản «%1» để sửa? Bản đã hoàn tất trước đó vẫn được giữ.").replace(
                "%1", meeting.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.editor.reopen()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Không mở lại được"), str(error))
            return
        self._archive_timer.start()

    # Files and printing -------------------------------------------------------------------------------
    @Slot()
    def _import_json(self) -> None:
        if not self.store.read_only:
            self.editor.flush()
            self.files.import_json(self.store)

    @Slot()
    def _export_json(self) -> None:
        if self.editor.meeting is not None:
            self.editor.flush()
            self.files.export_json(self.editor.meeting)

    @Slot()
    def _export_pdf(self) -> None:
        if self.editor.meeting is not None:
            self.editor.flush()
            self.files.export_document(self.editor.meeting, "pdf")

    @Slot()
    def _export_docx(self) -> None:
        if self.editor.meeting is not None:
            self.editor.flush()
            self.files.export_document(self.editor.meeting, "docx")

    def _preview_dialog(self):
        from minutes_app.gui.print_preview import PrintPreviewDialog

        self.editor.flush()
        return PrintPreviewDialog(self.editor.meeting, self)

    @Slot()
    def print_preview(self) -> None:
        if self.editor.meeting is not None:
            dialog = self._preview_dialog()
            dialog.exec()
            dialog.deleteLater()

    @Slot()
    def print_minutes(self) -> None:
        if self.editor.meeting is not None:
            dialog = self._preview_dialog()
            dialog.print_document()
            dialog.deleteLater()

    @Slot()
    def edit_settings(self) -> None:
        from minutes_app.gui.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            self.tr(
                "<b>Biên bản hội nghị</b> %1<br>Ghi, in và lưu trữ biên bản hội nghị, không cần mạng.<br>"
                "Nội dung được lưu tự động sau mỗi lần sửa.<br>Tệp dữ liệu: %2"
            )
            .replace("%1", __version__)
            .replace("%2", str(self.store.path)),
        )

    # Reactions ----------------------------------------------------------------------------------------
    @Slot()
    def _meeting_loaded(self) -> None:
        meeting = self.editor.meeting
        title = self.tr("Biên bản hội nghị")
        self.setWindowTitle(f"{meeting.title} — {title}" if meeting else title)
        self._update_actions()
        self._update_banner()

    @Slot(str)
    def _meeting_field_changed(self, field: str) -> None:
        if field in _ARCHIVE_FIELDS:
            self.archive.update_meeting(self.editor.meeting)
        if field == "title":
            self.setWindowTitle(f"{self.editor.meeting.title} — {self.tr('Biên bản hội nghị')}")

    @Slot(bool)
    def _read_only_changed(self, read_only: bool) -> None:
        self.save_status.set_read_only(read_only)
        self._update_actions()
        self._update_banner()

    def _update_actions(self) -> None:
        ui, meeting = self.ui, self.editor.meeting
        writable = not self.store.read_only
        for action in (ui.actionNewMeeting, ui.actionImportJson):
            action.setEnabled(writable)
        for action in (
            ui.actionExportJson,
            ui.actionExportPdf,
            ui.actionExportDocx,
            ui.actionPrintPreview,
            ui.actionPrint,
        ):
            action.setEnabled(meeting is not None)
        ui.actionNewFromCurrent.setEnabled(writable and meeting is not None)
        ui.actionFinalize.setEnabled(not self.editor.read_only)
        ui.actionReopen.setEnabled(writable and meeting is not None and meeting.status == Status.FINAL)

    def _update_banner(self) -> None:
        self.banner.update()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.ui.statusBar.showMessage(text, 10000)

    # Qt overrides ---------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Nothing typed may be lost silently: unsaved edits keep the window open unless the user decides."""
        self.editor.flush()
        self.editor.autosave.retry_now()
        autosave = self.editor.autosave
        # Edits kept in the journal on this computer (a server out of reach) are written at the next start.
        if (
            autosave.pending
            and not autosave.kept_on_disk
            and not self.files.may_close_unsaved(self.editor, self.save_status.problem)
        ):
            event.ignore()
            return
        autosave.close()
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.ui.mainSplitter.saveState()
        self.settings.archive_visible = self.ui.actionShowArchive.isChecked()
        self.continuity.save()
        self.settings.sync()
        event.accept()
