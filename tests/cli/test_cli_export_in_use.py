"""An export over a file that another program holds open (Windows refuses the rename) says to close it."""

from __future__ import annotations

import errno
import os

import pytest

from minutes_app import cli, paths


def _held_open_on_windows(monkeypatch, target) -> list:
    """os.replace onto ``target`` fails as Windows fails it while a PDF reader or Word has the file open."""
    real, refused = os.replace, []

    def replace(source, destination):
        if os.fspath(destination) == os.fspath(target):
            refused.append(destination)
            error = PermissionError(errno.EACCES, "The process cannot access the file")
            error.winerror = 32  # ERROR_SHARING_VIOLATION
            raise error
        return real(source, destination)

    monkeypatch.setattr(os, "replace", replace)
    return refused


@pytest.mark.parametrize("fmt", ["pdf", "docx", "json"])
def test_export_over_a_file_open_elsewhere_says_to_close_it(tmp_path, capsys, monkeypatch, fmt):
    """Exit 1 with one line that names the file and says to close it; the open file and the folder are untouched."""
    db = str(tmp_path / "archive.sqlite3")
    assert cli.main(["--db", db, "import", str(paths.SAMPLE_MEETING)]) == 0
    target = tmp_path / f"bien-ban.{fmt}"
    target.write_bytes(b"the copy open in the reader")
    refused = _held_open_on_windows(monkeypatch, target)
    capsys.readouterr()
    for lang, advice in (("vi", "Hãy đóng tệp đó rồi xuất lại"), ("en", "Close it and export again")):
        code = cli.main(["--db", db, "--lang", lang, "export", "1", "-o", str(target), "--format", fmt])
        _, err = capsys.readouterr()
        assert code == 1
        assert advice in err and str(target) in err and len(err.strip().splitlines()) == 1
        assert "Traceback" not in err and "Lỗi không mong đợi" not in err
    assert refused and target.read_bytes() == b"the copy open in the reader"
    assert list(tmp_path.glob("*.part")) + list(tmp_path.glob(".*.part")) == []


def test_other_permission_errors_keep_their_own_message(tmp_path, capsys, monkeypatch):
    """A refusal without Windows' sharing-violation code (POSIX permissions) is not blamed on another program."""
    db = str(tmp_path / "archive.sqlite3")
    assert cli.main(["--db", db, "import", str(paths.SAMPLE_MEETING)]) == 0
    target = tmp_path / "bien-ban.pdf"

    def denied(source, destination):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", denied)
    capsys.readouterr()
    assert cli.main(["--db", db, "export", "1", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "Permission denied" in err and "chương trình khác" not in err
