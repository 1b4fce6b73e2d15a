"""Find and replace in one meeting, without Qt: what is text, how it matches, what a replacement writes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from minutes_app.domain import find
from minutes_app.domain.find import FieldEdit, Hit, Place, Query
from minutes_app.domain.model import ItemKind, Meeting, Status
from minutes_app.messages import UserError


def _spans(text: str, needle: str, **options) -> list[tuple[int, int]]:
    return find.find_in_text(text, Query(needle, **options))


def test_accents_and_case_are_options():
    """By default "Đảng" finds every case of itself only; without accents "dang" finds Đảng, ĐẢNG and dang."""
    text = "Đảng ủy ĐẢNG dang"
    assert _spans(text, "Đảng") == [(0, 4), (8, 12)]
    assert _spans(text, "Đảng", match_case=True) == [(0, 4)]
    assert _spans(text, "dang", ignore_accents=True) == [(0, 4), (8, 12), (13, 17)]
    assert _spans(text, "DANG", ignore_accents=True, match_case=True) == [(8, 12)]
    assert _spans(text, "dang") == [(13, 17)]
    assert _spans("bàn bạc ban", "ba") == [(8, 10)]  # with accents, "ba" is not the start of "bà"


def test_whole_words_skip_parts_of_longer_words():
    """ "ban" as a whole word: "bàn" counts only without accents, "bạc" and "Banner" never."""
    text = "Ban chấp hành bàn bạc, ban hành"
    assert _spans(text, "ban", whole_words=True) == [(0, 3), (23, 26)]
    assert _spans(text, "ban", whole_words=True, ignore_accents=True) == [(0, 3), (14, 17), (23, 26)]
    assert _spans("Banner", "ban", whole_words=True) == []


def test_decomposed_marks_stay_with_their_letter():
    """NFD text (a Unikey "tổ hợp" paste) is found, and a hit ends after the letter's marks, not between them."""
    text = "Ba\u0300n ba\u0300n"
    assert _spans(text, "ban", ignore_accents=True) == [(0, 4), (5, 9)]
    assert _spans(text, "bàn") == [(0, 4), (5, 9)]  # the query is composed, the text decomposed


def test_case_folding_that_changes_length_keeps_offsets():
    """ "STRASSE" finds "Straße": the hit covers the six letters of the text, not seven."""
    assert _spans("Straße STRASSE", "strasse") == [(0, 6), (7, 14)]


def test_offsets_are_python_indexes_around_emoji_and_markup():
    """Characters outside the BMP and markup count as one each: the window converts to its own units."""
    text = "👍 <b>Đảng</b> & dang"
    assert _spans(text, "dang", ignore_accents=True) == [(5, 9), (16, 20)]


def test_every_text_field_of_every_kind_is_searched_and_no_identifier_is(sample_meeting):
    """Each str field of the meeting and of each ItemKind's items is found; ids, references and enums are not."""
    meeting = sample_meeting
    marker = "zqx"
    expected = set()
    for field in dataclasses.fields(Meeting):
        if field.type == "str" and not find.is_identifier(field.name):
            setattr(meeting, field.name, f"{marker} {field.name}")
            expected.add((None, field.name))
    for kind in ItemKind:
        cls = kind.item_class
        item = cls(**{f.name: f"{marker} {f.name}" for f in dataclasses.fields(cls) if f.type == "str"})
        item.id = f"{kind.value}-1"
        meeting.items(kind).append(item)
        expected |= {
            (kind, f.name)
            for f in dataclasses.fields(cls)
            if f.type == "str" and not find.is_identifier(f.name)
        }
    meeting.recipients.append(f"{marker} recipients")
    expected.add((None, "recipients"))
    found = {(hit.place.kind, hit.place.field) for hit in find.find_all(meeting, Query(marker))}
    assert found == expected
    assert {(ItemKind.DISCUSSION, "content"), (ItemKind.VOTES, "subject"), (None, "conclusion")} <= found
    assert not {(None, "chair"), (ItemKind.DISCUSSION, "speaker"), (ItemKind.ATTENDEES, "id")} & found


def test_ids_and_references_never_match(sample_meeting):
    """The chair is stored as "a1": searching "a1" must not offer to replace an id."""
    assert find.find_all(sample_meeting, Query("a1")) == []
    assert find.find_all(sample_meeting, Query("present")) == []  # enum values are not text either


def test_hits_name_their_item_field_and_line(sample_meeting):
    """A hit in the recipients names its line; one in a contribution names the contribution."""
    hits = find.find_all(sample_meeting, Query("huyện ủy, thành ủy"))
    places = [hit.place for hit in hits]
    assert Place(None, "", "recipients", line=1) in places
    assert Place(ItemKind.DIRECTIVES, "t1", "assignee") in places
    line_hit = next(hit for hit in hits if hit.place.line == 1)
    text = find.text_at(sample_meeting, line_hit.place)
    assert text[line_hit.start : line_hit.end] == "huyện ủy, thành ủy"


def test_replacing_one_hit_writes_its_whole_field(sample_meeting):
    """Replace changes that hit only and hands back the whole new value of its field."""
    query = Query("tuyên giáo")
    hit = next(h for h in find.find_all(sample_meeting, query) if h.place.field == "conclusion")
    edit = find.replace_hit(sample_meeting, hit, query, "Tuyên giáo")
    assert edit.kind is None and edit.field == "conclusion"
    assert edit.value.count("Tuyên giáo") == sample_meeting.conclusion.count("tuyên giáo") + 1


def test_a_hit_edited_away_is_not_replaced(sample_meeting):
    """If the text changed since the hit was found, Replace does nothing rather than cut the wrong letters."""
    query = Query("Bắc Kạn")
    hit = find.find_all(sample_meeting, query)[0]
    setattr(sample_meeting, hit.place.field, "Thái Nguyên")
    assert find.replace_hit(sample_meeting, hit, query, "Bắc Kạn") is None


def test_replace_all_gives_one_edit_per_field_and_counts_hits(sample_meeting):
    """Two recipients lines changed are one edit of the recipients; the count is every hit."""
    query = Query("ban tuyên giáo", ignore_accents=True)
    hits = find.find_all(sample_meeting, query)
    edits, count = find.replace_all(sample_meeting, query, "BTG")
    assert count == len(hits) > 5
    keys = [(e.kind, e.item_id, e.field) for e in edits]
    assert len(keys) == len(set(keys)) == len({(h.place.kind, h.place.item_id, h.place.field) for h in hits})
    assert FieldEdit(None, "", "issuing_body", "BTG") in edits
    sample_meeting.recipients.append("Ban Tuyên giáo huyện")
    edits, _count = find.replace_all(sample_meeting, query, "BTG")
    recipients = next(e for e in edits if e.field == "recipients")
    assert recipients.value == [
        "Thường trực Tỉnh ủy (b/c)",
        "BTG các huyện ủy, thành ủy",
        "Lưu Văn phòng Ban",
        "BTG huyện",
    ]


def test_replacement_text_is_composed(sample_meeting):
    """A replacement typed in decomposed form is stored composed, as every other entry."""
    edits, _ = find.replace_all(sample_meeting, Query("Bắc Kạn"), "Ba\u0306\u0301c Ninh")
    assert all("\u0306" not in str(edit.value) for edit in edits)
    assert any("Bắc Ninh" in str(edit.value) for edit in edits)


def test_a_finalized_meeting_is_never_replaced_in(sample_meeting):
    """Replace and Replace all refuse a finalized meeting with the message that says to reopen it."""
    sample_meeting.status = Status.FINAL
    query = Query("Bắc Kạn")
    hit = find.find_all(sample_meeting, query)[0]
    with pytest.raises(UserError) as refused:
        find.replace_all(sample_meeting, query, "Thái Nguyên")
    assert refused.value.key == "meeting.final"
    with pytest.raises(UserError):
        find.replace_hit(sample_meeting, hit, query, "Thái Nguyên")


@dataclasses.dataclass
class _Signer:
    title: str = ""
    name: str = ""
    signer_id: str = ""


@dataclasses.dataclass
class _MeetingWithSigner(Meeting):
    signer: _Signer = dataclasses.field(default_factory=_Signer)


def test_a_record_field_added_to_the_meeting_is_searched_and_replaced_without_code_changes():
    """A field holding a record (as a signer block would) is searched part by part; its ids are not."""
    meeting = _MeetingWithSigner(
        title="Họp", date=dt.date(2022, 9, 20), signer=_Signer("Trưởng ban", "Trần Thị Lộc", "Lộc")
    )
    hits = find.find_all(meeting, Query("Lộc"))
    assert [hit.place for hit in hits] == [Place(None, "", "signer", part="name")]
    edits, count = find.replace_all(meeting, Query("Lộc"), "Lọc")
    assert count == 1
    assert edits == [FieldEdit(None, "", "signer", _Signer("Trưởng ban", "Trần Thị Lọc", "Lộc"))]


def test_the_notice_signer_and_reviewed_directives_are_searched(sample_meeting):
    """The signer of the thông báo (a record) and the directives reviewed from an earlier meeting are text too,
    but the signing authority, one of a fixed list, is never offered for replacing."""
    from minutes_app.domain.model import NoticeSigner, PreviousDirective

    sample_meeting.notice_signer = NoticeSigner("TL.", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Hoàng Văn TL")
    sample_meeting.previous_directives = [
        PreviousDirective("p1", "Rà soát chỉ tiêu", result="Đã hoàn thành TL")
    ]
    places = [
        hit.place for hit in find.find_all(sample_meeting, Query("TL", match_case=True, whole_words=True))
    ]
    assert places == [
        Place(None, "", "notice_signer", part="name"),
        Place(ItemKind.PREVIOUS_DIRECTIVES, "p1", "result"),
    ]
    edits, _count = find.replace_all(sample_meeting, Query("Văn TL"), "Thị TL")
    assert edits == [
        FieldEdit(
            None, "", "notice_signer", NoticeSigner("TL.", "TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Hoàng Thị TL")
        )
    ]


def test_a_hundred_thousand_character_field_is_searched_whole(sample_meeting):
    """A very long contribution is searched to its end and replaced without losing a character."""
    long_text = ("Đồng chí phát biểu ý kiến về công tác tuyên giáo. " * 2000)[:100_000] + "KẾT THÚC"
    sample_meeting.discussion[0].content = long_text
    hits = [h for h in find.find_all(sample_meeting, Query("ket thuc", ignore_accents=True))]
    assert [(h.place.item_id, h.start, h.end) for h in hits] == [("d1", 100_000, 100_008)]
    edits, _ = find.replace_all(sample_meeting, Query("tuyên giáo"), "TG")
    content = next(e.value for e in edits if e.item_id == "d1")
    assert content.endswith("KẾT THÚC") and "tuyên giáo" not in content


def test_hits_come_in_model_order(sample_meeting):
    """Meeting fields first, then attendees, reports, discussion, votes and directives, each in row order."""
    hits = find.find_all(sample_meeting, Query("tuyên giáo"))
    order = [None, *ItemKind]
    kinds = [order.index(hit.place.kind) for hit in hits]
    assert kinds == sorted(kinds)
    assert isinstance(hits[0], Hit)
