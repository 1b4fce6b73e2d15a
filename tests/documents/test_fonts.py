"""The font family: Times New Roman when installed, else bundled Liberation Serif with every Vietnamese letter."""

from __future__ import annotations

import shutil
import unicodedata

from reportlab.pdfbase import pdfmetrics

from minutes_app import paths
from minutes_app.documents import fonts

# The 12 Vietnamese vowel letters and the 5 tone marks (huyền, hỏi, ngã, sắc, nặng) besides ngang.
VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
# The 17 consonant letters of the alphabet, and f j w z of loanwords and names.
CONSONANTS = "bcdđghklmnpqrstvx"
FOREIGN = "fjwz"


def vietnamese_letters() -> set[str]:
    """Every letter a Vietnamese text uses, both cases, each one precomposed code point.

    12 vowels x 6 tones = 72 vowel letters, plus 17 + 4 consonants = 93 lowercase, 186 with uppercase
    (FORMAT.md's count). Of those, the letters outside ASCII are the 72 vowels less the 6 plain a e i o u y,
    plus đ: 67 lowercase, 134 in both cases.
    """
    lower = {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | set(CONSONANTS + FOREIGN)
    return lower | {letter.upper() for letter in lower}


def test_letter_counts_are_what_the_alphabet_says():
    """186 letters in all, 134 of them outside ASCII, each a single precomposed character."""
    letters = vietnamese_letters()
    assert all(len(letter) == 1 for letter in letters)
    assert len(letters) == 186
    assert len({letter for letter in letters if not letter.isascii()}) == 134


def test_every_vietnamese_letter_has_a_glyph_in_all_four_faces():
    """No Vietnamese letter prints as a box in regular, bold, italic or bold italic."""
    covered = fonts.covered()
    missing = sorted(letter for letter in vietnamese_letters() if ord(letter) not in covered)
    assert missing == []


def test_one_family_of_four_faces_is_registered():
    """Bold and italic markup map to our own faces, not to a built-in Type 1 font."""
    family = fonts.family()
    assert set(family.files) == {fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC}
    assert all(path.is_file() for path in family.files.values())
    assert pdfmetrics.getFont(fonts.BOLD).face.name
    assert family.source in ("Times New Roman", "Liberation Serif")


def test_bundled_font_comes_with_its_licence():
    """The OFL requires the licence text beside the redistributed font files."""
    licence = (paths.FONTS / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert all(path.is_file() for path in fonts.bundled_faces().values())


def test_times_new_roman_is_found_when_all_four_faces_are_installed(tmp_path):
    """An installed Times New Roman (Windows file names, in a sub-folder as on Linux) is preferred."""
    folder = tmp_path / "msttcorefonts"
    folder.mkdir()
    for name, face in zip(
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"), fonts.bundled_faces().values(), strict=True
    ):
        shutil.copy(face, folder / name)
    found = fonts.find_times_new_roman([tmp_path])
    assert found is not None
    assert found[fonts.BOLD].name == "timesbd.ttf"


def test_times_new_roman_with_a_face_missing_falls_back(tmp_path):
    """Three faces of four are not enough: bold italic would print in another font."""
    for name in ("times.ttf", "timesbd.ttf", "timesi.ttf"):
        shutil.copy(fonts.bundled_faces()[fonts.REGULAR], tmp_path / name)
    assert fonts.find_times_new_roman([tmp_path]) is None
