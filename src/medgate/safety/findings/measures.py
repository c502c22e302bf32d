"""Numbers a message reports: age, vital signs, glucose, weeks of pregnancy and how long for.

One table of reading patterns (name, regex, converter; measure_specs.py), compiled once into a
prefix index and scanned only around digits (and an age's "old"). Each `Reading` keeps the words
it came from, so the evidence a clinician reads is what the patient wrote. Values are converted to
one unit per kind (°C, mmol/L, years, hours) and implausible values are dropped, which also keeps
apart look-alikes that share a shape ("38F" is a 38-year-old woman, "101F" a temperature; "3/7" is three days).

A reading beside words that make it someone's usual value ("my sats are always 89-90%", "bp
usually 135/85") is marked `baseline`: it describes a stable state, not today's illness (those
words, and a past or an exercise reading, are found in reading_context.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from medgate.safety import paracetamol_day as paracetamol
from medgate.safety.dispatch import PrefixIndex
from medgate.safety.dispatch_regex import FirstOf
from medgate.safety.findings.measure_convert import Convert
from medgate.safety.findings.measure_specs import SPECS
from medgate.safety.findings.reading_context import PAST, is_baseline, is_exertion


@dataclass(frozen=True)
class Reading:
    """One measurement: its kind, value in the kind's unit, where it is and what it said."""

    # age_y temp_c hr rr spo2 sbp dbp gcs glucose ketones gestation_w hours weight_kg dose_mg paracetamol_mg_day
    kind: str
    value: float
    start: int
    end: int
    text: str
    on_oxygen: bool = False
    baseline: bool = False  # someone's usual value ("always 89%")
    past: bool = False  # given as weeks or more ago ("a temp of 38 two weeks ago")
    exertion: bool = False  # a heart rate taken during exercise ("hit 175 on my run")


# How far a reading can reach around its digits: a vital's name and up to five words before the
# number, a later value and its clause after it. Only these windows are scanned.
_BEFORE: Final = 120
_AFTER: Final = 90


class MeasureExtractor:
    """The compiled reading table; `readings(text)` lists what the text reports."""

    def __init__(self, specs: Sequence[tuple[str, str, Convert]] = SPECS) -> None:
        self._specs = tuple(specs)
        # Every reading starts a word; at each word start only the specs that can start with its
        # first characters are tried, the first that matches wins (as in one alternation).
        self._index = PrefixIndex([[rx] for _, rx, _ in self._specs], FirstOf(), k=2)
        self._starts = self._index.starts(r"(?<!\w)(?=\w)")
        # every reading holds digits or a meter's "HI"/"LO", except a duration told in words
        self._anchors = re.compile(r"\d+|\b(?:HI|Hi|HIGH|LO|Lo|LOW)\b")
        # ... and an age told in words ("two years old"), looked for only in a text holding "old"
        self._word_age = re.compile(r"(?<=[a-z][- ])old\b", re.I)
        duration = next(rx for name, rx, _ in self._specs if name == "duration")
        self._durations = re.compile(duration, re.I)

    def windows(self, text: str) -> list[tuple[int, int]]:
        """The merged stretches of `text` around digits (or a meter's HI/LO, or the "old" of an age
        in words): where a reading with a number can be."""
        out: list[tuple[int, int]] = []
        spans = [m.span() for m in self._anchors.finditer(text)]
        if "old" in text or "Old" in text or "OLD" in text:
            spans = sorted(spans + [m.span() for m in self._word_age.finditer(text)])
        for start, end in spans:
            lo, hi = max(0, start - _BEFORE), min(len(text), end + _AFTER)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out

    def readings(self, text: str) -> list[Reading]:
        out: list[Reading] = []
        windows = self.windows(text)
        # outside the windows only a duration in words can be a reading ("a few days")
        spec = len(self._specs) - 1
        gaps = zip([0] + [hi for _, hi in windows], [lo for lo, _ in windows] + [len(text)], strict=True)
        for lo, hi in gaps:
            # a duration may start just before a window and run into it: the window's scan
            # starts at its own beginning, so it is this scan's to find
            for m in self._durations.finditer(text, lo, min(len(text), hi + 40)):
                if m.start() >= hi:
                    break
                out.extend(self._read(text, m, self._specs[spec][2]))
        low = text.lower() if windows and text.isascii() else None  # once for all windows
        for lo, hi in windows:
            # a reading that starts in the window may run past it ("... for two days")
            for hit, item in self._index.first_matches(self._starts, text, lo, hi, len(text), low):
                out.extend(self._read(text, hit, self._specs[item][2]))
        # paracetamol counted over a period: an amount a day (only a message that names it is read)
        for m in paracetamol.matches(text):
            out.extend(self._read(text, m, paracetamol.per_day))
        out.sort(key=lambda r: r.start)
        return out

    def _read(self, text: str, m: re.Match[str], convert: Convert) -> list[Reading]:
        found = convert(m)
        if not found:
            return []
        phrase = " ".join(m.group().split())
        oxygen = "oxy" in m.re.groupindex and m["oxy"] is not None
        baseline = is_baseline(text, m.start(), m.end())
        past = PAST.match(text, m.end()) is not None
        return [
            Reading(kind, value, m.start(), m.end(), phrase, oxygen, baseline, past,
                    kind == "hr" and is_exertion(text, m.start(), m.end()))
            for kind, value in found
        ]
