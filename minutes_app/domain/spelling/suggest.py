"""Suggestions for an impossible syllable: the nearest possible ones, by letters first and tone second.

Candidates come from the grammar itself: every letter string it allows is indexed by its deletions (the
"symmetric delete" method), so the neighbours of a typo within two edits are found by a few dictionary
lookups instead of trying every edit. They are ranked by a weighted distance in which the slips of fast
typing cost least: a doubled letter ("nhânn"), a missing or extra mark on the same base letter (a/ă/â,
d/đ), two letters swapped, a wrong tone. Words typed with Unikey switched off ("dduwowcj") are read as
Telex first.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

from minutes_app.domain.spelling import syllables as grammar

MAX_EDITS = 2
_BASE = str.maketrans("ăâêôơưđy", "aaeooudi")
_TONE_CHANGE = 0.6
# Spellings that sound alike in some region or that the rules split (ng/ngh, g/gh, c/k): a slip between
# them is as likely as a stray mark, so it costs as little.
_ONSET_CONFUSIONS = (
    ("ngh", "ng"), ("gh", "g"), ("k", "c"), ("qu", "c"), ("tr", "ch"), ("s", "x"), ("gi", "d"),
    ("r", "d"), ("r", "gi"), ("l", "n"),
)  # fmt: skip
_CODA_CONFUSIONS = (("ng", "n"), ("c", "t"), ("nh", "n"), ("ch", "t"))
_CONFUSION_COST = 0.5


@lru_cache(maxsize=1)
def _possible_letters() -> dict[str, tuple[int, ...]]:
    return grammar.all_letters()


def _deletions(word: str, depth: int) -> set[str]:
    found, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


@lru_cache(maxsize=1)
def _index() -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for letters in _possible_letters():
        for variant in _deletions(letters, MAX_EDITS):
            index.setdefault(variant, []).append(letters)
    return index


def distance(typed: str, target: str) -> float:
    """Optimal string alignment distance weighted for typing slips (see the module docstring)."""
    rows, cols = len(typed) + 1, len(target) + 1
    table = [[0.0] * cols for _ in range(rows)]
    for i in range(rows):
        table[i][0] = float(i)
    for j in range(cols):
        table[0][j] = float(j)
    for i in range(1, rows):
        a = typed[i - 1]
        doubled = i > 1 and typed[i - 2] == a
        for j in range(1, cols):
            b = target[j - 1]
            if a == b:
                change = 0.0
            elif a.translate(_BASE) == b.translate(_BASE):
                change = 0.5
            else:
                change = 1.0
            best = min(
                table[i - 1][j] + (0.5 if doubled else 1.0),
                table[i][j - 1] + 1.0,
                table[i - 1][j - 1] + change,
            )
            if i > 1 and j > 1 and a == target[j - 2] and typed[i - 2] == b:
                best = min(best, table[i - 2][j - 2] + 0.8)
            table[i][j] = best
    return table[-1][-1]


_TELEX_LETTERS = {"aa": "â", "aw": "ă", "ee": "ê", "oo": "ô", "ow": "ơ", "uw": "ư", "dd": "đ", "w": "ư"}
_TELEX_TONES = {"s": grammar.SAC, "f": grammar.HUYEN, "r": grammar.HOI, "x": grammar.NGA, "j": grammar.NANG}


def telex(word: str) -> tuple[str, int] | None:
    """(letters, tone) of an ASCII word typed in Telex with the input method off; None if it is not that."""
    if not word.isascii() or len(word) < 2:
        return None
    tone = grammar.NGANG
    body = word
    if body[-1] in _TELEX_TONES and len(body) > 2:
        tone, body = _TELEX_TONES[body[-1]], body[:-1]
    body = body.replace("uow", "ươ").replace("uwow", "ươ").replace("uwo", "ươ")
    for key in ("aa", "aw", "ee", "oo", "ow", "uw", "dd", "w"):
        body = body.replace(key, _TELEX_LETTERS[key])
    if body == word:
        return None
    return body, tone


def confusions(letters: str) -> set[str]:
    """``letters`` with one onset or coda swapped for one that sounds alike (nghành → ngành)."""
    found = set()
    for a, b in _ONSET_CONFUSIONS:
        for typed, meant in ((a, b), (b, a)):
            if letters.startswith(typed):
                found.add(meant + letters[len(typed) :])
    for a, b in _CODA_CONFUSIONS:
        for typed, meant in ((a, b), (b, a)):
            if letters.endswith(typed):
                found.add(letters[: -len(typed)] + meant)
    found.discard(letters)
    return found


def _letters_and_tone(word: str) -> tuple[str, int]:
    """The letters of a typed word with its tone marks set aside, and the first tone found in it."""
    letters, tones = [], []
    for char in unicodedata.normalize("NFD", word):
        if char in grammar.TONE_MARKS:
            tones.append(grammar.TONE_MARKS[char])
        else:
            letters.append(char)
    return unicodedata.normalize("NFC", "".join(letters)), tones[0] if tones else grammar.NGANG


def _written(letters: str, tone: int, old_style: bool) -> str:
    return grammar.spelled(grammar.parse(letters, tone), old_style=old_style)


def _match_case(model: str, word: str) -> str:
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def suggestions(
    word: str,
    *,
    limit: int = 6,
    preferred: Callable[[str], bool] | None = None,
    common: Callable[[str], bool] | None = None,
    old_style: bool = True,
) -> list[str]:
    """Possible syllables close to ``word``, best first, in its case.

    ``preferred`` (for example "is in the system dictionary") moves real words ahead of merely
    possible ones, ``common`` the words minutes use most ahead of rare ones; ``old_style`` places
    tones as most offices do ("hòa", "thủy").
    """
    lower = unicodedata.normalize("NFC", word).lower()
    letters, tone = _letters_and_tone(lower)
    possible = _possible_letters()
    scored: dict[str, float] = {}

    def offer(candidate: str, candidate_tone: int, cost: float) -> None:
        written = _written(candidate, candidate_tone, old_style)
        if written == lower:
            return
        if preferred is not None and not preferred(written):
            cost += 0.75
        if common is not None and common(written):
            cost -= 0.2
        if cost < scored.get(written, 99.0):
            scored[written] = cost

    decoded = telex(lower)
    if decoded is not None and decoded[0] in possible and decoded[1] in possible[decoded[0]]:
        offer(decoded[0], decoded[1], 0.1)
    alike = confusions(letters)
    near = {target for variant in _deletions(letters, MAX_EDITS) for target in _index().get(variant, ())}
    for candidate in near | (alike & possible.keys()):
        cost = _CONFUSION_COST if candidate in alike else distance(letters, candidate)
        if cost > MAX_EDITS:
            continue
        tones = possible[candidate]
        if tone in tones:
            offer(candidate, tone, cost)
        for other in tones:
            if other != tone:
                offer(candidate, other, cost + _TONE_CHANGE)
    ranked = sorted(scored, key=lambda w: (scored[w], w))
    return [_match_case(word, candidate) for candidate in ranked[:limit]]
