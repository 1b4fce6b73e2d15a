"""The General tab's print fields: the circulation mark, who signs the notice, the generated closing lines."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Slot

from minutes_app.domain import rules
from minutes_app.domain.model import NOTICE_AUTHORITIES, Circulation, NoticeSigner

_SIGNER_FIELDS = ("on_behalf_of", "title", "name")


class PrintMarks(QObject):
    """Edits ``circulation`` and ``notice_signer`` through the editor and shows what the minutes add
    around the closing note, so that the secretary sees every sentence that will print."""

    def __init__(self, editor, ui, binder, parent=None) -> None:
        super().__init__(parent)
        self.editor, self.ui = editor, ui
        ui.circulationCombo.addItem(self.tr("Không"), Circulation.NONE)
        ui.circulationCombo.addItem(self.tr("LƯU HÀNH NỘI BỘ"), Circulation.INTERNAL)
        ui.circulationCombo.addItem(self.tr("XEM XONG TRẢ LẠI"), Circulation.RETURN_AFTER_READING)
        ui.circulationCombo.addItem(self.tr("TRẢ LẠI SAU KHI HỌP"), Circulation.RETURN_AFTER_MEETING)
        binder.choice(ui.circulationCombo, "circulation", convert=Circulation)
        for authority in NOTICE_AUTHORITIES:
            ui.signerAuthorityCombo.addItem(authority or self.tr("(người chủ trì ký)"), authority)
        self.edits = {
            "on_behalf_of": ui.signerOnBehalfEdit,
            "title": ui.signerTitleEdit,
            "name": ui.signerNameEdit,
        }
        for field, edit in self.edits.items():
            edit.textEdited.connect(lambda text, field=field: self._store(field, text))
        ui.signerAuthorityCombo.activated.connect(
            lambda _index: self._store("authority", ui.signerAuthorityCombo.currentData())
        )
        editor.meetingLoaded.connect(self.refresh)
        editor.meetingFieldChanged.connect(self._field_changed)
        editor.readOnlyChanged.connect(self.refresh)
        self.refresh()

    def _store(self, field: str, value: str) -> None:
        meeting = self.editor.meeting
        if meeting is None or self.editor.read_only:
            return
        signer = dataclasses.replace(meeting.notice_signer, **{field: value})
        self.editor.set_meeting_field("notice_signer", signer, typing=field in _SIGNER_FIELDS)

    @Slot(str)
    def _field_changed(self, field: str) -> None:
        if field in ("notice_signer", "closing_note", "end_time", "copies", "chair", "attendees"):
            self.refresh()

    @Slot()
    def refresh(self, *_args) -> None:
        meeting = self.editor.meeting
        signer = meeting.notice_signer if meeting is not None else NoticeSigner()
        writable = meeting is not None and not self.editor.read_only
        for field, edit in self.edits.items():
            if edit.text() != getattr(signer, field):
                edit.setText(getattr(signer, field))
            edit.setReadOnly(not writable)
        combo = self.ui.signerAuthorityCombo
        combo.setCurrentIndex(max(combo.findData(signer.authority), 0))
        combo.setEnabled(writable)
        chair = meeting.attendee(meeting.chair) if meeting is not None else None
        if chair is not None:
            self.edits["title"].setPlaceholderText(chair.position or self.tr("Để trống: người chủ trì ký"))
            self.edits["name"].setPlaceholderText(chair.name)
        self._show_formulas()

    def _show_formulas(self) -> None:
        meeting = self.editor.meeting
        lines = list(rules.closing_formulas(meeting)) if meeting is not None else []
        label = self.ui.closingFormulasLabel
        if lines:
            label.setText(
                self.tr("Chương trình in thêm: %1").replace("%1", " ".join(f"«{line}»" for line in lines))
            )
        else:
            label.setText(self.tr("Chương trình không in thêm câu nào."))
