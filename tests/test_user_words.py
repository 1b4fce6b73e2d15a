"""The user's own word list for the spell check: kept on disk, merged, never losing a word."""

import unicodedata

import pytest

from minutes_app import messages
from minutes_app.messages import UserError
from minutes_app.user_words import UserWords


def test_added_words_are_kept_across_sessions(tmp_path):
    """A word added today is still there after a restart, in a file a person can read."""
    path = tmp_path / "data" / "words.txt"
    UserWords(path).add("Zaloo")
    UserWords(path).add("Êban")
    assert UserWords(path).words == ["Êban", "Zaloo"]
    assert "Zaloo\n" in path.read_text(encoding="utf-8")


def test_words_are_stored_composed_and_one_word_only(tmp_path):
    """Decomposed input is stored composed; empty entries and phrases are not words."""
    words = UserWords(tmp_path / "words.txt")
    words.add(unicodedata.normalize("NFD", "Blốc"))
    words.add("   ")
    words.add("hai từ")
    assert UserWords(tmp_path / "words.txt").words == ["Blốc"]


def test_two_windows_adding_words_lose_neither(tmp_path):
    """Each addition re-reads the file first: a word added by another window is not overwritten."""
    path = tmp_path / "words.txt"
    first, second = UserWords(path), UserWords(path)
    first.add("Tling")
    second.add("Jút")
    assert set(UserWords(path).words) == {"Tling", "Jút"}


def test_a_hand_edited_file_with_comments_and_junk_is_read(tmp_path):
    """Comment lines are skipped, blank lines ignored, bad bytes do not stop the program."""
    path = tmp_path / "words.txt"
    path.write_bytes(b"# mine\n\nKr\xc3\xb4ng\n\xff\xfe\n  Bl\xe1\xbb\x91c  \n")
    assert "Krông" in UserWords(path).words and "Blốc" in UserWords(path).words


def test_a_file_that_cannot_be_written_says_so_and_keeps_the_word_for_the_session(tmp_path):
    """A data folder that cannot be created is a clear message, and the word stays accepted meanwhile."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    words = UserWords(blocker / "words.txt")
    messages.set_language("en")
    with pytest.raises(UserError) as raised:
        words.add("Zaloo")
    assert raised.value.key == "words.cannot_save"
    assert "Could not save «Zaloo»" in str(raised.value)
    assert words.words == ["Zaloo"]
