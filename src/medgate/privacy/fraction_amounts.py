"""Is a month/day shape ("1/2", "5/5", "2-4") an amount rather than a date? Four shapes say so,
read by the date rules (recognizers/date.py) and the strict filter's slash dates alike:

- a fraction after a whole number: "D5 1/2 NS", "1 1/2 amps", "over 1-1/2 hours";
- a fraction or a range before what it measures: "1/2NS", "1/4 NS" (half-, quarter-normal
  saline), "1/2 amp", "1/2 way up", "2-4 breaths", "5-10cc", "5-10 BPM";
- a range of hours before "am" or "pm": "7-9 PM";
- a ventilator's pair of pressures after the mode that sets them: "PS 10/5", "PSV of 10/5",
  "SIMV/PS 500 X 14, 50% 5/5", "IMV 800x60x10 5/5", "flowby 6/3".

A date keeps its cue: "seen 1/2 by cardiology", "adm 2/3 from home", "since 3/14" are dates."""

from __future__ import annotations

import re
from typing import Final

# What a fraction or range of a note counts that no measure word names: saline's strength ("1/2 NS":
# half-normal), ampoules, breaths over the ventilator, and "halfway" ("crackles 1/2 way up").
_COUNTED: Final = frozenset({"ns", "nss", "amp", "amps", "breaths", "way"})
# A ventilator mode or setting: the measure words that set pressures, and the two older modes'
# names ("IMV", Siemens' "flowby") the measure words lack.
_VENT_MODES: Final = frozenset({"ps", "psv", "peep", "cpap", "bipap", "simv", "vent", "ac"}) | {"imv", "flowby"}

_SHAPE: Final = re.compile(r"(\d{1,2})([/-])(\d{1,2})")
_WHOLE_BEFORE: Final = re.compile(r"(?:(?<![\w/:.\-])|(?<=[A-Za-z]))\d{1,2}[ \t-]\Z")
_WORD_AFTER: Final = re.compile(r"[ \t]*([A-Za-z]+)\b")
_CLOCK_AFTER: Final = re.compile(r"[ \t]*(?i:am|pm|a\.m\.|p\.m\.)(?![a-z])")
_TOKENS: Final = re.compile(r"[A-Za-z]+|\d[\w.%]*")
# what stands between a mode and its pressures: other settings ("500 X 14, 50%") and "of"
_BETWEEN: Final = frozenset({"x", "of"})


def _proper(a: int, b: int) -> bool:
    return 0 < a < b and b in (2, 3, 4, 8)  # halves, thirds, quarters, eighths


def amount_not_date(text: str, start: int, end: int) -> bool:
    """text[start:end], a month/day shape, is an amount or a setting here, not a date."""
    m = _SHAPE.fullmatch(text, start, end)
    if m is None:
        return False
    a, sep, b = int(m.group(1)), m.group(2), int(m.group(3))
    if sep == "/" and _proper(a, b) and _WHOLE_BEFORE.search(text, max(0, start - 4), start):
        return True  # "1 1/2", "D5 1/2": a whole number and its fraction
    after = _WORD_AFTER.match(text, end)
    if after is not None and (_proper(a, b) or (sep == "-" and a < b)):
        word = after.group(1).lower()
        if word in _COUNTED or (sep == "-" and word in _RANGE_UNITS):
            return True  # "1/4 NS", "2-4 breaths", "5-10cc", "5-10 BPM"
    if sep == "-" and a < b <= 12 and _CLOCK_AFTER.match(text, end):
        return True  # "7-9 PM", "10-11am": hours of the day
    return sep == "/" and _after_vent_mode(text, start)


def _after_vent_mode(text: str, start: int) -> bool:
    """A ventilator mode is the last word before `start` in its clause, past other settings."""
    clause = re.split(r"[.;:\n]", text[max(0, start - 30) : start])[-1]
    for tok in reversed(_TOKENS.findall(clause)):
        if tok[0].isdigit() or tok.lower() in _BETWEEN:
            continue
        return tok.lower() in _VENT_MODES
    return False


# units a count's range is given in ("5-10cc", "60-70 bpm") that the measure words lack
_RANGE_UNITS: Final = frozenset({"bpm", "ml", "cc", "mg", "mcg", "l", "kg", "min", "mins", "hrs", "hours", "sec", "secs"})
