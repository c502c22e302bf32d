"""Workplaces, schools and clubs after a work, shift or activity cue, in any case: "on lates at
morrisons", "nights at tesco", "my shift sun the 9th at Providence", "coaching at riverton boys",
"works at the Port of Napier", "swims at the YMCA", "doing physio at fit4life", a Nordic exam or
study and "på" ("jag har tenta på KTH"). The first word must
be no English word, or in mixed case an initialism or capitalised (a rare word, or one with "of" and
a name after it); a school's word may follow ("boys", "high", "grammar"). "at work", "at home", "at
the gym", "at the moment", "training at the weekend" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered, upper_ratio
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

_CUES: Final = (
    r"on[ ](?:earlies|lates|nights|days|a[ ]late|an[ ]early|shift)", "earlies", "lates", "nights", "shifts?", "works?",
    "worked", "working", "training", "trains", "coaching", "coaches", "volunteers?", "volunteering", "swimming", "swims",
    "studying", "studies", "teaches", "teaching", "placement", "apprenticeship", "physio", "physiotherapy",
    "hydrotherapy", "rehab", "pilates",
    # an exam or study told in Swedish, Norwegian or Danish ("tenta på KTH", "pluggar på NTNU"), and English exams
    "tenta", "tentan", "tentamen", "eksamen", "plugga", "pluggar", "studerar", "studerer", "exams?",
)  # fmt: skip
_CUE: Final = word_led(_CUES)  # (led by the words' first letters: the scan skips to them)
_SCHOOL: Final = r"(?:boys|girls|high|grammar|college|academy|primary|intermediate|secondary|state|juniors?|seniors?)"
# when the shift is, between the cue and "at": "my shift sat the 14th at", "nights on Friday at"
_WHEN: Final = (
    r"(?:[ ](?i:(?:on[ ])?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?(?:[ ](?:the[ ])?\d{1,2}(?:st|nd|rd|th)?)?"
    r"|(?:on[ ])?the[ ]\d{1,2}(?:st|nd|rd|th)|tomorrow|tonight|today))?"
)
_RX: Final = re.compile(
    _CUE + _WHEN + r"[ ](?i:at|(?P<pa>på))[ ](?:(?i:the)[ ])?"
    r"(?P<v>(?P<w>[A-Za-z][\w'’&]*)(?:(?P<of>[ ](?:of|de)[ ][A-Z][\w'’]+)|[ ](?i:" + _SCHOOL + r"))?)(?![\w'’-])"
)
_HEADS: Final = heads(_CUES)  # (the scan is tried only where one begins: `cue_finditer`)
_NOT_PLACE_WORDS: Final = (
    "work home school uni college gym pool moment weekend weekends night nights end start time hospital "
    "office desk shop shops store factory warehouse site clinic station same local church club park beach "
    "front back top bottom last least most first"
)
_NOT_PLACES: Final = frozenset(_NOT_PLACE_WORDS.split())


def shift_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if " at " not in low and " på " not in low:
        return []
    upper = upper_ratio(text)
    mixed = 0.0 < upper < 0.5  # (in an ALL-CAPS note a capital or an initialism says nothing)
    out: list[Entity] = []
    for m in cue_finditer(_RX, text, low, _HEADS):
        w = m.group("w")
        wl = w.lower()
        if wl in _NOT_PLACES or wl in cues.DETERMINERS or wl in cues.DAY_WORDS or wl in cues.MONTHS \
                or wl in cues.FOREIGN_FUNCTION_WORDS:
            continue
        if m.group("pa") and not w[0].isupper():
            continue  # (after "på" a capital: "tenta på måndag" is a weekday, and lower-case words are Nordic)
        e = lex(wl)
        if e.clinical and not w.isupper():
            continue
        # (a lower-case English word is a kind of place, "the depot", "the airport", not its name)
        if not e.english or (mixed and ((len(w) >= 2 and w.isupper()) or (w[0].isupper() and (e.zipf < 4.5 or m.group("of"))))):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
