"""Child of the portability tests: the whole program imported and run as if on Windows or macOS.

Usage: python platform_child.py PLATFORM WORKDIR (PLATFORM "win32" or "darwin"). The environment gives
the folders that system would (LOCALAPPDATA, APPDATA, WINDIR, USERNAME on Windows; HOME on macOS).

The program and every library it uses are imported once first, as on the real system (the platform code
of Qt, the standard library and the others is theirs). Then minutes_app is forgotten, the POSIX-only
modules are made unimportable, ``sys.platform`` is set, platformdirs is
imported afresh so that it takes that system's branch, and every module of minutes_app is imported and
its paths, fonts, lock and export logic is run. Prints one JSON object of what it found.
"""

from __future__ import annotations

import importlib
import importlib.abc
import json
import pkgutil
import sys
from pathlib import Path

POSIX_ONLY = ("fcntl", "pwd", "grp", "termios", "resource")


class _Unimportable(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in POSIX_ONLY:
            raise ModuleNotFoundError(f"No module named {fullname!r} on this system", name=fullname)
        return None


def _load_dependencies() -> None:
    """Every library and stdlib module the program uses, loaded as the real system loads them."""
    _import_everything()
    import reportlab.pdfgen.canvas  # noqa: F401 - loaded lazily by documents/ on the first render


def _pretend(platform: str) -> None:
    for name in list(sys.modules):
        if name.split(".")[0] in (*POSIX_ONLY, "minutes_app", "platformdirs", "getpass"):
            del sys.modules[name]
    sys.meta_path.insert(0, _Unimportable())
    sys.platform = platform
    import platformdirs

    expected = {"win32": "platformdirs.windows", "darwin": "platformdirs.macos"}[platform]
    assert platformdirs.PlatformDirs.__module__ == expected, platformdirs.PlatformDirs.__module__
    if platform == "win32":
        # The shell's known folders (SHGetKnownFolderPath) cannot be asked here: take them from the
        # environment variables they equal on a normal Windows account.
        import platformdirs.windows

        platformdirs.windows._RESOLVE_WIN_FOLDER = platformdirs.windows.get_win_folder_from_env_vars


def _import_everything() -> list[str]:
    import minutes_app

    names = ["minutes_app"]
    for module in pkgutil.walk_packages(minutes_app.__path__, "minutes_app."):
        if module.name == "minutes_app.__main__":
            continue  # runs the program
        importlib.import_module(module.name)
        names.append(module.name)
    importlib.import_module("minutes_app.resources")
    return names


def _lock(work: Path) -> dict:
    from minutes_app.storage import LockedError
    from minutes_app.storage.engines.sqlite_lock import WriterLock, holder_path

    database = work / "archive.sqlite3"
    first = WriterLock(database)
    first.acquire()
    try:
        WriterLock(work / "." / "archive.sqlite3").acquire()
        second = "acquired"
    except LockedError as error:
        second = str(error)
    record = json.loads(holder_path(database).read_text(encoding="utf-8"))
    first.release()
    again = WriterLock(database)
    again.acquire()
    again.release()
    return {"second": second, "record_user": record["user"]}


def _export_in_use(work: Path) -> str:
    """A PDF open in a reader. Windows refuses the rename over it (simulated: a sharing violation), macOS
    replaces it (real, the file held open here); a refusal must be a message saying to close it."""
    import os

    from minutes_app import documents, interchange, paths
    from minutes_app.messages import UserError

    target = work / "bien-ban.pdf"
    target.write_bytes(b"%PDF open in a reader")
    real_replace = os.replace

    def sharing_violation(source, destination):
        error = PermissionError(13, "The process cannot access the file because it is being used")
        error.winerror = 32
        raise error

    if sys.platform == "win32":
        os.replace = sharing_violation
    try:
        with open(target, "rb"):
            documents.render(interchange.read_meeting(paths.SAMPLE_MEETING), target=target)
        return "written" if target.read_bytes().startswith(b"%PDF-") else "unchanged"
    except UserError as error:
        return f"{error.key}: {error}"
    finally:
        os.replace = real_replace


def main() -> None:
    platform, work = sys.argv[1], Path(sys.argv[2])
    _load_dependencies()
    _pretend(platform)
    modules = _import_everything()

    from minutes_app import paths
    from minutes_app.documents import fonts

    family = fonts.family()
    found = {
        "platform": sys.platform,
        "modules": modules,
        "posix_only_loaded": sorted(set(POSIX_ONLY) & set(sys.modules)),
        "resources": str(paths.RESOURCES),
        "sample_exists": paths.SAMPLE_MEETING.is_file(),
        "database": str(paths.default_database()),
        "settings": str(paths.settings_folder()),
        "locks": str(paths.lock_folder()),
        "font_folders": [str(folder) for folder in fonts.font_folders()],
        "font_source": family.source,
        "font_files": sorted(str(path) for path in family.files.values()),
        "lock": _lock(work),
        "in_use": _export_in_use(work),
    }
    print(json.dumps(found, ensure_ascii=False))


if __name__ == "__main__":
    main()
