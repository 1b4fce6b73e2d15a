"""Units (đơn vị thực hiện) as one key however they were typed, and the aliases that merge two spellings.

"Huyện ủy Ba Bể", "HU Ba Bể" and "huyện uỷ  ba bể." are one unit: the key folds accents and case, keeps
letters and digits only, and spells out the few abbreviations offices write in unit names. The rule is
small on purpose, so a secretary can predict it:

- always, in any case: UBND (ủy ban nhân dân), HĐND (hội đồng nhân dân), MTTQ (mặt trận tổ quốc),
  UBMTTQ (ủy ban mặt trận tổ quốc), TP (thành phố);
- when typed in capitals only, because the same letters are also words: HU (huyện ủy), TU (tỉnh ủy),
  ThU (thành ủy). "TƯ" keeps its horn and is Trung ương, not Tỉnh ủy.

What the rule does not catch, the secretary merges by hand: an alias maps the key of one spelling to the
name of another, and the register counts them together. Aliases change no meeting's content.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from minutes_app.domain.vietnamese import fold, nfc

ABBREVIATIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "ubmttq": "uy ban mat tran to quoc",
    "tp": "thanh pho",
}
"""Letters that are no Vietnamese word: spelled out however they are typed."""

CAPITAL_ABBREVIATIONS: dict[str, str] = {
    "hu": "huyen uy",
    "tu": "tinh uy",
    "thu": "thanh uy",
}
"""Letters that are also words (hư, tư, thu): spelled out only when typed in capitals (HU, TU, ThU)."""

_TOKEN = re.compile(r"\w+")


def _written_in_capitals(token: str) -> bool:
    """HU, TU, ThU: at least two capitals and no accent, so "Thu" and "TƯ" stay themselves."""
    decomposed = unicodedata.normalize("NFD", token)
    if any(unicodedata.combining(char) for char in decomposed):
        return False
    return sum(char.isupper() for char in token) >= 2


def unit_key(text: str) -> str:
    """The folded key under which the register groups a unit (see the module's rule)."""
    words: list[str] = []
    for token in _TOKEN.findall(nfc(text).replace("_", " ")):
        folded = fold(token)
        if folded in ABBREVIATIONS:
            words.append(ABBREVIATIONS[folded])
        elif folded in CAPITAL_ABBREVIATIONS and _written_in_capitals(token):
            words.append(CAPITAL_ABBREVIATIONS[folded])
        else:
            words.append(folded)
    return " ".join(words)


def folded_unit(text: str) -> str:
    """The unit as typed, folded and with single spaces: what a substring filter is matched against."""
    return " ".join(fold(nfc(text)).split())


def resolve(key: str, aliases: Mapping[str, str]) -> str:
    """The key a unit is counted under once the aliases are applied."""
    name = aliases.get(key)
    return unit_key(name) if name is not None else key


def unit_matches(query: str, assignee: str, resolved_key: str) -> bool:
    """The register's unit filter: a substring of the unit as typed, of its key, or of its merged key."""
    if not query.strip():
        return True
    typed, key = folded_unit(query), unit_key(query)
    return typed in folded_unit(assignee) or key in unit_key(assignee) or key in resolved_key


def merged(aliases: Mapping[str, str], sources: Iterable[str], target: str) -> dict[str, str]:
    """The aliases after merging the spellings ``sources`` into the unit named ``target``.

    Every key that was counted under a source is counted under the target from now on, chains stay one
    step long (each alias names a unit that is not itself merged away), and the target keeps the
    spelling the secretary chose as its displayed name.
    """
    target = " ".join(nfc(target).split())
    own_key = unit_key(target)
    target_key = resolve(own_key, aliases)
    target_name = aliases.get(target_key) or aliases.get(own_key) or target
    moved = {resolve(unit_key(source), aliases) for source in sources} - {target_key}
    result = {key: name for key, name in aliases.items() if resolve(key, aliases) not in moved}
    for key in aliases:
        if resolve(key, aliases) in moved:
            result[key] = target_name
    for key in moved:
        result[key] = target_name
    result[target_key] = target_name
    return result
