"""Details a patient's message states in words: a car's plate after "the plate on my car is" /
"my plate number is", an age over 89 said as "I am 93" / "she's 95 now", and a day range after a
month ("june 3 to 9", "March 3-7"). "my plate is full", "I am 93 kg", "sats are 93", "5 to 10 mg"
stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer

_PLATE: Final = re.compile(
    r"(?i:\b(?:plate|rego|registration|reg)(?:[ ]number|[ ]no\.?)?(?:[ ](?:on|of)[ ](?:my|his|her|our|the)[ ]"
    r"(?:car|van|truck|ute|vehicle|bike))?[ ](?:is|was|=|:))[ ]?(?P<v>(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,8})(?![\w-])"
)
# an age over 89 (HIPAA: ages over 89 are identifiers) said of oneself or another
_AGE: Final = re.compile(
    r"(?i:\b(?:i[ ]am|i'm|i’m|im|she[ ]is|he[ ]is|she's|he's|she’s|he’s|mum[ ]is|dad[ ]is|who[ ]is)[ ](?:now[ ])?)"
    r"(?P<v>(?:9\d|1[01]\d))(?![\w/%.,:-]|[ ]?(?i:kg|kilos?|lbs?|pounds|percent|mg|bpm|over|on|out|points?)\b)"
)
# (these start with a class of digits and check what stands before after it: the scan skips to them)
_OLD: Final = re.compile(r"[91](?<![\w.,/-][91])(?:(?<=9)\d|(?<=1)[01]\d)(?![\w/%.,:-])")
_RANGE: Final = re.compile(r"\d(?<![\w.,/]\d)\d?(?:st|nd|rd|th)?[ ]?(?:to|-|–|till|until|through|thru)[ ]?\d{1,2}(?![\d])")
_MONTH: Final = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)"
)
_DAY_RANGE: Final = re.compile(
    rf"(?i:\b{_MONTH}\.?[ ](?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ ]?(?:to|-|–|till|until|through|thru)[ ]?"
    r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)(?![\w.,/]|[ ]?(?i:mg|mcg|g|ml|units?|tabs?|times|days|weeks|kg|%)\b)"
)

# (every plate match begins with "plate" or "reg": the scan is tried only where `str.find` sees one)
_PLATE_HEADS: Final = ("plate", "reg")


def message_detail_spans(text: str) -> list[Entity]:
    low = lowered(text)
    out: list[Entity] = []
    if "plate" in low or "rego" in low or "reg" in low:
        out.extend(Entity.of(PhiType.VEHICLE, m, "v") for m in cue_finditer(_PLATE, text, low, _PLATE_HEADS))
    for n in _OLD.finditer(text):  # (a number over 89 first: a digit-led scan, then its cue before it)
        m = _AGE.search(text, max(0, n.start() - 14), n.end() + 12)
        if m is not None and m.start("v") == n.start():
            out.append(Entity.of(PhiType.AGE, m, "v"))
    for r in _RANGE.finditer(text):  # (a day range first, then the month before it)
        m = _DAY_RANGE.search(text, max(0, r.start() - 12), r.end() + 8)
        if m is not None and m.end() >= r.end() - 1:
            out.append(Entity.of(PhiType.DATE, m))
    return out
