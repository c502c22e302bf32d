"""A facility's name in brackets after its kind, as notes and messages name where someone lives or goes
back to: "his nursing home (Sacred Heart in Fall River)", "back to rehab (Spaulding)", "her school
(Lincoln Elementary)". The name is capitalised words (not capitals: in a note in capitals the case tells nothing) before the bracket closes, a comma or " in " and
a town; a ward, a unit or an abbreviation in brackets ("hospital (ICU)", "rehab (PT/OT)", "clinic
(Cardiology)") is the kind's detail, no name.

A business where something happened is bracketed with its town after a dash, after "at" and what
kind of place it is: "INJURED AT TRAMPOLINE PARK (SKY ZONE - MESQUITE)", "fell at the bowling alley
(Bowlero - Plano)". The words before the dash are the business's name; a bracket of clinical words,
days or shorthand ("at work (Mon - Fri)", "at clinic (MRI - left knee)") stays."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_KINDS: Final = (
    "nursing home", "care home", "rest home", "rehab", "hospice", "hospital", "facility", "snf", "ltach",
    "assisted living", "group home", "school", "shelter", "clinic", "home",
)  # fmt: skip
# the kind right before a bracket, and the name inside it (read from each bracket: a case-blind
# alternation scanned over the whole text would be tried at every position)
_KIND_BEFORE: Final = re.compile(r"\b(?i:" + "|".join(k.replace(" ", "[ ]") for k in _KINDS) + r")[ ]?\Z")
_NAME: Final = re.compile(
    r"(?P<v>[A-Z][a-z][\w'’.\-]*(?:[ ][A-Z][a-z][\w'’.\-]*){0,3})(?=[ ]in[ ][A-Z]|[ ]?[),])"
)


_AT_BEFORE: Final = re.compile(r"(?i:\bat)[ ](?:the[ ])?(?:[A-Za-z]+[ ]){0,3}\Z")
_DASHED: Final = re.compile(
    r"(?P<v>[A-Z][\w&'’]*(?:[ ][A-Z][\w&'’]*){0,3})[ ][-–][ ][A-Z][\w'’]+(?:[ ][A-Z][\w'’]+){0,2}\)"
)


def bracket_facility_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if " - " in text or " – " in text:
        out.extend(_dashed_sites(text, lex))
    for m in _opened(text, _NAME, _KIND_BEFORE, 24):
        words = [w.lower().strip(".") for w in m.group("v").split()]
        if all(_detail(lex, w) for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _detail(lex: Lexicon, low: str) -> bool:
    """A word a facility's detail is told in: a clinical word, a department, a unit's shorthand."""
    return (
        lex(low).clinical or low in cues.DEPARTMENTS or low in cues.SHORTHAND or low in cues.UNITS
        or (len(low) <= 4 and lex(low).flags == 0)
    )


def _dashed_sites(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _opened(text, _DASHED, _AT_BEFORE, 40):
        words = [w.lower() for w in re.split(r"[ \-–]+", m.group(0).rstrip(")")) if w]
        names = [w.lower() for w in m.group("v").split()]
        if any(w in cues.DAY_WORDS or w in cues.MONTHS for w in words) or all(_detail(lex, w) for w in names):
            continue
        if any(w in cues.DEPARTMENTS or w in cues.SHORTHAND for w in names):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _opened(text: str, inside: re.Pattern[str], before: re.Pattern[str], reach: int) -> Iterator[re.Match[str]]:
    """Each match of `inside` right after an opening bracket whose `reach` characters before it
    match `before`."""
    at = text.find("(")
    while at >= 0:
        m = inside.match(text, at + 1) if before.search(text, max(0, at - reach), at) else None
        at = text.find("(", at + 1)
        if m is not None:
            yield m
