"""The register on the command line (CLI.md version 2): new --from, directives, follow-up, the report files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from minutes_app import cli, paths
from minutes_app.domain.register import JSON_KEYS

TODAY = dt.date.today()


def run(capsys, *argv):
    code = cli.main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """Every register command on a laptop's file and on a shared archive on a server."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "archive.sqlite3")


def _import(capsys, db, tmp_path, document: dict) -> int:
    path = tmp_path / f"m{len(list(tmp_path.glob('*.json')))}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "import", path)
    assert code == 0, err
    return int(out)


@pytest.fixture
def archive(capsys, db, tmp_path, sample_doc):
    """Two meetings: the quý 3 sample (deadlines long past) and a later one with a deadline ahead."""
    q3 = _import(capsys, db, tmp_path, sample_doc)
    later = {**sample_doc, "meeting": {**sample_doc["meeting"], "date": "2023-03-10", "title": "Họp tháng 3"}}
    later["directives"] = [
        {"id": "k1", "content": "Tổng kết đề án", "assignee": "HU Ba Bể", "deadline": str(TODAY.replace(year=TODAY.year + 1))},
        {"id": "k2", "content": "Báo cáo dư luận", "assignee": "Huyện ủy Pác Nặm", "deadline_text": "trong quý 2/2023"},
    ]  # fmt: skip
    return q3, _import(capsys, db, tmp_path, later)


def _exported(capsys, db, meeting_id, tmp_path) -> dict:
    target = tmp_path / f"export-{meeting_id}.json"
    code, _out, err = run(capsys, "--db", db, "export", meeting_id, "-o", target, "--format", "json")
    assert code == 0, err
    return json.loads(target.read_text(encoding="utf-8"))


def _register(capsys, db, *filters) -> list[dict]:
    code, out, err = run(capsys, "--db", db, "directives", "--json", *filters)
    assert code == 0, err
    return json.loads(out)


def test_directives_json_lists_every_directive_newest_meeting_first(capsys, db, archive):
    """The contract's keys; meetings newest first, directives in their order; a spoken deadline's date."""
    q3, later = archive
    rows = _register(capsys, db)
    assert [row["ref"] for row in rows] == [f"{later}.k1", f"{later}.k2"] + [
        f"{q3}.t{n}" for n in range(1, 6)
    ]
    assert all(list(row) == list(JSON_KEYS) for row in rows)
    k2 = rows[1]
    assert (k2["deadline"], k2["deadline_text"], k2["status"], k2["overdue"]) == (
        "2023-06-30",
        "trong quý 2/2023",
        "open",
        True,
    )
    assert rows[0]["overdue"] is False and rows[0]["last_followup"] is None
    assert rows[5]["deadline"] is None and rows[5]["deadline_text"] == "thường xuyên"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (["--unit", "huyen uy ba be"], ["k1"]),
        (["--unit", "BA BỂ"], ["k1"]),
        (["--unit", "pác"], ["k2"]),
        (["--overdue"], ["k2", "t1", "t2"]),
        (["--status", "in_progress"], []),
        (["--from", "2023-01-01"], ["k1", "k2"]),
        (["--to", "2022-12-31", "--overdue"], ["t1", "t2"]),
    ],
)
def test_filters_narrow_the_register(capsys, db, archive, filters, expected):
    """--unit is an accent- and case-insensitive substring; --overdue, --status and the date range narrow."""
    assert [row["ref"].split(".")[1] for row in _register(capsys, db, *filters)] == expected


def test_meeting_filter_and_an_unknown_meeting(capsys, db, archive):
    """--meeting keeps one meeting's directives; an unknown id is bad input (exit 2, one line)."""
    q3, _later = archive
    assert len(_register(capsys, db, "--meeting", q3)) == 5
    code, out, err = run(capsys, "--db", db, "directives", "--meeting", 999)
    assert (code, out) == (2, "") and len(err.strip().splitlines()) == 1


def test_without_json_one_line_per_directive(capsys, db, archive):
    """The plain listing has one line per directive, beginning with its reference, overdue marked."""
    code, out, _err = run(capsys, "--db", db, "directives")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 7
    assert lines[1].split("\t")[0].endswith(".k2") and "QUÁ HẠN" in lines[1]


def test_follow_up_changes_the_status_and_never_the_fingerprint(capsys, db, archive, tmp_path):
    """Progress on a finalized meeting: the register shows it, the signed minutes keep their fingerprint."""
    q3, _later = archive
    code, out, _err = run(capsys, "--db", db, "finalize", q3)
    fingerprint = out.split()[-1].strip(").")
    before = tmp_path / "before.json"
    run(capsys, "--db", db, "export", q3, "-o", before, "--format", "json")
    code, _out, err = run(
        capsys,
        "--db",
        db,
        "follow-up",
        f"{q3}.t1",
        "--status",
        "done",
        "--note",
        "Đã rà soát",
        "--date",
        "2022-12-01",
    )
    assert code == 0, err
    row = next(r for r in _register(capsys, db) if r["ref"] == f"{q3}.t1")
    assert (row["status"], row["overdue"]) == ("done", False)
    assert row["last_followup"] == {"date": "2022-12-01", "status": "done", "note": "Đã rà soát"}
    after = tmp_path / "after.json"
    run(capsys, "--db", db, "export", q3, "-o", after, "--format", "json")
    exported = json.loads(after.read_text(encoding="utf-8"))
    assert exported["followups"][-1]["note"] == "Đã rà soát"
    assert {k: v for k, v in exported.items() if k != "followups"} == {
        k: v for k, v in json.loads(before.read_text(encoding="utf-8")).items() if k != "followups"
    }
    code, out, _err = run(capsys, "--db", db, "finalize", q3)
    assert fingerprint in out


@pytest.mark.parametrize(
    "argv",
    [
        ["follow-up", "12", "--status", "done"],
        ["follow-up", "abc.t1", "--status", "done"],
        ["follow-up", "1.t99", "--status", "done"],
        ["follow-up", "99.t1", "--status", "done"],
        ["follow-up", "1.t1", "--status", "finished"],
        ["follow-up", "1.t1", "--status", "done", "--date", "20/12/2022"],
        ["directives", "--status", "late"],
        ["directives", "--to", "tomorrow"],
        ["new", "--from", "99"],
        ["new", "--from", "1", "--carry", "all"],
    ],
)
def test_bad_references_statuses_and_dates_exit_2_with_one_line(capsys, db, archive, argv):
    """An unknown REF or status, a malformed date or id: exit 2, one line on stderr, nothing changed."""
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert all(row["last_followup"] is None for row in _register(capsys, db))


def test_new_from_carries_the_unfinished_directives(capsys, db, archive, tmp_path):
    """new --from prints the new id; open directives become previous_directives with their source."""
    q3, _later = archive
    run(capsys, "--db", db, "follow-up", f"{q3}.t2", "--status", "done")
    code, out, err = run(capsys, "--db", db, "new", "--from", q3)
    assert code == 0, err
    document = _exported(capsys, db, int(out), tmp_path)
    carried = document["previous_directives"]
    assert [item["source"]["directive_id"] for item in carried] == ["t1", "t3", "t4", "t5"]
    assert all("result" not in item and "status" not in item for item in carried)
    assert carried[0]["source"]["meeting_title"] == "Hội nghị giao ban công tác tuyên giáo quý 3/2022"
    assert document["meeting"]["issuing_body"] == "BAN TUYÊN GIÁO" and document["directives"] == []
    assert all(a.get("attendance", "present") == "present" for a in document["attendees"])
    code, out, _err = run(capsys, "--db", db, "new", "--from", q3, "--carry", "none")
    assert _exported(capsys, db, int(out), tmp_path)["previous_directives"] == []


def test_finalizing_the_next_meeting_reports_on_the_source(capsys, db, archive, tmp_path):
    """A reviewed item with a status, once the new meeting is finalized, is the source's latest follow-up."""
    q3, _later = archive
    code, out, _err = run(capsys, "--db", db, "new", "--from", q3)
    document = _exported(capsys, db, int(out), tmp_path)
    document["previous_directives"][0].update(status="done", result="Hoàn thành rà soát.")
    document["meeting"]["status"] = "final"
    del document["meeting"]["uid"]
    reviewed = _import(capsys, db, tmp_path, document)
    row = next(r for r in _register(capsys, db) if r["ref"] == f"{q3}.t1")
    assert row["status"] == "done" and row["last_followup"]["note"] == "Hoàn thành rà soát."
    uid = _exported(capsys, db, reviewed, tmp_path)["meeting"]["uid"]
    assert _exported(capsys, db, q3, tmp_path)["followups"][-1]["reported_in"] == uid


def test_the_register_as_spreadsheet_has_the_json_keys_as_columns(capsys, db, archive, tmp_path):
    """XLSX and CSV (UTF-8 with a BOM): the --json keys as header, one row per directive, same values."""
    from openpyxl import load_workbook

    rows = _register(capsys, db)
    code, _out, err = run(capsys, "--db", db, "directives", "-o", tmp_path / "register.csv")
    assert code == 0, err
    raw = (tmp_path / "register.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == list(JSON_KEYS) and len(table) == len(rows) + 1
    assert [line[0] for line in table[1:]] == [row["ref"] for row in rows]
    assert table[2][JSON_KEYS.index("overdue")] == "true" and table[2][5] == "Huyện ủy Pác Nặm"

    code, _out, err = run(capsys, "--db", db, "directives", "--unit", "ba be", "-o", tmp_path / "r.xlsx")
    assert code == 0, err
    sheet = load_workbook(tmp_path / "r.xlsx").active
    values = [[cell.value for cell in line] for line in sheet.iter_rows()]
    assert values[0] == list(JSON_KEYS)
    assert values[1][:6] == [rows[0][key] for key in JSON_KEYS[:6]] and len(values) == 2


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_register_report_reads_back(capsys, db, archive, tmp_path, fmt):
    """PDF and DOCX: the issuing body's header, the summary in REGISTER.md's words, then the table."""
    target = tmp_path / f"register.{fmt}"
    code, _out, err = run(capsys, "--db", db, "directives", "-o", target)
    assert code == 0, err
    if fmt == "pdf":
        from pypdf import PdfReader

        text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    else:
        import docx

        document = docx.Document(str(target))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        text = " ".join([p.text for p in document.paragraphs] + cells)
    text = " ".join(text.split())
    for words in (
        "BAN TUYÊN GIÁO",
        "BÁO CÁO",
        "Tổng số kết luận, nhiệm vụ: 7",
        "Đang thực hiện quá hạn: 3",
        "Đang thực hiện trong hạn: 4",
        "Tỷ lệ hoàn thành trong số nhiệm vụ đã đến hạn: 0,00%",
        "Nội dung kết luận",
        "Huyện ủy Pác Nặm",
    ):
        assert words in text, words
    assert text.index("Tổng số") < text.index("Nội dung kết luận")


def test_version_1_documents_import_and_version_2_round_trips_byte_identically(
    capsys, db, tmp_path, version_2_doc
):
    """The sample (format 1) imports; a format-2 export, imported and exported again, is the same bytes."""
    code, out, err = run(capsys, "--db", db, "import", paths.SAMPLE_MEETING)
    assert code == 0, err
    first = tmp_path / "first.json"
    run(capsys, "--db", db, "export", int(out), "-o", first, "--format", "json")
    assert json.loads(first.read_text(encoding="utf-8"))["format_version"] == 2
    imported = _import(capsys, db, tmp_path, version_2_doc)
    exported = tmp_path / "exported.json"
    run(capsys, "--db", db, "export", imported, "-o", exported, "--format", "json")
    again = _import(capsys, db, tmp_path, json.loads(exported.read_text(encoding="utf-8")))
    second = tmp_path / "second.json"
    run(capsys, "--db", db, "export", again, "-o", second, "--format", "json")
    assert exported.read_bytes() == second.read_bytes()
    assert len(json.loads(second.read_text(encoding="utf-8"))["followups"]) == 2


def test_the_register_goes_to_standard_output_with_a_dash(capsys, db, archive):
    """`directives -o - --format csv` writes the sheet itself to stdout, nothing else."""
    code, out, err = run(capsys, "--db", db, "directives", "-o", "-", "--format", "csv")
    assert code == 0 and out.startswith("\ufeffref,meeting_id,") and err == ""
    assert out.count("\r\n") == 8  # the header and seven directives
