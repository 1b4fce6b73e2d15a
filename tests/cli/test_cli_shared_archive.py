"""The command line on a shared archive (postgresql://): copy both ways, backup, passwords, sslmode, roles."""

from __future__ import annotations

import json

import pytest

from minutes_app import cli
from minutes_app.storage import open_store
from minutes_app.storage.engines.pg_url import redact


def run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def laptop(capsys, tmp_path, version_2_doc):
    """A laptop's archive: the sample, the format-2 sample with follow-ups, one of them finalized."""
    db = str(tmp_path / "laptop.sqlite3")
    document = tmp_path / "v2.json"
    document.write_text(json.dumps(version_2_doc, ensure_ascii=False), encoding="utf-8")
    from minutes_app import paths

    ids = [
        run(capsys, "--db", db, "import", str(source))[1].strip()
        for source in (paths.SAMPLE_MEETING, document)
    ]
    assert run(capsys, "--db", db, "finalize", ids[0])[0] == 0
    return db, ids


def _exports(capsys, db, ids, folder, name) -> list[bytes]:
    contents = []
    for meeting_id in ids:
        target = folder / f"{name}-{meeting_id}.json"
        assert run(capsys, "--db", db, "export", meeting_id, "--format", "json", "-o", str(target))[0] == 0
        contents.append(target.read_bytes())
    return contents


def _fingerprints(target) -> dict[int, list[str]]:
    with open_store(target, read_only=True) as store:
        return {m.id: [v[1] for v in store.finalized_versions(m.id)] for m in store.list_meetings()}


def test_copy_to_the_server_and_back_keeps_every_byte_and_fingerprint(capsys, tmp_path, laptop, pg_url):
    """File → server → file: each meeting exports to identical JSON from all three, fingerprints unchanged."""
    db, ids = laptop
    code, out, _ = run(capsys, "copy", db, pg_url)
    assert code == 0 and "2" in out
    back = str(tmp_path / "trip.sqlite3")
    assert run(capsys, "copy", pg_url, back)[0] == 0
    original = _exports(capsys, db, ids, tmp_path, "laptop")
    assert _exports(capsys, pg_url, ids, tmp_path, "server") == original
    assert _exports(capsys, back, ids, tmp_path, "trip") == original
    assert _fingerprints(pg_url) == _fingerprints(db) == _fingerprints(back)
    assert any(_fingerprints(db).values())
    code, out, _ = run(capsys, "--db", pg_url, "search", "tuyen giao", "--json")
    assert code == 0 and {row["id"] for row in json.loads(out)} == {int(i) for i in ids}
    code, out, _ = run(capsys, "--db", pg_url, "import", str(tmp_path / "laptop-1.json"))
    assert code == 0 and int(out) == 3  # new rows are numbered past the copied ones


def test_copy_refuses_a_destination_that_holds_meetings(capsys, tmp_path, laptop, pg_url):
    """DEST must be empty or new: a second copy into it exits 2 and leaves it as it was."""
    db, _ids = laptop
    assert run(capsys, "copy", db, pg_url)[0] == 0
    before = run(capsys, "--db", pg_url, "list", "--json")[1]
    code, _, err = run(capsys, "copy", db, pg_url)
    assert code == 2 and "đã có dữ liệu" in err
    assert run(capsys, "--db", pg_url, "list", "--json")[1] == before
    assert run(capsys, "copy", db, db)[0] == 2


def test_backup_on_a_server_points_to_pg_dump(capsys, tmp_path, pg_url, laptop):
    """backup is the server's job: exit 1 naming pg_dump, and no file written."""
    db, _ids = laptop
    run(capsys, "copy", db, pg_url)
    code, _, err = run(capsys, "--db", pg_url, "backup", str(tmp_path / "copy.sqlite3"))
    assert code == 1 and "pg_dump" in err
    assert not (tmp_path / "copy.sqlite3").exists()
    assert run(capsys, "--db", pg_url, "check")[0] == 0


def test_read_commands_on_an_empty_server_database_create_nothing(capsys, pg_url, pg_server, pg_database):
    """list, search and check on a database without an archive exit 1 and create no table."""
    for command in (["list"], ["search", "x"], ["check"]):
        code, _, err = run(capsys, "--db", pg_url, *command)
        assert code == 1 and "Chưa có kho lưu trữ" in err
    import psycopg

    with psycopg.connect(pg_url) as connection:
        assert (
            connection.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()[0]
            == 0
        )


def test_a_database_of_another_program_is_left_alone(capsys, pg_url, laptop):
    """A database holding other tables is not our archive: exit 1, nothing created in it."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE invoices (id int)")
    db, _ids = laptop
    for argv in (["--db", pg_url, "list"], ["copy", db, pg_url]):
        code, _, err = run(capsys, *argv)
        assert code == 1 and "không phải kho lưu trữ" in err
    with psycopg.connect(pg_url) as connection:
        tables = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    assert tables == [("invoices",)]


def test_passwords_come_from_pgpass_pgpassword_or_the_url_and_are_never_printed(
    capsys, monkeypatch, pg_server, pg_database, laptop
):
    """Each of the three ways logs in; a wrong password is refused with a message that never shows it."""
    from pgserver import WRITER_PASSWORD

    db, _ids = laptop
    plain = pg_server.url(pg_database)
    assert run(capsys, "copy", db, plain)[0] == 0  # ~/.pgpass (PGPASSFILE)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.setenv("PGPASSWORD", WRITER_PASSWORD)
    assert run(capsys, "--db", plain, "list")[0] == 0
    monkeypatch.delenv("PGPASSWORD")
    with_password = pg_server.url(pg_database, password=WRITER_PASSWORD)
    code, out, err = run(capsys, "--db", with_password, "finalize", "2")
    assert code == 0 and WRITER_PASSWORD not in out + err
    code, _, err = run(capsys, "--db", with_password, "export", "99", "-o", "x.json")
    assert code == 2 and WRITER_PASSWORD not in err
    wrong = pg_server.url(pg_database, password="Sai-Mat-Khau-42")
    code, out, err = run(capsys, "--db", wrong, "list")
    assert code == 1 and "không cho đăng nhập" in err
    assert "Sai-Mat-Khau-42" not in out + err
    assert redact(wrong) in err


def test_sslmode_works_as_libpq_says(capsys, pg_server, pg_database, laptop):
    """Over TCP, sslmode=require refuses a server without SSL; disable connects; a bad value is named."""
    db, _ids = laptop
    assert run(capsys, "copy", db, pg_server.url(pg_database))[0] == 0
    assert run(capsys, "--db", pg_server.tcp_url(pg_database, sslmode="disable"), "list")[0] == 0
    code, _, err = run(capsys, "--db", pg_server.tcp_url(pg_database, sslmode="require"), "list")
    assert code == 1 and "SSL" in err
    code, _, err = run(capsys, "--db", pg_server.tcp_url(pg_database, sslmode="bogus"), "list")
    assert code == 1 and "sslmode" in err


def test_a_reader_role_reads_everything_and_writes_nothing(capsys, pg_url, pg_reader_url, laptop):
    """GRANT SELECT only: list, search and export work; import and finalize exit 1 saying why."""
    db, ids = laptop
    assert run(capsys, "copy", db, pg_url)[0] == 0
    code, out, _ = run(capsys, "--db", pg_reader_url, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert run(capsys, "--db", pg_reader_url, "search", "dang uy")[0] == 0
    for command in (["finalize", ids[1]], ["reopen", ids[0]]):
        code, _, err = run(capsys, "--db", pg_reader_url, *command)
        assert code == 1 and "chỉ có quyền xem" in err
    assert json.loads(run(capsys, "--db", pg_url, "list", "--json")[1]) == json.loads(out)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://thuky:mat-khau@luutru.btg.backan.vn:5433/bien_ban", "luutru.btg.backan.vn/bien_ban"),
        ("postgres://thuky@10.0.0.5/bien_ban?sslmode=require&password=x", "10.0.0.5/bien_ban"),
        ("postgresql:///bien_ban?host=/var/run/postgresql", "localhost/bien_ban"),
        ("postgresql://[2001:db8::1]/luu_tru", "2001:db8::1/luu_tru"),
    ],
)
def test_the_status_bar_names_a_server_by_host_and_database(url, shown):
    """While typing, the lost server is named short (host/database), never by its user or password."""
    from minutes_app.storage.engines.pg_url import place

    assert place(url) == shown
