"""The fingerprint has one name, "Mã đối chiếu", and stays in view for a finalized meeting, ready to copy."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from minutes_app import messages
from minutes_app.domain import Meeting
from minutes_app.gui.app import install_translators
from minutes_app.gui.main_window import MainWindow


def test_a_finalized_meeting_keeps_its_reference_code_in_view_with_a_copy_button(
    window, store, qtbot, message_boxes
):
    """After finalizing, the band above the tabs shows "Mã đối chiếu: …" (the code on the signed paper),
    also after looking at another meeting and coming back; Sao chép puts it on the clipboard."""
    window.ui.actionFinalize.trigger()
    meeting_id = window.editor.meeting.id
    code = store.finalized_versions(meeting_id)[0][1]
    assert any(kind == "information" and f"mã đối chiếu {code}" in text for kind, text in message_boxes)
    assert window.ui.fingerprintLabel.isVisible()
    assert window.ui.fingerprintLabel.text() == f"Mã đối chiếu: {code}"
    other = store.add(Meeting(title="Họp chi bộ", date=dt.date(2021, 3, 1)))
    window.open_meeting(other)
    assert not window.ui.fingerprintLabel.isVisible()
    window.open_meeting(meeting_id)
    assert window.ui.fingerprintLabel.isVisible() and code in window.ui.fingerprintLabel.text()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(window.ui.copyFingerprintButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    assert code in window.ui.statusBar.currentMessage()
    window.ui.actionReopen.trigger()
    assert not window.ui.fingerprintLabel.isVisible() and not window.ui.copyFingerprintButton.isVisible()


def _visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.whatsThis()]
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
    for action in root.findChildren(type(root.ui.actionFinalize)):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return texts


def test_no_other_name_for_the_code_anywhere(window, qapp, store, settings, qtbot):
    """Neither the Vietnamese window and messages nor the English ones call it anything but Mã đối chiếu."""
    assert not [text for text in _visible_texts(window) if "vân tay" in text.lower()]
    for vietnamese, english in messages.CATALOGUE.values():
        vietnamese, english = (re.sub(r"\{\w+\}", "", text).lower() for text in (vietnamese, english))
        assert "vân tay" not in vietnamese and "fingerprint" not in english
    install_translators(qapp, "en")
    try:
        english = MainWindow(store, settings)
        qtbot.addWidget(english)
        texts = _visible_texts(english)
        assert not [text for text in texts if "fingerprint" in text.lower()]
        assert any("mã đối chiếu" in text.lower() for text in texts)
    finally:
        install_translators(qapp, "vi")
