"""The phrase bank file: built-ins until changed, atomic saves, a damaged file kept aside, clear errors."""

from __future__ import annotations

import json

import pytest

from minutes_app.domain.phrases import Phrase
from minutes_app.messages import UserError
from minutes_app.phrase_file import PhraseBank, builtin_phrases, read_phrases, write_phrases


def test_a_new_user_gets_the_built_in_phrases_and_no_file(tmp_path):
    """Until the list is changed nothing is written, so later versions' phrases reach the user."""
    bank = PhraseBank(tmp_path / "data" / "phrases.json")
    assert bank.load() == builtin_phrases()
    assert bank.problem is None
    assert not bank.path.exists()


def test_saved_phrases_come_back_exactly(tmp_path):
    """Markup, emoji, a 100,000-character phrase and Vietnamese survive a save and a load; no temporary file stays."""
    mine = [Phrase("<b>Đảng</b> & 👍", "Kết luận"), Phrase("x" * 100_000)]
    bank = PhraseBank(tmp_path / "data" / "phrases.json")
    bank.save(mine)
    assert PhraseBank(bank.path).load() == mine
    assert [p.name for p in bank.path.parent.iterdir()] == ["phrases.json"]


def test_a_damaged_file_is_kept_aside_and_said(tmp_path):
    """Half a file (a crash in an old version, a bad copy) is renamed, reported, and the built-ins are offered."""
    path = tmp_path / "phrases.json"
    path.write_text('{"format": "minutes_app/phrases", "phrases": [{"text": "Hội', encoding="utf-8")
    bank = PhraseBank(path)
    assert bank.load() == builtin_phrases()
    assert bank.problem is not None and bank.problem.key == "phrases.damaged"
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("phrases.damaged-")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8").endswith("Hội")
    assert str(kept[0]) in str(bank.problem)


def test_import_errors_name_the_problem(tmp_path):
    """A missing file, a non-JSON file and a JSON file of another kind each get their own message."""
    with pytest.raises(UserError) as missing:
        read_phrases(tmp_path / "nothing.json")
    assert missing.value.key == "file.not_found"
    (tmp_path / "notes.json").write_text("Hội nghị", encoding="utf-8")
    with pytest.raises(UserError) as broken:
        read_phrases(tmp_path / "notes.json")
    assert broken.value.key == "json.invalid"
    (tmp_path / "meeting.json").write_text(json.dumps({"format_version": 1, "meeting": {}}), encoding="utf-8")
    with pytest.raises(UserError) as other:
        read_phrases(tmp_path / "meeting.json")
    assert other.value.key == "phrases.invalid"


def test_an_unwritable_place_is_a_clear_error(tmp_path):
    """Saving where a folder cannot be made says so instead of raising a raw OSError."""
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(UserError) as refused:
        write_phrases(blocker / "phrases.json", [Phrase("A.")])
    assert refused.value.key == "file.cannot_write"
