"""The program imports and runs on Windows and macOS: no POSIX-only module, the system's own folders.

Each test runs platform_child.py in a fresh interpreter with fcntl, pwd, grp, termios and resource made
unimportable and ``sys.platform`` set to "win32" or "darwin": a module-level ``import fcntl`` anywhere in
minutes_app fails it. The child also runs the paths, fonts, lock and export logic through that branch.
"""

from __future__ import annotations

import json
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import minutes_app
from minutes_app.documents import fonts

CHILD = Path(__file__).resolve().parent / "platform_child.py"
REPO = Path(__file__).resolve().parents[2]
TIMES_WINDOWS = ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf")
TIMES_MAC = (
    "Times New Roman.ttf",
    "Times New Roman Bold.ttf",
    "Times New Roman Italic.ttf",
    "Times New Roman Bold Italic.ttf",
)


def _fake_times(folder: Path, names: tuple[str, ...]) -> None:
    """Four files under Times New Roman's names (the bundled faces' bytes: the licence allows copies)."""
    folder.mkdir(parents=True)
    for name, face in zip(names, fonts.bundled_faces().values(), strict=True):
        shutil.copy(face, folder / name)


def child_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def _run(platform: str, work: Path, **env: str) -> dict:
    result = subprocess.run(
        [sys.executable, str(CHILD), platform, str(work)],
        capture_output=True,
        text=True,
        env=child_env() | env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def _all_modules() -> set[str]:
    found = {m.name for m in pkgutil.walk_packages(minutes_app.__path__, "minutes_app.")}
    return (found - {"minutes_app.__main__"}) | {"minutes_app"}


def test_on_windows(tmp_path):
    """As on Windows: every module imports, data in LOCALAPPDATA, settings in APPDATA, fonts from WINDIR."""
    local, roaming, windir = tmp_path / "Local", tmp_path / "Roaming", tmp_path / "Windows"
    _fake_times(windir / "Fonts", TIMES_WINDOWS)
    work = tmp_path / "work"
    work.mkdir()
    found = _run(
        "win32",
        work,
        LOCALAPPDATA=str(local),
        APPDATA=str(roaming),
        WINDIR=str(windir),
        USERNAME="thuky",
        LOGNAME="",
        USER="",
        LNAME="",
    )
    assert found["platform"] == "win32" and found["posix_only_loaded"] == []
    assert set(found["modules"]) == _all_modules()
    assert found["sample_exists"]
    assert found["database"] == str(local / "minutes_app" / "minutes_app" / "minutes.sqlite3")
    assert found["settings"] == str(roaming)
    assert Path(found["locks"]).is_relative_to(local)
    assert found["font_folders"][0] == str(windir / "Fonts")
    assert found["font_folders"][1] == str(local / "Microsoft" / "Windows" / "Fonts")
    assert found["font_source"] == "Times New Roman"
    assert all(Path(f).parent == windir / "Fonts" for f in found["font_files"])
    assert "thuky" in found["lock"]["second"] and found["lock"]["record_user"] == "thuky"
    assert found["in_use"].startswith("file.in_use: ") and "Hãy đóng tệp đó" in found["in_use"]


def test_on_macos(tmp_path):
    """As on macOS: data and settings in ~/Library/Application Support, fonts from ~/Library/Fonts."""
    home = tmp_path / "home"
    _fake_times(home / "Library" / "Fonts", TIMES_MAC)
    work = tmp_path / "work"
    work.mkdir()
    found = _run("darwin", work, HOME=str(home))
    support = home / "Library" / "Application Support"
    assert found["platform"] == "darwin" and found["posix_only_loaded"] == []
    assert set(found["modules"]) == _all_modules()
    assert found["database"] == str(support / "minutes_app" / "minutes.sqlite3")
    assert found["settings"] == str(support)
    assert Path(found["locks"]).is_relative_to(home / "Library" / "Caches")
    assert found["font_folders"][0] == str(home / "Library" / "Fonts")
    assert found["font_source"] == "Times New Roman"
    assert "tiến trình" in found["lock"]["second"]
    assert found["in_use"] == "written"  # macOS replaces a file that a reader holds open


def test_a_posix_only_import_fails_the_check(tmp_path):
    """The check itself: a module with ``import fcntl`` at its top makes the Windows child fail."""
    package = tmp_path / "pkg" / "minutes_app"
    shutil.copytree(Path(minutes_app.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    (package / "posix_helper.py").write_text('"""Uses flock."""\n\nimport fcntl\n', encoding="utf-8")
    env = child_env()
    env["PYTHONPATH"] = str(tmp_path / "pkg") + os.pathsep + env["PYTHONPATH"]
    result = subprocess.run(
        [sys.executable, str(CHILD), "win32", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env | {"LOCALAPPDATA": str(tmp_path), "APPDATA": str(tmp_path), "WINDIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode != 0
    assert "No module named 'fcntl' on this system" in result.stderr
