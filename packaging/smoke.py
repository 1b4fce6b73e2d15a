"""Runs an installed minutes-app as a user would and checks what it does; exit 0 when everything holds.

Used on a wheel installed into a fresh virtual environment (scripts/check-wheel) and on the one-folder
application (scripts/check-app), on Windows, macOS and Linux alike. This file runs with the development
environment's Python (it reads the outputs with pypdf, pdfplumber and python-docx); the program under test
runs in its own environment and never sees them.

Usage: python packaging/smoke.py --program PATH [--cli PATH] [--window-seconds N]
  PATH is the program's window entry; --cli the command-line one when they differ (minutes-app-cli.exe).
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import docx
import pdfplumber
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent
print = functools.partial(print, flush=True)  # noqa: A001 - interleaves with the failure lines on stderr
SAMPLE = REPO / "resources" / "samples" / "giao-ban-tuyen-giao-q3-2022.json"
WINDOW_TITLE = "Biên bản hội nghị"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def run(program: Path, *args: str, env: dict) -> str:
    result = subprocess.run([str(program), *args], capture_output=True, text=True, env=env, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"{program.name} {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    if "Traceback" in result.stderr:
        raise SystemExit(f"{program.name} {' '.join(args)} printed a traceback:\n{result.stderr}")
    return result.stdout


def expected_phrases() -> list[str]:
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    meeting = sample["meeting"]
    return [meeting["title"], sample["attendees"][0]["name"]]


def check_pdf(path: Path, phrases: list[str]) -> str:
    reader = PdfReader(path)
    fonts = {}
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described.get("/FontDescriptor")
            embedded = bool(descriptor) and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font.get("/BaseFont"))] = embedded
    if not fonts or not all(fonts.values()):
        raise SystemExit(f"{path.name}: fonts not all embedded: {fonts}")
    with pdfplumber.open(path) as pdf:
        text = squeeze("".join(page.extract_text() or "" for page in pdf.pages))
    missing = [phrase for phrase in phrases if squeeze(phrase) not in text]
    if missing:
        raise SystemExit(f"{path.name}: text does not extract back: {missing}")
    return f"{len(reader.pages)} pages, fonts embedded: {', '.join(sorted(fonts))}"


def check_docx(path: Path, phrases: list[str]) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = squeeze("".join(parts))
    missing = [phrase for phrase in phrases if squeeze(phrase) not in text]
    if missing:
        raise SystemExit(f"{path.name}: text not in the document: {missing}")
    names = {run.font.name for p in document.paragraphs for run in p.runs if run.font.name}
    names.add(document.styles["Normal"].font.name)
    if "Times New Roman" not in names:
        raise SystemExit(f"{path.name}: not set in Times New Roman: {names}")
    return f"{len(document.paragraphs)} paragraphs, font Times New Roman"


def window_shown_on_x(started: float, timeout: float) -> float | None:
    """Seconds until a top-level window titled like ours is on the X display; None if it never is."""
    while time.perf_counter() - started < timeout:
        tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True).stdout
        if WINDOW_TITLE in tree:
            return time.perf_counter() - started
        time.sleep(0.01)
    return None


def check_window(program: Path, env: dict, seconds: float) -> str:
    """The window opens on the first start (sample meeting) and stays up ``seconds`` without a word on stderr."""
    on_x = bool(os.environ.get("DISPLAY")) and shutil.which("xwininfo") is not None
    if not on_x:
        env = env | {"QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryFile(mode="w+") as errors:
        started = time.perf_counter()
        child = subprocess.Popen([str(program)], env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            shown = window_shown_on_x(started, 30) if on_x else None
            if on_x and shown is None:
                raise SystemExit("the window never appeared on the display")
            time.sleep(seconds)
            if child.poll() is not None:
                raise SystemExit(f"the window program ended early with exit {child.returncode}")
        finally:
            child.terminate()
            child.wait(timeout=30)
        errors.seek(0)
        said = errors.read().strip()
    if said:
        raise SystemExit(f"the window program wrote to stderr:\n{said}")
    where = f"on the X display after {shown:.2f} s" if on_x else "offscreen"
    return f"window shown {where}, up {seconds:g} s, nothing on stderr"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", type=Path, required=True)
    parser.add_argument("--cli", type=Path)
    parser.add_argument("--window-seconds", type=float, default=3.0)
    args = parser.parse_args()
    program, cli = args.program.resolve(), (args.cli or args.program).resolve()
    phrases = expected_phrases()
    with tempfile.TemporaryDirectory(prefix="minutes-app-smoke-") as folder:
        work = Path(folder)
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        env.update(
            MINUTES_APP_DB=str(work / "archive.sqlite3"),
            LANG="C.UTF-8",
            HOME=str(work / "home"),
            XDG_CONFIG_HOME=str(work / "config"),
            XDG_CACHE_HOME=str(work / "cache"),
            XDG_DATA_HOME=str(work / "data"),
        )
        print("version:", run(cli, "--version", env=env).strip())
        meeting_id = run(cli, "import", str(SAMPLE), env=env).strip()
        print("imported the sample as meeting", meeting_id)
        pdf, document = work / "bien-ban.pdf", work / "bien-ban.docx"
        run(cli, "export", meeting_id, "-o", str(pdf), env=env)
        print("PDF:", check_pdf(pdf, phrases))
        run(cli, "export", meeting_id, "-o", str(document), "--format", "docx", env=env)
        print("DOCX:", check_docx(document, phrases))
        # A new archive: the first start imports the sample meeting and opens it.
        window_env = env | {"MINUTES_APP_DB": str(work / "first-start.sqlite3")}
        print(check_window(program, window_env, args.window_seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
