"""Ibuprofen tablets told by count and strength ("four 200 mg ibuprofen", "3 Nurofen 400 mg"), read to milligrams.

TOXBASE (ibuprofen): under 100 mg/kg no toxicity is expected and no treatment is needed; the
screen's dose line (medgate.safety.dose) weighs the total against the weight told.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.safety.rules.base import Concept

_WORDS: Final = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "a couple of": 2}
_COUNT: Final = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)"
_NAME: Final = r"(?:ibuprofen|nurofen|brufen|advil|motrin)"
_FORM: Final = r"(?: (?:tablets?|tabs?|pills?|caplets?|capsules?))"
_SHAPES: Final = (
    rf"(?P<n1>{_COUNT}) (?:x )?{_NAME}{_FORM}?(?: of)? (?P<s1>\d{{3}}) ?mg",
    rf"(?P<n2>{_COUNT}) (?:x )?(?P<s2>\d{{3}}) ?mg {_NAME}",
)
_READ: Final = re.compile("|".join(_SHAPES), re.IGNORECASE)

IBUPROFEN_TAKEN: Final = Concept("ibuprofen_taken", tuple(re.sub(r"\?P<\w+>", "?:", s) for s in _SHAPES))


def milligrams(text: str) -> float | None:
    """The total in mg of the tablets `text` tells, or None when it tells no count and strength."""
    m = _READ.search(text)
    if m is None:
        return None
    raw = (m["n1"] or m["n2"]).lower()
    count = int(raw) if raw.isdigit() else _WORDS[" ".join(raw.split())]
    return float(count * int(m["s1"] or m["s2"]))
