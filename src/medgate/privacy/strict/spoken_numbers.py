"""Phone numbers read out: digit by digit in figures ("call me back at 5 0 3 5 5 5 0 1 6 2", with a
spoken zero before them), as words ("oh four one two three four five six seven eight", "double four"),
or partly in figures ("956 two eight oh 4471"), as voice typing writes them. (Split from shapes.py; an
identifier spelt out after its label is spoken_ids.py's.)"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

# A number read out digit by digit, nine or more ("call me back at 5 0 3 5 5 5 0 1 6 2": voice typing)
_SPOKEN_DIGITS: Final = re.compile(r"\d(?<![\d.,/][ ]\d)(?<![\w.,/]\d)(?:[ ]\d){8,14}(?![ ]?\d)")
# ... with a spoken zero before them ("my number is oh 8 7 4 4 1 2 2 9 0 6")
_SPOKEN_ZERO: Final = re.compile(r"(?i:\b(?:oh|o|zero)[ ])\Z")
# A phone number spoken as words ("oh four one two three four five six seven eight")
# ("double four", "triple zero": how British and Irish callers read a repeated digit)
_DIGIT_WORD = r"(?:(?:double|triple)[ ]+)?(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)"
# (an ID read out with its dashes: "six two zero four one one dash one two dash five five three one")
# (and its slashes: a Medicare card's "... nine zero slash one", the holder's number on the card)
_SPOKEN_NUMBER: Final = re.compile(rf"(?i:\b{_DIGIT_WORD}(?:[ ,\-]+(?:(?:dash|hyphen|slash)[ ]+)?{_DIGIT_WORD}){{5,14}}\b)")


# ... or partly in figures ("956 two eight oh 4471": voice typing writes some groups as digits)
_MIXED_SPOKEN_NUMBER: Final = re.compile(
    rf"(?i:\b(?:\d{{1,4}}|{_DIGIT_WORD})(?:[ ,\-]+(?:\d{{1,4}}|{_DIGIT_WORD})){{3,14}}\b)"
)
_DIGITS_SAID: Final = ["oh", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# Two digits read out side by side: the partly-spoken scan runs only where there are some
_DIGIT_WORD_PAIR: Final = re.compile(
    word_start(_DIGITS_SAID) + r"\b[ ,\-]+(?i:oh|zero|one|two|three|four|five|six|seven|eight|nine|double|triple)\b"
)
_DIGIT_NAMES: Final = re.compile(r"oh|zero|one|two|three|four|five|six|seven|eight|nine")


def _spoken_digits(words: str) -> int:
    """How many digits a number read out stands for ("double four" is two)."""
    low = words.lower()
    return len(_DIGIT_NAMES.findall(low)) + low.count("double") + 2 * low.count("triple")

def spoken_number_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)

    def add(kind: PhiType, start: int, end: int) -> None:
        out.append(Entity(kind, start, end, text[start:end]))

    for m in _SPOKEN_DIGITS.finditer(text):
        zero = _SPOKEN_ZERO.search(text, max(0, m.start() - 5), m.start())
        add(PhiType.PHONE, zero.start() if zero else m.start(), m.end())
    if "four" in low or "five" in low or "seven" in low or "eight" in low:
        for m in _SPOKEN_NUMBER.finditer(text):
            if _spoken_digits(m.group()) >= 8:
                add(PhiType.PHONE, m.start(), m.end())
        for m in _MIXED_SPOKEN_NUMBER.finditer(text) if _DIGIT_WORD_PAIR.search(text) else ():
            words = _spoken_digits(m.group())
            if words >= 2 and words + sum(c.isdigit() for c in m.group()) >= 9:
                add(PhiType.PHONE, m.start(), m.end())
    return out
