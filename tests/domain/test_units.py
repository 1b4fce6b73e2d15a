"""Unit keys: one unit however it is typed, a small predictable abbreviation rule, merges as aliases."""

import unicodedata

import pytest

from minutes_app.domain.units import merged, resolve, unit_key, unit_matches


@pytest.mark.parametrize(
    "spelling",
    [
        "Huyện ủy Ba Bể",
        "HU Ba Bể",
        "huyện ủy ba bể",
        "Huyện uỷ Ba Bể",
        "  HUYỆN ỦY   BA BỂ. ",
        unicodedata.normalize("NFD", "Huyện ủy Ba Bể"),
        "Huyen uy Ba Be",
    ],
)
def test_the_spellings_of_one_unit_share_a_key(spelling):
    """Accents, case, tone placement, spaces, a stop and the HU abbreviation all give one key."""
    assert unit_key(spelling) == "huyen uy ba be"


@pytest.mark.parametrize(
    ("abbreviated", "spelled_out"),
    [
        ("UBND huyện Pác Nặm", "Ủy ban nhân dân huyện Pác Nặm"),
        ("ubnd huyện Pác Nặm", "Ủy ban nhân dân huyện Pác Nặm"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("Ban Thường vụ TU", "Ban Thường vụ Tỉnh ủy"),
        ("Văn phòng ThU Bắc Kạn", "Văn phòng Thành ủy Bắc Kạn"),
        ("UBMTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("MTTQ huyện Na Rì", "Mặt trận Tổ quốc huyện Na Rì"),
        ("TP Bắc Kạn", "Thành phố Bắc Kạn"),
    ],
)
def test_common_abbreviations_are_spelled_out(abbreviated, spelled_out):
    """The abbreviations offices write in unit names count with the names written out."""
    assert unit_key(abbreviated) == unit_key(spelled_out)


@pytest.mark.parametrize("word", ["Sở Tư pháp", "Ban Thu ngân", "Tổ hư hỏng", "Văn phòng TƯ Đảng"])
def test_words_that_look_like_abbreviations_stay_words(word):
    """Tư, Thu, hư and TƯ (Trung ương) are not Tỉnh ủy, Thành ủy or Huyện ủy."""
    key = unit_key(word)
    assert "tinh uy" not in key and "thanh uy" not in key and "huyen uy" not in key


def test_a_different_unit_keeps_a_different_key():
    """Folding never merges two real units: Ba Bể and Bạch Thông stay apart."""
    assert unit_key("Huyện ủy Ba Bể") != unit_key("Huyện ủy Bạch Thông")
    assert unit_key("Huyện ủy Ba Bể") != unit_key("UBND huyện Ba Bể")


def test_the_unit_filter_matches_substrings_accent_free_and_abbreviated():
    """ "ba be", "Ba Bể", "huyện ủy" and "HU" all find "HU Ba Bể"; "Pác Nặm" does not."""
    key = unit_key("HU Ba Bể")
    for query in ("ba be", "Ba Bể", "huyện ủy", "HU Ba", "hu ba be", ""):
        assert unit_matches(query, "HU Ba Bể", key), query
    assert not unit_matches("Pác Nặm", "HU Ba Bể", key)


def test_merging_two_spellings_makes_an_alias_to_the_chosen_name():
    """Merging "Ba Bể" into "Huyện ủy Ba Bể" counts both under the chosen name's key."""
    aliases = merged({}, ["Ba Bể"], "Huyện ủy Ba Bể")
    assert resolve(unit_key("Ba Bể"), aliases) == unit_key("Huyện ủy Ba Bể")
    assert aliases[unit_key("Huyện ủy Ba Bể")] == "Huyện ủy Ba Bể"


def test_merging_into_a_unit_that_was_merged_follows_it_and_chains_stay_short():
    """A merge into a merged-away spelling lands on its group; earlier members move along."""
    first = merged({}, ["Ba Bể"], "Huyện ủy Ba Bể")
    second = merged(first, ["BB"], "Ba Bể")
    assert resolve("bb", second) == unit_key("Huyện ủy Ba Bể")
    third = merged(second, ["Huyện ủy Ba Bể"], "Ban Tuyên giáo Huyện ủy Ba Bể")
    for key in ("bb", "ba be", "huyen uy ba be"):
        assert resolve(key, third) == unit_key("Ban Tuyên giáo Huyện ủy Ba Bể")
        assert unit_key(third[key]) == resolve(unit_key(third[key]), third)  # one step, no chain


def test_merging_a_unit_into_itself_changes_nothing_but_its_name():
    """Choosing the same unit as target keeps it counted alone under the chosen spelling."""
    aliases = merged({}, ["HU Ba Bể"], "Huyện ủy Ba Bể")
    assert set(aliases) == {unit_key("Huyện ủy Ba Bể")}
