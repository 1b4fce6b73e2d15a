"""Repairing text pasted from old TCVN3 (.VnTime) and VNI-Windows documents, which arrives as mojibake.

Offices still keep decades of documents typed in these 8-bit encodings; copied out of an old file they
read "Hµ Néi" (TCVN3) or "Haø Noäi" (VNI). Python has no codec for either, so the tables are here. Repair
is offered only when the text holds characters that never occur in Vietnamese Unicode, and only when one
encoding explains all of them, so genuine text is never "repaired".
"""

from __future__ import annotations

import unicodedata

# TCVN3 (ABC): byte → letter. Upper-case toned letters used the same bytes in a separate (.VnTimeH) font,
# so they come back lower case; the base capitals Ă Â Ê Ô Ơ Ư Đ have codes of their own.
_TCVN3_CODES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
TCVN3 = {bytes([code]).decode("cp1252"): letter for code, letter in _TCVN3_CODES.items()}

# VNI-Windows: a base letter followed by a mark byte. Tones in VNI order: sắc, huyền, hỏi, ngã, nặng.
_VNI_TONES = "ùøûõï"
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"
_VNI_HAT_TONES = "âáàåãä"  # circumflex, then circumflex with each tone
_VNI_BREVE_TONES = "êéèúüë"  # breve, then breve with each tone


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(source: str, target: str) -> None:
        table[source] = unicodedata.normalize("NFC", target)
        table[source.upper()] = unicodedata.normalize("NFC", target.upper())

    for vowel in "aeouy":
        for mark, tone in zip(_VNI_TONES, _TONE_MARKS, strict=True):
            add(vowel + mark, vowel + tone)
    for vowel in "aeo":
        for index, mark in enumerate(_VNI_HAT_TONES):
            add(vowel + mark, vowel + "\u0302" + ("" if index == 0 else _TONE_MARKS[index - 1]))
    for index, mark in enumerate(_VNI_BREVE_TONES):
        add("a" + mark, "a\u0306" + ("" if index == 0 else _TONE_MARKS[index - 1]))
    for horned, base in (("ô", "o\u031b"), ("ö", "u\u031b")):
        add(horned, base)
        for mark, tone in zip(_VNI_TONES, _TONE_MARKS, strict=True):
            add(horned + mark, base + tone)
    for single, letter in (
        ("í", "í"),
        ("ì", "ì"),
        ("æ", "ỉ"),
        ("ó", "ĩ"),
        ("ò", "ị"),
        ("î", "ỵ"),
        ("ñ", "đ"),
    ):
        add(single, letter)
    return table


VNI = _vni_table()
_VNI_LONGEST = max(len(key) for key in VNI)

_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Punctuation of the Latin-1 block that genuine Vietnamese text uses.
_PLAIN_LATIN1 = set("\u00a0«»°±·×÷§©®¼½¾")


def _foreign(text: str) -> set[str]:
    """Characters of the Latin-1 block that Vietnamese Unicode text never contains."""
    return {c for c in text if "\u00a0" <= c <= "\u00ff" and c not in _VIETNAMESE_LATIN1 | _PLAIN_LATIN1}


def from_tcvn3(text: str) -> str:
    return "".join(TCVN3.get(char, char) for char in text)


def from_vni(text: str) -> str:
    result, index = [], 0
    while index < len(text):
        for length in range(_VNI_LONGEST, 0, -1):
            chunk = text[index : index + length]
            if chunk in VNI:
                result.append(VNI[chunk])
                index += length
                break
        else:
            result.append(text[index])
            index += 1
    return "".join(result)


_VNI_CARRIERS = set("aeiouyAEIOUYôöÔÖ")
_VNI_SINGLES = set("ñÑæÆîÎöÖ")


def _vni_likeness(text: str) -> float:
    """Share of foreign characters placed as VNI places its mark bytes: right after a vowel.

    TCVN3 puts a whole toned vowel in one byte, so its foreign characters follow consonants as often as not
    ("Hµ Néi"); VNI's follow their vowel ("Haø Noäi"). Both tables can clear the same text, so this decides.
    """
    foreign = _foreign(text)
    places = [i for i, c in enumerate(text) if c in foreign]
    votes = sum(1 for i in places if text[i] in _VNI_SINGLES or (i > 0 and text[i - 1] in _VNI_CARRIERS))
    return votes / len(places) if places else 0.0


def repair_legacy(text: str) -> tuple[str, str] | None:
    """(repaired text, "tcvn3" or "vni") when the text is mojibake of one of them, else None."""
    if not _foreign(text):
        return None
    order = ("vni", "tcvn3") if _vni_likeness(text) > 0.6 else ("tcvn3", "vni")
    converters = {"vni": from_vni, "tcvn3": from_tcvn3}
    for name in order:
        repaired = unicodedata.normalize("NFC", converters[name](text))
        if not _foreign(repaired):
            return repaired, name
    return None
