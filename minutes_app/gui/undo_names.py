"""Names of undo steps that say what will change: "sửa ý kiến của đ/c Lý Văn Tuấn", not "Sửa nội dung"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from minutes_app.domain.model import ItemKind, Meeting

_TITLE_LENGTH = 40


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoNames", text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TITLE_LENGTH else text[: _TITLE_LENGTH - 1] + "…"


def meeting_field_label(field: str) -> str:
    labels = {
        "title": _tr("tên cuộc họp"),
        "date": _tr("ngày họp"),
        "layout": _tr("thể thức"),
        "parent_body": _tr("cơ quan cấp trên"),
        "issuing_body": _tr("cơ quan ban hành"),
        "body_code": _tr("ký hiệu cơ quan"),
        "number": _tr("số biên bản"),
        "place_name": _tr("địa danh"),
        "start_time": _tr("giờ bắt đầu"),
        "end_time": _tr("giờ kết thúc"),
        "location": _tr("địa điểm"),
        "agenda": _tr("chương trình"),
        "documents": _tr("tài liệu"),
        "other_info": _tr("thông tin khác"),
        "chair": _tr("người chủ trì"),
        "secretary": _tr("thư ký"),
        "classification": _tr("độ mật"),
        "circulation": _tr("phạm vi lưu hành"),
        "conclusion": _tr("kết luận"),
        "closing_note": _tr("câu kết thúc"),
        "copies": _tr("số bản"),
        "recipients": _tr("nơi nhận"),
        "notice_signer": _tr("người ký thông báo"),
    }
    return labels.get(field, field)


def _item_field_label(field: str) -> str:
    labels = {
        "name": _tr("họ tên"),
        "position": _tr("chức vụ"),
        "organization": _tr("đơn vị"),
        "group": _tr("thành phần"),
        "attendance": _tr("tình trạng có mặt"),
        "reason": _tr("lý do vắng"),
        "substitute_for": _tr("người được dự thay"),
        "arrived": _tr("giờ đến"),
        "left": _tr("giờ về"),
        "title": _tr("tên"),
        "presenter": _tr("người trình bày"),
        "time": _tr("giờ"),
        "speaker": _tr("người phát biểu"),
        "report": _tr("báo cáo được bàn"),
        "subject": _tr("nội dung"),
        "in_favour": _tr("số tán thành"),
        "against": _tr("số không tán thành"),
        "abstain": _tr("số ý kiến khác"),
        "assignee": _tr("đơn vị thực hiện"),
        "deadline": _tr("hạn chót"),
        "deadline_text": _tr("thời hạn"),
        "status": _tr("tình trạng"),
        "result": _tr("kết quả"),
    }
    return labels.get(field, field)


def item_label(meeting: Meeting | None, kind: ItemKind, item) -> str:
    """The item as the secretary knows it: a person by name, a contribution by its speaker."""
    rows = meeting.items(kind) if meeting is not None else []
    number = next((i for i, row in enumerate(rows, start=1) if row.id == item.id), len(rows) + 1)
    if kind == ItemKind.ATTENDEES:
        return (
            _tr("đ/c %1").replace("%1", item.name)
            if item.name.strip()
            else _tr("người số %1").replace("%1", str(number))
        )
    if kind == ItemKind.DISCUSSION:
        person = meeting.attendee(item.speaker) if meeting is not None and item.speaker else None
        if person is not None:
            return _tr("ý kiến của đ/c %1").replace("%1", person.name)
        return _tr("ý kiến số %1").replace("%1", str(number))
    if kind == ItemKind.REPORTS and item.title.strip():
        return _tr("báo cáo «%1»").replace("%1", _short(item.title))
    if kind == ItemKind.VOTES and item.subject.strip():
        return _tr("biểu quyết «%1»").replace("%1", _short(item.subject))
    numbered = {
        ItemKind.REPORTS: _tr("báo cáo số %1"),
        ItemKind.VOTES: _tr("biểu quyết số %1"),
        ItemKind.DIRECTIVES: _tr("nhiệm vụ số %1"),
        ItemKind.PREVIOUS_DIRECTIVES: _tr("kết luận kỳ trước số %1"),
    }
    return numbered.get(kind, _tr("dòng số %1")).replace("%1", str(number))


_WHOLE_ITEM_FIELDS = {"content", "name", "title", "subject"}  # editing these is "editing the item"


def meeting_edit(field: str) -> str:
    return _tr("sửa %1").replace("%1", meeting_field_label(field))


def item_edit(meeting: Meeting | None, kind: ItemKind, item, field: str) -> str:
    label = item_label(meeting, kind, item)
    if field in _WHOLE_ITEM_FIELDS:
        return _tr("sửa %1").replace("%1", label)
    if kind == ItemKind.ATTENDEES and field == "attendance":
        return _tr("điểm danh %1").replace("%1", label)
    return _tr("sửa %1 — %2").replace("%1", _item_field_label(field)).replace("%2", label)


def insertion(meeting: Meeting | None, kind: ItemKind, item) -> str:
    return _tr("thêm %1").replace("%1", item_label(meeting, kind, item))


def removal(meeting: Meeting | None, kind: ItemKind, item) -> str:
    return _tr("xóa %1").replace("%1", item_label(meeting, kind, item))


def kind_label(kind: ItemKind) -> str:
    labels = {
        ItemKind.ATTENDEES: _tr("thành phần"),
        ItemKind.REPORTS: _tr("các báo cáo"),
        ItemKind.DISCUSSION: _tr("các ý kiến"),
        ItemKind.VOTES: _tr("các biểu quyết"),
        ItemKind.DIRECTIVES: _tr("các nhiệm vụ"),
        ItemKind.PREVIOUS_DIRECTIVES: _tr("các kết luận kỳ trước"),
    }
    return labels[kind]


def reordering(kind: ItemKind) -> str:
    return _tr("đổi thứ tự %1").replace("%1", kind_label(kind))


def removals(kind: ItemKind, count: int) -> str:
    return _tr("xóa %1 dòng ở %2").replace("%1", str(count)).replace("%2", kind_label(kind))
