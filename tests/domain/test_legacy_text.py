"""Repair of TCVN3 and VNI-Windows mojibake pasted from old office documents."""

import pytest

from minutes_app.domain.legacy_text import from_tcvn3, from_vni, repair_legacy


@pytest.mark.parametrize(
    ("pasted", "expected", "encoding"),
    [
        ("Hµ Néi", "Hà Nội", "tcvn3"),
        ("Ban Tuyªn gi¸o TØnh ñy B¾c K¹n", "Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "tcvn3"),
        ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam", "tcvn3"),
        ("Haø Noäi", "Hà Nội", "vni"),
        ("Ban Tuyeân giaùo Tænh uûy Baéc Kaïn", "Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "vni"),
        ("Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam", "vni"),
        ("Ñoàng chí Lyù Vaên Tuaán phaùt bieåu", "Đồng chí Lý Văn Tuấn phát biểu", "vni"),
    ],
)
def test_mojibake_is_recognised_and_repaired(pasted, expected, encoding):
    """Text from .VnTime (TCVN3) and VNI-Times documents comes back as Unicode Vietnamese."""
    assert repair_legacy(pasted) == (expected, encoding)


@pytest.mark.parametrize(
    "genuine",
    [
        "Hà Nội",
        "Cộng hòa xã hội chủ nghĩa Việt Nam",
        "Trích «Nghị quyết» số 12, 25°C",
        "plain ASCII",
        "café au lait",
    ],
)
def test_genuine_text_is_never_repaired(genuine):
    """Unicode Vietnamese, ASCII and foreign words are left alone (None means: do not offer a repair)."""
    assert repair_legacy(genuine) is None


def test_every_tcvn3_letter_maps_to_one_unicode_letter():
    """The TCVN3 table covers the 67 lower-case letters and the 7 base capitals with distinct codes."""
    sample = "µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ¨©ª«¬\xad®¡¢£¤¥¦§"
    converted = from_tcvn3(sample)
    assert len(set(converted)) == len(sample) == 74


def test_vni_upper_case():
    """VNI capitals carry upper-case mark bytes: "VIEÄT NAM"."""
    assert from_vni("VIEÄT NAM") == "VIỆT NAM"
    assert from_vni("ÑAÛNG") == "ĐẢNG"
