"""Which language a text, or the stretch around a word, is written in: read from the everyday words
of that language that English never uses (a few different ones are enough; one can be a loan word)."""

from __future__ import annotations

import re
from typing import Final


def written_in(text: str, word: re.Pattern[str], words: frozenset[str], at_least: int = 3) -> bool:
    """The text holds `at_least` different words of a language's everyday list (read lower-cased)."""
    seen: set[str] = set()
    for m in word.finditer(text.lower()):
        if m.group() in words:
            seen.add(m.group())
            if len(seen) >= at_least:
                return True
    return False


# French words no English sentence uses: two of them near "son" make it the French possessive
# ("a fait son AVC", "son IRM montre"), never the kin word ("son fils Luc" has "fils" for that)
_FRENCH_WORDS: Final = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "une",
        "est",
        "avec",
        "pour",
        "dans",
        "sur",
        "au",
        "aux",
        "ses",
        "sa",
        "qui",
        "été",
        "très",
        "fait",
        "depuis",
        "mais",
        "elle",
        "il",
        "nous",
        "vous",
        "chez",
        "après",
        "avant",
    ]
)
_FRENCH_WORD: Final = re.compile(r"(?<!\w)\w+(?!\w)")


def french_possessive(text: str, start: int, end: int) -> bool:
    """The word at text[start:end] is "son" in a French sentence: "his/her", not a kinship word."""
    if text[start:end].lower() != "son":
        return False
    around = text[max(0, start - 80) : end + 80]
    if around.isupper():  # an upper-case note's "SON" is the kinship word ("SON AT BEDSIDE, IL")
        return False
    return written_in(around, _FRENCH_WORD, _FRENCH_WORDS, at_least=2)


# Spanish words no English sentence uses: three of them make a text Spanish ("mi hijo ya tomó su
# pastilla", "está con fiebre desde ayer")
SPANISH_WORDS: Final = frozenset(
    [
        "el",
        "los",
        "las",
        "del",
        "una",
        "está",
        "esta",
        "estoy",
        "con",
        "para",
        "pero",
        "muy",
        "que",
        "su",
        "sus",
        "hoy",
        "ayer",
        "mañana",
        "porque",
        "tiene",
        "mi",
        "hijo",
        "hija",
        "ya",
        "cuando",
        "también",
        "señora",
        "gracias",
    ]
)


def written_in_spanish(text: str) -> bool:
    return written_in(text, _FRENCH_WORD, SPANISH_WORDS)
