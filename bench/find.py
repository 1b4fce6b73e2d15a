"""Find and replace on a large meeting (prints, does not assert): the time of one search and one Replace all.

A meeting of 200 attendees, 300 contributions of about 2,000 characters and one 100,000-character
report, searched with each option. Target: a search answers within 0.3 s, as one press of Find next.

    .venv/bin/python bench/find.py [--contributions 300] [--repeat 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minutes_app.domain import Attendee, Contribution, Meeting, Report  # noqa: E402
from minutes_app.domain.find import Query, find_all, replace_all  # noqa: E402

_VOCABULARY = (
    "công tác tuyên giáo quý nhiệm vụ trọng tâm Ban Thường vụ Tỉnh ủy Đảng ủy chi bộ đồng chí kết luận "
    "thực hiện chỉ đạo nghị quyết hội nghị báo cáo đề nghị tổ chức triển khai kiểm tra giám sát Nhân dân"
)
WORDS = _VOCABULARY.split(" ")


def meeting(contributions: int, seed: int = 1) -> Meeting:
    rng = random.Random(seed)

    def text(length: int) -> str:
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < length:
            words.append(rng.choice(WORDS))
        return " ".join(words)

    people = [Attendee(f"a{i}", f"Nguyễn Văn {i}", "Trưởng ban", text(40)) for i in range(1, 201)]
    entries = [Contribution(f"d{i}", text(2000), f"a{i % 200 + 1}") for i in range(1, contributions + 1)]
    return Meeting(
        title="Hội nghị Ban Chấp hành",
        date=dt.date(2024, 5, 6),
        attendees=people,
        reports=[Report("r1", "Báo cáo chính trị", content=text(100_000))],
        discussion=entries,
    )


def timed(action, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contributions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    big = meeting(args.contributions)
    size = sum(len(e.content) for e in big.discussion) + len(big.reports[0].content)
    print(
        f"meeting: {len(big.attendees)} attendees, {len(big.discussion)} contributions, {size:,} characters"
    )
    for label, query in (
        ("exact accents, any case", Query("tuyên giáo")),
        ("without accents", Query("tuyen giao", ignore_accents=True)),
        ("match case, whole words", Query("Đảng", match_case=True, whole_words=True)),
    ):
        seconds, hits = timed(lambda q=query: find_all(big, q), args.repeat)
        print(f"find ({label}): {len(hits):,} hits in {seconds * 1000:.0f} ms")
    seconds, (edits, count) = timed(lambda: replace_all(big, Query("tuyên giáo"), "TG"), args.repeat)
    print(f"replace all: {count:,} hits in {len(edits)} fields in {seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
