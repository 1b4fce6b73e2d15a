"""Phrases with slots filled from the meeting, filtered without accents, read from and written to files."""

from __future__ import annotations

import unicodedata

import pytest

from minutes_app.domain import phrases
from minutes_app.domain.model import ItemKind, Vote
from minutes_app.domain.phrases import MISSING, Context, Phrase
from minutes_app.messages import UserError


def _fill(text, meeting, **current):
    return phrases.fill(text, Context(meeting, {ItemKind(kind): item for kind, item in current.items()}))


def test_meeting_slots_are_filled_from_the_sample(sample_meeting):
    """Chair, secretary, date and times come from the meeting, in the words the minutes use."""
    text = "Đồng chí {chủ trì}, {chức vụ chủ trì}, kết luận; thư ký {thư ký}; {ngày}, từ {giờ bắt đầu} đến {giờ kết thúc}."
    assert _fill(text, sample_meeting) == (
        "Đồng chí Trần Thị Lộc, Trưởng ban, kết luận; thư ký Ma Thị Nguyệt; ngày 20 tháng 9 năm 2022, "
        "từ 8 giờ 00 đến 11 giờ 30."
    )


def test_slot_names_ignore_accents_case_and_spacing(sample_meeting):
    """ "{CHU  TRI}" and "{chủ tọa}" are the chair as well: a secretary types them without Vietnamese keys."""
    assert _fill("{CHU  TRI} / {chủ tọa}", sample_meeting) == "Trần Thị Lộc / Trần Thị Lộc"


def test_a_slot_without_value_stays_visible_and_an_unknown_name_stays_as_typed(sample_meeting):
    """No chair chosen gives "…", never another name; "{chu tich}" is no slot and is kept for the eye to catch."""
    sample_meeting.chair = ""
    sample_meeting.secretary = "a99"  # a reference to nobody
    assert (
        _fill("Đồng chí {chủ trì} và {thư ký}; {chu tich}", sample_meeting)
        == f"Đồng chí {MISSING} và {MISSING}; {{chu tich}}"
    )


def test_speaker_and_report_follow_the_current_items(sample_meeting):
    """On contribution d2 the speaker is Đàm Thị Thu and the report its report; on a report, its presenter."""
    text = "{người phát biểu} — {báo cáo}"
    assert _fill(text, sample_meeting, discussion="d2") == (
        "Đàm Thị Thu — Báo cáo kết quả công tác tuyên giáo quý 3, nhiệm vụ trọng tâm quý 4/2022"
    )
    assert _fill("{người trình bày}", sample_meeting, reports="r1") == "Hoàng Văn Thắng"
    assert _fill("{người phát biểu}", sample_meeting) == MISSING
    assert _fill("{người phát biểu}", sample_meeting, discussion="d4") == MISSING  # noted without a speaker


def test_an_ambiguous_report_is_not_guessed(sample_meeting):
    """With two reports and none under the cursor, {báo cáo} is "…" rather than the wrong one."""
    from minutes_app.domain.model import Report

    assert _fill("{báo cáo}", sample_meeting).startswith("Báo cáo kết quả")  # the only report
    sample_meeting.reports.append(Report("r2", "Tờ trình về quy chế làm việc"))
    assert _fill("{báo cáo}", sample_meeting) == MISSING
    assert _fill("{báo cáo}", sample_meeting, reports="r2") == "Tờ trình về quy chế làm việc"


def test_vote_slots_use_the_members_present(sample_meeting):
    """11 in favour of 12 members present is 91,67%; the counts are those of the current vote."""
    sample_meeting.votes = [Vote("v1", "Thông qua quy chế", 11, 0, 1), Vote("v2", "Khen thưởng", 12, 0, 0)]
    text = "{nội dung biểu quyết}: {tán thành}/{số có mặt} ({tỷ lệ tán thành}%), {không tán thành}, {ý kiến khác}"
    assert _fill(text, sample_meeting, votes="v1") == "Thông qua quy chế: 11/12 (91,67%), 0, 1"
    assert _fill("{tỷ lệ tán thành}", sample_meeting, votes="v2") == "100"
    assert _fill("{tán thành}", sample_meeting) == MISSING  # two votes, none chosen


def test_every_built_in_phrase_uses_known_slots_only(sample_meeting):
    """No shipped phrase prints a brace: each of its slots is one the program fills."""
    from minutes_app.phrase_file import builtin_phrases

    bank = builtin_phrases()
    assert len(bank) >= 30 and len({p.group for p in bank}) >= 5
    sample_meeting.votes = [Vote("v1", "Thông qua quy chế", 12, 0, 0)]
    for phrase in bank:
        filled = _fill(phrase.text, sample_meeting, discussion="d1")
        assert "{" not in filled and "}" not in filled, phrase.text


def test_filter_ignores_accents_and_word_order():
    """ "ket luan chu tri" finds the chair's conclusion phrase by its group and words, in any order."""
    bank = [
        Phrase("Đồng chí {chủ trì} kết luận hội nghị như sau: …", "Kết luận"),
        Phrase("Hội nghị kết thúc vào lúc {giờ kết thúc}.", "Bế mạc"),
    ]
    assert phrases.filter_phrases(bank, "chu tri ket luan") == bank[:1]
    assert phrases.filter_phrases(bank, "BE MAC") == bank[1:]
    assert phrases.filter_phrases(bank, "") == bank


def test_a_document_is_read_leniently_but_never_wrongly():
    """Strings or objects, decomposed text composed, NULs, blanks and repeats dropped; a wrong shape is refused."""
    decomposed = unicodedata.normalize("NFD", "Hội nghị nhất trí.")
    read = phrases.from_document(
        [
            "Không có ý kiến khác.",
            {"text": decomposed + "\x00", "group": "Kết luận"},
            "  ",
            "Không có ý kiến khác.",
        ]
    )
    assert read == [Phrase("Không có ý kiến khác."), Phrase("Hội nghị nhất trí.", "Kết luận")]
    assert phrases.from_document(phrases.to_document(read)) == read
    with pytest.raises(UserError) as refused:
        phrases.from_document({"format": "minutes_app/phrases", "phrases": [{"group": "x"}]})
    assert refused.value.key == "phrases.invalid" and "phrases[0]" in str(refused.value)
    with pytest.raises(UserError):
        phrases.from_document({"format": "something else", "phrases": []})


def test_merge_adds_only_new_texts():
    """Importing a file that shares phrases with the list adds the others, after the list's own."""
    mine = [Phrase("A."), Phrase("B.")]
    assert phrases.merge(mine, [Phrase("B.", "x"), Phrase("C.")]) == [
        Phrase("A."),
        Phrase("B."),
        Phrase("C."),
    ]
