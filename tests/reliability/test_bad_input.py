"""Runaway and bad input: every input that is not a regular file or too large, every bad value kind, is a
usage error (exit 2, one line naming the JSON path) that costs little and leaves the archive unchanged."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_app import cli, paths

from .helpers import REPO, child_env, file_hash

LIMIT = 20 * 2**20  # the documented largest meeting file
MEMORY_LIMIT = 1 << 30  # a child may use 1 GiB; the million-attendee file once took 7.5 GB


@pytest.fixture
def archive(tmp_path, capsys) -> Path:
    path = tmp_path / "minutes.sqlite3"
    assert cli.main(["--db", str(path), "import", str(paths.SAMPLE_MEETING)]) == 0
    capsys.readouterr()
    return path


def _import(capsys, archive: Path, source: str) -> tuple[int, str]:
    code = cli.main(["--db", str(archive), "import", source])
    err = capsys.readouterr().err.strip()
    assert "Traceback" not in err
    return code, err


def _child(
    *args, stdin=None, limit_memory: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess:
    def bounded() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    return subprocess.run(
        [
            sys.executable,
            "-m",
            "minutes_app",
            *(a if isinstance(a, bytes) else os.fsencode(str(a)) for a in args),
        ],
        input=stdin,
        capture_output=True,
        env=child_env(LANG="vi_VN.UTF-8"),
        cwd=REPO,
        timeout=timeout,
        preexec_fn=bounded if limit_memory else None,
    )


def test_inputs_that_are_not_regular_files_are_refused_at_once(archive, tmp_path):
    """/dev/zero, a FIFO with no writer and a folder are refused (exit 2) without reading or waiting.

    Each runs in a child limited to 1 GiB and 60 s: a program that read /dev/zero would grow without end.
    """
    fifo = tmp_path / "meeting.json"
    os.mkfifo(fifo)
    before = file_hash(archive)
    for source in ("/dev/zero", fifo, tmp_path):
        try:
            result = _child("--db", archive, "import", source, limit_memory=True, timeout=60)
        except subprocess.TimeoutExpired:
            pytest.fail(f"import {source} was still reading after 60 s")
        said = result.stderr.decode()
        assert result.returncode == 2, (source, said)
        assert len(said.strip().splitlines()) == 1 and "không phải tệp thường" in said, (source, said)
    assert file_hash(archive) == before


def test_an_input_beyond_the_limit_is_refused_before_it_is_read(archive, tmp_path, capsys):
    """A file or standard input over 20 MB is refused whole, whatever it holds."""
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.write(b'{"format_version": 2, "x_padding": "')
        handle.truncate(LIMIT + 10)
    code, err = _import(capsys, archive, str(big))
    assert code == 2 and "20 MB" in err
    result = _child("--db", archive, "import", "-", stdin=b" " * (LIMIT + 1))
    assert result.returncode == 2 and "20 MB" in result.stderr.decode()


def test_standard_input_is_read_with_a_dash(archive, sample_document):
    """``import -`` reads the meeting from standard input."""
    document = copy.deepcopy(sample_document)
    document["meeting"]["title"] = "Hội nghị từ đầu vào chuẩn"
    result = _child("--db", archive, "import", "-", stdin=json.dumps(document, ensure_ascii=False).encode())
    assert result.returncode == 0, result.stderr.decode()
    listed = _child("--db", archive, "list", "--json")
    assert "Hội nghị từ đầu vào chuẩn" in [row["title"] for row in json.loads(listed.stdout)]


def test_a_million_bad_attendees_is_refused_in_bounded_memory(archive, tmp_path, sample_document):
    """A 4 MB file with a million bad attendees is refused (too many entries) within 1 GiB, quickly."""
    document = copy.deepcopy(sample_document)
    document["attendees"] = [{"id": 1}] * 1_000_000
    crowd = tmp_path / "crowd.json"
    crowd.write_text(json.dumps(document), encoding="utf-8")
    before = file_hash(archive)
    started = time.monotonic()
    result = _child("--db", archive, "import", crowd, limit_memory=True)
    print(
        f"million bad attendees: {crowd.stat().st_size / 2**20:.1f} MB refused in {time.monotonic() - started:.1f} s"
    )
    said = result.stderr.decode()
    assert result.returncode == 2, said
    assert "attendees" in said and "tối đa 5000" in said
    assert file_hash(archive) == before


def test_validation_stops_after_twenty_problems_and_says_so(archive, tmp_path, capsys, sample_document):
    """Thousands of bad entries (within the list's limit): the first is named, and that checking stopped."""
    document = copy.deepcopy(sample_document)
    document["attendees"] = [{"id": i, "name": 5} for i in range(5000)]
    many = tmp_path / "many.json"
    many.write_text(json.dumps(document), encoding="utf-8")
    code, err = _import(capsys, archive, str(many))
    assert code == 2 and "attendees[0]" in err
    assert "ít nhất 19 lỗi khác" in err and "sau 20 lỗi" in err
    document["attendees"] = [{"id": 1, "name": 5}]
    few = tmp_path / "few.json"
    few.write_text(json.dumps(document), encoding="utf-8")
    code, err = _import(capsys, archive, str(few))
    assert code == 2 and "và 1 lỗi khác" in err


def test_every_text_field_has_a_documented_maximum():
    """Every string of the bundled schema is bounded: names a few hundred characters, titles 1,000, long
    texts (contributions, conclusions, reports) at least 200,000."""
    schema = json.loads(paths.SCHEMA.read_text(encoding="utf-8"))
    unbounded, limits = [], {}

    def walk(node, where):
        node = schema["$defs"][node["$ref"].split("/")[-1]] if "$ref" in node else node
        if node.get("type") == "string" and "enum" not in node and "const" not in node:
            if "maxLength" not in node:
                unbounded.append(where)
            limits[where] = node.get("maxLength")
        for key, child in node.get("properties", {}).items():
            walk(child, f"{where}.{key}")
        if "items" in node:
            walk(node["items"], f"{where}[]")

    walk(schema, "")
    assert unbounded == []
    assert limits[".meeting.title"] <= 1000 and limits[".attendees[].name"] <= 300
    for long_text in (".discussion[].content", ".meeting.conclusion", ".reports[].content"):
        assert limits[long_text] >= 200_000


def test_a_title_beyond_its_maximum_names_the_path(archive, tmp_path, capsys, sample_document):
    """A 5 MB title (under the file limit) is refused at meeting.title; nothing is stored."""
    document = copy.deepcopy(sample_document)
    document["meeting"]["title"] = "Hội nghị " * 600_000
    long_title = tmp_path / "title.json"
    long_title.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = file_hash(archive)
    code, err = _import(capsys, archive, str(long_title))
    assert code == 2 and "meeting.title" in err and "1.000" in err
    assert file_hash(archive) == before


def _bad_documents(sample_document) -> dict[str, tuple[str, str]]:
    """Each bad value kind: (the file's text, what the message must name)."""
    text = json.dumps(sample_document, ensure_ascii=True)
    found = {}

    def changed(change, needle):
        document = copy.deepcopy(sample_document)
        change(document)
        return json.dumps(document, ensure_ascii=True), needle

    found["copies beyond 64 bits"] = changed(lambda d: d["meeting"].update(copies=2**64), "meeting.copies")
    found["negative beyond 64 bits"] = changed(
        lambda d: d["meeting"].update(copies=-(2**70)), "meeting.copies"
    )
    found["vote count beyond 64 bits"] = changed(
        lambda d: d.update(
            votes=[{"id": "v1", "subject": "x", "in_favour": 2**100, "against": 0, "abstain": 0}]
        ),
        "votes[0].in_favour",
    )
    found["extension beyond 64 bits"] = changed(lambda d: d["meeting"].update(x_note=2**64), "meeting.x_note")
    found["thousands of digits"] = (text.replace('"copies": ', '"copies": ' + "9" * 5000, 1), "JSON")
    found["lone surrogate"] = (text.replace('"title": "', '"title": "\\ud800', 1), "meeting.title")
    found["lone surrogate in a key"] = (
        text.replace('"meeting": {', '"meeting": {"x_\\udc00": 1, ', 1),
        "meeting",
    )
    found["time with a newline"] = changed(
        lambda d: d["meeting"].update(start_time="23:59\n"), "meeting.start_time"
    )
    found["attendee time with a newline"] = changed(
        lambda d: d["attendees"][0].update(arrived="08:30\n"), "attendees[0].arrived"
    )
    found["date with a newline"] = changed(lambda d: d["meeting"].update(date="2022-09-20\n"), "meeting.date")
    found["duplicate key"] = (
        text.replace('"meeting": {', '"meeting": {"title": "Tiêu đề bị ghi đè", ', 1),
        "title",
    )
    found["duplicate key deep"] = (
        text.replace('"attendees": [{', '"attendees": [{"name": "A", ', 1),
        "attendees[0]",
    )
    return found


def test_every_bad_value_kind_is_a_usage_error_with_its_path(archive, tmp_path, capsys, sample_document):
    """Big integers, lone surrogates, a time or date with a newline, duplicate keys: exit 2 naming the path."""
    before = file_hash(archive)
    for name, (text, needle) in _bad_documents(sample_document).items():
        bad = tmp_path / "bad.json"
        bad.write_text(text, encoding="utf-8")
        code, err = _import(capsys, archive, str(bad))
        assert code == 2, (name, err)
        assert len(err.splitlines()) == 1 and needle in err, (name, err)
    assert file_hash(archive) == before


@pytest.mark.parametrize(
    "command", [["export", "{id}", "-o", "x.pdf"], ["finalize", "{id}"], ["reopen", "{id}"]]
)
@pytest.mark.parametrize("value", [str(2**63), str(2**64), "9" * 400, str(-(2**70)), "0"])
def test_ids_beyond_64_bits_are_usage_errors(archive, capsys, command, value):
    """An id no archive can hold is refused as bad input, not an unexpected error."""
    code = cli.main(["--db", str(archive), *(part.format(id=value) for part in command)])
    err = capsys.readouterr().err.strip()
    assert code == 2 and len(err.splitlines()) == 1 and "không hợp lệ" in err, err


def test_paths_with_undecodable_bytes_are_usage_errors(archive, tmp_path):
    """--db, MINUTES_APP_DB, FILE and -o with bytes that are not UTF-8: exit 2, nothing created."""
    bad = os.fsencode(tmp_path) + b"/l\xff\xfe.sqlite3"
    for args in (
        ["--db", bad, "list"],
        ["--db", bad, "import", str(paths.SAMPLE_MEETING)],
        ["--db", archive, "import", os.fsencode(tmp_path) + b"/x\xff.json"],
        ["--db", archive, "export", "1", "-o", os.fsencode(tmp_path) + b"/x\xff.pdf"],
        ["--db", archive, "backup", os.fsencode(tmp_path) + b"/x\xff.sqlite3"],
    ):
        result = _child(*args)
        said = result.stderr.decode()
        assert result.returncode == 2, (args, said)
        assert len(said.strip().splitlines()) == 1 and "Traceback" not in said
    env = child_env()
    env_bytes = {os.fsencode(k): os.fsencode(v) for k, v in env.items()}
    env_bytes[b"MINUTES_APP_DB"] = bad
    result = subprocess.run(
        [sys.executable, "-m", "minutes_app", "list"],
        capture_output=True,
        env=env_bytes,
        cwd=REPO,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr.decode()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("l")) == []
