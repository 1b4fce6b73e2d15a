"""The index's fast folding is exactly domain fold(), whatever the script, so index and queries agree."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from minutes_app.domain.vietnamese import fold
from minutes_app.storage.folding import fast_fold, original_offset

_VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬĐÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ \n.,"
)


@given(st.text(alphabet=_VIETNAMESE, max_size=300))
def test_fast_fold_equals_fold_on_vietnamese(text):
    """On Vietnamese (the fast path) the two folds agree character for character."""
    text = unicodedata.normalize("NFC", text)
    assert fast_fold(text) == fold(text)


@given(st.text(max_size=200))
def test_fast_fold_equals_fold_on_any_text(text):
    """On any NFC text, emoji, Greek, ß and ligatures included, the fallback keeps the result exact."""
    text = unicodedata.normalize("NFC", text)
    assert fast_fold(text) == fold(text)


@given(st.text(max_size=80), st.sampled_from(["Đảng", "tuyên giáo", "Straße"]))
def test_original_offset_finds_the_word(prefix, word):
    """The offset of a word in the folded text maps to where that word starts in the original."""
    original = unicodedata.normalize("NFC", prefix + " " + word)
    folded = fast_fold(original)
    start = folded.rindex(fold(word))
    assert original[original_offset(original, start) :] == unicodedata.normalize("NFC", word)
