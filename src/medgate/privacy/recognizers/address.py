"""Street addresses: number + street name + suffix (+ unit), and PO boxes."""

from __future__ import annotations

from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer
from medgate.privacy.types import PhiType

SUFFIX = (
    r"(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
    r"terrace|ter|parkway|pkwy|highway|hwy|circle|cir|trail|trl|loop|square|sq|row|run|path|pike|"
    r"crossing|xing|alley|aly|plaza|plz|ridge|heights|hts|route|rte|cove|cv|bend|point|pt|"
    r"freeway|fwy|expressway|expy|turnpike|tpke|walk|commons|close|crescent|cres|mews|grove|"
    r"estates|hollow|glen|knoll|manor|meadows?|oval|park|pass|plains?|springs?|view|vista|"
    r"villas?|woods?)\b\.?"
)
DIRECTION = r"(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)"
STREET_WORD = r"(?:[A-Z0-9][A-Za-z0-9'’\-]*|[a-z][a-z'\-]+)"
UNIT = (
    r"(?:,?[ \t]*(?i:apt|apartment|unit|suite|ste|rm|room|fl|floor|bldg|building|lot|spc|space)"
    r"(?:\.?[ \t]*#[ \t]*|\.?[ \t]+)(?=[A-Za-z]?[\-]?\d|[A-Za-z]\b)[A-Za-z0-9\-]{1,6}\b"
    r"|,?[ \t]*#[ \t]*[A-Za-z0-9\-]{1,6}\b)"
)


def _suffixes() -> str:
    """USPS street suffixes (faker's en_US list when present) plus the built-in ones."""
    try:
        from faker.providers.address.en_US import Provider
    except ImportError:  # faker absent: the built-in list above still covers common suffixes
        return SUFFIX
    extra = sorted(
        {s.lower() for s in Provider.street_suffixes if s.isalpha()}, key=len, reverse=True
    )
    return rf"(?:{SUFFIX}|(?i:{'|'.join(extra)})\b\.?)"


ALL_SUFFIX = _suffixes()
STREET = (
    rf"\d{{1,6}}[A-Za-z]?(?:[ \t]*-[ \t]*\d{{1,5}})?[ \t]+{DIRECTION}?"
    rf"(?:{STREET_WORD}[ \t]+){{0,3}}{STREET_WORD}[ \t]+{ALL_SUFFIX}"
    rf"(?:[ \t]+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?{UNIT}?"
)


class AddressRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.ADDRESS
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("street", rf"(?<![\w/.\-])(?P<v>{STREET})"),
        Pattern(
            "po_box",
            r"(?P<v>(?i:\bp\.?[ \t]*o\.?[ \t]*box|\bpost[ \t]+office[ \t]+box)[ \t]*#?[ \t]*\d{1,7})",
        ),
        Pattern(
            "labelled",
            r"(?i:\b(?:address|addr|street|home[ \t]+address|residence|lives[ \t]+at|resides[ \t]+at)"
            r")[ \t]*[:\-]?[ \t]*"
            rf"(?P<v>{STREET}|\d{{1,6}}[ \t]+[A-Za-z0-9'.\- \t]{{2,40}}?(?=[ \t]*(?:,|\n|$)))",
        ),
    )

    def validate(self, value: str, text: str, start: int) -> bool:
        words = value.split()
        # "2 tabs daily at bedtime" / "5 mg Dr" style false hits: the word before the suffix
        # must be capitalised or numeric ("Main St", "5th Ave", "main street" with a lower suffix).
        return len(words) >= 2 and words[1].lower() not in _UNITS


_UNITS = frozenset(
    [
        "mg",
        "mcg",
        "g",
        "kg",
        "ml",
        "l",
        "units",
        "unit",
        "tabs",
        "tab",
        "tablets",
        "tablet",
        "puffs",
        "drops",
        "times",
        "days",
        "weeks",
        "months",
        "years",
        "hours",
        "minutes",
        "hrs",
        "mins",
        "x",
        "cm",
        "mm",
        "in",
        "of",
        "and",
        "to",
        "the",
        "a",
        "an",
        "at",
        "on",
    ]
)
