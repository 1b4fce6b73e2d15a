"""Random byte changes inside the used pages of an archive: each is detected (by opening, by ``check``, or by
the read of the meeting it hit) or changes nothing any reader sees; opening and ``check`` always agree.

Row checksums catch what integrity_check cannot see: a byte changed inside a stored text. A damaged
meeting is named with the newest backup holding a sound copy of it; the other meetings stay usable.
``RELIABILITY_FLIPS`` raises the number of changes for a longer soak.
"""

from __future__ import annotations

import collections
import copy
import datetime as dt
import os
import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from minutes_app import cli
from minutes_app.domain import canonical
from minutes_app.domain.model import DirectiveStatus, FollowUp
from minutes_app.messages import UserError
from minutes_app.storage import open_store

FLIPS = int(os.environ.get("RELIABILITY_FLIPS", "150"))
QUERIES = ("tuyên giáo", "Đảng", "hoang van thang", "nghị quyết", "ngoặc")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory, sample_document, version_2_doc_module) -> Path:
    """A compact archive: meetings of both formats, two finalized (snapshots), follow-ups, reviewed
    directives; no free pages, so every page is a used one."""
    folder = tmp_path_factory.mktemp("pristine")
    path = folder / "minutes.sqlite3"
    with open_store(path) as store:
        for number, document in enumerate([sample_document, version_2_doc_module] * 3):
            meeting = canonical.from_document(copy.deepcopy(document))
            meeting.title = f"{meeting.title} (số {number}) “ngoặc”"
            meeting.uid = ""
            meeting_id = store.add(meeting)
            if number % 3 == 0:
                store.finalize(meeting_id)
            directive = store.load(meeting_id).directives[0].id
            store.add_followup(
                meeting_id, FollowUp(directive, dt.date(2023, 1, number + 1), DirectiveStatus.DONE)
            )
    connection = sqlite3.connect(path)
    connection.execute("VACUUM")
    connection.close()
    return path


@pytest.fixture(scope="module")
def version_2_doc_module(sample_document) -> dict:
    document = copy.deepcopy(sample_document)
    document["format_version"] = 2
    document["meeting"]["circulation"] = "internal"
    document["previous_directives"] = [
        {"id": "p1", "source": {"meeting_uid": "x", "directive_id": "d4"}, "content": "Việc kỳ trước còn dở."}
    ]
    return document


def _pages(path: Path) -> list[tuple[int, str, str, int]]:
    """(page number, what it holds, page type, unused bytes) of every used page, from SQLite's dbstat."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT pageno, name, pagetype, unused FROM dbstat ORDER BY pageno"
        ).fetchall()
    finally:
        connection.close()


def _unused(page: bytes, number: int, kind: str, unused: int) -> set[int]:
    """Offsets of the page that hold nothing: the gap between the cell pointers and the cells and the
    free blocks of a b-tree page, the unused tail of an overflow page."""
    if kind == "overflow":
        return set(range(len(page) - unused, len(page)))
    start = 100 if number == 1 else 0
    header = 12 if page[start] in (2, 5) else 8
    cells = int.from_bytes(page[start + 3 : start + 5], "big")
    content = int.from_bytes(page[start + 5 : start + 7], "big") or 65536
    free = set(range(start + header + 2 * cells, content))
    block = int.from_bytes(page[start + 1 : start + 3], "big")
    while block:
        size = int.from_bytes(page[block + 2 : block + 4], "big")
        free |= set(range(block, block + size))
        block = int.from_bytes(page[block : block + 2], "big")
    return free


def _seen(store) -> dict:
    """Everything a reader gets from the archive: list, every meeting, its signed versions, search."""
    summaries = store.list_meetings()
    return {
        "list": [(s.id, s.title, s.date, s.status) for s in summaries],
        "meetings": {s.id: canonical.to_document(store.load(s.id)) for s in summaries},
        "versions": {
            s.id: [(at, f, canonical.to_document(m)) for at, f, m in store.finalized_versions(s.id)]
            for s in summaries
        },
        "search": {q: [(h.id, h.snippet) for h in store.search(q)] for q in QUERIES},
    }


def _group(name: str) -> str:
    if name.startswith("meeting_search"):
        return "search index"
    if name.startswith("sqlite_autoindex") or name.endswith(
        ("_order", "_by_date", "_by_uid", "_by_meeting", "_by_directive", "_by_source")
    ):
        return "b-tree index"
    if name == "sqlite_schema":
        return "schema"
    return "rows"


def _verdict_of_open(path: Path) -> str:
    try:
        with open_store(path) as store:
            return "damaged" if store.read_only else "sound"
    except UserError:
        return "unreadable"


def _verdict_of_check(path: Path) -> str:
    try:
        with open_store(path, read_only=True) as store:
            return "sound" if store.check() == [] else "damaged"
    except UserError:
        return "unreadable"


def test_random_byte_changes_are_detected_or_harmless(pristine, tmp_path):
    """N random single-byte changes at random places of random used pages: none changes what a reader
    sees without being detected, and opening for writing and ``check`` reach the same verdict."""
    with open_store(pristine, read_only=True) as store:
        expected = _seen(store)
    pages = _pages(pristine)
    page_size = 4096
    rng = random.Random(58)
    outcomes: collections.Counter = collections.Counter()
    where: collections.Counter = collections.Counter()
    undetected = []
    original = pristine.read_bytes()
    for flip in range(FLIPS):
        page, owner, kind, unused = rng.choice(pages)
        within = rng.randrange(page_size)
        offset = (page - 1) * page_size + within
        spare = within in _unused(original[offset - within : offset - within + page_size], page, kind, unused)
        data = bytearray(original)
        data[offset] ^= rng.randrange(1, 256)
        trial = tmp_path / f"t{flip}" / "minutes.sqlite3"
        trial.parent.mkdir()
        trial.write_bytes(bytes(data))
        by_check = _verdict_of_check(trial)
        shutil.copy(trial.with_name("minutes.sqlite3"), trial.with_name("again.sqlite3"))
        by_open = _verdict_of_open(trial.with_name("again.sqlite3"))
        assert by_open == by_check, (flip, page, owner, by_open, by_check)
        if by_check != "sound":
            outcome = f"detected at open and by check ({by_check})"
        else:
            try:
                with open_store(trial, read_only=True) as store:
                    seen = _seen(store)
                outcome = "UNDETECTED"
                if seen == expected:
                    place = "unused space of the page" if spare else "bytes no reader depends on"
                    outcome = f"harmless: in {place}, every reader sees the same"
            except UserError as error:
                outcome = (
                    "detected by the read of that meeting"
                    if "bị hỏng" in str(error)
                    else f"read failed: {error.key}"
                )
            if outcome == "UNDETECTED":
                undetected.append((page, owner, offset % page_size))
        outcomes[outcome] += 1
        where[(_group(owner), outcome.split(",")[0])] += 1
        shutil.rmtree(trial.parent)
    print(f"\nrandom byte changes in used pages: {FLIPS}")
    for outcome, count in outcomes.most_common():
        print(f"  {count:4d}  {outcome}")
    for (group, outcome), count in sorted(where.items()):
        print(f"  {group:14s} {outcome:40s} {count:4d}")
    assert undetected == []
    assert outcomes["detected at open and by check (damaged)"] > 0


def test_a_damaged_meeting_is_named_with_its_newest_sound_backup(tmp_path, capsys, sample_document):
    """A changed text byte: check names the meeting and the newest backup whose copy of it verifies;
    export of that meeting refuses (nothing written), the other meetings export as before."""
    path = tmp_path / "minutes.sqlite3"
    for title in ("Hội nghị thứ nhất", "Hội nghị thứ hai"):
        document = copy.deepcopy(sample_document)
        document["meeting"]["title"] = title
        document["meeting"]["conclusion"] = f"Kết luận riêng của {title}."
        source = tmp_path / "in.json"
        source.write_text(__import__("json").dumps(document, ensure_ascii=False), encoding="utf-8")
        assert cli.main(["--db", str(path), "import", str(source)]) == 0
    with open_store(path) as store:
        sound_copy = store.backup_now()
        store.update_meeting_field(1, "agenda", "Sửa sau bản sao lưu")
        later_copy = store.backup_now()
    capsys.readouterr()
    data = bytearray(path.read_bytes())
    where = data.find("Kết luận riêng của Hội nghị thứ nhất".encode())
    data[where + 3] ^= 0x20
    path.write_bytes(bytes(data))
    assert cli.main(["--db", str(path), "check"]) == 1
    said = capsys.readouterr().err
    assert "cuộc họp số 1 «Hội nghị thứ nhất»" in said and str(later_copy) in said
    assert cli.main(["--db", str(path), "export", "1", "-o", str(tmp_path / "one.pdf")]) == 1
    assert "cuộc họp số 1" in capsys.readouterr().err and not (tmp_path / "one.pdf").exists()
    for fmt in ("pdf", "docx", "json"):
        assert (
            cli.main(["--db", str(path), "export", "2", "-o", str(tmp_path / f"two.{fmt}"), "--format", fmt])
            == 0
        )
    assert sound_copy.exists()


def test_a_row_changed_on_the_server_is_named_too(pg_url, tmp_path, capsys, sample_document):
    """A shared archive: a row changed by another client of the server (not through the program) is found
    by ``check`` and by the read of its meeting, named; the other meeting still exports."""
    import psycopg

    path = tmp_path / "in.json"
    for title in ("Họp chung một", "Họp chung hai"):
        document = copy.deepcopy(sample_document)
        document["meeting"]["title"] = title
        path.write_text(__import__("json").dumps(document, ensure_ascii=False), encoding="utf-8")
        assert cli.main(["--db", pg_url, "import", str(path)]) == 0
    assert cli.main(["--db", pg_url, "check"]) == 0
    with psycopg.connect(pg_url, autocommit=True) as other:
        other.execute("UPDATE contribution SET content = 'Sửa thẳng trên máy chủ' WHERE meeting_id = 1")
    capsys.readouterr()
    assert cli.main(["--db", pg_url, "check"]) == 1
    assert "cuộc họp số 1 «Họp chung một»" in capsys.readouterr().err
    assert (
        cli.main(["--db", pg_url, "export", "1", "-o", str(tmp_path / "one.json"), "--format", "json"]) == 1
    )
    assert (
        cli.main(["--db", pg_url, "export", "2", "-o", str(tmp_path / "two.json"), "--format", "json"]) == 0
    )
    assert not (tmp_path / "one.json").exists()


def test_a_write_never_seals_a_row_changed_on_the_server(pg_url, sample_meeting):
    """A shared archive is not verified whole at opening: a meeting whose row another client of the server
    changed is named at this program's first write to it, that write is refused, and ``check`` still
    finds the change afterwards (a write that sealed the row again would have hidden it)."""
    import psycopg

    from minutes_app.domain import ItemKind
    from minutes_app.storage.errors import DamagedError

    with open_store(pg_url) as store:
        damaged, sound = store.add(copy.deepcopy(sample_meeting)), store.add(copy.deepcopy(sample_meeting))
        with psycopg.connect(pg_url, autocommit=True) as other:
            other.execute("UPDATE meeting SET location = 'Sửa thẳng trên máy chủ' WHERE id = %s", (damaged,))
        for write in (
            lambda: store.update_meeting_field(damaged, "agenda", "Chương trình mới"),
            lambda: store.update_item_field(damaged, ItemKind.ATTENDEES, "a1", "position", "Phó Trưởng ban"),
            lambda: store.finalize(damaged),
        ):
            with pytest.raises(DamagedError) as refused:
                write()
            assert f"cuộc họp số {damaged}" in str(refused.value)
        store.update_meeting_field(sound, "agenda", "Chương trình mới")
        assert store.verify().damaged and [m.meeting_id for m in store.verify().damaged] == [damaged]
