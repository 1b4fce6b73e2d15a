"""Schema upgrades: every earlier version's fixture upgrades with identical content, survives kills, and a
newer file opens read-only with a message."""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from minutes_app.domain import canonical
from minutes_app.storage import migrations, open_store

from .helpers import HOT_JOURNALS, file_hash, integrity, open_window, status_texts, table_dump
from .killing import run_and_kill

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VERSIONS = list(range(1, migrations.schema_version() + 1))
CORE = ("meeting", "attendee", "report", "contribution", "vote", "directive", "snapshot")
MIGRATION_KILLS = 16


def _expected() -> dict:
    """The fixtures' meetings as this version writes them (expected.json was written by version 1)."""
    documents = json.loads((FIXTURES / "expected.json").read_text("utf-8"))
    return {key: canonical.to_document(canonical.from_document(doc)) for key, doc in documents.items()}


def _user_version(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def _contents(store) -> dict:
    """Every meeting's document; each has its own uid (given by the upgrade when the file had none)."""
    documents = {str(s.id): canonical.to_document(store.load(s.id)) for s in store.list_meetings()}
    uids = [document["meeting"].pop("uid") for document in documents.values()]
    assert all(uids) and len(set(uids)) == len(uids)
    return documents


def test_a_fixture_exists_for_every_schema_version():
    """tests/fixtures holds a file of each version this program knows, each at its own version."""
    for version in VERSIONS:
        path = FIXTURES / f"schema-v{version}.sqlite3"
        assert path.exists(), f"run tests/fixtures/make_fixtures.py ({path.name} missing)"
        assert _user_version(path) == version
        assert integrity(path) == []


@pytest.mark.parametrize("version", VERSIONS)
def test_each_version_upgrades_with_identical_content(tmp_path, version):
    """Opening a file of each earlier version upgrades it; meetings, snapshots and search are the same."""
    path = tmp_path / "minutes.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{version}.sqlite3", path)
    with open_store(path) as store:
        assert not store.read_only, store.read_only_reason
        assert _contents(store) == _expected()
        finals = [s.id for s in store.list_meetings() if s.status.value == "final"]
        assert finals and all(len(store.finalized_versions(i)) == 1 for i in finals)
        assert store.search("tuyen giao") and store.search("ĐẢNG")
        first = store.list_meetings()[-1].id
        store.update_meeting_field(first, "agenda", "Nâng cấp xong, ghi được")  # and edits are saved again
        assert [hit.id for hit in store.search("nang cap xong")] == [first]
        assert store.check() == []
    assert _user_version(path) == migrations.schema_version()
    if version < migrations.schema_version():
        before = [p for p in (tmp_path / "backups").iterdir() if "before-schema" in p.name]
        assert len(before) == 1 and _user_version(before[0]) == version


@pytest.fixture(scope="module")
def big_v1(tmp_path_factory) -> Path:
    """A version-1 file with many meetings, so that the upgrade lasts long enough to be killed in."""
    sys.path.insert(0, str(FIXTURES))
    try:
        import make_fixtures
    finally:
        sys.path.remove(str(FIXTURES))
    return make_fixtures.build(1, tmp_path_factory.mktemp("big") / "v1.sqlite3", copies=40)


def _core_columns(dump: dict, original: dict) -> dict:
    """The core tables' rows cut to the columns the original file had."""
    return {t: [row[: len(original[t][0])] if original[t] else row for row in dump[t]] for t in original}


def test_kill_during_upgrade_leaves_the_old_version_usable(big_v1, tmp_path):
    """SIGKILL at random moments of an upgrade: the file is sound, at the old or the new version, same rows."""
    rng = random.Random(9)
    original = {t: rows for t, rows in table_dump(big_v1).items() if t in CORE}
    outcomes = {"old": 0, "old_after_backup": 0, "upgraded": 0}
    for kill in range(MIGRATION_KILLS):
        path = tmp_path / f"k{kill}" / "minutes.sqlite3"
        path.parent.mkdir()
        shutil.copy(big_v1, path)
        run_and_kill("writer_child.py", ["migrate", path], rng.uniform(0.0, 0.6))
        assert integrity(path) == []
        version = _user_version(path)
        assert 1 <= version <= migrations.schema_version()
        outcomes["old" if version < migrations.schema_version() else "upgraded"] += 1
        if version < migrations.schema_version() and list(path.parent.glob("backups/*before-schema*")):
            outcomes["old_after_backup"] += 1  # killed inside the upgrade proper
        # What an old program reads is unchanged (later versions only add columns at the end).
        assert _core_columns(table_dump(path), original) == original
        with open_store(path) as store:  # and the next start finishes the upgrade
            assert not store.read_only, store.read_only_reason
            assert len(store.list_meetings()) == 120
            assert store.check() == []
    outcomes["hot_journal_rolled_back"] = sum(p.is_relative_to(tmp_path) for p in HOT_JOURNALS)
    print("kill-during-upgrade:", outcomes)
    assert outcomes["old"]  # at least one kill landed before the upgrade committed


def test_newer_version_opens_read_only_with_a_message(tmp_path, qtbot, boxes):
    """A file from a newer program is never written; the window opens it read-only and says why."""
    path = tmp_path / "minutes.sqlite3"
    shutil.copy(FIXTURES / f"schema-v{migrations.schema_version()}.sqlite3", path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.schema_version() + 1}")
    connection.commit()
    connection.close()
    before = file_hash(path)
    store = open_store(path)
    try:
        assert store.read_only and store.read_only_reason.key == "db.too_new"
        window = open_window(qtbot, store)
        assert window.ui.bannerFrame.isVisible()
        assert "phiên bản mới hơn" in window.ui.bannerLabel.text()
        assert window.editor.read_only
        window.close()
    finally:
        store.close()
    assert file_hash(path) == before
    assert not any("Traceback" in t for t in status_texts(window))
