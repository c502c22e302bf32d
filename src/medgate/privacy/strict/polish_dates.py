"""A day and month without a year in a Polish or Polish-English text: "wizyta 14.03 o 8:30", "since
yesterday 02.09, ciśnienie 150/90", "na SOR 5.12 w nocy". Polish writes a decimal with a comma, so
as in a Nordic note (`nordic_dates`) a dotted day and two-digit month is a date wherever it stands;
the pass runs only where three everyday Polish words (none of them an English word) show the text
is Polish, or half Polish."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.languages import written_in
from medgate.privacy.strict.nordic_dates import bare_day_months
from medgate.privacy.types import Entity

# not, is, that, was, I have, has, today, yesterday, tomorrow, in the morning, at night, hospital,
# doctor, very, already, still, also, only, now, daughter, son, dad, for, through, and, how, whether,
# me, my, Mrs, please, thank you, (good) day, good, well, hi
_POLISH_WORDS: Final = frozenset(
    ["nie", "się", "jest", "że", "był", "była", "było", "mam", "miał", "miała", "dzisiaj", "dziś", "wczoraj", "jutro", "rano", "nocy", "wieczorem", "szpitalu", "szpital", "szpitala", "lekarz", "lekarza", "bardzo", "już", "jeszcze", "też", "tylko", "teraz", "córka", "syn", "tata", "dla", "przez", "oraz", "jak", "czy", "mnie", "mój", "moja", "pani", "proszę", "dziękuję", "dzień", "dobry", "dobrze", "cześć", "wizyta", "wizyty"]
)
_WORD: Final = re.compile(r"(?<!\w)[a-ząćęłńóśźż]+(?!\w)")
# Polish's own letters: a text without any is not tested word by word
_POLISH_LETTERS: Final = re.compile(r"[ąćęłńśźż]")


def is_polish(text: str) -> bool:
    return written_in(text, _WORD, _POLISH_WORDS)


def polish_date_spans(text: str) -> list[Entity]:
    # every such date holds a dot between digits; a Polish text writes some of its own letters
    if not re.search(r"\d\.[01]\d", text) or not _POLISH_LETTERS.search(text) or not is_polish(text):
        return []
    return bare_day_months(text)
