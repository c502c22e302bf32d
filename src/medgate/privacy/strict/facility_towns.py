"""A town told by where it stands in a letter's address, not by the name lists (small towns and
villages are missing from them, or are also words): a town between commas after a care home's,
hospital's or clinic's name ("discharged to Ardmore Nursing Home, Doon, for respite", "admitted to
Mercy Hospital, Ennis, with ..."), and an Indian town before its six-digit PIN after a dash
("Kazipet - 506003", "Hanumakonda-506001"), and a town after a Spanish facility named head first
("Centro Médico del Valle, Caguas" at a line's end). A weekday, a month, a department or a plain English
word after the comma ("Hospital, Cardiology, ...", "Hospital, however, ...") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_AFTER_FACILITY: Final = re.compile(
    r"\b(?:(?:Nursing|Care|Rest|Residential)[ ]Home|Hospital|Hospice|Clinic|Infirmary|(?:Health|Medical)[ ]Cent(?:re|er))"
    r",[ ](?P<c>[A-Z][a-zà-ÿ'’\-]+(?:[ ][A-Z][a-zà-ÿ'’\-]+)?)(?=,|[.;][ \t]|[ \t]*\n)"
)
# a Spanish or Portuguese facility named head first ("Centro Médico del Valle, Caguas" at a
# line's end): its head, up to five words of its name, then the town
_AFTER_HEAD_FIRST: Final = re.compile(
    r"\b(?:Centro[ ](?:Médico|Medico|de[ ]Salud|de[ ]Saúde)|Clínica|Clinica|Hospital)"
    r"(?:[ ](?:de|del|da|do|la|el|los|las|[A-ZÁÉÍÓÚ][\w'’\-]*)){1,5}"
    r",[ ](?P<c>[A-ZÁÉÍÓÚ][a-zà-ÿ'’\-]+(?:[ ][A-Z][a-zà-ÿ'’\-]+)?)(?=,|[.;][ \t]|[ \t]*\n|[ \t]*\Z)"
)
_HEAD_FIRST_CUES: Final = ("Centro ", "Clínica ", "Clinica ", "Hospital ")
_BEFORE_PIN: Final = re.compile(
    r"(?:^|,)[ \t]*(?P<c>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)[ \t]*[-–][ \t]*[1-9]\d{2}[ ]?\d{3}(?![\w/\-])", re.M
)
_FACILITY_ENDS: Final = ("Home", "Hospital", "Hospice", "Clinic", "Infirmary", "Centre", "Center")
# (a PIN after its dash, a hyphen or an en dash: each found from its literal, which the regex engine
# skips to; one class of the two would be tried at every character)
_PIN_AFTER_HYPHEN: Final = re.compile(r"-[ \t]*[1-9]\d{2}[ ]?\d{3}(?![\w/\-])")
_PIN_AFTER_EN_DASH: Final = re.compile(r"–[ \t]*[1-9]\d{2}[ ]?\d{3}(?![\w/\-])")
_NOT_TOWNS: Final = cues.DAY_WORDS | frozenset(cues.MONTHS) | cues.DEPARTMENTS


def facility_town_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if any(f"{k}, " in text for k in _FACILITY_ENDS):
        for m in _AFTER_FACILITY.finditer(text):
            if all(_town_word(w, lex) for w in m.group("c").split()):
                out.append(Entity.of(PhiType.CITY, m, "c"))
    if any(k in text for k in _HEAD_FIRST_CUES):
        for m in _AFTER_HEAD_FIRST.finditer(text):
            if all(_town_word(w, lex) for w in m.group("c").split()):
                out.append(Entity.of(PhiType.CITY, m, "c"))
    if pin_after_dash(text):  # (the PIN after a dash first: a scan led by its dash)
        for m in _BEFORE_PIN.finditer(text):
            if all(not lex(w.lower()).clinical and w.lower() not in _NOT_TOWNS for w in m.group("c").split()):
                out.append(Entity.of(PhiType.CITY, m, "c"))
    return out


def pin_after_dash(text: str) -> bool:
    """An Indian PIN code after a hyphen or an en dash somewhere in the text."""
    return _PIN_AFTER_HYPHEN.search(text) is not None or ("–" in text and _PIN_AFTER_EN_DASH.search(text) is not None)


def _town_word(word: str, lex: Lexicon) -> bool:
    """A name or place the lists know, or a word they do not know at all; not a weekday, a month,
    a department or a clinical word."""
    low = word.lower()
    if low in _NOT_TOWNS:
        return False
    e = lex(low)
    return not e.clinical and (e.place or e.name or not e.english)
