"""The archive is private by default whatever the umask: its folder and backups/ 0700, the database, -wal,
-shm, lock and every backup 0600, exports of a classified or internal meeting 0600 (others follow the
umask); wider files that exist already are narrowed on open, said once. Another user cannot read them."""

from __future__ import annotations

import copy
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import REPO, child_env

SECRET_MARKS = {"confidential": ("classification", "confidential"), "internal": ("circulation", "internal")}


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _cli(*args, env=None) -> subprocess.CompletedProcess:
    """The command line in a child whose umask is 022, the usual default."""
    return subprocess.run(
        [sys.executable, "-m", "minutes_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env or child_env(LANG="vi_VN.UTF-8"),
        cwd=REPO,
        preexec_fn=lambda: os.umask(0o022),
        timeout=120,
    )


def _nobody_reads(path: Path) -> bool:
    """Whether the unprivileged user can read the file (as root, root's permission checks are dropped)."""
    code = "import sys; open(sys.argv[1], 'rb').read(1)"
    command = [sys.executable, "-c", code, str(path)]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    result = subprocess.run(
        command, capture_output=True, text=True, env=child_env(PYTHONDONTWRITEBYTECODE="1")
    )
    return result.returncode == 0


def _open_to_others(path: Path) -> None:
    for part in (path, *path.parents):
        if part != part.parent:
            os.chmod(part, os.stat(part).st_mode | 0o055)


@pytest.fixture
def documents(tmp_path, sample_document) -> dict[str, Path]:
    """The sample as a plain meeting, a classified one (Mật) and one for internal circulation."""
    found = {}
    for name, mark in [("plain", None), *SECRET_MARKS.items()]:
        document = copy.deepcopy(sample_document)
        document["format_version"] = 2
        if mark:
            document["meeting"][mark[0]] = mark[1]
        document["meeting"]["title"] = f"Hội nghị ({name})"
        found[name] = tmp_path / f"{name}.json"
        found[name].write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return found


def test_a_new_archive_and_its_exports_are_private(tmp_path, documents):
    """With umask 022: folder and backups/ 0700; database, -wal, -shm, lock, backups 0600; exports of the
    Mật and internal meetings 0600, the plain one 0644; nobody reads any private one."""
    database = tmp_path / "home" / "data" / "minutes.sqlite3"
    for name in ("plain", "confidential", "internal"):
        result = _cli("--db", database, "import", documents[name])
        assert result.returncode == 0, result.stderr
        assert "giới hạn quyền" not in result.stderr  # nothing of its own needed narrowing
    exports = {}
    for number, name in enumerate(("plain", "confidential", "internal"), start=1):
        for fmt in ("pdf", "docx", "json"):
            target = tmp_path / "out" / f"{name}.{fmt}"
            target.parent.mkdir(exist_ok=True)
            result = _cli("--db", database, "export", number, "-o", target, "--format", fmt)
            assert result.returncode == 0, result.stderr
            exports[target] = 0o644 if name == "plain" else 0o600
    result = _cli("--db", database, "backup", tmp_path / "out" / "copy.sqlite3")
    assert result.returncode == 0, result.stderr
    from minutes_app.storage import open_store

    with open_store(database) as store:  # open, so that -wal and -shm exist
        store.update_meeting_field(1, "agenda", "Đang mở")
        archive_files = [p for p in database.parent.iterdir() if p.is_file()]
        archive_files += list((database.parent / "backups").iterdir())
        names = {p.name for p in archive_files}
        assert {
            "minutes.sqlite3",
            "minutes.sqlite3-wal",
            "minutes.sqlite3-shm",
            "minutes.sqlite3.lock",
        } <= names
        assert any(p.parent.name == "backups" for p in archive_files)
        modes = {p: _mode(p) for p in archive_files}
        _open_to_others(tmp_path)
        os.chmod(database.parent, 0o755)  # so that only each file's own mode can keep nobody out
        os.chmod(database.parent / "backups", 0o755)
        readable = [p for p in archive_files if _nobody_reads(p)]
    assert {p.name: m for p, m in modes.items() if m != 0o600} == {}
    assert readable == []
    assert {str(p): _mode(p) for p in exports} == {str(p): m for p, m in exports.items()}
    assert _mode(tmp_path / "out" / "copy.sqlite3") == 0o600
    assert not _nobody_reads(tmp_path / "out" / "confidential.pdf")
    assert _nobody_reads(tmp_path / "out" / "plain.pdf")


def test_folders_are_private(tmp_path, documents):
    """The data folder the program creates, and backups/, are 0700: nobody cannot even list them."""
    env = dict(child_env(LANG="vi_VN.UTF-8"), XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))
    for _ in range(2):  # the second open makes the first backup
        assert _cli("import", documents["confidential"], env=env).returncode == 0
    data = tmp_path / "xdg" / "minutes_app"
    assert _mode(data) == 0o700 and _mode(data / "backups") == 0o700
    _open_to_others(tmp_path / "xdg")
    assert not _nobody_reads(data / "minutes.sqlite3")


def test_wider_files_are_narrowed_on_open_and_said_once(tmp_path, documents):
    """An archive made by an earlier version (0644 files, 0755 folders): the next open narrows them all and
    says so on stderr; the open after that says nothing."""
    env = dict(child_env(LANG="vi_VN.UTF-8"), XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path))
    for _ in range(2):
        assert _cli("import", documents["plain"], env=env).returncode == 0
    data = tmp_path / "xdg" / "minutes_app"
    widened = [data, data / "backups", *data.iterdir(), *(data / "backups").iterdir()]
    for path in widened:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    first = _cli("finalize", "1", env=env)
    assert first.returncode == 0 and "giới hạn quyền" in first.stderr, first.stderr
    assert {str(p): _mode(p) for p in widened} == {str(p): 0o700 if p.is_dir() else 0o600 for p in widened}
    again = _cli("reopen", "1", env=env)
    assert again.returncode == 0 and "giới hạn quyền" not in again.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_per_user_lock_folder_is_private(tmp_path, documents):
    """The per-user locks (named by each archive's device and inode, with a record of who holds it) are
    0600 in a 0700 folder, also when an earlier version left the folder open to others."""
    env = dict(child_env(LANG="vi_VN.UTF-8"), XDG_CACHE_HOME=str(tmp_path / "cache"), HOME=str(tmp_path))
    locks = tmp_path / "cache" / "minutes_app" / "locks"
    locks.mkdir(parents=True)
    os.chmod(locks, 0o755)
    database = tmp_path / "data" / "minutes.sqlite3"
    assert _cli("--db", database, "import", documents["plain"], env=env).returncode == 0
    made = list(locks.iterdir())
    assert made and _mode(locks) == 0o700
    assert {p.name: _mode(p) for p in made} == {p.name: 0o600 for p in made}
