"""A folder that cannot be written never shows stale content: what list, search, export, backup and check
read is what was last committed, the commits still in the -wal included, for another user and on a
read-only mount. CI runs as root, for whom permissions do not apply: the commands run as nobody
(setpriv), and in a private mount namespace on a read-only bind mount."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app import paths
from minutes_app.storage import open_store

from .helpers import REPO, child_env, file_hash, integrity

NEWEST = "Kết luận cuối cùng, chỉ nằm trong -wal"

_LEAVE_WAL = """
import os, sys
from minutes_app.storage import open_store
from minutes_app.storage.engines import sqlite_checkpoint as checkpoint
checkpoint.INTERVAL = 3600  # no background checkpoint before the kill
store = open_store(sys.argv[1])
store.update_meeting_field(1, "conclusion", sys.argv[2])
os._exit(0)  # killed: no checkpoint, the commit stays in the -wal
"""


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: file_hash(p) for p in folder.iterdir() if p.is_file()}


def _open_to_others(path: Path) -> None:
    """Let another user reach ``path`` (pytest's folders are private to root)."""
    for part in (path, *path.parents):
        if part != part.parent:
            os.chmod(part, os.stat(part).st_mode | 0o055)


@pytest.fixture
def folder_with_wal(tmp_path) -> Path:
    """An archive whose newest commit is only in its -wal (its writer was killed), in a folder of its own."""
    folder = tmp_path / "archive"
    database = folder / "minutes.sqlite3"
    with open_store(database) as store:
        from minutes_app import interchange

        meeting_id = store.add(interchange.read_meeting(paths.SAMPLE_MEETING))
        store.update_meeting_field(meeting_id, "conclusion", "Kết luận cũ")
    subprocess.run(
        [sys.executable, "-c", _LEAVE_WAL, str(database), NEWEST], check=True, env=child_env(), cwd=REPO
    )
    assert database.with_name(database.name + "-wal").stat().st_size > 0
    assert _row(database, immutable=True)["conclusion"] == "Kết luận cũ"  # the file alone is stale
    return folder


def _row(database: Path, immutable: bool = False) -> dict:
    connection = sqlite3.connect(f"file:{database}?mode=ro" + ("&immutable=1" if immutable else ""), uri=True)
    cursor = connection.execute("SELECT * FROM meeting WHERE id = 1")
    row = dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))
    connection.close()
    return row


def _as_nobody(*args: object, out: Path | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "minutes_app", *map(str, args)]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = child_env(PYTHONDONTWRITEBYTECODE="1", HOME=str(out or "/nonexistent"))
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=120)


def _readings(run, database: Path, out: Path) -> dict[str, str]:
    """What each read-only command shows of the archive."""
    found = {}
    result = run("--db", database, "export", "1", "-o", "-", "--format", "json")
    assert result.returncode == 0, result.stderr
    found["export"] = json.loads(result.stdout)["meeting"]["conclusion"]
    result = run("--db", database, "search", "chỉ nằm trong", "--json")
    assert result.returncode == 0, result.stderr
    found["search"] = [row["id"] for row in json.loads(result.stdout)]
    result = run("--db", database, "list", "--json")
    assert result.returncode == 0, result.stderr
    found["list"] = [row["title"] for row in json.loads(result.stdout)]
    result = run("--db", database, "check")
    found["check"] = result.returncode
    result = run("--db", database, "backup", out / "copy.sqlite3")
    assert result.returncode == 0, result.stderr
    found["backup"] = _row(out / "copy.sqlite3")["conclusion"]
    return found


@pytest.mark.parametrize("shm", ["without -shm", "with -shm"])
def test_another_user_reads_the_newest_commits(folder_with_wal, tmp_path, shm):
    """nobody, in a folder it cannot write (with or without the -shm index): every command shows the
    commit that is still in the -wal, and nothing of the archive changes."""
    database = folder_with_wal / "minutes.sqlite3"
    if shm == "without -shm":
        database.with_name(database.name + "-shm").unlink()
    out = tmp_path / "out"
    out.mkdir()
    _open_to_others(folder_with_wal)
    os.chmod(out, 0o777)
    for item in folder_with_wal.iterdir():
        os.chmod(item, 0o755 if item.is_dir() else 0o644)
    os.chmod(folder_with_wal, 0o555)
    before = _hashes(folder_with_wal)
    try:
        found = _readings(lambda *a: _as_nobody(*a, out=out), database, out)
    finally:
        os.chmod(folder_with_wal, 0o755)
    assert found == {
        "export": NEWEST,
        "search": [1],
        "list": [found["list"][0]],
        "check": 0,
        "backup": NEWEST,
    }
    assert _hashes(folder_with_wal) == before
    assert integrity(out / "copy.sqlite3") == []


def _read_only_mount_works(source: Path, target: Path) -> bool:
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{source}' '{target}' && ! touch '{target}/x'"],
        capture_output=True,
    )
    return probe.returncode == 0


def test_a_read_only_mount_shows_the_newest_commits(folder_with_wal, tmp_path):
    """On a read-only bind mount (in a private mount namespace) the commands read the -wal's commit too.

    Where the machine refuses a mount, the same commands run with the capabilities that override file
    permissions dropped, which makes the folder read-only to root as well.
    """
    database = folder_with_wal / "minutes.sqlite3"
    database.with_name(database.name + "-shm").unlink()
    mounted = tmp_path / "mounted"
    mounted.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    before = _hashes(folder_with_wal)
    env = child_env(PYTHONDONTWRITEBYTECODE="1")
    if _read_only_mount_works(folder_with_wal, mounted):
        script = f"mount --bind -o ro '{folder_with_wal}' '{mounted}' && exec \"$@\""

        def run(*args):
            command = [
                "unshare",
                "-m",
                "sh",
                "-c",
                script,
                "sh",
                sys.executable,
                "-m",
                "minutes_app",
                *map(str, args),
            ]
            return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=120)

        found = _readings(run, mounted / database.name, out)
        print("read-only mount: mount --bind -o ro in a private namespace")
    else:
        os.chmod(folder_with_wal, 0o555)

        def run(*args):
            command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", sys.executable, "-m"]
            command += ["minutes_app", *map(str, args)]
            return subprocess.run(command, capture_output=True, text=True, env=env, cwd=REPO, timeout=120)

        try:
            found = _readings(run, database, out)
        finally:
            os.chmod(folder_with_wal, 0o755)
        print("read-only mount refused here: ran with DAC override dropped instead")
    assert found["export"] == NEWEST and found["backup"] == NEWEST and found["search"] == [1]
    assert found["check"] == 0
    assert _hashes(folder_with_wal) == before
    shutil.rmtree(mounted)
