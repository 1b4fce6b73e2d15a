"""Benchmark of the printed documents: the sample and a ~50-page meeting to PDF and DOCX (prints figures).

Also times a meeting whose one contribution is a single paragraph of 200,000 characters (target ≤ 2 s).

Run: .venv/bin/python bench/documents.py [--repeat N]. Also times LibreOffice converting our own DOCX of
the same meeting to PDF when ``soffice`` is installed, as the yardstick for "fast enough".
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from minutes_app import documents, paths  # noqa: E402
from minutes_app.documents import fonts  # noqa: E402
from minutes_app.domain import canonical  # noqa: E402
from minutes_app.domain.model import Attendee, Contribution, Directive, Group, Report, Vote  # noqa: E402

_SENTENCE = (
    "Đề nghị tiếp tục đổi mới nội dung, phương thức tuyên truyền, nâng cao chất lượng công tác nắm bắt "
    "tình hình tư tưởng, dư luận xã hội và đấu tranh phản bác các quan điểm sai trái, thù địch trên địa bàn. "
)


def sample_meeting():
    with open(paths.SAMPLE_MEETING, encoding="utf-8") as handle:
        return canonical.from_document(json.load(handle))


def large_meeting():
    """200 attendees, 150 contributions, 6 reports, 40 directives, 10 votes: about 50 pages of minutes."""
    meeting = copy.deepcopy(sample_meeting())
    groups = [Group.MEMBER] * 150 + [Group.GUEST] * 40 + [Group.PRESS] * 10
    meeting.attendees = [
        Attendee(
            id=f"a{i}",
            name=f"Nguyễn Thị Thanh Hương {i}",
            position="Trưởng ban Tuyên giáo",
            organization=f"Huyện ủy số {i} tỉnh Bắc Kạn",
            group=group,
        )
        for i, group in enumerate(groups, start=1)
    ]
    meeting.chair, meeting.secretary = "a1", "a2"
    meeting.reports = [
        Report(id=f"r{i}", title=f"Báo cáo chuyên đề số {i}", presenter=f"a{i + 2}", content=_SENTENCE * 12)
        for i in range(1, 7)
    ]
    meeting.discussion = [
        Contribution(
            id=f"d{i}",
            speaker=f"a{(i % 190) + 1}",
            time=dt.time(8 + i // 30, i % 60),
            report="r1",
            content=_SENTENCE * (1 + i % 3),
        )
        for i in range(1, 151)
    ]
    meeting.votes = [
        Vote(id=f"v{i}", subject=f"Nội dung biểu quyết số {i}", in_favour=140, abstain=2) for i in range(10)
    ]
    meeting.directives = [
        Directive(
            id=f"t{i}", content=_SENTENCE, assignee="Ban Tuyên giáo các huyện ủy", deadline_text="quý 4"
        )
        for i in range(40)
    ]
    return meeting


def long_paragraph_meeting(length: int = 200_000):
    """The sample with one contribution typed as a single paragraph of ``length`` characters."""
    meeting = copy.deepcopy(sample_meeting())
    meeting.discussion = meeting.discussion[:1]
    meeting.discussion[0].content = (_SENTENCE * (length // len(_SENTENCE) + 1))[:length]
    return meeting


def _long_paragraph(repeat: int) -> None:
    meeting = long_paragraph_meeting()
    data = _render(meeting, "minutes", "pdf")
    pages = len(PdfReader(io.BytesIO(data)).pages)
    seconds = _time(lambda: _render(meeting, "minutes", "pdf"), repeat)
    print(f"one 200,000-character paragraph: minutes pdf {seconds:7.3f} s  {pages:3d} pages (target ≤ 2 s)")


def _time(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _render(meeting, document: str, fmt: str) -> bytes:
    buffer = io.BytesIO()
    documents.render(meeting, document, fmt, buffer)
    return buffer.getvalue()


def _libreoffice(docx: bytes) -> tuple[float, int] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "minutes.docx"
        source.write_bytes(docx)
        command = [
            soffice,
            f"-env:UserInstallation=file://{folder}/profile",
            "--headless",
            "--convert-to",
            "pdf",
        ]
        subprocess.run(
            [*command, "--outdir", folder, str(source)], capture_output=True, check=True
        )  # warm-up
        start = time.perf_counter()
        subprocess.run([*command, "--outdir", folder, str(source)], capture_output=True, check=True)
        elapsed = time.perf_counter() - start
        return elapsed, len(PdfReader(Path(folder) / "minutes.pdf").pages)


def _printing_path(meeting, printer: str | None) -> None:
    """The print path for a large meeting: the bytes handed to the queue and, with --printer, lp itself."""
    from minutes_app.gui import printing

    start = time.perf_counter()
    data = _render(meeting, "minutes", "pdf")
    rendered = time.perf_counter() - start
    pages = len(PdfReader(io.BytesIO(data)).pages)
    line = f"print  minutes    {pages:3d} pages: PDF for the queue {rendered:7.3f} s, {len(data) // 1024} KiB"
    if printer:
        job = printing.Job(printer, "bench", 1, True, 1, pages, pages, "one-sided")
        start = time.perf_counter()
        sent = printing.send_to_cups(data, job)
        line += f"; lp to {printer}: {time.perf_counter() - start:.3f} s ({'queued' if sent else 'refused'})"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--printer", help="a CUPS queue to time sending the large meeting to")
    args = parser.parse_args()
    fonts.family()
    print(f"font: {fonts.family().source}")
    for label, meeting in (("sample", sample_meeting()), ("large", large_meeting())):
        _render(meeting, "minutes", "pdf")  # warm caches (font subsets, styles)
        for document, fmt in (
            ("minutes", "pdf"),
            ("minutes", "docx"),
            ("attendance", "pdf"),
            ("conclusion", "pdf"),
        ):
            data = _render(meeting, document, fmt)
            seconds = _time(lambda m=meeting, d=document, f=fmt: _render(m, d, f), args.repeat)
            if fmt == "pdf":
                pages = len(PdfReader(io.BytesIO(data)).pages)
                print(
                    f"{label:6} {document:10} pdf : {seconds:7.3f} s  {pages:3d} pages  {pages / seconds:7.1f} pages/s"
                )
            else:
                print(f"{label:6} {document:10} docx: {seconds:7.3f} s  {len(data) // 1024:5d} KiB")
        timed = _libreoffice(_render(meeting, "minutes", "docx"))
        if timed is not None:
            seconds, pages = timed
            ours = _time(lambda m=meeting: _render(m, "minutes", "pdf"), args.repeat)
            print(
                f"{label:6} LibreOffice DOCX->PDF: {seconds:7.3f} s  {pages:3d} pages; "
                f"ours {ours:.3f} s, LibreOffice/ours = {seconds / ours:.1f}x"
            )

    _long_paragraph(args.repeat)
    _printing_path(large_meeting(), args.printer)


if __name__ == "__main__":
    main()
