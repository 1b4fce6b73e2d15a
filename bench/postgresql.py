"""Shared-archive figures (prints, does not assert): 10,000 meetings on PostgreSQL over a Unix socket, and
the same figures for a SQLite file in the same run.

Usage: .venv/bin/python bench/postgresql.py [--meetings 10000] [--writers 20] [--seconds 15]
Targets (PostgreSQL): search p95 ≤ 50 ms; one-field commit p99 ≤ 20 ms with 20 writer processes each
saving at a typing pace (one autosave every 0.7 s, the window's typing delay); a 200-attendee meeting
opened ≤ 50 ms; copy of the 10,000-meeting file to the server in minutes. The server is Debian's
PostgreSQL started by tests/pgserver.py with its durable settings (fsync on).

A file has one writer at a time by design (a second program opens it read-only), so its commit figure
is one writer at the same pace; the server's is twenty, each on its own meeting.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from minutes_app import paths  # noqa: E402
from minutes_app.domain import Attendee, Contribution, Directive, Meeting  # noqa: E402
from minutes_app.domain.register import RegisterFilter  # noqa: E402

QUERIES = [
    "tuyen giao", "Đảng ủy", "dang", "cong tac", "nghi quyet", "Nguyễn Văn Thành", "chuyen doi so",
    "ke hoach", "giao ban 4711", "tổng kết", "an ninh trat tu", "dân vận", "kiem tra giam sat",
    "van thu luu tru", "xyz khong co", "thi dua khen thuong", "quy 3", "bao cao", "phong chong", "so 99",
]  # fmt: skip
_TOPICS = [
    "công tác tuyên giáo", "kiểm tra giám sát", "chuyển đổi số", "văn thư lưu trữ", "thi đua khen thưởng",
    "an ninh trật tự", "dân vận", "phòng chống thiên tai", "kế hoạch năm", "tổng kết quý 3",
]  # fmt: skip


def _meeting(number: int) -> Meeting:
    topic = _TOPICS[number % len(_TOPICS)]
    day = dt.date(2000, 1, 1) + dt.timedelta(days=number % 9000)
    people = [
        Attendee(id=f"a{i}", name=f"Nguyễn Văn Thành {number}-{i}", position="Chuyên viên")
        for i in range(1, 9)
    ]
    talk = [
        Contribution(
            id=f"d{i}", speaker="a2", content=f"Ý kiến số {i} về {topic}, nghị quyết của Đảng ủy {number}."
        )
        for i in range(1, 5)
    ]
    units = ("Văn phòng", "Phòng Tuyên truyền", "Ban Tuyên giáo huyện Ba Bể")
    directives = [
        Directive(
            id=f"t{i}",
            content=f"Giao {units[i - 1]} triển khai kế hoạch {topic}",
            assignee=units[(number + i) % 3],
            deadline=day + dt.timedelta(days=30 * i) if (number + i) % 2 else None,
        )
        for i in range(1, 4)
    ]
    return Meeting(
        title=f"Giao ban {topic} số {number}", date=day, agenda=f"Bàn về {topic}", attendees=people,
        discussion=talk, directives=directives,
    )  # fmt: skip


def _large_meeting(sample: Meeting) -> Meeting:
    big = copy.deepcopy(sample)
    big.title, big.date, big.uid = "Hội nghị 200 đại biểu", dt.date(2031, 1, 1), ""
    big.attendees = [
        Attendee(id=f"a{i}", name=f"Đại biểu số {i}", position="Ủy viên", organization="Đảng bộ khối")
        for i in range(1, 201)
    ]
    big.chair, big.secretary = "a1", "a2"
    return big


def build_file(count: int) -> tuple[Path, int]:
    """A file of ``count`` meetings plus one of 200 attendees; cached in the temp folder."""
    from minutes_app import interchange
    from minutes_app.storage import migrations, open_store

    schema = migrations.schema_version()
    path = Path(tempfile.gettempdir()) / f"minutes_bench_pg_{count}_v{schema}.sqlite3"
    if not path.exists():
        building = path.with_suffix(".building")
        for leftover in building.parent.glob(building.name + "*"):
            leftover.unlink()
        with open_store(building) as store:
            for start in range(0, count, 500):
                store.add_many([_meeting(n) for n in range(start, min(count, start + 500))])
            store.add(_large_meeting(interchange.read_meeting(paths.SAMPLE_MEETING)))
        building.rename(path)
    from minutes_app.storage import open_store

    with open_store(path, read_only=True) as store:
        large = next(m.id for m in store.list_meetings(year=2031) if m.title == "Hội nghị 200 đại biểu")
    return path, large


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def search_times(store, rounds: int = 5) -> list[float]:
    for query in QUERIES:  # warm the caches once, as a working server's are
        store.search(query)
    times = []
    for _ in range(rounds):
        for query in QUERIES:
            started = time.perf_counter()
            store.search(query, limit=50)
            times.append((time.perf_counter() - started) * 1000)
    return times


REGISTER_FILTERS = [
    RegisterFilter(),
    RegisterFilter(overdue=True),
    RegisterFilter(unit="van phong"),
    RegisterFilter(text="ke hoach chuyen doi so"),
]


def register_times(store, rounds: int = 5) -> list[float]:
    """One view of the register window: a page of 50 lines, their count and the counts per unit."""
    today = dt.date(2025, 1, 1)

    def view(wanted: RegisterFilter) -> None:
        store.register(wanted, today=today, limit=50)
        store.register_count(wanted, today=today)
        store.register_tallies(wanted, today=today)

    for wanted in REGISTER_FILTERS:
        view(wanted)
    times = []
    for _ in range(rounds):
        for wanted in REGISTER_FILTERS:
            started = time.perf_counter()
            view(wanted)
            times.append((time.perf_counter() - started) * 1000)
    return times


def open_times(store, meeting_id: int, rounds: int = 20) -> list[float]:
    store.load(meeting_id)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        store.load(meeting_id)
        times.append((time.perf_counter() - started) * 1000)
    return times


def writer(target: str, meeting_id: int, seconds: float, seed: int) -> None:
    """Child: save one growing field of its own meeting every ~0.7 s, print the commit times (ms)."""
    from minutes_app.storage import open_store

    rng = random.Random(seed)
    store = open_store(target)
    if getattr(store, "lease", None) is not None:
        store.lease(meeting_id)
    store.load(meeting_id)  # as the window does before anyone types
    text, times = "", []
    ends = time.monotonic() + seconds
    time.sleep(rng.uniform(0, 0.7))  # the secretaries do not all press keys in step
    while time.monotonic() < ends:
        text += rng.choice(["Đồng chí ", "Trưởng ban ", "đề nghị ", "các phòng ", "rà soát. "])
        started = time.perf_counter()
        store.update_meeting_field(meeting_id, "other_info", text)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(max(0.0, 0.7 + rng.uniform(-0.1, 0.1) - times[-1] / 1000))
    store.close()
    print(json.dumps(times))


def commit_times(target: str, meeting_ids: list[int], seconds: float) -> list[float]:
    children = [
        subprocess.Popen(
            [sys.executable, __file__, "--writer", target, str(meeting_id), str(seconds), str(seed)],
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        for seed, meeting_id in enumerate(meeting_ids)
    ]
    times: list[float] = []
    for child in children:
        out, _ = child.communicate(timeout=seconds + 120)
        if child.returncode != 0:
            raise SystemExit(f"a writer failed: {out}")
        times.extend(json.loads(out.strip().splitlines()[-1]))
    return times


def _line(name: str, sqlite_value: str, server_value: str, target: str) -> None:
    print(f"{name:<44} {sqlite_value:>16} {server_value:>16}   {target}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--meetings", type=int, default=10000)
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15.0)
    args = parser.parse_args()

    from pgserver import PostgresServer, find_bindir

    from minutes_app.storage import open_store
    from minutes_app.storage.copying import copy_archive

    bindir = find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL server binaries not found: apt-get install postgresql")
    started = time.perf_counter()
    file_path, large_id = build_file(args.meetings)
    print(
        f"file archive: {args.meetings} meetings + one of 200 attendees ({time.perf_counter() - started:.1f} s)"
    )
    server = PostgresServer(bindir, durable=True)
    server.initialize()
    os.environ["PGPASSFILE"] = str(server.pgpass)
    try:
        url = server.url(server.new_database("bench"))
        with open_store(file_path, read_only=True) as source, open_store(url) as dest:
            started = time.perf_counter()
            copied = copy_archive(source, dest)
            copy_seconds = time.perf_counter() - started
        server.admin("VACUUM ANALYZE", dbname=url.split("/")[3].split("?")[0])
        figures = {}
        for name, target in (("sqlite", str(file_path)), ("postgresql", url)):
            with open_store(target, read_only=True) as store:
                figures[name] = {
                    "search": search_times(store),
                    "open": open_times(store, large_id),
                    "register": register_times(store),
                }
        writer_ids = [large_id - 1 - i for i in range(args.writers)]
        work = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
        single = work / "writer.sqlite3"
        single.write_bytes(file_path.read_bytes())
        figures["sqlite"]["commit"] = commit_times(str(single), writer_ids[:1], args.seconds)
        figures["postgresql"]["commit"] = commit_times(url, writer_ids, args.seconds)
    finally:
        server.destroy()

    sqlite, pg = figures["sqlite"], figures["postgresql"]
    print(f"\n{'':<44} {'SQLite file':>16} {'PostgreSQL':>16}   target (PostgreSQL)")
    _line("search p95 (20 queries × 5, limit 50)", f"{_percentile(sqlite['search'], 0.95):.1f} ms",
          f"{_percentile(pg['search'], 0.95):.1f} ms", "≤ 50 ms")  # fmt: skip
    _line(
        "search median",
        f"{statistics.median(sqlite['search']):.1f} ms",
        f"{statistics.median(pg['search']):.1f} ms",
        "",
    )
    _line(
        f"one-field commit p99 (1 / {args.writers} writers)",
        f"{_percentile(sqlite['commit'], 0.99):.1f} ms",
        f"{_percentile(pg['commit'], 0.99):.1f} ms",
        "≤ 20 ms",
    )
    _line("one-field commit median", f"{statistics.median(sqlite['commit']):.1f} ms",
          f"{statistics.median(pg['commit']):.1f} ms", f"{len(sqlite['commit'])} / {len(pg['commit'])} commits")  # fmt: skip
    _line("open a 200-attendee meeting (median)", f"{statistics.median(sqlite['open']):.1f} ms",
          f"{statistics.median(pg['open']):.1f} ms", "≤ 50 ms")  # fmt: skip
    _line("open a 200-attendee meeting (p95)", f"{_percentile(sqlite['open'], 0.95):.1f} ms",
          f"{_percentile(pg['open'], 0.95):.1f} ms", "")  # fmt: skip
    _line("register view p95 (page, count, per unit)", f"{_percentile(sqlite['register'], 0.95):.1f} ms",
          f"{_percentile(pg['register'], 0.95):.1f} ms", f"{args.meetings * 3} directives")  # fmt: skip
    print(f"copy of the file ({copied} meetings) to the server: {copy_seconds:.1f} s")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        writer(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))
    else:
        main()
