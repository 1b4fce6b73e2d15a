"""The Vietnamese syllable grammar: the spelling rules it enforces, and its agreement with hunspell vi_VN."""

import unicodedata
from pathlib import Path

import pytest

from minutes_app.domain.spelling import syllables as grammar
from minutes_app.domain.spelling.words import LOANWORDS

SYSTEM_DICTIONARY = Path("/usr/share/hunspell/vi_VN.dic")

# Dictionary entries that are not Vietnamese syllables: loans (kept in LOANWORDS), and a few entries
# whose stop coda carries no tone, which the grammar rejects on purpose.
NOT_SYLLABLES = {"email", "internet", "intranet", "web", "tivi", "gen", "gram", "ka", "ping", "palăng"}
NOT_SYLLABLES |= {"buýt", "phuy", "voan", "roa", "moay", "basoi", "tout", "v", "gip", "xit", "têt"}


@pytest.mark.parametrize(
    "word",
    [
        "nghiêng", "nghề", "giường", "gì", "giết", "gieo", "ghi", "ghế", "quyết", "quốc", "quý", "khuya",
        "thuở", "oái", "uyên", "yêu", "yến", "xoong", "khuỷu", "huỳnh", "huých", "ngoằn", "khuếch",
        "bâng", "khuâng", "người", "được", "chính", "ếch", "ạch", "kỹ", "lý", "Nguyễn", "ĐẢNG", "Đắm",
        "hòa", "hoà", "thủy", "thuỷ", "khỏe", "khoẻ", "tuyên", "giáo", "tỉnh", "ủy", "uỷ", "ban",
    ],
)  # fmt: skip
def test_real_syllables_are_accepted(word):
    """Every onset, medial, nucleus and coda family, with tones in the older and newer placement."""
    assert grammar.is_syllable(word)


def test_decomposed_input_is_read_like_composed():
    """Unikey's "Unicode tổ hợp" sends decomposed marks: the verdict must not depend on it."""
    for word in ("người", "nghiêng", "Quyết", "cườngg", "hôịi"):
        assert grammar.is_syllable(unicodedata.normalize("NFD", word)) == grammar.is_syllable(word)


@pytest.mark.parametrize(
    ("word", "rule"),
    [
        ("cườngg", "no coda gg"),
        ("nhânn", "no coda nn"),
        ("hôịi", "no rhyme ôii"),
        ("nghành", "ngh only before e, ê, i"),
        ("ngiêm", "ng never before i"),
        ("nghe", None),
        ("ghà", "gh only before e, ê, i"),
        ("gè", "g never before e"),
        ("kan", "k only before e, ê, i, y"),
        ("cem", "c never before e"),
        ("qa", "q only as qu"),
        ("coa", "c with a medial is written qu"),
        ("càc", "stop coda c takes sắc or nặng only"),
        ("hàt", "stop coda t takes sắc or nặng only"),
        ("tìp", "stop coda p takes sắc or nặng only"),
        ("chap", "a stop coda needs a tone"),
        ("bịch", None),
        ("bọch", "ch only after a, ê, i"),
        ("ùnh", "nh only after a, ê, i"),
        ("bă", "ă needs a coda"),
        ("câ", "â needs a coda"),
        ("tiê", "iê needs a coda"),
        ("hốị", "one tone mark only"),
        ("ngươì", "no tone on a coda"),
        ("qúy", "no tone on the u of qu"),
        ("fan", "f is not a Vietnamese letter"),
        ("tâpj", "not a Vietnamese letter"),
    ],
)
def test_spelling_rules(word, rule):
    """The constraints of written Vietnamese: c/k/q, g/gh, ng/ngh, stop codas and tones, ch/nh, marks."""
    assert grammar.is_syllable(word) is (rule is None), rule


def test_written_in_both_tone_placements():
    """Suggestions may be written "hòa" (older, the offices' habit) or "hoà" (newer) from one parse."""
    syllable = grammar.parse(*grammar.split_tone("hòa"))
    assert grammar.spelled(syllable) == "hoà"
    assert grammar.spelled(syllable, old_style=True) == "hòa"


def test_every_possible_syllable_parses_back():
    """The grammar's own list (the candidates for suggestions) holds only strings it accepts."""
    possible = grammar.all_letters()
    assert len(possible) > 3000
    for letters, tones in possible.items():
        for tone in tones:
            assert grammar.is_syllable(grammar.spelled(grammar.parse(letters, tone))), (letters, tone)


def _dictionary_words() -> set[str]:
    """The system's hunspell vi_VN entries as written; scripts/bootstrap --test installs hunspell-vi."""
    assert SYSTEM_DICTIONARY.is_file(), "install hunspell-vi (scripts/bootstrap --test) to test the grammar"
    lines = SYSTEM_DICTIONARY.read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("/")[0].strip() for line in lines if line.strip()}


def test_every_dictionary_syllable_is_accepted():
    """Agreement with hunspell vi_VN: all of its 6,600 lower-case entries but a known few loans."""
    entries = {word for word in _dictionary_words() if word.islower()}
    rejected = {word for word in entries if not grammar.is_syllable(word)}
    assert rejected == NOT_SYLLABLES & entries
    assert len(entries) > 6000


def test_loans_the_grammar_rejects_are_in_the_loanword_list():
    """The dictionary's loans that break the rules are still accepted by the checker through its list."""
    loans = NOT_SYLLABLES - {"basoi", "tout", "v", "gip", "xit", "têt"}
    assert all(word in LOANWORDS for word in loans)


def test_no_gpl2_dictionary_is_shipped():
    """hunspell vi_VN is GPL-2-only: no .dic or .aff file may be part of the program's tree."""
    root = Path(__file__).resolve().parents[2]
    shipped = [path for folder in ("minutes_app", "resources") for path in (root / folder).rglob("*")]
    assert len(shipped) > 50
    assert not [path for path in shipped if path.suffix.lower() in (".dic", ".aff", ".oxt")]
