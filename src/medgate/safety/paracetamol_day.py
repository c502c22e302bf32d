"""Paracetamol told as a count over a period, read as an amount a day.

A count of tablets, doses or grams with the time it was taken over ("15 tablets over the past 5
days", "3 g in 24 hours", "30 caplets across two days") needs arithmetic a phrase pattern does not
do: this module reads the count, the strength when told and the period, and gives the amount per
24 hours (`paracetamol_mg_day`, in mg) as a reading. A tablet, caplet, pill or capsule is 500 mg
unless its strength is told (the UK and Irish tablet); a dose is 1 g (two 500 mg tablets, the
adult dose: BNF). A period under a day counts as one day (all of it inside one 24 hours).

Sources: TOXBASE paracetamol / NICE CKS "Poisoning or overdose" / MHRA 2012: more than 4 g in 24
hours is over an adult's maximum, and a staggered overdose (above the daily maximum on more than
one day) needs assessment and a paracetamol level now. With the weight told the line is 75 mg/kg
in any 24 hours (TOXBASE; MHRA 2012: one treatment line for all): 5 g in a day at 80 kg is 62 mg/kg,
under it, and 3.5 g at 42 kg is 83 mg/kg, over it. Within the line is no emergency.

The rules' excess-ingestion patterns leave such a count to this reading (rules/overdose.py uses
`PARA_COUNT_OVER_PERIOD`), so a count over days is judged by its amount a day, not by its total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from medgate.safety.findings.fact_context import Context, Evidence

KIND: Final = "paracetamol_mg_day"
DAILY_MAX_MG: Final = 4000.0  # BNF / TOXBASE: an adult's maximum in 24 hours
LINE_MG_KG_DAY: Final = 75.0  # TOXBASE / MHRA 2012: the treatment line in any 24 hours
TABLET_MG: Final = 500.0
DOSE_MG: Final = 1000.0

# the cheap test: only a message that names paracetamol is read at all
GUARD: Final = re.compile(r"paracetamol|acetaminophen|tylenol|panadol", re.I)

# paracetamol by a name that is a tablet of it alone (co-codamol and the cold remedies are left to
# the rules: their other ingredient has its own limit)
_NAME: Final = r"(?:paracetamol|acetaminophen|tylenol(?: extra strength)?|panadol(?: extra| advance)?)"
_UNIT: Final = r"(?:tablets?|tabs|caplets?|pills?|capsules?|doses?)"
_NUMBERS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-four": 24, "thirty": 30, "forty": 40, "fifty": 50,
    "couple of": 2, "a couple of": 2,
}
_WORDS: Final = (r"(?:twenty-four|twenty|thirty|forty|fifty|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                 r"|eighteen|one|two|three|four|five|six|seven|eight|nine|ten)")
_COUNT: Final = rf"(?:\d{{1,3}}|{_WORDS})"
_POSSESSIVE: Final = r"(?:(?:my|his|her|the|their|those|these|our|your) )?"


def _strength(name: str) -> str:
    return rf"(?P<{name}>\d{{3,4}}) ?mg"


# what was counted: "16 paracetamol tablets", "16 x 500 mg paracetamol", "16 of my 500 mg tablets of
# paracetamol", "6 doses"; `named` requires a paracetamol name inside it (the rules' reading)
def _counted(named: bool) -> str:
    by_name = (rf"(?:{_strength('s1')} )?{_NAME}(?:[- ]?{_strength('s2')}|[- ](?P<s3>\d{{3,4}})\b)?"
               rf"(?: (?:{_strength('s4')} )?(?P<u1>{_UNIT}))?")
    by_unit = (rf"(?:{_strength('s5')} )?(?P<u2>{_UNIT})(?: of (?:{_strength('s6')} )?{_NAME}"
               rf"(?: {_strength('s7')})?){'' if named else '?'}")
    return rf"(?:{by_name}|{by_unit})"


# the period: "over the past 5 days", "in 24 hours", "across a week", "within two days" (an amount a day
# told as a rate, "5 g daily", is toxicity.py's therapeutic excess, not read here)
_PERIOD: Final = (
    rf"(?:over|across|in|during|within|throughout)(?: the| a)?(?: (?:last|past|previous|space of|course of))?"
    rf"(?: (?P<pn>\d{{1,3}}|{_WORDS}|a couple of|couple of))? (?P<pu>days?|hours?|hrs|weeks?|fortnight|nights?)\b"
)
# between what was counted and its period: a few words, none a number or a new clause
_BETWEEN: Final = r"(?: (?!and\b|then\b|but\b|plus\b|or\b)[a-z'’]+){0,4}?"
_TOTAL: Final = r"(?: (?:altogether|in total|in all|total))?,?"
_COUNTED: Final = rf"(?P<n>{_COUNT})(?: ?x ?| (?:of {_POSSESSIVE})?){_counted(named=False)}"
_GRAMS: Final = (rf"(?:(?P<g>\d{{1,2}}(?:\.\d+)?) ?(?:g|grams?)|(?P<mg>\d{{1,2}},?\d{{3}}) ?mg)\b"
                 rf"(?: of {_POSSESSIVE}{_NAME})?")
PATTERN: Final = re.compile(rf"\b(?:{_COUNTED}|{_GRAMS}){_TOTAL}{_BETWEEN} {_PERIOD}", re.I)


def _unnamed(rx: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", rx)


# For the rules: what follows a count when it is paracetamol, named, with a period the reading reads
# (a lookahead after the count: its amount a day is this module's to judge).
PARA_COUNT_OVER_PERIOD: Final = _unnamed(
    rf"(?: ?x ?| (?:of {_POSSESSIVE})?){_counted(named=True)}{_TOTAL}{_BETWEEN} {_PERIOD}"
)


def _number(raw: str | None, default: float) -> float:
    if raw is None:
        return default
    raw = raw.lower()
    return float(raw) if raw[0].isdigit() else float(_NUMBERS.get(raw, default))


def _days(m: re.Match[str]) -> float:
    n, unit = _number(m["pn"], 1.0), m["pu"].lower()
    per = {"h": 1 / 24, "d": 1.0, "n": 1.0, "w": 7.0, "f": 14.0}[unit[0]]
    return max(1.0, n * per)


def _total_mg(m: re.Match[str]) -> float:
    if m["g"] is not None:
        return float(m["g"]) * 1000
    if m["mg"] is not None:
        return float(m["mg"].replace(",", ""))
    strength = next((m[g] for g in ("s1", "s2", "s3", "s4", "s5", "s6", "s7") if m[g] is not None), None)
    unit = (m["u1"] or m["u2"] or "tablet").lower()
    each = float(strength) if strength else DOSE_MG if unit.startswith("dose") else TABLET_MG
    return _number(m["n"], 0.0) * each


def per_day(m: re.Match[str]) -> list[tuple[str, float]]:
    """The converter: the amount in mg per 24 hours of one match of `PATTERN` (none when implausible)."""
    mg = _total_mg(m) / _days(m)
    return [(KIND, round(mg, 1))] if 0 < mg <= 200_000 else []


def matches(text: str) -> Iterator[re.Match[str]]:
    """The counts over a period in `text`; nothing (and no scan) unless it names paracetamol."""
    if GUARD.search(text) is None:
        return iter(())
    return PATTERN.finditer(text)


def over_daily_max(c: Context) -> Evidence:
    """More than 75 mg/kg in 24 hours when a weight is told (of the lightest told), else more than 4 g."""
    told = [r for r in c.readings if r.kind == KIND and not r.baseline and not r.past]
    weights = [r.value for r in c.readings if r.kind == "weight_kg"]
    line = LINE_MG_KG_DAY * min(weights) if weights else DAILY_MAX_MG
    return tuple(r.text for r in told if r.value > line)
