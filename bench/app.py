"""Figures of the one-folder application (prints, does not assert): its size and its start time to the window.

Usage: xvfb-run -a .venv/bin/python bench/app.py [--runs 7]   (after scripts/build-app)
Targets: dist/minutes-app/ ≤ 150 MB; the window on screen ≤ 1.5 s after the program is started.

The start time is measured from outside, as a person sees it: the program is started on the X display and
the display's window list is polled every 10 ms until a window titled "… — Biên bản hội nghị" is mapped.
"First start" is a new archive (the sample meeting is imported); "later start" reopens it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "dist" / "minutes-app"
TITLE = "Biên bản hội nghị"


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def biggest(folder: Path, count: int = 6) -> list[tuple[int, str]]:
    sizes: dict[str, int] = {}
    inner = folder / "_internal"
    for path in inner.rglob("*"):
        if path.is_file() and not path.is_symlink():
            top = path.relative_to(inner).parts
            key = "/".join(top[:4]) if top[0] == "PySide6" else top[0]
            sizes[key] = sizes.get(key, 0) + path.stat().st_size
    return sorted(((size, name) for name, size in sizes.items()), reverse=True)[:count]


def time_to_window(program: list[str], database: Path) -> float:
    env = dict(os.environ, MINUTES_APP_DB=str(database))
    env.pop("QT_QPA_PLATFORM", None)
    started = time.perf_counter()
    child = subprocess.Popen(program, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - started < 30:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
            if TITLE in tree:
                return time.perf_counter() - started
            time.sleep(0.01)
        raise SystemExit("the window never appeared")
    finally:
        child.terminate()
        child.wait(timeout=30)


def starts(program: list[str], runs: int) -> tuple[list[float], list[float]]:
    first, later = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            database = Path(folder) / "archive.sqlite3"
            first.append(time_to_window(program, database))
            later.append(time_to_window(program, database))
    return first, later


def describe(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (best {min(values):.2f}, worst {max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    executable = FOLDER / ("minutes-app.exe" if sys.platform == "win32" else "minutes-app")
    if not executable.exists():
        raise SystemExit("no one-folder application: run scripts/build-app first")
    size, files = folder_size(FOLDER)
    print(f"one-folder application: {size / 2**20:.1f} MB in {files} files (goal ≤ 150 MB)")
    for part_size, name in biggest(FOLDER):
        print(f"  {part_size / 2**20:6.1f} MB  {name}")
    if not (os.environ.get("DISPLAY") and shutil.which("xwininfo")):
        raise SystemExit("start times need an X display: run under xvfb-run -a")
    first, later = starts([str(executable)], args.runs)
    print(f"frozen, first start (imports the sample) to the window: {describe(first)} over {args.runs} runs")
    print(f"frozen, later start to the window: {describe(later)} (goal ≤ 1.5 s)")
    venv_program = REPO / ".venv" / "bin" / "minutes-app"
    if venv_program.exists():
        first, later = starts([str(venv_program)], args.runs)
        print(f"for comparison, .venv/bin/minutes-app: first {describe(first)}; later {describe(later)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
