"""Spell check figures (prints, does not assert): agreement of the syllable grammar with hunspell vi_VN,
typo detection and suggestions, and speed.

Usage: .venv/bin/python bench/spelling.py [--dictionary /usr/share/hunspell/vi_VN.dic]
The dictionary is the system's (Debian package hunspell-vi); it is read, never shipped (GPL-2).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from minutes_app import interchange, paths  # noqa: E402
from minutes_app.domain.spelling import SpellChecker, meeting_texts, read_dic  # noqa: E402
from minutes_app.domain.spelling import syllables as grammar  # noqa: E402

TYPOS = {
    "cườngg": "cường", "nhânn": "nhân", "hôịi": "hội", "nghành": "ngành", "tỉnhh": "tỉnh",
    "nguời": "người", "đươc": "được", "quyêt": "quyết", "tuyeen": "tuyên", "dduwowcj": "được",
    "chínhh": "chính", "nghiã": "nghĩa", "trươcs": "trước", "côngg": "công", "thàng": "tháng",
    "ngiêm": "nghiêm", "kêt": "kết", "ddoongf": "đồng", "huyệnn": "huyện", "bna": "ban",
}  # fmt: skip


def agreement(dictionary: Path) -> None:
    entries = [line.split("/")[0].strip() for line in dictionary.read_text("utf-8").splitlines()[1:]]
    lower = {entry for entry in entries if entry and entry.islower()}
    rejected = sorted(entry for entry in lower if not grammar.is_syllable(entry))
    print(f"hunspell vi_VN: {len(entries)} entries, {len(lower)} in lower case")
    print(
        f"accepted by the grammar: {len(lower) - len(rejected)} of {len(lower)}; "
        f"rejected ({len(rejected)}): {' '.join(rejected)}"
    )
    possible = {
        grammar.spelled(grammar.parse(letters, tone))
        for letters, tones in grammar.all_letters().items()
        for tone in tones
    }
    print(
        f"syllables the grammar allows (newer tone placement): {len(possible)}; "
        f"not in the dictionary: {len(possible - lower)}; in both: {len(possible & lower)}"
    )


def typos(dictionary: Path | None) -> None:
    checker = SpellChecker(dictionary=read_dic(dictionary) if dictionary else None)
    flagged = [typo for typo in TYPOS if not checker.is_known(typo)]
    first = [typo for typo, meant in TYPOS.items() if checker.suggestions(typo)[:1] == [meant]]
    top5 = [typo for typo, meant in TYPOS.items() if meant in checker.suggestions(typo, 5)]
    misses = {typo: checker.suggestions(typo, 3) for typo in TYPOS if typo not in first}
    print(
        f"typos ({'with' if dictionary else 'without'} the dictionary): {len(flagged)}/{len(TYPOS)} flagged, "
        f"right word first {len(first)}/{len(TYPOS)}, in the first five {len(top5)}/{len(TYPOS)}; "
        f"not first: {misses}"
    )


def speed() -> None:
    sample = interchange.read_meeting(paths.SAMPLE_MEETING)
    text = " ".join([sample.agenda, sample.conclusion, *(c.content for c in sample.discussion)]) * 20
    checker = SpellChecker()
    checker.set_vocabulary(meeting_texts(sample))
    began = time.perf_counter()
    checker.misspellings(text)
    cold = time.perf_counter() - began
    began = time.perf_counter()
    checker.misspellings(text)
    warm = time.perf_counter() - began
    print(
        f"checking {len(text)} characters: first time {cold * 1000:.1f} ms, again {warm * 1000:.1f} ms "
        f"(answers cached per word and per sentence)"
    )
    began = time.perf_counter()
    checker.suggestions("cườngg")
    first = time.perf_counter() - began
    timings = []
    for typo in TYPOS:
        began = time.perf_counter()
        checker.suggestions(typo)
        timings.append((time.perf_counter() - began) * 1000)
    print(
        f"suggestions: first call {first * 1000:.0f} ms (builds the index), then median "
        f"{statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictionary", type=Path, default=Path("/usr/share/hunspell/vi_VN.dic"))
    args = parser.parse_args()
    present = args.dictionary.is_file()
    if present:
        agreement(args.dictionary)
    else:
        print(f"no dictionary at {args.dictionary}: agreement not measured (apt-get install hunspell-vi)")
    typos(None)
    if present:
        typos(args.dictionary)
    speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
