"""Window figures (prints, does not assert): start-up time, typing stalls in a large archive, opening a large meeting.

Usage: .venv/bin/python bench/gui.py [--meetings 10000] [--seconds 10]
Targets: window shown ≤ 1.0 s after the process starts; longest event-loop stall while typing ≤ 50 ms;
a 200-attendee meeting open ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutes_app import paths  # noqa: E402
from minutes_app.domain import Attendee, Contribution, Meeting  # noqa: E402

CHILD = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

class Probe(QObject):
    seen = False
    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint and watched.inherits("QMainWindow"):
            self.seen = True
            print(f"SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

probe = Probe()
app.installEventFilter(probe)
from minutes_app.gui import app as gui_app
gui_app.run(db_path=sys.argv[1])
"""


def startup(db: Path, runs: int = 5) -> list[float]:
    """Wall time from launching the interpreter to the first paint of the main window."""
    figures = []
    for _ in range(runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True, timeout=60
        )
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("SHOWN ")), None)
        if line is None:
            raise SystemExit(f"the window did not show:\n{result.stderr}")
        figures.append(float(line.split()[1]) - started)
    return figures


def _small_meeting(number: int) -> Meeting:
    day = dt.date(2000, 1, 1) + dt.timedelta(days=number % 9000)
    people = [Attendee(id=f"a{i}", name=f"Nguyễn Văn Thành {number}-{i}") for i in range(1, 6)]
    talk = [
        Contribution(id=f"d{i}", speaker="a2", content=f"Ý kiến số {i} về công tác tuyên giáo {number}.")
        for i in range(1, 3)
    ]
    return Meeting(title=f"Giao ban công tác số {number}", date=day, attendees=people, discussion=talk)


def archive_database(count: int) -> Path:
    """A database with ``count`` meetings plus the sample as the newest; cached in the temp folder."""
    from minutes_app import interchange
    from minutes_app.storage import open_store

    path = Path(tempfile.gettempdir()) / f"minutes_bench_{count}.sqlite3"
    if path.exists():
        return path
    building = path.with_suffix(".building")
    for leftover in building.parent.glob(building.name + "*"):
        leftover.unlink()
    with open_store(building) as store:
        for number in range(count - 1):
            store.add(_small_meeting(number))
        sample = interchange.read_meeting(paths.SAMPLE_MEETING)
        sample.date = dt.date(2030, 1, 1)
        store.add(sample)
    building.rename(path)
    return path


def typing_stall(db: Path, seconds: float) -> dict:
    """Type into a contribution of the discussion at 15 keys a second and record the longest loop stall."""
    from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget

    from minutes_app.gui.app import application
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.storage import open_store

    app = application()
    store = open_store(db)
    window = MainWindow(store)
    window.open_newest()
    window.show()
    app.processEvents()
    tab = next(tab for tab, _ in window.tabs if type(tab).__name__ == "DiscussionTab")
    window.ui.tabWidget.setCurrentWidget(tab)
    app.processEvents()
    editors = [
        w
        for w in tab.findChildren(QWidget)
        if isinstance(w, (QPlainTextEdit, QTextEdit))
        and w.isVisible()
        and w.isEnabled()
        and not w.isReadOnly()
    ]
    target = max(editors, key=lambda w: w.width() * w.height())
    target.setFocus()
    target.moveCursor(target.textCursor().MoveOperation.End)

    writes: list[float] = []
    for name in ("update_item_field", "update_meeting_field"):
        real = getattr(store, name)

        def timed(*args, _real=real, **kwargs):
            began = time.perf_counter()
            try:
                return _real(*args, **kwargs)
            finally:
                writes.append(time.perf_counter() - began)

        setattr(store, name, timed)

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def beat() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    heartbeat.start(5)
    text = "Đồng chí Trưởng ban đề nghị các huyện ủy tăng cường công tác nắm bắt dư luận xã hội. "
    keys = iter(text * 100)

    def press() -> None:
        char = next(keys)
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))

    typist = QTimer()
    typist.timeout.connect(press)
    typist.start(1000 // 15)
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    typist.stop()
    heartbeat.stop()
    window.editor.flush()
    figures = {
        "meetings": len(store.list_meetings()),
        "longest_stall_ms": max(gaps) - 5 if gaps else 0.0,
        "p99_gap_ms": statistics.quantiles(gaps, n=100)[98] if len(gaps) > 100 else 0.0,
        "writes": len(writes),
        "longest_write_ms": max(writes) * 1000 if writes else 0.0,
    }
    window.editor.autosave.discard()
    window.close()
    store.close()
    return figures


def open_large_meeting(db_folder: Path, attendees: int = 200, runs: int = 5) -> dict[str, list[float]]:
    """Milliseconds from asking for a meeting of ``attendees`` people to the window painted, per open tab."""
    from PySide6.QtWidgets import QApplication

    from minutes_app import interchange
    from minutes_app.gui.main_window import MainWindow
    from minutes_app.storage import open_store

    app = QApplication.instance()
    store = open_store(db_folder / "large.sqlite3")
    big = interchange.read_meeting(paths.SAMPLE_MEETING)
    big.attendees = [
        Attendee(
            id=f"a{i}",
            name=f"Hoàng Thị Minh Nguyệt {i}",
            position="Bí thư Chi bộ",
            organization=f"Chi bộ số {i}",
        )
        for i in range(1, attendees + 1)
    ]
    big.chair, big.secretary = "a1", "a2"
    for entry in big.discussion:
        entry.speaker = "a3"
    for report in big.reports:
        report.presenter = "a1"
    big_id = store.add(big)
    small_id = store.add(copy.deepcopy(_small_meeting(1)))
    window = MainWindow(store)
    window.show()
    figures = {}
    for tab_index in range(window.ui.tabWidget.count()):
        window.ui.tabWidget.setCurrentIndex(tab_index)
        name = type(window.ui.tabWidget.currentWidget()).__name__
        figures[name] = []
        for _ in range(runs):
            window.open_meeting(small_id)
            app.processEvents()
            began = time.perf_counter()
            window.open_meeting(big_id)
            window.repaint()
            app.processEvents()
            figures[name].append((time.perf_counter() - began) * 1000)
    window.close()
    store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10000)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        from minutes_app.first_start import open_default_store

        open_default_store(folder / "start.sqlite3", seed=True).close()
        shown = startup(folder / "start.sqlite3")
        print(
            f"start to window shown: median {statistics.median(shown):.3f} s, best {min(shown):.3f} s "
            f"(target ≤ 1.0 s; platform {os.environ['QT_QPA_PLATFORM']})"
        )
        began = time.perf_counter()
        db = archive_database(args.meetings)
        print(f"archive of {args.meetings} meetings ready in {time.perf_counter() - began:.1f} s ({db})")
        figures = typing_stall(db, args.seconds)
        print(
            f"typing {args.seconds:.0f} s into the discussion with {figures['meetings']} meetings: longest stall "
            f"{figures['longest_stall_ms']:.1f} ms, p99 gap {figures['p99_gap_ms']:.1f} ms (target ≤ 50 ms); "
            f"{figures['writes']} autosave writes, longest {figures['longest_write_ms']:.1f} ms"
        )
        for tab, opened in open_large_meeting(folder).items():
            print(
                f"open a 200-attendee meeting with {tab} showing: median {statistics.median(opened):.0f} ms, "
                f"worst {max(opened):.0f} ms (target ≤ 200 ms)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
