"""Benchmark of the storage room on a generated archive: search, autosave commits, loading, backup, opening.

Generates N realistic meetings (Vietnamese text from a vocabulary of real words and names, ~1,500
words and 20-200 attendees each, fixed seed) into a temporary database through the Store API, then
prints latencies against the targets: search p95 <= 50 ms (top 50), one-field commit p99 <= 10 ms,
loading a 200-attendee meeting <= 50 ms, opening <= 0.5 s for 50 MB, and the backup time and file size.

    .venv/bin/python bench/core.py [--meetings 10000] [--seed 1] [--keep]
    .venv/bin/python bench/core.py --open 50 350     # open times of archives of 50 and 350 MB

``--open`` generates archives of those sizes under the temporary folder, measures how long opening
takes (for writing, as the window and ``import`` do: with the verdict kept by the last session, and
after another program changed the file, when the whole file is verified), a read-only open and a full
``check``, then deletes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutes_app.domain import (  # noqa: E402
    Attendance,
    Attendee,
    Contribution,
    Directive,
    Group,
    ItemKind,
    Layout,
    Meeting,
    Report,
    Vote,
)
from minutes_app.domain.vietnamese import fold  # noqa: E402
from minutes_app.storage import open_store  # noqa: E402


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


FAMILY = _words(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nông Triệu Hà Ma Lò Đàm Lục"
)
MIDDLE = _words("Văn Thị Hữu Đức Minh Thu Ngọc Thanh Quốc Xuân Hồng Kim Bảo Gia Trọng Thế Anh Diệu")
GIVEN = _words(
    "An Bình Cường Dũng Hà Hạnh Hương Khoa Lan Lộc Mai Nam Phương Quân Sơn Thắng Thu Trang Tuấn Việt Yến "
    "Nguyệt Bích Thúy Hùng Hải Long Linh Nga Oanh Phúc Quang Tâm Thảo Tú Vân Xuyến Đạt Đông Giang Hiếu"
)
PLACES = _words("Ba Bể|Pác Nặm|Chợ Đồn|Bạch Thông|Na Rì|Ngân Sơn|Chợ Mới|Bắc Kạn|Thái Nguyên|Cao Bằng", "|")
UNITS = [
    "Huyện ủy {p}", "Ủy ban nhân dân huyện {p}", "Ban Tuyên giáo Huyện ủy {p}", "Sở Giáo dục và Đào tạo",
    "Sở Y tế", "Sở Tài chính", "Báo {p}", "Đài Phát thanh - Truyền hình {p}", "Mặt trận Tổ quốc huyện {p}",
    "Hội Nông dân huyện {p}", "Tỉnh đoàn", "Công an huyện {p}", "Ban Dân vận Huyện ủy {p}",
]  # fmt: skip
POSITIONS = [
    "Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Phó Trưởng ban", "Giám đốc",
    "Phó Giám đốc", "Chuyên viên", "Ủy viên Ban Thường vụ", "Chánh Văn phòng", "Phóng viên", "Trưởng phòng",
]  # fmt: skip
WORDS = _words(
    "công tác tuyên truyền nhiệm vụ triển khai thực hiện nghị quyết Đảng chính quyền nhân dân kinh tế xã hội "
    "phát triển chỉ đạo đánh giá kết quả quý năm tháng đồng chí cán bộ đảng viên tổ chức cơ sở huyện tỉnh "
    "xã thôn bản vùng cao đồng bào dân tộc thiểu số giáo dục y tế văn hóa an ninh quốc phòng trật tự an toàn "
    "giao thông nông thôn mới giảm nghèo bền vững chuyển đổi số hành chính cải cách thủ tục đầu tư xây dựng "
    "hạ tầng đường điện trường trạm kế hoạch chương trình mục tiêu quốc gia nguồn vốn ngân sách giải ngân "
    "tiến độ khó khăn vướng mắc nguyên nhân giải pháp đề xuất kiến nghị thống nhất nhất trí tăng cường phối hợp "
    "các cấp ngành đoàn thể mặt trận hội nông dân phụ nữ thanh niên cựu chiến binh báo cáo tổng hợp số liệu "
    "chỉ tiêu hoàn thành vượt đạt chưa cần tiếp tục quán triệt học tập làm theo tư tưởng đạo đức phong cách "
    "Hồ Chí Minh dư luận xã hội thông tin báo chí mạng xã hội phản bác quan điểm sai trái thù địch bảo vệ nền "
    "tảng lý luận chính trị đội ngũ báo cáo viên tuyên truyền viên sinh hoạt chi bộ kiểm tra giám sát kỷ luật "
    "khen thưởng thi đua phong trào sản xuất chăn nuôi trồng trọt rừng đất đai môi trường thiên tai mưa lũ "
    "phòng chống dịch bệnh tiêm chủng bảo hiểm việc làm thu nhập đời sống người dân trong thời gian tới"
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _text(rng: random.Random, words: int) -> str:
    sentences, left = [], words
    while left > 0:
        length = min(left, rng.randint(8, 22))
        chosen = rng.choices(WORDS, k=length)
        sentences.append(chosen[0][0].upper() + " ".join(chosen)[1:] + ".")
        left -= length
    return " ".join(sentences)


def make_meeting(rng: random.Random, number: int, attendees: int | None = None) -> Meeting:
    place = rng.choice(PLACES)
    people = []
    for index in range(attendees or rng.randint(20, 200)):
        absent = rng.random() < 0.08
        people.append(
            Attendee(
                id=f"a{index + 1}",
                name=_name(rng),
                position=rng.choice(POSITIONS),
                organization=rng.choice(UNITS).format(p=rng.choice(PLACES)),
                group=Group.MEMBER if rng.random() < 0.8 else Group.GUEST,
                attendance=Attendance.EXCUSED if absent else Attendance.PRESENT,
                reason=_text(rng, 6) if absent else "",
            )
        )
    budget = 1500 - 60
    reports = [
        Report(id=f"r{i}", title=_text(rng, 8), presenter="a1", content=_text(rng, 250)) for i in range(2)
    ]
    discussion = [
        Contribution(id=f"c{i}", content=_text(rng, 80), speaker=rng.choice(people).id) for i in range(8)
    ]
    directives = [
        Directive(id=f"d{i}", content=_text(rng, 25), assignee=rng.choice(UNITS).format(p=place))
        for i in range(6)
    ]
    used = 2 * 258 + 8 * 80 + 6 * 25
    date = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 11 * 365))
    return Meeting(
        title=f"Hội nghị {rng.choice(['giao ban', 'sơ kết', 'tổng kết', 'chuyên đề'])} {_text(rng, 6)[:-1].lower()}",
        date=date,
        layout=rng.choice([Layout.PARTY, Layout.STATE]),
        parent_body=f"TỈNH ỦY {place.upper()}",
        issuing_body="BAN TUYÊN GIÁO",
        number=str(number),
        place_name=place,
        start_time=dt.time(8, 0),
        end_time=dt.time(11, 30),
        location=f"Hội trường {rng.choice(UNITS).format(p=place)}",
        agenda=_text(rng, 30),
        conclusion=_text(rng, max(20, budget - used)),
        chair="a1",
        secretary="a2",
        recipients=["Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng"],
        attendees=people,
        reports=reports,
        discussion=discussion,
        votes=[Vote(id="v1", subject=_text(rng, 10), in_favour=len(people) - 2, against=1, abstain=1)],
        directives=directives,
    )


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(call) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def report(label: str, values: list[float], target: str = "") -> None:
    line = f"{label:<44} p50 {statistics.median(values):7.2f} ms  p95 {percentile(values, 0.95):7.2f} ms"
    line += f"  p99 {percentile(values, 0.99):7.2f} ms  max {max(values):7.2f} ms"
    print(line + (f"   target {target}" if target else ""))


def generate(store, count: int, rng: random.Random, batch: int = 100) -> list[int]:
    ids: list[int] = []
    started = time.perf_counter()
    for first in range(0, count, batch):
        meetings = [make_meeting(rng, n) for n in range(first, min(count, first + batch))]
        if first == 0:
            meetings[0] = make_meeting(rng, 0, attendees=200)
        ids.extend(store.add_many(meetings))
        if (first // batch) % 10 == 9:
            print(f"  {len(ids)} meetings, {time.perf_counter() - started:.0f} s", flush=True)
    return ids


def generate_size(path: Path, megabytes: float, rng: random.Random, batch: int = 100) -> int:
    """Meetings added until the archive holds ``megabytes`` of pages; their count."""
    count, started = 0, time.perf_counter()
    with open_store(path) as store:
        while True:
            store.add_many([make_meeting(rng, count + n) for n in range(batch)])
            count += batch
            pages, page_size = (
                store._db.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("page_count", "page_size")
            )
            size = pages * page_size / 2**20
            if count % 1000 == 0 or size >= megabytes:
                print(
                    f"  {count} meetings, {size:.0f} MiB, {time.perf_counter() - started:.0f} s", flush=True
                )
            if size >= megabytes:
                return count


def _changed_outside(path: Path) -> None:
    """What another program's write does to the verdict kept for the file: its state no longer matches."""
    os.utime(path)


def measure_opening(path: Path) -> None:
    """Open times of one archive (warm page cache, as when the program is started again)."""
    size = path.stat().st_size / 2**20
    started = time.perf_counter()
    open_store(path).close()
    first = (time.perf_counter() - started) * 1000
    print(f"first open of {size:.0f} MiB in the hour (it makes the hourly backup copy): {first:.0f} ms")
    kept = []
    for _ in range(5):
        started = time.perf_counter()
        store = open_store(path)
        kept.append((time.perf_counter() - started) * 1000)
        assert not store.read_only, store.read_only_reason
        store.close()
    report(f"open {size:.0f} MiB for writing, verdict kept (5)", kept, "<= 500 ms")
    verified, processor = [], []
    for _ in range(2):
        _changed_outside(path)
        started, cpu = time.perf_counter(), time.process_time()
        store = open_store(path)
        verified.append((time.perf_counter() - started) * 1000)
        processor.append(time.process_time() - cpu)
        store.close()
    report(f"open {size:.0f} MiB after an outside change (2)", verified)
    print(
        f"  (processor time of that full verification: {min(processor):.2f} s; the machine's load adds the rest)"
    )
    reading = []
    for _ in range(5):
        started = time.perf_counter()
        store = open_store(path, read_only=True)
        reading.append((time.perf_counter() - started) * 1000)
        store.close()
    report(f"open {size:.0f} MiB read-only (5)", reading)
    with open_store(path, read_only=True) as store:
        seconds = timed(store.check) / 1000
    print(f"check of {size:.0f} MiB (integrity, search index, every row's checksum): {seconds:.2f} s")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the generated database and print its path")
    parser.add_argument(
        "--open", type=float, nargs="+", metavar="MB", help="open times of archives of these sizes"
    )
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    if args.open:
        for megabytes in args.open:
            folder = Path(tempfile.mkdtemp(prefix="minutes-bench-open-"))
            try:
                print(f"generating an archive of {megabytes:.0f} MiB")
                generate_size(folder / "minutes.sqlite3", megabytes, rng)
                measure_opening(folder / "minutes.sqlite3")
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        return
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-"))
    path = folder / "minutes.sqlite3"
    try:
        with open_store(path) as store:
            started = time.perf_counter()
            ids = generate(store, args.meetings, rng)
            print(f"generated {len(ids)} meetings in {time.perf_counter() - started:.1f} s")
            run_measurements(store, ids, rng)
        measure_opening(path)
    finally:
        if args.keep:
            print(f"kept {path}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def run_measurements(store, ids: list[int], rng: random.Random) -> None:
    accented = [" ".join(rng.sample(WORDS, rng.randint(1, 3))) for _ in range(40)]
    accented += [_name(rng) for _ in range(10)]
    plain = [fold(q) for q in accented]
    for query in accented[:5]:
        store.search(query)  # warm the page cache as a running program would have
    with_accents = [timed(lambda q=q: store.search(q, limit=50)) for q in accented]
    without = [timed(lambda q=q: store.search(q, limit=50)) for q in plain]
    report("search, with accents (50 queries, top 50)", with_accents)
    report("search, without accents (50 queries, top 50)", without)
    report("search, all 100 queries", with_accents + without, "p95 <= 50 ms")

    field_commits, item_commits = [], []
    for index in range(300):
        meeting_id = rng.choice(ids)
        text = _text(rng, 30)
        field_commits.append(timed(lambda m=meeting_id, t=text: store.update_meeting_field(m, "agenda", t)))
        item_commits.append(
            timed(
                lambda m=meeting_id, i=index: store.update_item_field(
                    m, ItemKind.ATTENDEES, "a1", "position", f"Vị trí {i}"
                )
            )
        )
    report("one-field commit, meeting text (300)", field_commits, "p99 <= 10 ms")
    report("one-field commit, attendee field (300)", item_commits, "p99 <= 10 ms")
    report("one-field commit, both", field_commits + item_commits)

    largest = ids[0]
    attendees = len(store.load(largest).attendees)
    loads = [timed(lambda: store.load(largest)) for _ in range(30)]
    report(f"load a {attendees}-attendee meeting (30)", loads, "<= 50 ms")

    listing = [timed(store.list_meetings) for _ in range(10)]
    report(f"list all {len(ids)} meetings (10)", listing)
    report("years() (10)", [timed(store.years) for _ in range(10)])

    size = store.path.stat().st_size + store.path.with_name(store.path.name + "-wal").stat().st_size
    target = store.path.parent / "bench-copy.sqlite3"
    seconds = timed(lambda: store.backup_to(target)) / 1000
    print(
        f"database size {size / 2**20:.1f} MiB (with WAL); backup copy {target.stat().st_size / 2**20:.1f} MiB"
    )
    print(f"backup of the whole file: {seconds:.2f} s")


if __name__ == "__main__":
    main()
