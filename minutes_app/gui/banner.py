"""The band above the tabs: why the meeting cannot be edited, and a finalized meeting's Mã đối chiếu to copy."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from minutes_app.domain import Status, canonical
from minutes_app.gui import icons
from minutes_app.messages import UserError

STYLE = "QFrame#bannerFrame { background: #fff3cd; border: 1px solid #d39e00; border-radius: 3px; }"


class Banner(QObject):
    """Shown while the meeting is read-only or there is none; a finalized meeting also shows its Mã đối
    chiếu, the code printed on the signed paper copy, so that a copy can be matched to the archive."""

    message = Signal(str)

    def __init__(self, ui, store, editor, parent: QObject | None = None):
        super().__init__(parent)
        self.ui, self.store, self.editor = ui, store, editor
        self.code = ""
        ui.bannerFrame.setStyleSheet(STYLE)
        ui.copyFingerprintButton.setIcon(icons.get("edit-copy"))
        ui.copyFingerprintButton.clicked.connect(self.copy_code)

    def code_of(self, meeting) -> str:
        """The code recorded when the meeting was finalized (what the paper carries), else the printed one."""
        try:
            versions = self.store.finalized_versions(meeting.id) if meeting.id is not None else []
        except UserError:
            versions = []
        return versions[0][1] if versions else canonical.fingerprint(meeting)

    def update(self) -> None:
        meeting, reason = self.editor.meeting, self.store.read_only_reason
        final = meeting is not None and meeting.status == Status.FINAL
        if self.store.read_only:
            text = str(reason) if reason is not None else self.tr("Tệp dữ liệu đang mở ở chế độ chỉ xem.")
        elif final:
            text = self.tr(
                "Biên bản này đã hoàn tất nên chỉ xem được. Muốn sửa, chọn Biên bản › Mở lại để sửa."
            )
        elif meeting is None:
            text = self.tr("Chưa có cuộc họp nào. Chọn Tệp › Cuộc họp mới (Ctrl+N) để bắt đầu.")
        else:
            text = ""
        self.code = self.code_of(meeting) if final else ""
        self.ui.bannerLabel.setText(text)
        self.ui.fingerprintLabel.setText(self.tr("Mã đối chiếu: %1").replace("%1", self.code))
        self.ui.fingerprintLabel.setVisible(bool(self.code))
        self.ui.copyFingerprintButton.setVisible(bool(self.code))
        self.ui.bannerFrame.setVisible(bool(text or self.code))

    @Slot()
    def copy_code(self) -> None:
        if self.code:
            QGuiApplication.clipboard().setText(self.code)
            self.message.emit(self.tr("Đã chép mã đối chiếu %1.").replace("%1", self.code))
