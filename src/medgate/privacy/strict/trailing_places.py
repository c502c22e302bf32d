"""A town or a place told by where it stands after a named firm, facility or street, or after a
doctor: after a capitalised name ending in its kind and a comma, before a dash, a comma, a full
stop, "on" and a date, or the line's end ("worked at Jaya Oil Mill, Tiruvur, since", "Sunrise
Hospital, Osogbo - Outpatients", "Employer: Eskom Generation Plant, Kriel", "7 Mariamman Kovil
Street, Katpadi - reg."); and a place after a doctor's name and "at" before a date or the clause's
end ("seen by Dr Amina Yusuf at Kuala Kangsar 3/2"). Kept: a weekday, a month, a department, a
clinical or a common English word in those slots ("Hospital, Cardiology - ...", "Mill, However,
...", "Kings Hospital, March - audit", "Dr Lee at Radiology 2/3")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# the kinds that end a named place: facilities, workplaces, streets; a mill and a manufacturer
# are workplaces too ("Rice Mill", "SA Manufacturing")
_KINDS: Final = (
    cues.FACILITY_HEADS | cues.WORKPLACE_KINDS | cues.SMALL_FACILITIES
    | frozenset({"mill", "mills", "manufacturing", "street", "road", "avenue", "lane", "nagar"})
)
# ", Town" then what may end a town's slot: a comma, a stop, a dash, the line's end, "on" a date
# (led by the comma; the name and its kind before it are read after)
_COMMA_TOWN: Final = re.compile(
    r",[ ](?P<c>[A-Z][a-zà-ÿ'’\-]+(?:[ ][A-Z][a-zà-ÿ'’\-]+)?)"
    r"(?=[ \t]*(?:,|[.;](?:[ \t]|$)|\n|\Z|[-–][ \t])|[ \t]+on[ \t]+\d)",
    re.M,
)
# ... after a capitalised name ending in its kind: "Rice Mill", "Koil Street", "SA Manufacturing"
_NAMED_KIND: Final = re.compile(r"[A-Z][\w'’\-]*[ ](?P<k>[A-Z][a-z]+)\Z")
# "Dr First Last at Place Name" before a date's digits or the clause's end
_DOCTOR_AT: Final = re.compile(
    r"\b(?:Dr\.?|Doctor)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+at[ \t]+"
    r"(?P<c>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?=[ \t]+\d|[ \t]*[,;)\n]|[ \t]*\.(?:[ \t]|$)|\Z)",
    re.M,
)
_NOT_PLACES: Final = cues.DAY_WORDS | frozenset(cues.MONTHS) | cues.DEPARTMENTS | cues.PRACTICE_HEADS
# above this web frequency an English word is an everyday one, not a town's name ("However")
_EVERYDAY: Final = 2.5


def trailing_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if ", " in text:
        for m in _COMMA_TOWN.finditer(text):
            kind = _NAMED_KIND.search(text, max(0, m.start() - 48), m.start())
            if kind is not None and kind.group("k").lower() in _KINDS \
                    and all(_place_word(w, lex) for w in m.group("c").split()):
                out.append(Entity.of(PhiType.CITY, m, "c"))
    if "Dr" in text or "Doctor" in text:
        for m in _DOCTOR_AT.finditer(text):
            if all(_place_word(w, lex) for w in m.group("c").split()):
                out.append(Entity.of(PhiType.LOCATION, m, "c"))
    return out


def _place_word(word: str, lex: Lexicon) -> bool:
    """A name or place the lists know, a word they hardly know, or a rare English one; not a
    weekday, a month, a department or a clinical word."""
    low = word.lower()
    if low in _NOT_PLACES or low in _KINDS:
        return False
    e = lex(low)
    return not e.clinical and (e.place or e.name or not e.english or e.zipf < _EVERYDAY)
