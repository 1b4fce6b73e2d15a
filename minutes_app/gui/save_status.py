"""The status bar's account of saving: the time of the last write, or a red message until writes succeed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTime, Slot
from PySide6.QtWidgets import QLabel, QStatusBar

ALERT_STYLE = "QLabel { color: white; background: #b00020; padding: 2px 8px; font-weight: bold; }"


class SaveStatus(QObject):
    """A failure stays on screen (not a timed status message) until the retried write succeeds."""

    def __init__(self, status_bar: QStatusBar) -> None:
        super().__init__(status_bar)
        self.alert_label = QLabel(status_bar)
        self.alert_label.setStyleSheet(ALERT_STYLE)
        self.alert_label.setWordWrap(True)
        self.alert_label.setAccessibleName(self.tr("Lỗi lưu"))
        self.alert_label.hide()
        self.save_label = QLabel(self.tr("Mọi thay đổi được lưu tự động"), status_bar)
        self.save_label.setAccessibleName(self.tr("Trạng thái lưu"))
        status_bar.addWidget(self.alert_label, 1)
        status_bar.addPermanentWidget(self.save_label)

    def set_read_only(self, read_only: bool) -> None:
        """Nothing is saved while only viewing; saying "saved automatically" then would mislead."""
        if read_only:
            self.save_label.setText(self.tr("Chỉ xem"))
        elif not self.alert_label.isVisible():
            self.save_label.setText(self.tr("Mọi thay đổi được lưu tự động"))

    @property
    def problem(self) -> str:
        return self.alert_label.text()

    @Slot(QTime)
    def saved(self, moment: QTime) -> None:
        self.save_label.setText(self.tr("Đã lưu lúc %1").replace("%1", moment.toString("HH:mm:ss")))

    @Slot(QTime)
    def kept_locally(self, moment: QTime) -> None:
        """A server out of reach: the edits are safe on this computer, not yet in the shared archive."""
        self.save_label.setText(
            self.tr("Đã giữ trên máy này lúc %1").replace("%1", moment.toString("HH:mm:ss"))
        )

    @Slot(str)
    def failed(self, message: str) -> None:
        self.alert_label.setText(message)
        self.alert_label.show()
        self.save_label.setText(self.tr("Chưa lưu"))

    @Slot()
    def recovered(self) -> None:
        self.alert_label.clear()
        self.alert_label.hide()
