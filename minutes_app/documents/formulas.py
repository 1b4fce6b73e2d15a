"""The fixed formulas a document may add around the secretary's words, per layout, and nothing else.

HD 16 says the note-taker records and does not comment: every word the program prints that the user did
not type is in this module (labels of Mẫu 1.9 for the state layout, of HD 16 for the party layout), or in
domain/rules.py for the generated sentences the window shows as well (attendance count, end time, copies).
"""

from __future__ import annotations

import datetime as dt

from minutes_app.documents.blocks import Header, Run
from minutes_app.documents.text import NBSP
from minutes_app.domain import vietnamese
from minutes_app.domain.model import Attendee, Circulation, Classification, DirectiveStatus, Layout, Meeting

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_TITLE = "ĐẢNG CỘNG SẢN VIỆT NAM"
STAR = "*"
DRAFT_MARK = "DỰ THẢO"
FINGERPRINT = "Mã đối chiếu: "
END_MARK = "./."
CLASSIFICATION_MARKS = {
    Classification.CONFIDENTIAL: "MẬT",
    Classification.SECRET: "TỐI MẬT",
    Classification.TOP_SECRET: "TUYỆT MẬT",
}
CIRCULATION_MARKS = {
    Circulation.INTERNAL: "LƯU HÀNH NỘI BỘ",
    Circulation.RETURN_AFTER_READING: "XEM XONG TRẢ LẠI",
    Circulation.RETURN_AFTER_MEETING: "TRẢ LẠI SAU KHI HỌP",
}

# A directive's status as the minutes and the register report say it in a sentence.
STATUS_WORDS = {
    DirectiveStatus.OPEN: "chưa thực hiện",
    DirectiveStatus.IN_PROGRESS: "đang thực hiện",
    DirectiveStatus.DONE: "đã hoàn thành",
    DirectiveStatus.CANCELLED: "không thực hiện",
}

MINUTES = "BIÊN BẢN"
NOTICE = "THÔNG BÁO"
ATTENDANCE = "DANH SÁCH ĐẠI BIỂU"
TYPE_CODES = {"minutes": "BB", "notice": "TB", "attendance": "DS"}
ATTENDANCE_COLUMNS = ("STT", "Họ và tên", "Chức vụ, đơn vị", "Ký tên")

_BLANK_NUMBER = NBSP * 6

_WORDING = {
    Layout.STATE: {
        "time": "Thời gian bắt đầu: ",
        "chair": "Chủ trì (chủ tọa): ",
        "secretary": "Thư ký (người ghi biên bản): ",
        "sign_secretary": "THƯ KÝ",
        "sign_chair": "CHỦ TỌA",
        "recipients_end": ";",
        "filing": "Lưu: VT",
    },
    Layout.PARTY: {
        "time": "Thời gian: ",
        "chair": "Người chủ trì: ",
        "secretary": "Người ghi biên bản: ",
        "sign_secretary": "NGƯỜI GHI BIÊN BẢN",
        "sign_chair": "CHỦ TRÌ HỘI NGHỊ",
        "recipients_end": ",",
        "filing": "Lưu Văn phòng",
    },
}

LOCATION = "Địa điểm: "
AGENDA = "Nội dung: "
DOCUMENTS = "Tài liệu: "
ATTENDANCE_HEADING = "Thành phần tham dự:"
MEMBERS = "Đại biểu chính thức:"
GUESTS = "Đại biểu khách mời:"
PRESS = "Phóng viên báo chí:"
PROCEEDINGS = "Diễn biến hội nghị:"
REPORTS = "Báo cáo:"
DISCUSSION = "Ý kiến thảo luận:"
VOTES = "Biểu quyết:"
CONCLUSION = "Kết luận của người chủ trì:"
PRESENTS = " trình bày "
ASSIGNEE = "Đơn vị thực hiện: "
DEADLINE = "Thời hạn: "
IN_FAVOUR, AGAINST, ABSTAIN = "tán thành", "không tán thành", "ý kiến khác"
RECIPIENTS = "Nơi nhận:"
NOTICE_TITLE = "Kết luận của đồng chí {chair} tại {title}"
NOTICE_TITLE_NO_CHAIR = "Kết luận tại {title}"


def wording(layout: Layout, key: str) -> str:
    return _WORDING[layout][key]


def number_line(meeting: Meeting, type_code: str) -> str:
    """ "Số: 05/BB-SNV" (state) or "Số 12-BB/BTGTU" (party); a blank number leaves room to write it in."""
    number = meeting.number.strip() or _BLANK_NUMBER
    if meeting.layout == Layout.STATE and number.isdigit() and int(number) < 10:
        number = f"{int(number):02d}"  # Phụ lục I: numbers below 10 take a leading zero
    code = meeting.body_code.strip()
    if meeting.layout == Layout.PARTY:
        return f"Số {number}-{type_code}" + (f"/{code}" if code else "")
    return f"Số: {number}/{type_code}" + (f"-{code}" if code else "")


def header(meeting: Meeting, type_code: str, *, dated: bool) -> Header:
    """The header columns; the place-and-date line is printed for the party layout and for notices."""
    show_date = dated or meeting.layout == Layout.PARTY
    place_date = vietnamese.place_date_line(meeting.place_name, meeting.date) if show_date else ""
    return Header(
        parent=meeting.parent_body.upper(),
        issuing=meeting.issuing_body.upper(),
        number=number_line(meeting, type_code),
        place_date=place_date,
        secrecy=CLASSIFICATION_MARKS.get(meeting.classification, ""),
    )


def person(attendee: Attendee | None) -> str:
    """ "đồng chí Trần Thị Lộc, Trưởng ban, Ban Tuyên giáo Tỉnh ủy Bắc Kạn": name, position, unit."""
    if attendee is None:
        return ""
    parts = [f"đồng chí {attendee.name.strip()}"]
    parts += [part.strip() for part in (attendee.position, attendee.organization) if part.strip()]
    return ", ".join(parts)


# Common nouns a meeting's name starts with; mid-sentence they take a small letter (proper names keep theirs).
_MEETING_NOUNS = (
    "hội nghị",
    "cuộc họp",
    "phiên họp",
    "buổi họp",
    "kỳ họp",
    "họp",
    "buổi làm việc",
    "hội thảo",
    "tọa đàm",
    "toạ đàm",
    "đại hội",
    "lễ",
    "giao ban",
)


def mid_sentence(title: str) -> str:
    """ "Hội nghị giao ban …" as it reads inside a sentence: "hội nghị giao ban …"."""
    lowered = title[:1].lower() + title[1:]
    folded = vietnamese.fold(lowered)
    starts = any(
        folded == vietnamese.fold(noun) or folded.startswith(vietnamese.fold(noun) + " ")
        for noun in _MEETING_NOUNS
    )
    return lowered if starts and not title[1:2].isupper() else title


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def start_phrase(meeting: Meeting) -> str:
    """ "vào hồi 8 giờ 00, ngày 20 tháng 9 năm 2022" (the date alone when no start time was given)."""
    day = vietnamese.date_phrase(meeting.date)
    if meeting.start_time is None:
        return day
    return f"vào hồi {vietnamese.time_phrase(meeting.start_time)}, {day}"


def time_note(moment: dt.time | None) -> str:
    """ " (9 giờ 05)" after a speaker or a report, kept on one line."""
    return f" ({vietnamese.time_phrase(moment).replace(' ', NBSP)})" if moment is not None else ""


def time_lead(moment: dt.time | None) -> str:
    """ "Hồi 10 giờ 10" for a contribution noted without a speaker."""
    return f"Hồi {vietnamese.time_phrase(moment)}" if moment is not None else ""


def deadline(when: dt.date | None, text: str) -> str:
    """The deadline in the words the chair gave ("trong quý IV"); the date only when there are no words.

    Those words are what was decided: a date worked out from them is the register's, not the minutes'.
    """
    text = " ".join(text.split())
    if text or when is None:
        return text
    return vietnamese.date_phrase(when)


def vote_counts(in_favour: int, against: int, abstain: int) -> str:
    return f"{IN_FAVOUR}: {in_favour}; {AGAINST}: {against}; {ABSTAIN}: {abstain}."


def recipients_label(layout: Layout) -> Run:
    """State: bold italic "Nơi nhận:"; party: upright and underlined."""
    if layout == Layout.PARTY:
        return Run(RECIPIENTS, underline=True)
    return Run(RECIPIENTS, bold=True, italic=True)


def recipient_lines(layout: Layout, recipients: list[str]) -> tuple[str, ...]:
    """ "- Thường trực Tỉnh ủy," … "- Lưu Văn phòng Ban.": the layout's separator, a stop at the end.

    Nơi nhận always ends with where the original is filed: "- Lưu: VT." (state) or "- Lưu Văn phòng."
    (party) is added when no line says "Lưu …", so a meeting without recipients still has the block.
    """
    names = [" ".join(r.split()) for r in recipients if r.strip()]
    if not any(vietnamese.fold(name).startswith("luu") for name in names):
        names.append(wording(layout, "filing"))
    separator = wording(layout, "recipients_end")
    lines = []
    for index, name in enumerate(names):
        last = index == len(names) - 1
        stripped = name.rstrip(".,;")
        lines.append(f"- {stripped}{'.' if last else separator}")
    return tuple(lines)
