"""The stored register: the SQL answers as the domain defines them, kept in step by every write, indexed."""

from __future__ import annotations

import copy
import datetime as dt
import random
import shutil
from pathlib import Path

import pytest

from minutes_app.domain import register as domain_register
from minutes_app.domain.model import Directive, DirectiveStatus, FollowUp, ItemKind, Meeting
from minutes_app.domain.register import Category, RegisterFilter
from minutes_app.domain.units import merged
from minutes_app.storage import open_store

BOTH_ENGINES = True  # every test on a store runs on a SQLite file and on a PostgreSQL server
D = dt.date
STATUSES = list(DirectiveStatus)
UNITS = ["Huyện ủy Ba Bể", "HU Ba Bể", "huyện ủy ba bể", "UBND huyện Pác Nặm", "Ủy ban nhân dân huyện Pác Nặm",
         "Sở Tư pháp", "Ba Bể", ""]  # fmt: skip
SPOKEN = [
    "trong quý 4/2022",
    "tháng 11",
    "thường xuyên",
    "cuối năm 2023",
    "khi có yêu cầu",
    "ngay sau hội nghị",
    "",
]
WORDS = [
    "rà soát",
    "chỉ tiêu",
    "kế hoạch",
    "tuyên truyền",
    "dư luận",
    "báo cáo",
    "hướng dẫn",
    "đề án",
    "nghị quyết",
]


def varied_meetings(count: int = 24, seed: int = 3) -> list[Meeting]:
    """Meetings whose directives cover every status, deadline form, unit spelling and follow-up history."""
    rng = random.Random(seed)
    meetings = []
    for number in range(count):
        day = D(2022, 1, 1) + dt.timedelta(days=rng.randrange(0, 500))
        directives, followups = [], []
        for index in range(rng.randrange(0, 7)):
            key = f"t{index + 1}"
            deadline = day + dt.timedelta(days=rng.randrange(-10, 200)) if rng.random() < 0.4 else None
            directives.append(
                Directive(
                    key,
                    " ".join(rng.sample(WORDS, 3)),
                    rng.choice(UNITS),
                    deadline,
                    rng.choice(SPOKEN),
                    rng.choice(STATUSES),
                )
            )
            for _ in range(rng.randrange(0, 3)):
                when = day + dt.timedelta(days=rng.randrange(1, 300))
                followups.append(FollowUp(key, when, rng.choice(STATUSES), rng.choice(["", "Đã báo cáo"])))
        followups.sort(key=lambda entry: entry.date)
        meetings.append(Meeting(f"Giao ban lần {number}", day, directives=directives, followups=followups))
    return meetings


def worked_out(store, today, aliases=None) -> list:
    """The register by the domain's definition, from the loaded meetings (newest first)."""
    entries = []
    for summary in store.list_meetings():
        entries += domain_register.entries_of(store.load(summary.id), today, aliases or {})
    return entries


FILTERS = [
    RegisterFilter(),
    RegisterFilter(status=DirectiveStatus.OPEN),
    RegisterFilter(status=DirectiveStatus.DONE),
    RegisterFilter(overdue=True),
    RegisterFilter(pending=True, date_to=D(2022, 12, 31)),
    RegisterFilter(unit="ba be"),
    RegisterFilter(unit="Huyện ủy Ba Bể"),
    RegisterFilter(unit="UBND Pác"),
    RegisterFilter(unit="100%_"),
    RegisterFilter(text="ke hoach"),
    RegisterFilter(date_from=D(2022, 6, 1), date_to=D(2022, 12, 31)),
    RegisterFilter(status=DirectiveStatus.IN_PROGRESS, overdue=True, unit="ba"),
]


@pytest.fixture
def archive(store):
    store.add_many(varied_meetings())
    return store


@pytest.mark.parametrize("today", [D(2022, 6, 1), D(2023, 1, 15), D(2024, 1, 1)])
@pytest.mark.parametrize("wanted", FILTERS)
def test_the_stored_register_gives_the_domains_answers(archive, wanted, today):
    """Lines, order, status, overdue and category from SQL equal the domain's definition, filter by filter."""
    expected = [e for e in worked_out(archive, today) if domain_register.matches(e, wanted)]
    assert archive.register(wanted, today=today) == expected
    assert archive.register_count(wanted, today=today) == len(expected)
    assert archive.register_tallies(wanted, today=today) == domain_register.unit_tallies(expected)


def test_pages_follow_the_order_of_the_whole_list(archive):
    """limit and offset cut the same list the window pages through."""
    whole = archive.register(today=D(2023, 1, 1))
    pages = [
        archive.register(today=D(2023, 1, 1), limit=7, offset=start) for start in range(0, len(whole), 7)
    ]
    assert [entry for page in pages for entry in page] == whole


def test_every_write_keeps_the_register_in_step(stored):
    """Editing a directive, adding, moving and removing one, changing the meeting's date, follow-ups."""
    store, meeting_id = stored
    today = D(2023, 1, 5)

    def check():
        assert store.register(today=today) == worked_out(store, today)

    store.update_item_field(meeting_id, ItemKind.DIRECTIVES, "t3", "deadline_text", "tháng 11")
    check()
    store.update_item_field(meeting_id, ItemKind.DIRECTIVES, "t3", "assignee", "HU Ba Bể")
    store.update_item_field(meeting_id, ItemKind.DIRECTIVES, "t1", "status", DirectiveStatus.DONE)
    check()
    store.insert_item(
        meeting_id, ItemKind.DIRECTIVES, Directive("t9", "Việc mới", "Sở Y tế", D(2022, 10, 1)), 0
    )
    store.move_items(meeting_id, ItemKind.DIRECTIVES, ["t1", "t2", "t9", "t3", "t4", "t5"])
    check()
    assert [e.directive_id for e in store.register(today=today)][:3] == ["t1", "t2", "t9"]
    store.remove_item(meeting_id, ItemKind.DIRECTIVES, "t2")
    store.update_meeting_field(meeting_id, "date", D(2022, 12, 5))  # "tháng 11" now means next November
    check()
    assert next(e for e in store.register(today=today) if e.directive_id == "t3").due == D(2023, 11, 30)
    followup_id = store.add_followup(
        meeting_id, FollowUp("t9", D(2022, 10, 20), DirectiveStatus.DONE, "Xong")
    )
    check()
    store.remove_followup(meeting_id, followup_id)
    check()
    store.delete(meeting_id)
    assert store.register(today=today) == []


def test_a_directive_with_spoken_deadline_counts_as_overdue_once_its_period_ends(stored):
    """ "trong quý 4/2022" is overdue in January 2023, not on 31 December 2022."""
    store, _meeting_id = stored
    overdue = RegisterFilter(overdue=True)
    assert [e.directive_id for e in store.register(overdue, today=D(2022, 12, 31))] == []
    assert [e.directive_id for e in store.register(overdue, today=D(2023, 1, 1))] == ["t1", "t2"]


def _quarter_four(store, source_id: int) -> int:
    from minutes_app.domain.carry import meeting_from

    new = meeting_from(store.load(source_id), D(2022, 12, 20))
    return store.add(new)


def test_finalizing_records_each_reviewed_item_once_on_its_source(stored):
    """Reviewed items become follow-ups of the quý 3 directives (reported in quý 4), none twice."""
    store, q3 = stored
    q4 = _quarter_four(store, q3)
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p1", "status", DirectiveStatus.DONE)
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p1", "result", "Đã rà soát xong.")
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p2", "status", DirectiveStatus.IN_PROGRESS)
    q4_uid = store.load(q4).uid
    store.finalize(q4)
    followups = store.load(q3).followups
    assert followups == [
        FollowUp("t1", D(2022, 12, 20), DirectiveStatus.DONE, "Đã rà soát xong.", q4_uid),
        FollowUp("t2", D(2022, 12, 20), DirectiveStatus.IN_PROGRESS, "", q4_uid),
    ]
    statuses = {e.directive_id: e.status for e in store.register(RegisterFilter(meeting_id=q3))}
    assert statuses["t1"] == DirectiveStatus.DONE and statuses["t3"] == DirectiveStatus.OPEN

    store.reopen(q4)
    store.finalize(q4)
    assert store.load(q3).followups == followups  # a reopen and re-finalize records nothing twice

    store.reopen(q4)
    store.update_item_field(
        q4, ItemKind.PREVIOUS_DIRECTIVES, "p1", "result", "Đã rà soát, báo cáo Thường trực."
    )
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p2", "status", None)
    store.finalize(q4)
    assert store.load(q3).followups == [
        FollowUp("t1", D(2022, 12, 20), DirectiveStatus.DONE, "Đã rà soát, báo cáo Thường trực.", q4_uid)
    ]


def test_reviews_go_to_the_oldest_meeting_with_the_source_uid_and_leave_it_signed(stored):
    """A copy imported again shares the uid: the oldest one is the source; its fingerprint never moves."""
    store, q3 = stored
    copy_id = store.add(copy.deepcopy(store.load(q3)))
    fingerprint = store.finalize(q3)
    snapshot = store.finalized_versions(q3)[0]
    q4 = _quarter_four(store, copy_id)
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p4", "status", DirectiveStatus.DONE)
    store.finalize(q4)
    assert [(f.directive, f.status) for f in store.load(q3).followups] == [("t4", DirectiveStatus.DONE)]
    assert store.load(copy_id).followups == []
    assert store.finalize(q3) == fingerprint
    assert store.finalized_versions(q3) == [snapshot]


def test_a_review_of_a_source_outside_the_archive_stays_in_the_minutes_only(stored):
    """An item whose source meeting is not here is printed and exported, and records nothing."""
    store, q3 = stored
    q4 = _quarter_four(store, q3)
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p1", "source_meeting_uid", "elsewhere")
    store.update_item_field(q4, ItemKind.PREVIOUS_DIRECTIVES, "p1", "status", DirectiveStatus.DONE)
    store.finalize(q4)
    assert store.load(q3).followups == []
    assert store.load(q4).previous_directives[0].status == DirectiveStatus.DONE


def test_a_merge_of_units_is_an_alias_that_changes_no_meeting(stored):
    """Counts join under the chosen name; the meetings' documents, snapshots and fingerprints stay."""
    from minutes_app.domain import canonical

    store, q3 = stored
    other = Meeting(
        "Giao ban tháng 10", D(2022, 10, 15), directives=[Directive("t1", "Việc", "BTG huyện, thành")]
    )
    other_id = store.add(other)
    fingerprint = store.finalize(other_id)
    before = {i: canonical.to_document(store.load(i)) for i in (q3, other_id)}
    aliases = merged(store.unit_aliases(), ["BTG huyện, thành"], "Ban Tuyên giáo các huyện ủy, thành ủy")
    store.set_unit_aliases(aliases)
    (tally,) = store.register_tallies(today=D(2022, 11, 1))
    assert (tally.name, tally.summary.total) == ("Ban Tuyên giáo các huyện ủy, thành ủy", 6)
    assert f"{other_id}.t1" in [
        e.ref for e in store.register(RegisterFilter(unit="Ban Tuyên giáo các huyện"))
    ]
    assert {i: canonical.to_document(store.load(i)) for i in (q3, other_id)} == before
    assert store.finalize(other_id) == fingerprint
    store.set_unit_aliases({})
    assert len(store.register_tallies()) == 2
    assert "BTG huyện, thành" in store.unit_names()


def _plans(store, call) -> list[str]:
    """The query plans of the register's own statements while ``call`` runs."""
    statements: list[str] = []
    connection = store._db.connection()
    connection.set_trace_callback(statements.append)
    try:
        call()
    finally:
        connection.set_trace_callback(None)
    return [
        " | ".join(str(row[-1]) for row in connection.execute("EXPLAIN QUERY PLAN " + sql))
        for sql in statements
        if "directive_register" in sql
    ]


@pytest.fixture
def file_archive(db_path):
    """The varied archive in a SQLite file, whose query plans the test reads."""
    with open_store(db_path) as opened:
        opened.add_many(varied_meetings())
        yield opened


def test_filter_and_counts_use_the_registers_indexes(file_archive):
    """A page walks the order index without sorting every match, even for overdue; the overdue count
    reads the status index; the counts per unit read the covering index; words are looked up first."""
    archive = file_archive
    today = D(2023, 1, 1)
    (page,) = _plans(archive, lambda: archive.register(RegisterFilter(overdue=True), today=today, limit=50))
    cut = page.split(" | SCAN r |")[0]  # the page itself, before its lines are joined to their texts
    assert "directive_register_order" in cut and "TEMP B-TREE" not in cut
    (count,) = _plans(archive, lambda: archive.register_count(RegisterFilter(overdue=True), today=today))
    assert "COVERING INDEX directive_register_by_status" in count
    for wanted in (RegisterFilter(), RegisterFilter(overdue=True, unit="ba be")):
        (tally,) = _plans(archive, lambda w=wanted: archive.register_tallies(w, today=today))
        assert "COVERING INDEX directive_register_by_unit" in tally and "TEMP B-TREE" not in tally
    (words,) = _plans(archive, lambda: archive.register_tallies(RegisterFilter(text="ke hoach"), today=today))
    assert words.startswith("SCAN x")


def test_a_copy_between_engines_carries_the_aliases_and_rebuilds_the_register(
    archive, engine, tmp_path, pg_url
):
    """A laptop's file copied to the server (and a server's archive to a file): the same lines, counts
    and merged units, the register rebuilt in the destination's own engine."""
    from minutes_app.storage.copying import copy_archive

    aliases = merged(archive.unit_aliases(), ["HU Ba Bể"], "Huyện ủy Ba Bể")
    archive.set_unit_aliases(aliases)
    today = D(2023, 1, 15)
    other = pg_url if engine == "sqlite" else tmp_path / "copy.sqlite3"
    with open_store(other) as dest:
        copy_archive(archive, dest)
        assert dest.unit_aliases() == archive.unit_aliases() == aliases
        for wanted in (RegisterFilter(), RegisterFilter(overdue=True), RegisterFilter(text="ke hoach")):
            assert dest.register(wanted, today=today) == archive.register(wanted, today=today)
            assert dest.register_tallies(wanted, today=today) == archive.register_tallies(wanted, today=today)


def test_a_version_5_file_is_upgraded_with_its_register_filled(tmp_path):
    """Opening an archive of schema 5 for writing builds the register from what it holds."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema-v5.sqlite3", path)
    with open_store(path) as store:
        entries = store.register(today=D(2023, 1, 1))
        assert entries == worked_out(store, D(2023, 1, 1)) and entries


def test_an_older_file_opened_read_only_works_the_register_out(tmp_path):
    """Without the derived rows (a read-only open never migrates) the same answers come the slow way."""
    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[1] / "fixtures" / "schema-v5.sqlite3", path)
    with open_store(path, read_only=True) as store:
        entries = store.register(today=D(2023, 1, 1))
        assert entries and entries == worked_out(store, D(2023, 1, 1))
        assert store.register_count(RegisterFilter(overdue=True), today=D(2023, 1, 1)) == sum(
            e.overdue for e in entries
        )
        assert store.register_tallies(today=D(2023, 1, 1))[0].summary[Category.PENDING_OVERDUE] > 0
        assert store.unit_names()
