"""Search: accent- and case-insensitive, đ folded, FTS syntax inert, ranked, snippets from the original text."""

from __future__ import annotations

import copy
import re

import pytest

from minutes_app.domain import Attendee, ItemKind
from minutes_app.storage import folding, search, snippets

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server


@pytest.mark.parametrize("query", ["tuyen giao", "Tuyên giáo", "TUYÊN GIÁO", "tuyên GIAO"])
def test_with_and_without_accents(stored, query):
    """Whatever the accents and case typed, the meeting about tuyên giáo is found."""
    store, meeting_id = stored
    assert [hit.id for hit in store.search(query)] == [meeting_id]


@pytest.mark.parametrize("query", ["ĐẢNG", "dang", "Đảng", "đang"])
def test_d_with_stroke_folds_to_d(store, sample_meeting, query):
    """Đ/đ is its own letter in Unicode; search treats it as d, as a person typing without accents does."""
    sample_meeting.agenda = "Quán triệt nghị quyết của Đảng"
    meeting_id = store.add(sample_meeting)
    assert meeting_id in [hit.id for hit in store.search(query)]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"tuyên',
        "tuyên*",
        "-giáo",
        "NEAR(tuyên giáo)",
        "tuyên AND giáo OR NOT x",
        "title:tuyên",
        "(giáo",
        "giáo)",
        "^tuyên",
        "a:b:c",
        "{title body}: giáo",
        "'; DROP TABLE meeting; --",
        "*",
        "",
        "   ",
        "\x00",
    ],
)
def test_fts_syntax_is_plain_words(stored, query):
    """Quotes, stars, minus, NEAR, parentheses and colons are searched as words and never raise."""
    store, _ = stored
    hits = store.search(query)
    assert isinstance(hits, list)


def test_operators_are_words_not_operators(stored):
    """NEAR/AND/NOT typed by a person are words: a meeting lacking them is not found."""
    store, _ = stored
    assert store.search("tuyên NOT giáo") == []
    assert store.search("tuyên NEAR giáo") == []


def test_all_words_must_occur(stored):
    """Several words narrow the search."""
    store, meeting_id = stored
    assert [h.id for h in store.search("Bắc Kạn tuyên giáo")] == [meeting_id]
    assert store.search("tuyên giáo xyzzy") == []


def test_every_field_is_searchable(store, sample_meeting):
    """Names, positions, units, reports, discussion, votes, directives and recipients are all found."""
    meeting_id = store.add(sample_meeting)
    probes = [
        sample_meeting.attendees[-1].name,
        sample_meeting.attendees[0].organization,
        sample_meeting.reports[0].title,
        sample_meeting.discussion[-1].content.split(".")[0],
        sample_meeting.directives[-1].content.split(",")[0],
        sample_meeting.recipients[-1],
        sample_meeting.location,
    ]
    for probe in probes:
        assert meeting_id in [hit.id for hit in store.search(probe)], probe


def test_index_follows_fine_grained_writes(stored):
    """Every autosave write is searchable at once, and what was replaced is no longer found."""
    store, meeting_id = stored
    store.update_meeting_field(meeting_id, "agenda", "Khẩn trương ứng phó siêu bão Noru")
    assert [h.id for h in store.search("sieu bao noru")] == [meeting_id]
    store.update_meeting_field(meeting_id, "agenda", "Nội dung khác")
    assert store.search("noru") == []
    store.insert_item(meeting_id, ItemKind.ATTENDEES, Attendee(id="q", name="Quàng Văn Sình"), 0)
    assert [h.id for h in store.search("quang van sinh")] == [meeting_id]
    store.update_item_field(meeting_id, ItemKind.ATTENDEES, "q", "name", "Lò Thị Mai")
    assert store.search("quang van sinh") == []
    assert [h.id for h in store.search("lo thi mai")] == [meeting_id]
    store.remove_item(meeting_id, ItemKind.ATTENDEES, "q")
    assert store.search("lo thi mai") == []
    store.update_meeting_field(meeting_id, "title", "Hội nghị sơ kết phòng chống thiên tai")
    assert [h.id for h in store.search("thien tai")] == [meeting_id]


def test_ranking_prefers_the_title(store, sample_meeting):
    """A meeting named after the words comes before one that only mentions them in passing."""
    mentions = copy.deepcopy(sample_meeting)
    mentions.title = "Hội nghị giao ban"
    mentions.agenda = "Có nhắc đến chuyển đổi số trong văn bản."
    named = copy.deepcopy(sample_meeting)
    named.title = "Hội nghị chuyên đề chuyển đổi số"
    first = store.add(mentions)
    second = store.add(named)
    assert [h.id for h in store.search("chuyen doi so")] == [second, first]


def test_limit(store, sample_meeting):
    """Only the best N hits are returned."""
    for _ in range(5):
        store.add(copy.deepcopy(sample_meeting))
    assert len(store.search("tuyên giáo", limit=3)) == 3
    assert len(store.search("tuyên giáo")) == 5


def test_snippet_comes_from_the_original_text_around_the_match(store, sample_meeting):
    """The snippet shows what was typed, with accents, centred on the first match."""
    sample_meeting.conclusion = (
        "Mở đầu. " * 40 + "Đẩy mạnh công tác phòng chống dịch bệnh trên địa bàn. " + "Kết. " * 40
    )
    meeting_id = store.add(sample_meeting)
    [hit] = [h for h in store.search("phong chong dich benh") if h.id == meeting_id]
    assert "phòng chống dịch bệnh" in hit.snippet
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) < 200
    assert hit.title == sample_meeting.title and hit.date == sample_meeting.date


def test_snippet_when_folding_changes_length(store, sample_meeting):
    """Before the match, characters that fold to two (ß → ss, ﬁ → fi) do not shift the snippet."""
    sample_meeting.conclusion = "Straße ﬁnal " * 30 + "Hợp tác với Đại sứ quán Đức"
    meeting_id = store.add(sample_meeting)
    [hit] = [h for h in store.search("dai su quan") if h.id == meeting_id]
    assert "Đại sứ quán Đức" in hit.snippet


def test_original_offset_maps_through_longer_folds():
    """The folded offset of a word is mapped to the same word in the original."""
    original = "ßßﬁ Đảng"
    folded = "ssssfi dang"
    assert original[folding.original_offset(original, folded.index("dang")) :] == "Đảng"


def test_query_words_are_folded_words():
    """Queries are folded like the index and split on anything that is not a letter or digit."""
    assert search.query_words('"Đảng" NEAR(ủy-ban) 3/2022*') == ["dang", "near", "uy", "ban", "3", "2022"]


def test_index_stays_consistent_through_edits(stored):
    """After many kinds of writes the FTS5 structure passes its own check and finds only current text."""
    store, meeting_id = stored
    for number in range(30):
        store.update_meeting_field(meeting_id, "agenda", f"Chủ đề số {number} về bầu cử")
        store.update_item_field(meeting_id, ItemKind.ATTENDEES, "a1", "position", f"Chức vụ {number}")
    store.update_meeting_field(
        meeting_id, "agenda", "Chủ đề về bầu cử"
    )  # accents only: folded text unchanged
    store.update_meeting_field(meeting_id, "agenda", "Chu de ve bau cu")
    assert store.check() == []
    [hit] = store.search("bau cu")
    assert "Chu de ve bau cu" in hit.snippet
    store.delete(meeting_id)
    assert store.check() == [] and store.search("bau cu") == []


def test_snippet_follows_an_accent_correction(stored):
    """Correcting only accents changes what the snippet shows, though the folded index is unchanged."""
    store, meeting_id = stored
    store.update_meeting_field(meeting_id, "agenda", "Hoi nghi bat thuong ve quy hoach")
    store.update_meeting_field(meeting_id, "agenda", "Hội nghị bất thường về quy hoạch")
    [hit] = store.search("bat thuong")
    assert "Hội nghị bất thường về quy hoạch" in hit.snippet


def test_snippet_deep_in_a_long_text(store, sample_meeting):
    """A match beyond the first compressed chunks is still found and shown with its accents."""
    sample_meeting.conclusion = (
        "Nội dung thường lệ. " * 5000 + "Kiện toàn Ban Chỉ đạo phòng chống tham nhũng."
    )
    meeting_id = store.add(sample_meeting)
    [hit] = [h for h in store.search("tham nhung") if h.id == meeting_id]
    assert "phòng chống tham nhũng" in hit.snippet


def test_a_word_cut_at_a_chunk_boundary_is_not_a_match():
    """Reading the folded text in chunks, "da" at the end of a chunk that continues "ng" is not a match."""
    folded = "a " * 1023 + "dang da"
    assert len("a " * 1023 + "da") == snippets._FIRST_CHUNK  # the first chunk ends inside "dang"
    pattern = re.compile(r"(?<![^\W_])(?:da)(?![^\W_])")
    assert snippets._first_match(pattern, snippets._Stream(snippets.pack(folded))) == folded.rindex("da")
