"""Files in and out of the window: JSON import and export, PDF and DOCX export, in the last folder used."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from minutes_app.domain import Meeting
from minutes_app.gui.settings import Settings
from minutes_app.messages import UserError

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def suggested_name(meeting: Meeting, suffix: str) -> str:
    """ "2022-09-20 Hội nghị giao ban….pdf": sorts by date in a folder and survives every file system."""
    title = _UNSAFE.sub(" ", meeting.title).strip()[:80] or "bien-ban"
    return f"{meeting.date.isoformat()} {title}{suffix}"


class MeetingFiles(QObject):
    """Asks for a file name, remembers its folder, and reports failures in the user's words."""

    imported = Signal(int)
    message = Signal(str)

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def _folder(self) -> str:
        folder = self.settings.last_folder
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _remember(self, chosen: str) -> None:
        self.settings.last_folder = str(Path(chosen).parent)

    def _ask_save(self, meeting: Meeting, suffix: str, filter_text: str) -> str:
        start = str(Path(self._folder()) / suggested_name(meeting, suffix))
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Lưu tệp"), start, filter_text)
        if chosen and not chosen.lower().endswith(suffix):
            chosen += suffix
        if chosen:
            self._remember(chosen)
        return chosen

    def _error(self, error: Exception) -> None:
        QMessageBox.warning(self.window, self.tr("Không thực hiện được"), str(error))

    def import_json(self, store) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Nhập cuộc họp"), self._folder(), self.tr("Tệp JSON (*.json)")
        )
        if not chosen:
            return
        self._remember(chosen)
        from minutes_app import interchange

        try:
            meeting_id = store.add(interchange.read_meeting(chosen))
        except UserError as error:
            self._error(error)
            return
        self.imported.emit(meeting_id)

    def export_json(self, meeting: Meeting) -> None:
        chosen = self._ask_save(meeting, ".json", self.tr("Tệp JSON (*.json)"))
        if not chosen:
            return
        from minutes_app import interchange

        self._write(chosen, lambda: interchange.write_meeting(meeting, chosen))

    def export_document(self, meeting: Meeting, fmt: str) -> None:
        """The minutes as PDF or DOCX; documents/ (reportlab) is imported only now, to keep start fast."""
        suffix = f".{fmt}"
        filter_text = self.tr("Tệp PDF (*.pdf)") if fmt == "pdf" else self.tr("Tệp Word (*.docx)")
        chosen = self._ask_save(meeting, suffix, filter_text)
        if not chosen:
            return
        from minutes_app import documents

        self._write(chosen, lambda: documents.render(meeting, document="minutes", fmt=fmt, target=chosen))

    def _write(self, chosen: str, write) -> None:
        """Run one export; a failure is told in the catalogue's words, never the library's English text."""
        try:
            write()
        except UserError as error:
            self._error(error)
            return
        except OSError as error:
            self._error(
                UserError("file.cannot_write", path=chosen, detail=error.strerror or type(error).__name__)
            )
            return
        self.message.emit(self.tr("Đã ghi %1").replace("%1", chosen))

    def may_close_unsaved(self, editor, problem: str) -> bool:
        """Edits the database refused: offer the JSON export as a way out, and close only on a clear choice."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Chưa lưu được"), problem, parent=self.window)
        box.setInformativeText(
            self.tr(
                "Một số thay đổi chưa ghi được vào tệp dữ liệu. Hãy xuất cuộc họp ra tệp JSON để giữ "
                "lại, hoặc chờ cho đến khi lưu được."
            )
        )
        export = box.addButton(self.tr("Xuất JSON…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Đóng, bỏ thay đổi"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(export)
        box.exec()
        if box.clickedButton() is export:
            if editor.meeting is not None:
                self.export_json(editor.meeting)
            return False
        if box.clickedButton() is discard:
            editor.autosave.discard()
            return True
        return False
