"""The hospital a note's header names after its ward: "ward 21 middlemore", "Ward 4B Royal Darwin",
one or two words between the ward's number and the end of the line (or a comma); or before the
ward after a dash or "at" ("psych liaison - ninewells, ward 8", "seen at raigmore ward 2a"). A header says
where the patient is, and after the ward's number that is the hospital; "ward 4 north", "Ward 2
handover", "ward 7 medicine" (a side, a word of the note, a department) stay. A hospital's initials after a
comma that ends a ward's heading, its specialty between, in English or Malay ("Ward 12 Surg, RVI",
"Wad 5A Ortopedik, HSA"); "Ward 3, ICU", "Ward 4 Renal, HDU", "ward 3, CTICU" (a unit) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_WARD_THEN_PLACE: Final = re.compile(
    r"(?<![\w'’-])(?i:ward)[ \t]+\d{1,2}[A-Za-z]?[ \t]+"
    r"(?P<v>[A-Za-z][a-z'’\-]{2,}|[A-Z][A-Z'’\-]{2,})(?:[ \t]+(?P<w>[A-Za-z][a-z'’\-]{2,}|[A-Z][A-Z'’\-]{2,}))?"
    r"[ \t]*(?=,|\n|\Z)"
)
# ... or before it, after a dash or "at"/"from": "psych liaison - ninewells, ward 8", "seen at raigmore ward 2a"
_PLACE_THEN_WARD: Final = re.compile(
    r"(?:(?<=[ \t]-[ \t])|(?<=\bat[ \t])|(?<=\bAT[ \t])|(?<=\bfrom[ \t]))"
    r"(?P<v>[A-Za-z][a-z'’\-]{2,}|[A-Z][A-Z'’\-]{2,})(?:[ \t]+(?P<w>[A-Za-z][a-z'’\-]{2,}|[A-Z][A-Z'’\-]{2,}))?"
    r"[ \t]*,?[ \t]*(?i:ward)[ \t]+\d{1,2}[A-Za-z]?\b"
)
# a ward (Malay "wad"), its number, maybe its specialty, then the hospital's initials after a comma
_WARD_INITIALS: Final = re.compile(
    r"(?<![\w'’-])(?i:ward|wad)[ \t]+\d{1,2}[A-Za-z]?(?:[ \t]+[A-Za-z][a-z]+)?,[ \t]*(?P<v>[A-Z]{2,5})\b(?![\-/&])"
)
_NOT_PLACES: Final = frozenset({"north", "south", "east", "west", "side", "wing", "annex", "annexe"})


def ward_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if "ad " in text or "AD " in text or "ard " in text or "ARD " in text:
        for m in _WARD_INITIALS.finditer(text):
            low = m.group("v").lower()
            e = lex(low)
            if low.endswith("u"):
                continue  # a unit's initials end in its "U" ("CTICU", "SCBU", "AMU"), no hospital's
            if not (low in cues.UNITS or low in cues.DEPARTMENTS or low in cues.SHORTHAND or e.english or e.clinical):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if ("ard" not in text and "ARD" not in text) or "ward" not in lowered(text):
        return out  # (every match holds "ward" in some case; "regard", "cardiac" do not)
    for m in (*_WARD_THEN_PLACE.finditer(text), *_PLACE_THEN_WARD.finditer(text)):
        words = [w for w in (m.group("v"), m.group("w")) if w]
        lows = [w.lower() for w in words]
        if any(w in _NOT_PLACES or w in cues.DEPARTMENTS or lex(w).clinical for w in lows):
            continue
        if _hospital_word(lows[-1], lex):
            end = m.end("w") if m.group("w") else m.end("v")
            out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    return out


def _hospital_word(low: str, lex: Lexicon) -> bool:
    """A name or a place, or a word so rare it is no note's ("middlemore"; "handover" is common),
    longer than an abbreviation."""
    e = lex(low)
    if len(low) <= 3 or e.english or low in cues.UNITS or low in cues.SHORTHAND:  # ("NBM", "IVF": orders)
        return False
    return e.name or e.place or e.zipf < 2.0
