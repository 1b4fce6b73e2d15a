"""SIGTERM or Ctrl+C (SIGINT) during an export or a backup: the temporary file is removed, the target name
is untouched, and the command exits 143 or 130 with one line and no traceback."""

from __future__ import annotations

import copy
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_app import cli

from .helpers import REPO, child_env

LONG = "Ý kiến phát biểu dài về công tác tuyên giáo của Đảng bộ tỉnh. " * 3000  # ~190,000 characters


@pytest.fixture(scope="module")
def big_archive(tmp_path_factory, sample_document) -> Path:
    """An archive whose export takes seconds (five 190,000-character contributions) and whose copy is large."""
    folder = tmp_path_factory.mktemp("big")
    document = copy.deepcopy(sample_document)
    speaker = document["attendees"][0]["id"]
    document["discussion"] = [{"id": f"c{n}", "speaker": speaker, "content": LONG} for n in range(5)]
    source = folder / "big.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    path = folder / "minutes.sqlite3"
    for _ in range(12):
        assert cli.main(["--db", str(path), "import", str(source)]) == 0
    return path


def _interrupt(command: list[str], folder: Path, part_glob: str, sig: int) -> tuple[int, str]:
    """Run ``command``; as soon as its temporary file appears in ``folder``, send ``sig``."""
    child = subprocess.Popen(
        [sys.executable, "-m", "minutes_app", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=child_env(LANG="vi_VN.UTF-8"),
        cwd=REPO,
    )
    deadline = time.monotonic() + 60
    while child.poll() is None and not list(folder.glob(part_glob)) and time.monotonic() < deadline:
        time.sleep(0.001)
    child.send_signal(sig)
    _, err = child.communicate(timeout=60)
    return child.returncode, err.decode()


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_an_interrupted_export_leaves_no_part_file(big_archive, tmp_path, sig, status, fmt):
    """Interrupted while the document is written: exit 143/130, no .part, no output under the name."""
    target = tmp_path / f"out.{fmt}"
    code, err = _interrupt(
        ["--db", str(big_archive), "export", "1", "-o", str(target), "--format", fmt],
        tmp_path,
        f".out.{fmt}.*.part",
        sig,
    )
    assert code == status, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1 and "Đã dừng" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("sig", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_backup_leaves_no_part_file(big_archive, tmp_path, sig, status):
    """Interrupted during the copy: exit 143/130, no .part left, no copy under the name (a few tries, so
    that the signal lands while the copy is being made)."""
    interrupted = 0
    for attempt in range(10):
        target = tmp_path / f"copy{attempt}.sqlite3"
        code, err = _interrupt(
            ["--db", str(big_archive), "backup", str(target)], tmp_path, f".{target.name}.part", sig
        )
        assert "Traceback" not in err, err
        assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob(".*.part"))
        if code == status:
            interrupted += 1
            assert not target.exists() and len(err.strip().splitlines()) == 1
        else:
            assert code == 0 and target.exists(), err  # finished before the signal came
        if interrupted >= 2:
            break
    assert interrupted >= 1
