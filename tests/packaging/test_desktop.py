"""The Linux menu entry: scripts/install-desktop puts "Biên bản hội nghị" and its icons in the user's menu.

Also the icons themselves: PNGs at the usual sizes for the menu, an ICO for Windows, an ICNS for macOS.
"""

from __future__ import annotations

import configparser
import os
import stat
import struct
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "install-desktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def program(tmp_path) -> Path:
    """An executable standing for the installed minutes-app (its path is what the entry must start)."""
    path = tmp_path / "bin" / "minutes-app"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def _install(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "share"), HOME=str(tmp_path / "home"))
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60)


def _entry(tmp_path: Path) -> Path:
    return tmp_path / "share" / "applications" / "minutes-app.desktop"


def test_install_puts_the_vietnamese_name_and_icons_in_the_menu(tmp_path, program):
    """A valid .desktop entry named "Biên bản hội nghị" starting the given program, icons at every size."""
    done = _install(tmp_path, str(program))
    assert done.returncode == 0, done.stderr
    entry = _entry(tmp_path)
    valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert valid.returncode == 0 and not valid.stdout.strip(), valid.stdout + valid.stderr
    parsed = configparser.ConfigParser(interpolation=None, strict=True)
    parsed.optionxform = str
    parsed.read(entry, encoding="utf-8")
    section = parsed["Desktop Entry"]
    assert section["Name"] == "Biên bản hội nghị" and section["Name[vi]"] == "Biên bản hội nghị"
    assert section["Exec"] == str(program) and section["Icon"] == "minutes-app"
    assert "Office" in section["Categories"].split(";")
    icons = tmp_path / "share" / "icons" / "hicolor"
    for size in SIZES:
        assert _png_size(icons / f"{size}x{size}" / "apps" / "minutes-app.png") == (size, size)
    assert (icons / "scalable" / "apps" / "minutes-app.svg").is_file()


def test_install_again_changes_nothing_and_remove_takes_it_away(tmp_path, program):
    """Running the script twice leaves the same files; --remove leaves no entry and no icon."""
    assert _install(tmp_path, str(program)).returncode == 0
    share = tmp_path / "share"
    first = {p: p.read_bytes() for p in share.rglob("*") if p.is_file()}
    assert _install(tmp_path, str(program)).returncode == 0
    assert {p: p.read_bytes() for p in share.rglob("*") if p.is_file()} == first
    assert _install(tmp_path, "--remove").returncode == 0
    left = [p for p in share.rglob("*") if p.is_file() and "minutes-app" in p.name]
    assert left == []


def test_a_missing_program_is_refused(tmp_path):
    """A path that is not a program gets a message and exit 2, and nothing is installed."""
    done = _install(tmp_path, str(tmp_path / "nowhere" / "minutes-app"))
    assert done.returncode == 2 and "not a program" in done.stderr
    assert not _entry(tmp_path).exists()


def test_icons_at_the_usual_sizes_for_linux_windows_and_macos():
    """PNG icons at 16–256 px, an ICO of 7 sizes and an ICNS of 6, all rendered from minutes-app.svg."""
    for size in SIZES:
        png = REPO / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "minutes-app.png"
        assert _png_size(png) == (size, size)
    ico = (REPO / "packaging" / "icons" / "minutes-app.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, 7)
    icns = (REPO / "packaging" / "icons" / "minutes-app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert icns.count(b"\x89PNG") == 6
