"""Bits of a lexicon record's flags (one table, read by the strict filter and the tagger)."""

from __future__ import annotations

from typing import Final

ENGLISH: Final = 1  # an ordinary English word (dictionary entry, or very common and not a name)
KNOWN: Final = 2  # wordfreq lists it (web text has it: words, jargon, abbreviations, names)
CLINICAL: Final = 4  # a drug name or a word of ICD-10-CM's descriptions
FIRST: Final = 8  # a first name
LAST: Final = 16  # a surname
PLACE: Final = 32  # a one-word city, county or state
PLACE_PHRASE: Final = 64  # a multi-word place ("new haven"), stored as the phrase
PHRASE_HEAD: Final = 128  # the first word of some multi-word place
