"""Benchmark of the directive register on a generated archive (prints figures, asserts nothing).

Generates N meetings with 5 directives each (units in several spellings, typed and spoken deadlines)
and 2 follow-ups per directive, through the Store API, then prints:
- the register's filter and counts (a page of lines + the count + the counts per unit and category),
  p95 over a set of filters: target <= 50 ms;
- the window's register view, from the menu action to the painted window: target <= 300 ms;
- `minutes-app directives --json --unit X` as a whole process: target <= 0.5 s.

    .venv/bin/python bench/directives.py [--meetings 10000] [--seed 1] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from core import PLACES, WORDS, _text, percentile  # noqa: E402

from minutes_app.domain import Directive, DirectiveStatus, FollowUp, Layout, Meeting  # noqa: E402
from minutes_app.domain.register import RegisterFilter  # noqa: E402
from minutes_app.storage import open_store  # noqa: E402

SPELLINGS = ["Huyện ủy {p}", "HU {p}", "huyện ủy {p}", "UBND huyện {p}", "Ủy ban nhân dân huyện {p}",
             "Ban Tuyên giáo Huyện ủy {p}", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Báo {p}", "Tỉnh đoàn"]  # fmt: skip
SPOKEN = ["trong quý {q}/{y}", "tháng {m}/{y}", "cuối năm {y}", "6 tháng cuối năm {y}", "thường xuyên",
          "ngay sau hội nghị", "trước 15/{m}/{y}", ""]  # fmt: skip
STATUSES = [
    DirectiveStatus.OPEN,
    DirectiveStatus.IN_PROGRESS,
    DirectiveStatus.DONE,
    DirectiveStatus.CANCELLED,
]


def make_meeting(rng: random.Random, number: int) -> Meeting:
    day = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(0, 11 * 365))
    place = rng.choice(PLACES)
    directives, followups = [], []
    for index in range(5):
        key = f"t{index + 1}"
        year = day.year + rng.randint(0, 1)
        spoken = rng.choice(SPOKEN).format(q=rng.randint(1, 4), m=rng.randint(1, 12), y=year)
        typed = day + dt.timedelta(days=rng.randint(10, 200)) if rng.random() < 0.4 else None
        directives.append(
            Directive(key, _text(rng, 18), rng.choice(SPELLINGS).format(p=place), typed, spoken)
        )
        for step in range(2):
            when = day + dt.timedelta(days=30 * (step + 1) + rng.randint(0, 20))
            followups.append(FollowUp(key, when, rng.choice(STATUSES), _text(rng, 8)))
    followups.sort(key=lambda entry: entry.date)
    return Meeting(
        title=f"Hội nghị giao ban {_text(rng, 5)[:-1].lower()} số {number}",
        date=day,
        layout=rng.choice([Layout.PARTY, Layout.STATE]),
        parent_body=f"TỈNH ỦY {place.upper()}",
        issuing_body="BAN TUYÊN GIÁO",
        body_code="BTGTU",
        place_name=place,
        chair="",
        directives=directives,
        followups=followups,
        conclusion=_text(rng, 40),
    )


def generate(store, count: int, rng: random.Random, batch: int = 250) -> None:
    started = time.perf_counter()
    for first in range(0, count, batch):
        store.add_many([make_meeting(rng, n) for n in range(first, min(count, first + batch))])
        if (first // batch) % 8 == 7:
            print(f"  {first + batch} meetings, {time.perf_counter() - started:.0f} s", flush=True)
    print(f"generated {count} meetings in {time.perf_counter() - started:.1f} s", flush=True)


def figures(label: str, values: list[float], target: str, cpu: list[float] | None = None) -> None:
    """Wall-clock figures, and the CPU time beside them: on a shared, loaded machine the two differ."""
    line = (
        f"{label:<50} p50 {statistics.median(values):6.1f} ms  p95 {percentile(values, 0.95):6.1f} ms"
        f"  max {max(values):6.1f} ms"
    )
    if cpu:
        line += f"  (CPU p50 {statistics.median(cpu):5.1f}, p95 {percentile(cpu, 0.95):5.1f} ms)"
    print(line + (f"   target {target}" if target else ""))


class Clock:
    """Wall and CPU time of one step, in milliseconds."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *_exc):
        self.wall = (time.perf_counter() - self.wall) * 1000
        self.cpu = (time.process_time() - self.cpu) * 1000


def register_queries(store, rng: random.Random) -> None:
    """A page of lines, the count and the counts per unit: what the window asks for each filter."""
    today = dt.date(2025, 6, 30)
    filters = [
        RegisterFilter(),
        RegisterFilter(overdue=True),
        RegisterFilter(status=DirectiveStatus.DONE),
        RegisterFilter(unit="Ba Bể"),
        RegisterFilter(unit="huyen uy cho don", overdue=True),
        RegisterFilter(text=" ".join(rng.sample(WORDS, 2))),
        RegisterFilter(date_from=dt.date(2020, 1, 1), date_to=dt.date(2020, 12, 31)),
        RegisterFilter(pending=True, unit="UBND"),
    ]
    page, page_cpu, tally, tally_cpu, whole, whole_cpu = [], [], [], [], [], []
    for _round in range(12):
        for wanted in filters:
            with (
                Clock() as first
            ):  # what the window asks: the first page, and the counts (their sum the total)
                store.register(wanted, today=today, limit=200)
            with Clock() as second:
                sum(tally.summary.total for tally in store.register_tallies(wanted, today=today))
            page.append(first.wall)
            page_cpu.append(first.cpu)
            tally.append(second.wall)
            tally_cpu.append(second.cpu)
            whole.append(first.wall + second.wall)
            whole_cpu.append(first.cpu + second.cpu)
    figures("register: first page of 200 lines (96)", page, "", page_cpu)
    figures("register: counts per unit and category (96)", tally, "", tally_cpu)
    figures("register: filter and counts together (96)", whole, "p95 <= 50 ms", whole_cpu)
    overdue, overdue_cpu = [], []
    for _ in range(20):
        with Clock() as clock:
            store.register_count(RegisterFilter(overdue=True))
        overdue.append(clock.wall)
        overdue_cpu.append(clock.cpu)
    figures("overdue count for the status bar notice (20)", overdue, "", overdue_cpu)


def window_view(store) -> None:
    """From the menu action to the painted register window, first opening and later ones."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication

    from minutes_app.gui.main_window import MainWindow
    from minutes_app.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(store, Settings())
    window.open_newest()
    window.show()
    app.processEvents()

    class Painted(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.objectName() == "RegisterWindow":
                self.seen = True
            return False

    times, cpu = [], []
    for _ in range(6):
        probe = Painted()
        app.installEventFilter(probe)
        with Clock() as clock:
            window.register.action.trigger()
            while not probe.seen:
                app.processEvents()
        times.append(clock.wall)
        cpu.append(clock.cpu)
        app.removeEventFilter(probe)
        window.register.register_window.hide()
        app.processEvents()
    print(
        f"{'window: register view shown, first opening':<50} {times[0]:6.1f} ms  (CPU {cpu[0]:5.1f} ms)"
        "   target <= 300 ms"
    )
    figures("window: register view shown again (5)", times[1:], "<= 300 ms", cpu[1:])
    window.editor.autosave.discard()
    window.close()


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes, where the system counts them."""
    try:
        import resource
    except ImportError:  # Windows: only the wall time is printed
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def command_line(path: Path) -> None:
    times, cpu = [], []
    for _ in range(6):
        before = _children_cpu()
        with Clock() as clock:
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "minutes_app",
                    "--db",
                    str(path),
                    "directives",
                    "--json",
                    "--unit",
                    "Ba Bể",
                ],
                capture_output=True,
                check=True,
            )
        times.append(clock.wall)
        cpu.append((_children_cpu() - before) * 1000)
    lines = result.stdout.count(b'"ref"')
    figures(f"`directives --json --unit 'Ba Bể'` process ({lines} lines)", times, "<= 500 ms", cpu)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the generated database and print its path")
    parser.add_argument("--db", type=Path, help="measure an archive made before (with --keep) instead")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    folder = Path(tempfile.mkdtemp(prefix="minutes-bench-directives-"))
    path = args.db or folder / "minutes.sqlite3"
    try:
        with open_store(path) as store:
            if args.db is None:
                generate(store, args.meetings, rng)
            followups = store._db.execute_sql("SELECT COUNT(*) FROM followup").fetchone()[0]
            print(f"{store.register_count()} directives, {followups} follow-ups")
            register_queries(store, rng)
            window_view(store)
        command_line(path)
    finally:
        if args.keep and args.db is None:
            print(f"kept {path}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
