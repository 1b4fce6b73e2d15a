"""Spell checking Vietnamese without Qt: a syllable grammar, word lists and the checker that joins them.

The window uses :class:`SpellChecker` only; the grammar, the dictionary and the word lists behind it can
be swapped without the window knowing (see checker.py).
"""

from minutes_app.domain.spelling.checker import SpellChecker, SyllableGrammar, WordSource, meeting_texts
from minutes_app.domain.spelling.syllables import is_syllable
from minutes_app.domain.spelling.tokens import words_to_check
from minutes_app.domain.spelling.words import WordList, read_dic, system_dictionary

__all__ = [
    "SpellChecker",
    "SyllableGrammar",
    "WordList",
    "WordSource",
    "is_syllable",
    "meeting_texts",
    "read_dic",
    "system_dictionary",
    "words_to_check",
]
