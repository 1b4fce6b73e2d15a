"""The word checker: what it flags, what it never flags, its suggestions and its swappable word sources."""

import datetime as dt
import unicodedata

import pytest

from minutes_app.domain import Attendee, Meeting
from minutes_app.domain.spelling import SpellChecker, WordList, meeting_texts, read_dic, system_dictionary
from minutes_app.domain.spelling.suggest import suggestions, telex
from minutes_app.domain.spelling.tokens import words_to_check

TYPOS = {
    "cườngg": "cường",
    "nhânn": "nhân",
    "hôịi": "hội",
    "nghành": "ngành",
    "tỉnhh": "tỉnh",
    "nguời": "người",
    "đươc": "được",
    "quyêt": "quyết",
    "tuyeen": "tuyên",
    "dduwowcj": "được",
    "ngiêm": "nghiêm",
    "chươngg": "chương",
}


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [text[start:end] for start, end in checker.misspellings(text)]


@pytest.fixture
def checker():
    return SpellChecker()


def test_typical_typos_are_flagged_and_the_right_word_is_offered_first(checker):
    """A secretary's slips at speech speed: doubled letters, stray marks, ng/ngh, Telex with Unikey off."""
    for typo, meant in TYPOS.items():
        assert not checker.is_known(typo), typo
        assert checker.suggestions(typo)[0] == meant, typo


def test_suggestions_keep_the_case_of_the_typo(checker):
    """A typo at the start of a sentence or in capitals gets suggestions written the same way."""
    assert checker.suggestions("Cườngg")[0] == "Cường"
    assert checker.suggestions("NHÂNN")[0] == "NHÂN"


def test_suggestions_follow_the_offices_tone_placement():
    """By default "hòa", "thủy" as offices write them; the newer "hoà" when the checker is set so."""
    assert "thủy" in SpellChecker().suggestions("thủyy")
    assert "thuỷ" in SpellChecker(old_style=False).suggestions("thủyy")


def test_tone_and_diacritic_variants_are_suggested():
    """A missing horn or a wrong tone is one cheap step away: "nguời" offers "người", "nguơi" "ngươi"."""
    assert "người" in suggestions("nguời")
    assert "ngươi" in suggestions("nguơi")
    assert {"tháng", "thằng"} <= set(suggestions("thàng"))


def test_telex_typed_with_the_input_method_off_is_read_back():
    """ "dduwowcj" is "được" typed in Telex with Unikey switched off."""
    assert telex("dduwowcj") is not None
    assert suggestions("dduwowcj")[0] == "được"
    assert telex("được") is None


def test_plain_vietnamese_prose_is_not_flagged(checker, sample_meeting):
    """The sample meeting's own text, written by an office, has no unknown word."""
    checker.set_vocabulary(meeting_texts(sample_meeting))
    texts = [
        sample_meeting.title,
        sample_meeting.agenda,
        sample_meeting.conclusion,
        sample_meeting.closing_note,
    ]
    texts += [entry.content for entry in sample_meeting.discussion]
    texts += [entry.content for entry in sample_meeting.directives] + sample_meeting.recipients
    for text in texts:
        assert flagged(checker, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "UBND tỉnh, HĐND huyện, BTGTU và Tp HCM",
        "ngày 07/04/2025, lúc 8h30, 1.250 người, 15%",
        "Công văn số 12-BB/BTGTU và 345/QĐ-UBND",
        "gửi e-mail tới van.phong@btg.backan.gov.vn hoặc xem https://backan.gov.vn/tin-tuc",
        "www.backan.gov.vn",
        "a) nội dung; b) thời gian; 1. mở đầu; II. Kết luận; (iv) khác",
        "chủ nghĩa Mác-Lê-nin, đồng bào H'Mông",
        "internet, email, Zalo, video",
    ],
)
def test_what_a_secretary_types_on_purpose_is_not_flagged(checker, text):
    """Abbreviations in capitals, numbers, dates, document numbers, addresses, list markers, loans."""
    assert flagged(checker, text) == []


def test_names_units_and_places_of_the_meeting_are_never_flagged(checker):
    """Ethnic names and place names break the spelling rules; in the meeting they are not typos."""
    meeting = Meeting(title="Họp", date=dt.date(2024, 5, 2))
    meeting.place_name = "Krông Nô"
    meeting.issuing_body = "Ban Dân vận Huyện ủy Cư Jút"
    meeting.attendees = [Attendee(id="a1", name="Y Blốc Êban", organization="Xã Ea Tling")]
    meeting.notice_signer.name = "Ksor Phước"
    text = "Đồng chí Y Blốc Êban (xã Ea Tling, Krông Nô, Cư Jút) phát biểu; Ksor ký"
    assert flagged(checker, text) == ["Blốc", "Êban", "Tling", "Jút", "Ksor"]
    assert checker.set_vocabulary(meeting_texts(meeting)) is True
    assert flagged(checker, text) == []
    assert checker.set_vocabulary(meeting_texts(meeting)) is False  # unchanged: nothing to redo


def test_user_words_are_never_flagged_in_any_case(checker):
    """A word the secretary added is accepted as typed, capitalised or in capitals."""
    assert flagged(checker, "dùng Zaloo") == ["Zaloo"]
    checker.set_user_words(["Zaloo"])
    assert flagged(checker, "dùng zaloo, Zaloo") == []


def test_decomposed_text_is_underlined_at_the_right_offsets(checker):
    """NFD input is longer than NFC: the spans must be those of the text as the field holds it."""
    text = unicodedata.normalize("NFD", "Hội nghị cườngg công tác nghành tuyên giáo")
    assert [unicodedata.normalize("NFC", w) for w in flagged(checker, text)] == ["cườngg", "nghành"]


def test_words_to_check_gives_composed_words_with_their_spans():
    """The checker judges composed words; the spans are those of the original text."""
    text = unicodedata.normalize("NFD", "xin chào")
    spans = list(words_to_check(text))
    assert [word for _s, _e, word in spans] == ["xin", "chào"]
    assert text[spans[1][0] : spans[1][1]] == unicodedata.normalize("NFD", "chào")


def test_the_grammar_can_be_swapped_for_another_word_source():
    """Engine and dictionary are swappable: any object answering ``in`` will do."""
    checker = SpellChecker(grammar=WordList(["xin", "chào"]))
    assert flagged(checker, "xin chào các bạn") == ["các", "bạn"]


def test_a_system_dictionary_adds_words_and_is_looked_up_in_both_tone_placements(tmp_path):
    """A hunspell .dic lists "thuỷ" (newer placement); "thủy" must find it, and its extra words count."""
    dic = tmp_path / "vi_VN.dic"
    dic.write_text("3\nthuỷ\nfoobar/AB\nhoà\n", encoding="utf-8")
    words = read_dic(dic)
    assert len(words) == 3 and "foobar" in words
    checker = SpellChecker(dictionary=words)
    assert checker.is_known("foobar")
    assert checker.dictionary is not None and "thủy" in checker.dictionary and "hòa" in checker.dictionary
    assert not SpellChecker().is_known("foobar")


def test_the_first_dictionary_found_is_used_and_none_is_fine(tmp_path):
    """No dictionary is no error: the grammar works alone on machines without hunspell-vi."""
    assert system_dictionary([tmp_path / "missing.dic"]) is None
    present = tmp_path / "vi_VN.dic"
    present.write_text("1\nabc\n", encoding="utf-8")
    found = system_dictionary([tmp_path / "missing.dic", present])
    assert found is not None and "abc" in found


def test_answers_are_cached_per_word_and_forgotten_when_the_lists_change(checker):
    """The same few hundred words fill every page: each is judged once until a word list changes."""
    calls = []

    class Counting:
        def __contains__(self, word):
            calls.append(word)
            return word != "nhânn"

    counted = SpellChecker(grammar=Counting())
    counted.misspellings("nhân dân nhân dân nhânn")
    assert sorted(set(calls)) == sorted(calls) == ["dân", "nhân", "nhânn"]
    counted.set_user_words(["nhânn"])
    assert counted.misspellings("nhânn") == []


def test_the_users_own_words_are_suggested_as_he_wrote_them():
    """A near miss of a word in the user's list offers that word first, with its capitals."""
    checker = SpellChecker(user_words=["Zaloo"])
    assert checker.suggestions("Zalooo")[0] == "Zaloo"
