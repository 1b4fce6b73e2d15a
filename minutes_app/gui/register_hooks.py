"""The directive register in the main window: its menu entry, the overdue notice, and the carry-over.

The main window calls ``install_register(window)`` once; everything the register adds to the window
is wired here, so that the window itself only hosts it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from minutes_app.domain import carry
from minutes_app.domain.model import ItemKind
from minutes_app.domain.register import RegisterEntry, RegisterFilter
from minutes_app.gui import icons
from minutes_app.messages import UserError

NOTICE_STYLE = "QPushButton#overdueNoticeButton { color: #8a1c00; border: none; padding: 0 8px; }"
NOTICE_DELAY_MS = 800


class RegisterHooks(QObject):
    """Owns the register window (made when first asked for) and keeps the overdue notice current."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.register_window = None
        self.action = QAction(
            icons.get("view-sort-ascending"), self.tr("&Theo dõi thực hiện kết luận…"), window
        )
        self.action.setObjectName("actionDirectiveRegister")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.setToolTip(
            self.tr("Các kết luận của mọi cuộc họp: tình trạng, quá hạn, theo dõi (Ctrl+Shift+T)")
        )
        window.ui.menuMinutes.addSeparator()
        window.ui.menuMinutes.addAction(self.action)
        window.ui.mainToolBar.addAction(self.action)
        self.notice = QPushButton(window.ui.statusBar)
        self.notice.setObjectName("overdueNoticeButton")
        self.notice.setFlat(True)
        self.notice.setCursor(Qt.CursorShape.PointingHandCursor)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setToolTip(self.tr("Mở sổ theo dõi, chỉ các kết luận quá hạn"))
        self.notice.hide()
        window.ui.statusBar.addPermanentWidget(self.notice)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_DELAY_MS)
        self._notice_timer.timeout.connect(self.refresh_notice)
        self.action.triggered.connect(lambda: self.open_register())
        self.notice.clicked.connect(lambda: self.open_register(overdue=True))
        self.editor.meetingLoaded.connect(self._notice_timer.start)
        self.editor.itemChanged.connect(self._directive_changed)
        self.editor.itemsReset.connect(self._directives_reset)
        reports = self.tab("ReportsTab")
        if reports is not None and hasattr(reports, "previous"):
            reports.previous.pickRequested.connect(self.pick_directives)
        QTimer.singleShot(0, self, self.refresh_notice)  # once the window is on screen, not before

    def tab(self, name: str):
        return next((tab for tab, _title in self.window.tabs if type(tab).__name__ == name), None)

    # The overdue notice ------------------------------------------------------------------------------
    @Slot()
    def refresh_notice(self) -> None:
        """A quiet line in the status bar: how many directives are overdue today, nothing when none."""
        try:
            count = self.window.store.register_count(RegisterFilter(overdue=True), today=dt.date.today())
        except UserError:
            count = 0
        self.notice.setText(self.tr("⚠ %n kết luận quá hạn", "", count))
        self.notice.setVisible(count > 0)

    @Slot(str, str, str)
    def _directive_changed(self, kind: str, _item_id: str, _field: str) -> None:
        if kind == ItemKind.DIRECTIVES.value:
            self._notice_timer.start()

    @Slot(str)
    def _directives_reset(self, kind: str) -> None:
        if kind == ItemKind.DIRECTIVES.value:
            self._notice_timer.start()

    # The register window -----------------------------------------------------------------------------
    def open_register(self, *, overdue: bool = False):
        """Show the register (made on first use), on overdue directives only when the notice was clicked."""
        from minutes_app.gui.register_window import RegisterWindow

        self.editor.flush()
        if self.register_window is None:
            self.register_window = RegisterWindow(
                self.window.store, self.editor, self.window.settings, self.window
            )
            self.register_window.directiveActivated.connect(self.open_directive)
            self.register_window.changed.connect(self.refresh_notice)
        if overdue:
            self.register_window.set_filter(overdue=True)
        else:
            self.register_window.refresh()
        self.register_window.show()
        self.register_window.raise_()
        self.register_window.activateWindow()
        self.register_window.ui.registerTable.setFocus()
        return self.register_window

    @Slot(int, str)
    def open_directive(self, meeting_id: int, directive_id: str) -> None:
        """The source meeting in the main window, on its Kết luận tab, the directive selected."""
        window = self.window
        if window.editor.meeting is None or window.editor.meeting.id != meeting_id:
            window.open_meeting(meeting_id)
        if window.editor.meeting is None or window.editor.meeting.id != meeting_id:
            return
        directives = self.tab("DirectivesTab")
        if directives is not None:
            window.ui.tabWidget.setCurrentWidget(directives)
            directives.list.select_ids([directive_id], directive_id)
            directives.ui.directivesTable.setFocus()
        window.raise_()
        window.activateWindow()

    # Carry-over: picking directives of earlier meetings ----------------------------------------------
    @Slot()
    def pick_directives(self) -> None:
        """Directives of earlier meetings, chosen in a dialog, added to the open meeting in one undo step."""
        from minutes_app.gui.pick_directives import PickDirectivesDialog

        meeting = self.editor.meeting
        if meeting is None or self.editor.read_only:
            return
        self.editor.flush()
        taken = {(item.source_meeting_uid, item.source_directive_id) for item in meeting.previous_directives}
        dialog = PickDirectivesDialog(self.window.store, meeting.date, taken, self.window)
        if dialog.exec() != dialog.DialogCode.Accepted:
            dialog.deleteLater()
            return
        chosen = dialog.chosen()
        dialog.deleteLater()
        try:
            items = self.previous_items(chosen)
        except UserError as error:
            QMessageBox.warning(self.window, self.tr("Không thêm được"), str(error))
            return
        if not items:
            return
        stack = self.editor.undo_stack
        stack.beginMacro(self.tr("Thêm %n kết luận kỳ trước", "", len(items)))
        for item in items:
            self.editor.insert_item(ItemKind.PREVIOUS_DIRECTIVES, item)
        stack.endMacro()
        reports = self.tab("ReportsTab")
        if reports is not None:
            reports.previous.list.select_ids([items[0].id], items[0].id)

    def previous_items(self, chosen: list[RegisterEntry]):
        """Each chosen directive as an item to review, its source meeting read once for its number."""
        meeting = self.editor.meeting
        ids = carry.free_ids([item.id for item in meeting.previous_directives], len(chosen))
        sources: dict[int, object] = {}
        items = []
        for entry, item_id in zip(chosen, ids, strict=True):
            if entry.meeting_id not in sources:
                sources[entry.meeting_id] = self.window.store.load(entry.meeting_id)
            source = sources[entry.meeting_id]
            directive = next((d for d in source.directives if d.id == entry.directive_id), None)
            if directive is not None:
                items.append(carry.previous_directive(source, directive, item_id))
        return items


def install_register(window) -> RegisterHooks:
    """The register's part of the main window (menu Biên bản, toolbar, status bar, Báo cáo tab)."""
    return RegisterHooks(window)
