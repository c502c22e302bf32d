"""An agency or practice by its name after a note's label for it: a home-health, hospice or
equipment agency ("HH: Bright Star Care", "Hospice: Vitas", "DME: Apria") and a fax cover's sender or
addressee by a name that holds an organisation's word ("From: Hill Country Family Clinic, Pediatrics",
"To: Lakeway Cardiology"). The name
is one to four capitalised words up to a comma, a dash or a lower-case word. What is no one's stays:
"HH: no", "HH: PT/OT", "DME: RW", "From: ICU", "To: Dr. Lane" (a person: the name filter's), "HH: Home
Health" (led by a clinical word or a kind of service)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_NAME: Final = r"(?P<v>[A-Z][\w'’\-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'’\-]*){0,3})(?![\w'’\-/])"
# an agency's label anywhere; a fax's sender or addressee only at a line's start
_AGENCY: Final = re.compile(r"\b(?:HH|H/H|DME|(?i:hospice|home[ \t]+health|agency))[ \t]*:[ \t]*" + _NAME)
_FAX: Final = re.compile(r"(?m:^)[ \t]*(?:From|To|FROM|TO)[ \t]*:[ \t]*" + _NAME)
_NOT_FIRST: Final = (
    cues.TITLES | cues.FORMAL_TITLES | cues.UNITS | cues.DEPARTMENTS | cues.SHORTHAND | cues.DAY_WORDS
    | frozenset(cues.MONTHS) | cues.DETERMINERS | cues.CREDENTIALS
)
# a kind of service or place, which an agency's generic line names ("HH: Home Health", "Skilled Nursing")
_KINDS: Final = cues.DEPARTMENTS | cues.UNITS | cues.FACILITY_KINDS | cues.SHORTHAND
# what an organisation's name holds, which a person's does not ("Clinic", "Oncology", "Office")
_ORG_WORDS: Final = cues.FACILITY_HEADS | cues.PRACTICE_HEADS | cues.EMPLOYER_PARTS | cues.FACILITY_KINDS


def agency_label_spans(text: str, lex: Lexicon) -> list[Entity]:
    if ":" not in text:
        return []
    out: list[Entity] = []
    if "HH" in text or "H/H" in text or "DME" in text or "ospice" in text or "OSPICE" in text or "gency" in text or "ealth" in text:
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _AGENCY.finditer(text) if _named(m.group("v"), lex, True))
    if "From" in text or "To" in text or "FROM" in text or "TO" in text:
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _FAX.finditer(text) if _named(m.group("v"), lex, False))
    return out


def _named(name: str, lex: Lexicon, agency: bool) -> bool:
    words = [w for w in name.split() if w != "&"]
    low = [w.lower() for w in words]
    if low[0] in _NOT_FIRST or (len(words) == 1 and len(words[0]) < 3):
        return False
    if not agency and not any(w in _ORG_WORDS for w in low):
        return False  # a fax's line names people too ("To: Dana & Eli Marsh <...>"): the name filter's
    if any(len(w) > 2 and not (lex(w).english or lex(w).clinical) and w not in _KINDS | cues.CREDENTIALS for w in low):
        return True  # a proper name among its words ("Austin", "Apria")
    # common words: two or more, led by no clinical word nor a kind of service ("Bright Star Care",
    # "Hill Country Family Clinic"; not "Home Health PT", "Skilled Nursing", "Family Medicine")
    return len(words) > 1 and words[0].title() not in CLINICAL_WORDS and low[0] not in _KINDS
