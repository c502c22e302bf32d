"""A hospital told by a short name where the sentence says it is one: its initials after a record
number's "at", before the number ("her chart no. at RBH is 20441"); a "Health Sciences" centre ("see
you at the Health Sciences Tuesday", "HEALTH SCIENCES CENTRE"); in Spanish a capitalised name after a
verb of leaving or entering hospital ("salió del Maciel el 3/4", "la internaron en el Clínicas"); and
a Nordic hospital's compound name, its place or rank before the word for hospital
("landssjúkrahúsið", "Universitetssjukhuset", "Rigssygehuset"). Kept: a unit's initials ("card number
at ICU"), health sciences as a subject ("a degree in Health Sciences", "Faculty of Health Sciences"),
a ward or a unit after the Spanish verb ("ingresó al CTI", "ingresó en la Sala 4"), and the bare word
for hospital ("sygehuset", "the sjukhus pharmacy")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# initials after "number at", before the number itself
_INITIALS_AT: Final = re.compile(
    r"\b(?i:number|no\.?|num|#)[ \t]+(?i:at|for|from)[ \t]+(?P<v>[A-Z]{2,6})[ \t]+(?i:is[ \t]+|was[ \t]+)?[:#]?[ \t]*\d{4,}"
)
# what every match of the initials' scan holds, lower-cased
_NUMBER_AT: Final = tuple(
    f"{n} {p} " for n in ("number", "no.", "no", "num", "#") for p in ("at", "for", "from")
)
_HEALTH_SCIENCES: Final = re.compile(
    r"\b(?i:at|to|from|in|@)[ \t]+(?i:the)[ \t]+(?P<v>Health[ \t]+Sciences)\b"
    r"(?![ \t]+(?i:faculty|degree|student|students|library|building|course|program|programme|department|school))"
    r"|\b(?P<w>(?:Health|HEALTH)[ \t]+(?:Sciences|SCIENCES)[ \t]+(?:Centre|Center|CENTRE|CENTER))\b"
)
_TITLED: Final = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+"
# a hospital stay's verbs, then the article and a capitalised name that no number follows ("Sala 4")
_SPANISH_STAY: Final = re.compile(
    r"\b(?:(?i:sali[óo]|egres[óo]|(?:dad[oa]|dieron)[ \t]+de[ \t]+alta)[ \t]+del"
    r"|(?i:ingres[óo]|ingresad[oa]|internad[oa]|internaron|(?:lo|la)[ \t]+llevaron|trasladad[oa]|hospitalizad[oa])"
    r"[ \t]+(?i:al|en[ \t]+el|en[ \t]+la|a[ \t]+la))"
    rf"[ \t]+(?P<u>{_TITLED}(?:[ \t]+{_TITLED})?)\b(?![ \t]*\d)"
)
_SPANISH_CUES: Final = (
    "sali",
    "egres",
    "alta",
    "ingres",
    "intern",
    "llevaron",
    "traslad",
    "hospitaliz",
)
_NORDIC_HOSPITAL: Final = ("sjúkrahús", "sjukrahus", "sygehus", "sjukhus", "sykehus")
# a Nordic hospital word with a name or rank joined before it, in any of its endings
_NORDIC_NAMED: Final = re.compile(
    r"(?P<v>\b[^\W\d_]{3,}(?i:" + "|".join(_NORDIC_HOSPITAL) + r")[^\W\d_]*)"
)
_NOT_NAMES: Final = (
    cues.DAY_WORDS | cues.FOREIGN_WEEKDAYS | cues.FOREIGN_MONTHS | cues.DEPARTMENTS | cues.UNITS
)


def short_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if any(k in low for k in _NUMBER_AT):
        for m in _INITIALS_AT.finditer(text):
            v = m.group("v").lower()
            if v not in _NOT_NAMES and not lex(v).clinical:
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "health sciences" in low:
        for m in _HEALTH_SCIENCES.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v" if m.group("v") else "w"))
    if any(c in low for c in _SPANISH_CUES):
        out.extend(_spanish_stays(text, lex))
    if any(h in low for h in _NORDIC_HOSPITAL):
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _NORDIC_NAMED.finditer(text))
    return out


def _spanish_stays(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _SPANISH_STAY.finditer(text):
        words = m.group("u").split()
        if any(w.lower() in _NOT_NAMES or lex(w.lower()).clinical for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "u"))
    return out
