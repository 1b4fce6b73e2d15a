"""The committed forms are what scripts/build_forms makes from ui/*.ui today."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "minutes_app" / "gui" / "forms"


def _body(path: Path) -> list[str]:
    """The generated code without our header line and uic's "Created by" version line."""
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line for line in lines if "Created by: Qt User Interface Compiler" not in line]


def test_every_form_is_fresh(tmp_path):
    """A .ui edited without running scripts/build_forms fails here, naming the stale form."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_forms"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    sources = sorted(p.stem for p in (ROOT / "ui").glob("*.ui"))
    assert sources
    stale = []
    for stem in sources:
        committed = FORMS / f"ui_{stem}.py"
        if not committed.exists() or _body(committed) != _body(tmp_path / f"ui_{stem}.py"):
            stale.append(committed.name)
    assert stale == [], f"run scripts/build_forms: {stale}"


def test_every_form_has_the_generated_header():
    """A form without the header was written by hand or by another tool."""
    for form in FORMS.glob("ui_*.py"):
        assert "do not edit" in form.read_text(encoding="utf-8").splitlines()[0], form.name
