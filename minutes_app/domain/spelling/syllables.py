"""The Vietnamese syllable grammar: which written syllables can exist, from onset, rhyme and tone.

A Vietnamese typo is nearly always an impossible syllable ("cườngg", "nhânn", "nghành"), so this grammar
is the core of the checker and works on every machine without a dictionary. A syllable is an optional
onset, a rhyme (an optional medial o/u, a vowel nucleus, an optional coda) and one of six tones, with the
constraints of the written language: c/k/q and g/gh, ng/ngh before front vowels, stop codas that take
only the sắc or nặng tone, ch/nh only after a, ê, i. Tone marks are accepted in both the older
("hóa", "thủy") and the newer ("hoá", "thuỷ") placement, since offices use both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

# Tones by their combining marks; 0 is ngang (no mark).
TONE_MARKS = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
MARK_OF_TONE = {tone: mark for mark, tone in TONE_MARKS.items()}
NGANG, HUYEN, HOI, NGA, SAC, NANG = range(6)
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter
LETTERS = frozenset("abcdđeghiklmnopqrstuvxyăâêôơư")

ONSETS = (
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
)  # fmt: skip

# What may follow each nucleus; "" is an open syllable. Spellings of the same nucleus share a row.
_STOPS = ("p", "t", "c", "ch")
NUCLEUS_CODAS: dict[str, tuple[str, ...]] = {
    "a": ("", "i", "y", "o", "u", "n", "m", "ng", "nh", "p", "t", "c", "ch"),
    "ă": ("n", "m", "ng", "p", "t", "c"),
    "â": ("n", "m", "ng", "p", "t", "c", "u", "y"),
    "e": ("", "o", "n", "m", "ng", "p", "t", "c"),
    "ê": ("", "u", "n", "m", "nh", "p", "t", "ch"),
    "i": ("", "u", "n", "m", "nh", "p", "t", "ch"),
    "y": ("",),
    "o": ("", "i", "n", "m", "ng", "p", "t", "c"),
    "oo": ("ng", "c"),
    "ô": ("", "i", "n", "m", "ng", "p", "t", "c"),
    "ơ": ("", "i", "n", "m", "p", "t"),
    "u": ("", "i", "n", "m", "ng", "p", "t", "c"),
    "ư": ("", "i", "u", "n", "m", "ng", "t", "c"),
    "ia": ("",),
    "ua": ("",),
    "ưa": ("",),
    "iê": ("u", "n", "m", "ng", "p", "t", "c"),
    "yê": ("u", "n", "m", "ng", "p", "t", "c"),
    "ya": ("",),
    "uô": ("i", "n", "m", "ng", "t", "c"),
    "ươ": ("i", "u", "n", "m", "ng", "p", "t", "c"),
}
# A medial o or u glides into these nuclei only, with these codas.
MEDIAL_RHYMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("o", "a"): ("", "i", "y", "o", "n", "m", "ng", "nh", "p", "t", "c", "ch"),
    ("o", "ă"): ("n", "m", "ng", "t", "c"),
    ("o", "e"): ("", "o", "n", "t"),
    ("u", "â"): ("n", "ng", "t", "y"),
    ("u", "ê"): ("", "nh", "ch"),
    ("u", "y"): ("", "u", "n", "nh", "t", "ch"),
    ("u", "ơ"): ("",),
    ("u", "yê"): ("n", "t"),
    ("u", "ya"): ("",),
}
# After "qu" the medial u is already written: what may follow it, by nucleus.
QU_RHYMES: dict[tuple[str, str], tuple[str, ...]] = {
    ("", "a"): ("", "i", "y", "o", "u", "n", "m", "ng", "nh", "p", "t", "c", "ch"),
    ("", "ă"): (*MEDIAL_RHYMES[("o", "ă")], "p"),  # quắp
    ("", "â"): (*MEDIAL_RHYMES[("u", "â")], "c"),  # quấc
    ("", "e"): MEDIAL_RHYMES[("o", "e")],
    ("", "ê"): (*MEDIAL_RHYMES[("u", "ê")], "n", "t", "u"),  # quên, quệt, quều
    ("", "y"): MEDIAL_RHYMES[("u", "y")],
    ("", "i"): ("", "t"),  # the older spellings "qui", "quít"
    ("", "yê"): MEDIAL_RHYMES[("u", "yê")],
    ("", "ya"): ("",),
    ("", "ơ"): ("",),
    ("", "ô"): ("c",),  # quốc
    ("o", "a"): ("ng",),  # quoàng, quoạng: rare, but in use
    ("o", "ă"): ("t",),  # quoắt
}
# Open "y" (kỹ, lý, mỹ, sĩ/sỹ): after these onsets only; elsewhere the vowel is written i.
_Y_ONSETS = {"", "h", "k", "l", "m", "s", "t", "v", "qu"}
_FRONT = ("e", "ê", "i", "y")
# c + medial is written qu; labials and r glide in loans only (buýt, phuy, voan), which a word list holds.
_NO_MEDIAL_ONSETS = {"c", "k", "gh", "ngh", "b", "m", "p", "ph", "v", "r"}


@dataclass(frozen=True)
class Syllable:
    """A recognised syllable: its parts, and the tone by number (0 ngang … 5 nặng)."""

    onset: str
    medial: str
    nucleus: str
    coda: str
    tone: int

    @property
    def letters(self) -> str:
        return self.onset + self.medial + self.nucleus + self.coda


def split_tone(word: str) -> tuple[str, int, int] | None:
    """(letters without the tone mark, tone, index of the toned letter) for a lower-case word.

    None when the word holds two tone marks or a character outside the Vietnamese alphabet.
    """
    letters: list[str] = []
    tone, position = NGANG, -1
    for char in unicodedata.normalize("NFD", word):
        if char in TONE_MARKS:
            if tone != NGANG or not letters:
                return None
            tone, position = TONE_MARKS[char], len(letters) - 1
        elif char in _LETTER_MARKS:
            if not letters:
                return None
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + char)
        else:
            letters.append(char)
    if not all(letter in LETTERS for letter in letters):
        return None
    return "".join(letters), tone, position


def with_tone(letters: str, tone: int, position: int) -> str:
    """The written syllable: ``letters`` with ``tone`` marked on the letter at ``position``."""
    if tone == NGANG:
        return letters
    marked = unicodedata.normalize("NFC", letters[position] + MARK_OF_TONE[tone])
    return letters[:position] + marked + letters[position + 1 :]


def rhymes(onset: str):
    """Every (medial, nucleus, coda) the tables allow after ``onset``, before the onset's own rules."""
    if onset == "qu":
        for (medial, nucleus), codas in QU_RHYMES.items():
            yield from ((medial, nucleus, coda) for coda in codas)
        return
    for nucleus, codas in NUCLEUS_CODAS.items():
        yield from (("", nucleus, coda) for coda in codas)
    for (medial, nucleus), codas in MEDIAL_RHYMES.items():
        yield from ((medial, nucleus, coda) for coda in codas)


@cache
def _rhyme_table(onset: str) -> dict[str, tuple[str, str, str]]:
    """The written rest of a syllable after ``onset`` → its parts, for the rhymes that fit the onset."""
    return {
        medial + nucleus + coda: (medial, nucleus, coda)
        for medial, nucleus, coda in rhymes(onset)
        if _onset_fits(onset, medial, nucleus)
    }


def _onset_fits(onset: str, medial: str, nucleus: str) -> bool:
    """The spelling rules tied to the onset (c/k/q, g/gh, ng/ngh, gi, where y and iê/yê/ia/ya go)."""
    first = (medial or nucleus)[0]
    front = first in _FRONT
    if medial and onset in _NO_MEDIAL_ONSETS:
        return False
    if onset in ("c", "g", "ng") and front and not (onset == "g" and first == "i"):
        return False
    if onset in ("k", "gh", "ngh") and not front:
        return False
    if onset == "gi" and first in ("i", "y"):
        return False  # written g + i: "gì", "giết"
    if nucleus == "y" and not medial and onset not in _Y_ONSETS:
        return False
    if nucleus == "yê" and not (medial or onset in ("", "qu")):
        return False  # yên, yêu, khuyên; after other onsets it is iê
    if nucleus == "iê" and onset == "":
        return False
    return not (nucleus == "ya" and not (medial or onset == "qu"))


def tones_allowed(onset: str, coda: str) -> tuple[int, ...]:
    """Stop codas take only sắc or nặng; p starts loans only (pin, pa, pác), never with a falling tone."""
    tones = (SAC, NANG) if coda in _STOPS else (NGANG, HUYEN, HOI, NGA, SAC, NANG)
    return tuple(tone for tone in tones if onset != "p" or tone in (NGANG, SAC))


def _tone_fits(syllable: Syllable, position: int) -> bool:
    """The mark sits on the nucleus (or, in the older style, on the medial of an open oa, oe, uy), on
    the letter with its own mark where the nucleus has one."""
    if syllable.tone == NGANG:
        return True
    start = len(syllable.onset) + len(syllable.medial)
    nucleus = syllable.nucleus
    if nucleus in ("iê", "yê", "uô", "ươ"):
        allowed = {start + 1}
    elif nucleus == "oo":
        allowed = {start, start + 1}
    else:  # one vowel, or ia ya ua ưa whose first letter carries the tone
        allowed = {start}
    if syllable.medial and not syllable.coda and nucleus in ("a", "e", "y"):
        allowed.add(start - 1)
    return position in allowed


def parse(letters: str, tone: int = NGANG, position: int = -1) -> Syllable | None:
    """The syllable that ``letters`` (lower case, no tone mark) spell with ``tone`` at ``position``.

    ``position`` -1 means "wherever it belongs": used when generating candidates.
    """
    for onset in ONSETS:
        if not letters.startswith(onset):
            continue
        parts = _rhyme_table(onset).get(letters[len(onset) :])
        if parts is None or tone not in tones_allowed(onset, parts[2]):
            continue
        syllable = Syllable(onset, *parts, tone)
        if position == -1 or _tone_fits(syllable, position):
            return syllable
    return None


def tone_position(syllable: Syllable) -> int:
    """Where the newer style puts the tone mark: on the nucleus, its second letter for iê yê uô ươ oo."""
    start = len(syllable.onset) + len(syllable.medial)
    return start + 1 if syllable.nucleus in ("iê", "yê", "uô", "ươ", "oo") else start


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """True when ``word`` (any case, NFC or NFD) is a possible Vietnamese syllable."""
    split = split_tone(word.lower())
    if split is None or not split[0]:
        return False
    return parse(*split) is not None


def spelled(syllable: Syllable, *, old_style: bool = False) -> str:
    """The syllable written out: newer tone placement ("hoá", "thuỷ"), or the older one ("hóa", "thủy")."""
    position = tone_position(syllable)
    if old_style and syllable.medial and not syllable.coda and syllable.nucleus in ("a", "e", "y"):
        position -= 1
    return with_tone(syllable.letters, syllable.tone, position)


def all_letters() -> dict[str, tuple[int, ...]]:
    """Every letter string the grammar allows, with the tones it may carry: the candidates for suggestions."""
    found: dict[str, set[int]] = {}
    for onset in ONSETS:
        for rest, (_medial, _nucleus, coda) in _rhyme_table(onset).items():
            found.setdefault(onset + rest, set()).update(tones_allowed(onset, coda))
    return {letters: tuple(sorted(tones)) for letters, tones in found.items()}
