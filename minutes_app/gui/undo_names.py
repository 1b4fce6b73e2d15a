"""Names of undo steps that say what will change: "sửa ý kiến của đ/c Lý Văn Tuấn", not "Sửa nội dung"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.model import ItemKind, Meeting

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

_TITLE_LENGTH = 40


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_LENGTH else text[: _TITLE_LENGTH - 1] + "…"


def meeting_field_label(field: str) -> str:
    labels = {
        "title": translate("UndoNames", "tên cuộc họp"),
        "date": translate("UndoNames", "ngày họp"),
        "layout": translate("UndoNames", "thể thức"),
        "parent_body": translate("UndoNames", "cơ quan cấp trên"),
        "issuing_body": translate("UndoNames", "cơ quan ban hành"),
        "body_code": translate("UndoNames", "ký hiệu cơ quan"),
        "number": translate("UndoNames", "số biên bản"),
        "place_name": translate("UndoNames", "địa danh"),
        "start_time": translate("UndoNames", "giờ bắt đầu"),
        "end_time": translate("UndoNames", "giờ kết thúc"),
        "location": translate("UndoNames", "địa điểm"),
        "agenda": translate("UndoNames", "chương trình"),
        "documents": translate("UndoNames", "tài liệu"),
        "other_info": translate("UndoNames", "thông tin khác"),
        "chair": translate("UndoNames", "người chủ trì"),
        "secretary": translate("UndoNames", "thư ký"),
        "classification": translate("UndoNames", "độ mật"),
        "circulation": translate("UndoNames", "phạm vi lưu hành"),
        "conclusion": translate("UndoNames", "kết luận"),
        "closing_note": translate("UndoNames", "câu kết thúc"),
        "copies": translate("UndoNames", "số bản"),
        "recipients": translate("UndoNames", "nơi nhận"),
        "notice_signer": translate("UndoNames", "người ký thông báo"),
    }
    return labels.get(field, field)


def _item_field_label(field: str) -> str:
    labels = {
        "name": translate("UndoNames", "họ tên"),
        "position": translate("UndoNames", "chức vụ"),
        "organization": translate("UndoNames", "đơn vị"),
        "group": translate("UndoNames", "nhóm thành phần"),
        "attendance": translate("UndoNames", "tình trạng có mặt"),
        "reason": translate("UndoNames", "lý do vắng"),
        "substitute_for": translate("UndoNames", "người được dự thay"),
        "arrived": translate("UndoNames", "giờ đến"),
        "left": translate("UndoNames", "giờ về"),
        "title": translate("UndoNames", "tên"),
        "presenter": translate("UndoNames", "người trình bày"),
        "time": translate("UndoNames", "giờ"),
        "speaker": translate("UndoNames", "người phát biểu"),
        "report": translate("UndoNames", "báo cáo được bàn"),
        "subject": translate("UndoNames", "nội dung"),
        "in_favour": translate("UndoNames", "số tán thành"),
        "against": translate("UndoNames", "số không tán thành"),
        "abstain": translate("UndoNames", "số ý kiến khác"),
        "assignee": translate("UndoNames", "đơn vị thực hiện"),
        "deadline": translate("UndoNames", "hạn chót"),
        "deadline_text": translate("UndoNames", "thời hạn"),
        "status": translate("UndoNames", "tình trạng"),
        "result": translate("UndoNames", "kết quả"),
    }
    return labels.get(field, field)


def item_label(meeting: Meeting | None, kind: ItemKind, item) -> str:
    """The item as the secretary knows it: a person by name, a contribution by its speaker."""
    rows = meeting.items(kind) if meeting is not None else []
    number = next((i for i, row in enumerate(rows, start=1) if row.id == item.id), len(rows) + 1)
    if kind == ItemKind.ATTENDEES:
        return (
            translate("UndoNames", "đ/c %1").replace("%1", item.name)
            if item.name.strip()
            else translate("UndoNames", "người số %1").replace("%1", str(number))
        )
    if kind == ItemKind.DISCUSSION:
        person = meeting.attendee(item.speaker) if meeting is not None and item.speaker else None
        if person is not None:
            return translate("UndoNames", "ý kiến của đ/c %1").replace("%1", person.name)
        return translate("UndoNames", "ý kiến số %1").replace("%1", str(number))
    if kind == ItemKind.REPORTS and item.title.strip():
        return translate("UndoNames", "báo cáo «%1»").replace("%1", _short(item.title))
    if kind == ItemKind.VOTES and item.subject.strip():
        return translate("UndoNames", "biểu quyết «%1»").replace("%1", _short(item.subject))
    numbered = {
        ItemKind.REPORTS: translate("UndoNames", "báo cáo số %1"),
        ItemKind.VOTES: translate("UndoNames", "biểu quyết số %1"),
        ItemKind.DIRECTIVES: translate("UndoNames", "nhiệm vụ số %1"),
        ItemKind.PREVIOUS_DIRECTIVES: translate("UndoNames", "kết luận kỳ trước số %1"),
    }
    return numbered.get(kind, translate("UndoNames", "dòng số %1")).replace("%1", str(number))


_WHOLE_ITEM_FIELDS = {"content", "name", "title", "subject"}  # editing these is "editing the item"


def meeting_edit(field: str) -> str:
    return translate("UndoNames", "sửa %1").replace("%1", meeting_field_label(field))


def item_edit(meeting: Meeting | None, kind: ItemKind, item, field: str) -> str:
    label = item_label(meeting, kind, item)
    if field in _WHOLE_ITEM_FIELDS:
        return translate("UndoNames", "sửa %1").replace("%1", label)
    if kind == ItemKind.ATTENDEES and field == "attendance":
        return translate("UndoNames", "điểm danh %1").replace("%1", label)
    return translate("UndoNames", "sửa %1 — %2").replace("%1", _item_field_label(field)).replace("%2", label)


def insertion(meeting: Meeting | None, kind: ItemKind, item) -> str:
    return translate("UndoNames", "thêm %1").replace("%1", item_label(meeting, kind, item))


def removal(meeting: Meeting | None, kind: ItemKind, item) -> str:
    return translate("UndoNames", "xóa %1").replace("%1", item_label(meeting, kind, item))


def kind_label(kind: ItemKind) -> str:
    labels = {
        ItemKind.ATTENDEES: translate("UndoNames", "thành phần"),
        ItemKind.REPORTS: translate("UndoNames", "các báo cáo"),
        ItemKind.DISCUSSION: translate("UndoNames", "các ý kiến"),
        ItemKind.VOTES: translate("UndoNames", "các biểu quyết"),
        ItemKind.DIRECTIVES: translate("UndoNames", "các nhiệm vụ"),
        ItemKind.PREVIOUS_DIRECTIVES: translate("UndoNames", "các kết luận kỳ trước"),
    }
    return labels[kind]


def reordering(kind: ItemKind) -> str:
    return translate("UndoNames", "đổi thứ tự %1").replace("%1", kind_label(kind))


def removals(kind: ItemKind, count: int) -> str:
    return (
        translate("UndoNames", "xóa %1 dòng ở %2").replace("%1", str(count)).replace("%2", kind_label(kind))
    )
