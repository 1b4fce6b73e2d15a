"""Search parity: one archive on a file and on a server, one set of queries, the same meetings found."""

from __future__ import annotations

import copy
import datetime as dt

from minutes_app.domain import Attendee, Contribution, Directive
from minutes_app.storage import open_store
from minutes_app.storage.copying import copy_archive

TEXTS = [
    (
        "Giao ban công tác tuyên giáo quý 3",
        "Quán triệt Nghị quyết của Đảng về công tác dân vận",
        "Đồng chí Đặng Văn Đức",
    ),
    (
        "Họp Đảng ủy cơ quan",
        "Đánh giá kết quả đợt sinh hoạt chính trị; phê bình và tự phê bình",
        "Lò Thị Mây",
    ),
    ("Hội nghị cán bộ, công chức", "Bàn kế hoạch chuyển đổi số năm 2023 (giai đoạn 1)", "Nguyễn Thị Hoa"),
    ("Giao ban Văn phòng", "Triển khai Quy chế văn thư, lưu trữ; số hóa hồ sơ", "Trần Đình Long"),
    ("Họp chi bộ", "Kết nạp đảng viên mới; đóng đảng phí", "Hoàng Văn Minh"),
    ("Hội nghị tổng kết", "Tổng kết công tác tuyên truyền, phổ biến giáo dục pháp luật", "Đinh Thị Đào"),
    ("HỌP BAN THƯỜNG VỤ", "Cho ý kiến dự thảo Báo cáo chính trị Đại hội Đảng bộ", "Phạm Đức Anh"),
    ("Giao ban tháng 10", "An ninh trật tự, phòng chống thiên tai, bão lũ", "Vũ Thị Dung"),
]
QUERIES = [
    "tuyen giao", "Tuyên giáo", "TUYÊN GIÁO", "dang", "Đảng", "ĐẢNG", "đang", "dang uy", "Đảng ủy",
    "dan van", "dân vận", "nghi quyet dang", "Đức", "duc", "dao", "Đào", "đinh", "long", "chuyen doi so",
    "2023", "giai đoạn 1", "van thu luu tru", "so hoa", "ket nap dang vien", "dang phi", "tong ket",
    "phap luat", "bao cao chinh tri", "dai hoi dang bo", "an ninh", "bao lu", "thiên tai", "tuyen",
    "giao ban", "hop", "họp chi bộ", "giáo", "quy", "quý", "quy che", "minh", "hoa", "thi", "van",
    "khong co tu nay", "tuyên*", "\"dang\"", "NEAR(dang uy)", "dang -uy", "a:b", "", "  ", "đ", "d",
]  # fmt: skip


def _archive(sample_meeting) -> list:
    meetings = [copy.deepcopy(sample_meeting)]
    for number, (title, agenda, person) in enumerate(TEXTS * 3):
        meeting = copy.deepcopy(sample_meeting)
        meeting.title = f"{title} lần {number}"
        meeting.date = dt.date(2020 + number % 4, 1 + number % 12, 1 + number % 28)
        meeting.agenda = agenda
        meeting.attendees = [Attendee(id="a1", name=person, position="Chánh Văn phòng")]
        meeting.discussion = [Contribution(id="d1", content=f"{agenda} — ý kiến của {person}", speaker="a1")]
        meeting.directives = [Directive(id="t1", content=TEXTS[(number + 1) % len(TEXTS)][1])]
        meeting.reports, meeting.votes, meeting.previous_directives, meeting.followups = [], [], [], []
        meeting.chair = meeting.secretary = ""
        meetings.append(meeting)
    return meetings


def test_one_query_set_finds_the_same_meetings_on_both_engines(tmp_path, pg_url, sample_meeting):
    """Every query of the set returns the same meetings from the file's FTS5 and the server's word arrays."""
    file_path = tmp_path / "archive.sqlite3"
    with open_store(file_path) as store:
        store.add_many(_archive(sample_meeting))
    with open_store(file_path, read_only=True) as file_store, open_store(pg_url) as server_store:
        assert copy_archive(file_store, server_store) == len(TEXTS) * 3 + 1
        compared = 0
        for query in QUERIES:
            on_file = {hit.id for hit in file_store.search(query, limit=1000)}
            on_server = {hit.id for hit in server_store.search(query, limit=1000)}
            assert on_file == on_server, query
            compared += bool(on_file)
        assert compared >= 40  # most queries find something: the sets compared are not all empty
        top_file = [hit.id for hit in file_store.search("giao ban", limit=3)]
        top_server = [hit.id for hit in server_store.search("giao ban", limit=3)]
        titles = [server_store.load(i).title for i in top_server]
        assert all("Giao ban" in title or "giao ban" in title for title in titles), titles
        assert len(top_file) == len(top_server) == 3
