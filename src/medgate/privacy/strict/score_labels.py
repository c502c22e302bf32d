"""A value after a known clinical abbreviation is never an identifier: "LVEF 35 PCT", "QSOFA 3",
"NIHSS 17", "GCS 13", "PaCO2 77". The label is no one's name (the tagger and the word filter leave
it) and the number after it is no house number or ward (the rules' street and name shapes are cut
before it: veto.py). Blood gases are read by their shape ("PaCO2", "SvO2", "EtCO2"): letters glued
to the "2" of O2 or CO2."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

from medgate.privacy.strict.words import SAFE, Tok

# Scores, scales and measures written as a label then a number in US notes (bedside, ICU, ED,
# stroke, sepsis, cardiology and anaesthesia charting), lower case, as the word tokens read them
# ("HCO3" is "hco" then "3"; no first name or title among them: not "Grace", "Mrs")
_LABELS: Final = """
    nihss qsofa sofa gcs mmse amts moca slums rass cam ciwa cows cpot flacc bps nrs vas phq gad apgar
    mews news pews curb crb psi chads timi perc hasbled caprini padua braden morse norton waterlow
    asa nyha ecog kps meld apache saps iss rts avpu rsbi
    ef lvef rvef lvedp tapse cvp map icp cpp peep pip tv vt rr hr bp sbp dbp uop bmi bsa inr ptt
    aptt bun cr gfr egfr hb hgb hct wbc plt lactate hco ph ldh ck crp esr bnp trop tsh hba
    nif mip fvc vc bs fs fsbs bg tof bipap cpap epap ipap ntg
"""
SCORE_LABELS: Final = frozenset(_LABELS.split())

# letters glued to O2 or CO2's "2": "PaCO2", "SvO2", "EtCO2", "tcpO2" (the token stops before the 2)
_GAS_AT: Final = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]{0,3}C?O|[a-z]{1,3}c?o)(?=2(?!\d))")
# the "O" every gas ends with, before its "2" (a letter the regex engine skips to)
_O_BEFORE_TWO: Final = re.compile(r"[Oo](?=2(?!\d))")
# what a label's value looks like after it: "12", ": 2", "= 14", "of 13", "was 9", "-24" (an
# inspiratory force is negative)
_VALUE_AFTER: Final = re.compile(r"[ \t]*(?:[:=][ \t]*|(?i:of|was|is|now)[ \t]+)?[<>]?-?\d")


def score_label(low: str) -> bool:
    return low in SCORE_LABELS


def value_after(text: str, end: int) -> bool:
    return _VALUE_AFTER.match(text, end) is not None


def _start(t: Tok) -> int:
    return t.start


def gas_starts(text: str) -> list[int]:
    """Where `_GAS_AT.finditer` finds a gas, found from each "O2" instead of tried at every
    position: a gas is at most five letters ending at the "O", so it starts at most four
    characters before it, and no earlier than the last gas's end."""
    out: list[int] = []
    done = 0
    for o in _O_BEFORE_TWO.finditer(text):
        for at in range(max(done, o.start() - 4), o.start() + 1):
            if (m := _GAS_AT.match(text, at)) is not None:
                out.append(at)
                done = m.end()
                break
    return out


def mark_score_labels(toks: list[Tok], text: str) -> None:
    """Labels with their value after them, and blood gases, are marked as eponyms are: the word
    filter and the tagger leave them."""
    labels, value = SCORE_LABELS, _VALUE_AFTER.match
    hits = [t for t in toks if t.low in labels and value(text, t.end) is not None]
    if "O2" in text or "o2" in text:  # (what every gas holds)
        for start in gas_starts(text):
            k = bisect_left(toks, start, key=_start)  # (its word: no walk over the tokens)
            if k < len(toks) and toks[k].start == start:
                hits.append(toks[k])
    for t in hits:
        t.verdict, t.eponym, t.hit = SAFE, True, False
