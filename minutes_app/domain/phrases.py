"""Phrases that come back in every biên bản, with slots ({chủ trì}, {ngày}…) filled from the meeting.

A slot is a name in braces; names compare without accents or case, so "{chu tri}" works as well as
"{chủ trì}". A slot the meeting cannot fill (no chair chosen, no report under the cursor) becomes
"…", to be typed over, never a guess: a wrong name in signed minutes is worse than a gap. A name
that is not a slot stays as typed, braces and all, so that a typo shows instead of vanishing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from minutes_app.domain import rules
from minutes_app.domain.model import Attendee, ItemKind, Meeting, Report, Vote
from minutes_app.domain.vietnamese import date_phrase, fold, nfc, time_phrase
from minutes_app.messages import UserError

MISSING = "…"
FORMAT = "minutes_app/phrases"
VERSION = 1
_SLOT = re.compile(r"\{([^{}\n]{1,40})\}")


@dataclass(frozen=True)
class Phrase:
    text: str
    group: str = ""


@dataclass(frozen=True)
class Context:
    """The meeting and the item current in each list where the cursor is (what "this report" means)."""

    meeting: Meeting
    current: Mapping[ItemKind, str]

    def item(self, kind: ItemKind):
        item_id = self.current.get(kind, "")
        return next((item for item in self.meeting.items(kind) if item.id == item_id), None)

    def report(self) -> Report | None:
        """The report of the current contribution, else the current report, else the only one."""
        entry = self.item(ItemKind.DISCUSSION)
        if entry is not None and entry.report:
            return self.meeting.report(entry.report)
        chosen = self.item(ItemKind.REPORTS)
        if chosen is not None:
            return chosen
        return self.meeting.reports[0] if len(self.meeting.reports) == 1 else None

    def vote(self) -> Vote | None:
        chosen = self.item(ItemKind.VOTES)
        if chosen is not None:
            return chosen
        return self.meeting.votes[0] if len(self.meeting.votes) == 1 else None


def _name(person: Attendee | None) -> str:
    return " ".join(person.name.split()) if person is not None else ""


def _count(value: int | None) -> str:
    return str(value) if value is not None else ""


def _percent(vote: Vote | None, present: int) -> str:
    """ "91,67": two decimals at most, a decimal comma, no trailing zeros ("100")."""
    if vote is None or present <= 0:
        return ""
    text = f"{vote.in_favour * 100 / present:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _chair(c: Context) -> Attendee | None:
    return c.meeting.attendee(c.meeting.chair)


def _report_presenter(c: Context) -> str:
    report = c.report()
    return _name(c.meeting.attendee(report.presenter)) if report is not None else ""


def _speaker(c: Context) -> str:
    entry = c.item(ItemKind.DISCUSSION)
    return _name(c.meeting.attendee(entry.speaker)) if entry is not None else ""


def _vote_count(field: str) -> Callable[[Context], str]:
    return lambda c: _count(getattr(c.vote(), field, None))


def _present(c: Context) -> int:
    return rules.count_attendance(c.meeting).present


SLOTS: dict[str, Callable[[Context], str]] = {
    "chủ trì": lambda c: _name(_chair(c)),
    "chức vụ chủ trì": lambda c: _chair(c).position.strip() if _chair(c) else "",
    "thư ký": lambda c: _name(c.meeting.attendee(c.meeting.secretary)),
    "ngày": lambda c: date_phrase(c.meeting.date),
    "giờ bắt đầu": lambda c: time_phrase(c.meeting.start_time) if c.meeting.start_time else "",
    "giờ kết thúc": lambda c: time_phrase(c.meeting.end_time) if c.meeting.end_time else "",
    "địa điểm": lambda c: c.meeting.location.strip(),
    "hội nghị": lambda c: c.meeting.title.strip(),
    "báo cáo": lambda c: " ".join(c.report().title.split()) if c.report() else "",
    "người trình bày": _report_presenter,
    "người phát biểu": _speaker,
    "số có mặt": lambda c: str(_present(c)),
    "tổng số": lambda c: str(rules.count_attendance(c.meeting).total),
    "số vắng": lambda c: str(rules.count_attendance(c.meeting).total - _present(c)),
    "số bản": lambda c: _count(c.meeting.copies),
    "nội dung biểu quyết": lambda c: " ".join(c.vote().subject.split()) if c.vote() else "",
    "tán thành": _vote_count("in_favour"),
    "không tán thành": _vote_count("against"),
    "ý kiến khác": _vote_count("abstain"),
    "tỷ lệ tán thành": lambda c: _percent(c.vote(), _present(c)),
}
"""Every slot a phrase may use, by the name a secretary types."""

_BY_KEY = {fold(" ".join(name.split())): resolve for name, resolve in SLOTS.items()}
_BY_KEY[fold("chủ tọa")] = SLOTS["chủ trì"]


def slot_value(name: str, context: Context) -> str | None:
    """What a slot stands for in this meeting: "" when it has no value here, None when it is no slot."""
    resolve = _BY_KEY.get(fold(" ".join(name.split())))
    return resolve(context).strip() if resolve is not None else None


def fill(text: str, context: Context) -> str:
    """The phrase as it goes into the minutes: known slots filled, empty ones as "…", unknown ones kept."""

    def replace(match: re.Match) -> str:
        value = slot_value(match.group(1), context)
        if value is None:
            return match.group(0)
        return value or MISSING

    return _SLOT.sub(replace, nfc(text))


def matches(phrase: Phrase, query: str) -> bool:
    """Every word typed appears in the phrase or its group, accents and case aside ("ket luan chu tri")."""
    haystack = fold(f"{phrase.group} {phrase.text}")
    return all(word in haystack for word in fold(query).split())


def _rank(phrase: Phrase, query: str) -> int:
    """0: the words as typed, together (in the group or the text); 1: each starts a word; 2: anywhere."""
    words = fold(query).split()
    group, text = fold(phrase.group), fold(phrase.text)
    together = " ".join(words)
    if together in group or together in text:
        return 0
    starts = {word[:n] for word in f"{group} {text}".split() for n in range(1, len(word) + 1)}
    return 1 if all(word in starts for word in words) else 2


def filter_phrases(phrases: list[Phrase], query: str) -> list[Phrase]:
    """The phrases that match, the closest first: "ket luan" puts Kết luận before "kết quả … thảo luận"."""
    found = [phrase for phrase in phrases if matches(phrase, query)]
    return sorted(found, key=lambda phrase: _rank(phrase, query)) if query.strip() else found


# -- the file form ------------------------------------------------------------------------------------
def to_document(phrases: list[Phrase]) -> dict:
    rows = [{"group": p.group, "text": p.text} if p.group else {"text": p.text} for p in phrases]
    return {"format": FORMAT, "version": VERSION, "phrases": rows}


def _clean(value: object) -> str:
    return nfc(value).replace("\x00", "").strip() if isinstance(value, str) else ""


def from_document(document: object) -> list[Phrase]:
    """Phrases from a file's JSON (a document or a bare list); raises UserError saying where it is wrong.

    Empty phrases are dropped and each text is kept once, so that importing a file twice adds nothing.
    """
    rows = document.get("phrases") if isinstance(document, dict) else document
    if isinstance(document, dict) and document.get("format", FORMAT) != FORMAT:
        raise UserError("phrases.invalid", where="format", detail=str(document.get("format")))
    if not isinstance(rows, list):
        raise UserError("phrases.invalid", where="phrases", detail=type(rows).__name__)
    phrases: list[Phrase] = []
    seen: set[str] = set()
    for index, row in enumerate(rows):
        if isinstance(row, str):
            row = {"text": row}
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise UserError("phrases.invalid", where=f"phrases[{index}]", detail="text")
        text = _clean(row["text"])
        if text and text not in seen:
            seen.add(text)
            phrases.append(Phrase(text, _clean(row.get("group"))))
    return phrases


def merge(phrases: list[Phrase], added: list[Phrase]) -> list[Phrase]:
    """The phrases with those added whose text is new, in their order: an import never loses or doubles one."""
    known = {phrase.text for phrase in phrases}
    return phrases + [phrase for phrase in added if phrase.text not in known]
