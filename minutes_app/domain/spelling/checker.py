"""The word checker the window talks to: is this word known, where are the unknown words, what instead.

Behind it sit swappable word sources: the syllable grammar (always there), a system dictionary (where
installed), loanwords and odd place names, the meeting's own names, units and places, and the user's
own list. A word is known when any source knows it; the answers are cached per word, because the same
few hundred words fill every page of minutes.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

from minutes_app.domain.spelling import suggest, syllables
from minutes_app.domain.spelling.tokens import words_of, words_to_check
from minutes_app.domain.spelling.words import COMMON, LOANWORDS, PLACE_SYLLABLES, WordList, word_key

# Texts are checked by pieces that end after a punctuation mark and a space, and each piece's answer is
# remembered: typing into a paragraph of 20,000 characters checks again only the sentence being typed.
_PIECE_END = re.compile(r"[.!?;:,)\]]\s+")
_PIECES_KEPT = 4096
_LONGEST_KEPT = 4000


class WordSource(Protocol):
    """Anything that can say whether it knows a word (composed, any case)."""

    def __contains__(self, word: str) -> bool: ...


class SyllableGrammar:
    """The checker's own engine: every possible Vietnamese syllable, with no word list at all."""

    name = "grammar"

    def __contains__(self, word: str) -> bool:
        return syllables.is_syllable(word)


def canonical(word: str) -> str:
    """A syllable in the newer tone placement ("hòa" → "hoà"), the form dictionaries list."""
    split = syllables.split_tone(word_key(word))
    parsed = syllables.parse(*split) if split is not None else None
    return syllables.spelled(parsed) if parsed is not None else word_key(word)


class CanonicalWordList:
    """A dictionary looked up in the newer tone placement, so "thủy" finds its entry "thuỷ"."""

    def __init__(self, words: WordList) -> None:
        self.name = words.name
        self._words = words

    def __contains__(self, word: str) -> bool:
        return word in self._words or canonical(word) in self._words


class SpellChecker:
    """Judges words and finds the unknown ones in a text; the window keeps one per session.

    ``dictionary`` (a system word list) only adds words and ranks suggestions: the grammar alone
    decides what a syllable may be, so the checker behaves the same on machines without one.
    """

    def __init__(
        self,
        *,
        grammar: WordSource | None = None,
        dictionary: WordList | None = None,
        user_words: Iterable[str] = (),
        old_style: bool = True,
    ) -> None:
        self.grammar = grammar if grammar is not None else SyllableGrammar()
        self.dictionary = CanonicalWordList(dictionary) if dictionary is not None else None
        self.old_style = old_style
        self._fixed: list[WordSource] = [LOANWORDS, PLACE_SYLLABLES]
        self.vocabulary = WordList((), "meeting")
        self._cache: dict[str, bool] = {}
        self._spans: OrderedDict[str, list[tuple[int, int]]] = OrderedDict()
        self.user_words = WordList((), "user")
        self._user_list: list[str] = []
        self.set_user_words(user_words)

    # -- what is known -----------------------------------------------------------------------------
    def sources(self) -> list[WordSource]:
        found: list[WordSource] = [self.grammar, *self._fixed]
        if self.dictionary is not None:
            found.append(self.dictionary)
        return [*found, self.vocabulary, self.user_words]

    def is_known(self, word: str) -> bool:
        """Whether ``word`` (one word as :func:`words_to_check` yields it) is fine as typed."""
        known = self._cache.get(word)
        if known is None:
            known = any(word in source for source in self.sources())
            self._cache[word] = known
        return known

    def set_vocabulary(self, texts: Iterable[str]) -> bool:
        """Take the words of the meeting's names, units and places; True when they changed."""
        keys = frozenset().union(*(_words_in(text) for text in texts))
        if keys == frozenset(self.vocabulary):
            return False
        self.vocabulary = WordList(keys, "meeting")
        self._forget()
        return True

    def set_dictionary(self, dictionary: WordList | None) -> None:
        """Use a system dictionary from now on (the window reads it after the first paint)."""
        self.dictionary = CanonicalWordList(dictionary) if dictionary is not None else None
        self._forget()

    def set_user_words(self, words: Iterable[str]) -> None:
        self._user_list = list(words)
        self.user_words = WordList(self._user_list, "user")
        self._forget()

    def _forget(self) -> None:
        self._cache.clear()
        self._spans.clear()

    # -- texts -------------------------------------------------------------------------------------
    def misspellings(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every unknown word of ``text``, in the offsets of ``text`` as given."""
        found: list[tuple[int, int]] = []
        start = 0
        for match in _PIECE_END.finditer(text):
            found.extend((start + a, start + b) for a, b in self._piece(text[start : match.end()]))
            start = match.end()
        found.extend((start + a, start + b) for a, b in self._piece(text[start:]))
        return found

    def _piece(self, text: str) -> list[tuple[int, int]]:
        spans = self._spans.get(text)
        if spans is not None:
            self._spans.move_to_end(text)
            return spans
        spans = [(start, end) for start, end, word in words_to_check(text) if not self.is_known(word)]
        if len(text) <= _LONGEST_KEPT:
            self._spans[text] = spans
            if len(self._spans) > _PIECES_KEPT:
                self._spans.popitem(last=False)
        return spans

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Known words near ``word``, best first; real words (dictionary, common) ahead of merely possible."""

        dictionary = self.dictionary
        preferred = (lambda candidate: candidate in dictionary) if dictionary is not None else None
        found = suggest.suggestions(
            word, limit=limit * 3, preferred=preferred, common=self._is_common, old_style=self.old_style
        )
        user = [w for w in self._user_list if suggest.distance(word_key(word), word_key(w)) <= 1.0]
        ordered = list(dict.fromkeys([*user, *found]))
        return [candidate for candidate in ordered if candidate != word][:limit]

    def _is_common(self, word: str) -> bool:
        return word in COMMON or canonical(word) in COMMON or word in self.vocabulary


@lru_cache(maxsize=4096)
def _words_in(text: str) -> frozenset[str]:
    """The compared forms of the words of one name or unit: the same names come back at every open."""
    return frozenset(word_key(word) for word in words_of(text))


def meeting_texts(meeting) -> list[str]:
    """The names, units and places of a meeting, whose words are never flagged in its minutes."""
    texts = [meeting.parent_body, meeting.issuing_body, meeting.body_code, meeting.place_name]
    texts.append(meeting.location)
    for person in meeting.attendees:
        texts.extend((person.name, person.position, person.organization))
    signer = meeting.notice_signer
    texts.extend((signer.name, signer.on_behalf_of, signer.title))
    return [text for text in texts if text]
