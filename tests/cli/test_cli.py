"""The command-line contract (../spec/CLI.md): outputs, exit codes and one-line messages."""

import hashlib
import json
import os
import subprocess
import sys
import unicodedata

import pytest

from minutes_app import cli, paths
from minutes_app.domain import canonical


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """The archive every content test runs on: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "archive.sqlite3")


@pytest.fixture
def file_db(tmp_path):
    """For what only a file has: its bytes, its backups."""
    return str(tmp_path / "archive.sqlite3")


@pytest.fixture
def file_imported(capsys, file_db):
    code, out, _ = run(capsys, "--db", file_db, "import", str(paths.SAMPLE_MEETING))
    assert code == 0
    return out.strip()


@pytest.fixture
def imported(capsys, db):
    code, out, _ = run(capsys, "--db", db, "import", str(paths.SAMPLE_MEETING))
    assert code == 0
    return out.strip()


def _digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def test_import_prints_the_new_id_and_list_shows_it(capsys, db, imported):
    """import prints the id; list --json gives id, date, title, layout, status."""
    assert imported.isdigit()
    code, out, _ = run(capsys, "--db", db, "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows == [
        {
            "id": int(imported),
            "date": "2022-09-20",
            "title": "Hội nghị giao ban công tác tuyên giáo quý 3/2022",
            "layout": "party",
            "status": "draft",
        }
    ]


def test_list_is_newest_first(capsys, db, imported, tmp_path, sample_doc):
    """A later meeting is listed before an earlier one."""
    sample_doc["meeting"]["date"] = "2023-01-05"
    sample_doc["meeting"]["title"] = "Hội nghị quý 4"
    later = tmp_path / "later.json"
    later.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    run(capsys, "--db", db, "import", str(later))
    _, out, _ = run(capsys, "--db", db, "list", "--json")
    assert [row["date"] for row in json.loads(out)] == ["2023-01-05", "2022-09-20"]


def test_search_is_accent_and_case_insensitive(capsys, db, imported):
    """'tuyen giao', 'ĐẢNG' and 'dang' all find the sample, with a snippet."""
    for query in ("tuyen giao", "TUYÊN GIÁO", "dang", "Đảng", "pac nam"):
        code, out, _ = run(capsys, "--db", db, "search", query, "--json")
        assert code == 0
        hits = json.loads(out)
        assert [hit["id"] for hit in hits] == [int(imported)], query
        assert set(hits[0]) == {"id", "date", "title", "layout", "status", "snippet"}
        assert hits[0]["snippet"]


def test_search_with_no_hits_is_an_empty_array(capsys, db, imported):
    """No results is not an error."""
    code, out, _ = run(capsys, "--db", db, "search", "xyzzy", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_export_json_round_trips(capsys, db, imported, tmp_path, sample_document):
    """export --format json writes what import reads back to an equal meeting."""
    out = tmp_path / "out.json"
    code, _, _ = run(capsys, "--db", db, "export", imported, "--format", "json", "-o", str(out))
    assert code == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["format_version"] == 2 and exported["meeting"].pop("uid")
    assert canonical.from_document(exported) == canonical.from_document(sample_document)
    code, again, _ = run(capsys, "--db", db, "import", str(out))
    out2 = tmp_path / "out2.json"
    run(capsys, "--db", db, "export", again.strip(), "--format", "json", "-o", str(out2))
    assert out2.read_bytes() == out.read_bytes()


def test_finalize_and_reopen(capsys, db, imported):
    """finalize freezes the meeting (status final, fingerprint printed); reopen brings it back to draft."""
    code, out, _ = run(capsys, "--db", db, "finalize", imported)
    assert code == 0
    _, listing, _ = run(capsys, "--db", db, "list", "--json")
    assert json.loads(listing)[0]["status"] == "final"
    code, _, _ = run(capsys, "--db", db, "reopen", imported)
    assert code == 0
    _, listing, _ = run(capsys, "--db", db, "list", "--json")
    assert json.loads(listing)[0]["status"] == "draft"


def test_check_and_backup(capsys, file_db, file_imported, tmp_path):
    """check exits 0 on a sound file; backup writes a copy that is itself a sound archive."""
    assert run(capsys, "--db", file_db, "check")[0] == 0
    dest = tmp_path / "copy.sqlite3"
    assert run(capsys, "--db", file_db, "backup", str(dest))[0] == 0
    code, out, _ = run(capsys, "--db", str(dest), "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("{not json", "JSON"),
        ('{"hello": "world"}', "meeting"),
        ("[]", "("),
    ],
)
def test_bad_input_exits_2_with_one_line_and_changes_nothing(
    capsys, file_db, file_imported, tmp_path, content, needle
):
    """Invalid JSON or a file that is not a meeting: exit 2, one line on stderr, database bytes unchanged."""
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = _digest(file_db)
    code, out, err = run(capsys, "--db", file_db, "import", str(bad))
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert needle in err
    assert _digest(file_db) == before


def test_error_names_the_json_path(capsys, db, tmp_path, sample_doc):
    """A wrong value deep inside names its path, e.g. attendees[3].attendance."""
    sample_doc["attendees"][3]["attendance"] = "late"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(sample_doc), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 2 and "attendees[3].attendance" in err


@pytest.mark.parametrize(
    "command", [["export", "999", "-o", "x.pdf"], ["finalize", "999"], ["export", "abc", "-o", "x"]]
)
def test_unknown_or_malformed_id_exits_2(capsys, db, imported, command):
    """An unknown id is bad input, not a crash."""
    code, _, err = run(capsys, "--db", db, *command)
    assert code == 2
    assert len(err.strip().splitlines()) == 1


def test_bad_usage_exits_2(capsys, db):
    """A missing argument or an unknown option is usage error 2, in one line."""
    code, _, err = run(capsys, "--db", db, "export", "1")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert run(capsys, "--db", db, "frobnicate")[0] == 2


def test_nfd_input_is_stored_nfc(capsys, db, tmp_path, sample_doc):
    """Decomposed Vietnamese in a file comes back composed."""
    sample_doc["meeting"]["title"] = unicodedata.normalize("NFD", "Hội nghị Đảng ủy")
    nfd = tmp_path / "nfd.json"
    nfd.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "import", str(nfd))
    _, listing, _ = run(capsys, "--db", db, "list", "--json")
    assert json.loads(listing)[0]["title"] == "Hội nghị Đảng ủy"


def test_messages_follow_lang(capsys, file_db):
    """--lang en gives English messages; the default is Vietnamese."""
    run(capsys, "--db", file_db, "import", str(paths.SAMPLE_MEETING))
    _, _, err = run(capsys, "--db", file_db, "--lang", "en", "export", "5", "-o", "x.json")
    assert "There is no meeting" in err
    _, _, err = run(capsys, "--db", file_db, "export", "5", "-o", "x.json")
    assert "Không có cuộc họp" in err


def test_lang_from_environment(capsys, file_db, monkeypatch):
    """Without --lang, LANG=en_US.UTF-8 selects English."""
    run(capsys, "--db", file_db, "import", str(paths.SAMPLE_MEETING))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    _, _, err = run(capsys, "--db", file_db, "export", "5", "-o", "x.json")
    assert "There is no meeting" in err


def test_database_from_environment(capsys, tmp_path, monkeypatch):
    """MINUTES_APP_DB points at the database when --db is absent: list does not create it, import does,
    and it is not seeded."""
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("MINUTES_APP_DB", str(target))
    code, _, err = run(capsys, "list", "--json")
    assert code == 1 and str(target) in err and not target.exists()
    assert run(capsys, "import", str(paths.SAMPLE_MEETING))[0] == 0
    code, out, _ = run(capsys, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1 and target.exists()


def test_default_database_is_seeded_with_the_sample(tmp_path, sample_doc):
    """The default database is created by the first import (never by list), with the sample meeting."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path))
    env.pop("MINUTES_APP_DB", None)
    database = tmp_path / "data" / "minutes_app" / "minutes.sqlite3"

    def minutes_app(*args):
        command = [sys.executable, "-m", "minutes_app", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    assert minutes_app("list", "--json").returncode == 1 and not database.parent.exists()
    sample_doc["meeting"]["title"] = "Hội nghị sau"
    later = tmp_path / "later.json"
    later.write_text(json.dumps(sample_doc, ensure_ascii=False), encoding="utf-8")
    assert minutes_app("import", str(later)).returncode == 0
    result = minutes_app("list", "--json")
    assert result.returncode == 0, result.stderr
    assert sorted(row["title"] for row in json.loads(result.stdout)) == [
        "Hội nghị giao ban công tác tuyên giáo quý 3/2022",
        "Hội nghị sau",
    ]
    assert database.exists()


def test_version_and_help_exit_0(capsys):
    """--version and --help are not errors."""
    assert cli.main(["--version"]) == 0
    assert cli.main(["--help"]) == 0


def test_read_only_folder_gives_a_clear_message(tmp_path):
    """A database in a folder the user cannot write: exit 1 and one line, no traceback.

    Root writes anywhere, so as root the command runs as the unprivileged user nobody.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    for part in (tmp_path, *tmp_path.parents):
        if part != part.parent:
            os.chmod(part, os.stat(part).st_mode | 0o055)
    folder.chmod(0o555)
    command = [sys.executable, "-m", "minutes_app", "--db", str(folder / "x.sqlite3"), "list"]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert str(folder) in result.stderr
