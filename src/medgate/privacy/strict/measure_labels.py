"""A lower-case shorthand of two or three letters with a measurement and its unit right after it
("mum pph ~1200ml", "mum ebl 900 ml", "baby's sbr 210 umol/L"): the measure's label, not a name,
even after a kinship word. Only a short word no list files as a name: a first name before a feed's
volume ("baby ava 30ml") and a longer unknown word ("baby aroha 30ml") keep their mask, and a
weight is no unit here (a newborn's name comes before its birth weight: "baby tane 3.2kg")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import LAB_WORDS
from medgate.privacy.strict.words import Tok

# an amount with a unit of volume, pressure or concentration (no weight), maybe "about" it ("~", "≈")
_MEASURE_AFTER: Final = re.compile(
    r"[ \t]*[~≈]?[ \t]*\d+(?:[.,]\d+)?[ \t]*"
    r"(?i:ml|mls|l|cc|mmhg|%|mmol/l|umol/l|µmol/l|μmol/l|g/dl|g/l|mg/dl|iu)(?![\w/])"
)


def label_before_measure(t: Tok, text: str) -> bool:
    """t is a lower-case word of two or three letters, no name's, with a measure and its unit right after it."""
    e = t.entry
    return (
        2 <= len(t.text) <= 3 and t.text.islower() and e is not None and not e.name
        and _MEASURE_AFTER.match(text, t.end) is not None
    )  # fmt: skip


def short_label_before_measure(word: str, text: str, end: int) -> bool:
    """The same, for passes that read the text, not tokens: `word` ends at end."""
    return 2 <= len(word) <= 3 and word.islower() and _MEASURE_AFTER.match(text, end) is not None


# a decimal value within two short words after a lab's shorthand ("Hb bin 6.8", "hb was 7.2"): a
# measure has its decimals, a person's number does not
_VALUE_AFTER: Final = re.compile(r"(?:[ \t]+[^\W\d_]{1,6}){0,2}[ \t]*[:=]?[ \t]*\d{1,3}\.\d")


def lab_before_value(t: Tok, text: str) -> bool:
    """t is a lab's shorthand with its decimal value just after it: the lab, not a name ("Hb" read
    as one after "im", the Krio "his", taken for "I'm")."""
    return t.low in LAB_WORDS and _VALUE_AFTER.match(text, t.end) is not None
