"""The package carries everything the program needs at run time, whichever way it is installed.

setup.cfg lists the packages by hand (the bundled files are the top-level resources/ folder, mapped in as
minutes_app.resources): these tests fail when a new package or a new kind of bundled file is not listed,
and check what a built wheel and sdist hold.
"""

from __future__ import annotations

import configparser
import fnmatch
import subprocess
import sys
import tarfile
import zipfile
from importlib import resources
from pathlib import Path

from setuptools import find_packages

from minutes_app import paths

REPO = Path(__file__).resolve().parents[2]
# Sources the build reads but the running program does not: translation sources, the package marker.
NOT_PACKAGE_DATA = ("translations/*.ts", "__init__.py")


def _config() -> configparser.ConfigParser:
    config = configparser.ConfigParser()
    config.read(REPO / "setup.cfg", encoding="utf-8")
    return config


def _package_data_globs() -> list[str]:
    return _config()["options.package_data"]["minutes_app.resources"].split()


def _resource_files() -> list[str]:
    root = REPO / "resources"
    return sorted(
        p.relative_to(root).as_posix()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def test_every_package_folder_is_listed_in_setup_cfg():
    """A new folder under minutes_app/ that setup.cfg does not list would be missing from the wheel."""
    listed = set(_config()["options"]["packages"].split())
    found = set(find_packages(str(REPO), include=["minutes_app", "minutes_app.*"]))
    assert listed == found | {"minutes_app.resources"}


def test_every_bundled_file_is_package_data():
    """Each file in resources/ (but the translation sources) is matched by a package_data pattern."""
    globs = _package_data_globs()
    unmatched = [
        name
        for name in _resource_files()
        if not any(fnmatch.fnmatch(name, pattern) for pattern in (*globs, *NOT_PACKAGE_DATA))
    ]
    assert unmatched == []


def test_resources_are_found_through_importlib():
    """The program's paths are the package's files as importlib.resources gives them, not a path beside the code."""
    root = resources.files("minutes_app.resources")
    assert root == paths.RESOURCES
    for path in (paths.SAMPLE_MEETING, paths.SCHEMA, paths.FONTS / "LiberationSerif-Regular.ttf"):
        assert path.is_file() and path.is_relative_to(root)
    assert (paths.TRANSLATIONS / "minutes_app_en.qm").is_file()
    assert (paths.ICONS / "minutes-app.svg").is_file()


def test_wheel_and_sdist_hold_what_the_program_and_a_rebuild_need(tmp_path):
    """The wheel has every bundled file under minutes_app/resources/ and the compiled forms; the sdist has the sources."""
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("minutes_app-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    wanted = [
        f"minutes_app/resources/{name}"
        for name in _resource_files()
        if not any(fnmatch.fnmatch(name, pattern) for pattern in NOT_PACKAGE_DATA)
    ]
    assert [name for name in wanted if name not in names] == []
    assert "minutes_app/resources/__init__.py" in names
    forms = {p.name for p in (REPO / "minutes_app" / "gui" / "forms").glob("ui_*.py")}
    assert {f"minutes_app/gui/forms/{name}" for name in forms} <= names
    assert not any(name.startswith(("tests/", "resources/")) for name in names)
    sdist = next(tmp_path.glob("minutes_app-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        inside = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for needed in (
        "setup.cfg",
        "resources/translations/minutes_app_en.ts",
        "ui/main_window.ui",
        "packaging/minutes-app.spec",
        "scripts/build-app",
        "tests/conftest.py",
    ):
        assert needed in inside, needed
