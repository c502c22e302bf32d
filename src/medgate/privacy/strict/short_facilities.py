"""Wards, hospitals and clinics told by a short name that the word rules read as English or as
initials: a ward's name after "Ward:" and before its block or wing ("Ward: Godavari Wing"), or after
"ward" in running text ("he is on ward Larch"); a hospital's initials beside a ward or a bed ("WARD
5A  QMH BED 9", "(Ward 4C, HSA)") or in a record number's brackets ("MRN (CUH)"); ALL-CAPS words
before TEACHING/GENERAL/DISTRICT HOSPITAL; a practice's name before Family Practice, Medical
Centre or Health Centre; a nursing home in capitals before NH/SNF/ALF after "from"; a township's
clinic before CHC ("Gugulethu CHC", "Mitchells Plain Site C CHC"); a hospital by one word between a
visit and its date ("the visit at Sacred on the 4th"); a city's initials after a hospital's name
("Cho Ray Hospital, HCMC")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

_WORD: Final = r"[A-Z][a-z]{2,}"
# "Ward: Godavari Wing", "WARD - NILE BLOCK": the ward's own name between the label and its kind
_WARD_NAMED: Final = re.compile(
    led(["Ward", "WARD"], r"(?<![\w\-])")
    + r"[ \t]*[:\-][ \t]*(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+(?:Block|Wing|Unit|BLOCK|WING|UNIT)\b"
)
# ... or a header's field on its own: "WARD: ELGAR      CONS: ...", "Ward: Lotus" at a line's end
_WARD_FIELD: Final = re.compile(
    r"(?:Ward|WARD)(?<![\w\-][WA][aA][rR][dD])[ \t]*:[ \t]*(?P<v>[A-Z][a-z]{2,}|[A-Z]{3,})(?=[ \t]{2,}|[ \t]*\n|[ \t]*\Z)"
)
# "on ward Larch", "in ward Rowan since": lower-case "ward" then a capitalised name in running text
_WARD_THEN_NAME: Final = re.compile(led(["in", "on", "to", "from"]) + rf"[ \t]+ward[ \t]+(?P<v>{_WORD})\b(?![ \t]*\d)")
# initials before a bed ("QMH BED 9"), after a ward and a comma or a gap ("(Ward 4C, HSA)", "WARD 5A  QMH")
# or in a record number's brackets ("MRN (CUH)"); the bed's shape found from its bed word and the
# initials read back (a pattern led by a class of capitals is tried at each capital of a note)
_BED_WORD: Final = re.compile(r"[ \t]+(?:BED|Bed)[ \t]+\w{1,4}\b")
_INITIALS_BEFORE: Final = re.compile(r"(?<![\w\-])(?P<v>[A-Z]{3,4})\Z")
_WARD_OR_BRACKET: Final = re.compile(
    r"(?i:ward|wad|unit)[ \t]+\d{1,2}[A-Za-z]?(?:,[ \t]*|[ \t]{2,})(?P<w>[A-Z]{3,4})\b(?![\w\-])"
    r"|(?i:mrn|hospital[ \t]+no\.?|chart[ \t]+no\.?)[ \t]*\((?P<x>[A-Z]{2,5})\)"
)
_CAPS_BRACKET: Final = re.compile(r"\([A-Z]{2,5}\)")  # (the bracket's necessary shape: a literal to skip to)


def _ward_or_bracket(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _WARD_OR_BRACKET.finditer(text):
        g = "w" if m.group("w") else "x"
        out.append((m.start(g), m.end(g), m.group(g)))
    return out


# a city's initials after a hospital's name and a comma ("Cho Ray Hospital, HCMC", "Bellevue Hospital, NYC")
_CITY_AFTER_HOSPITAL: Final = re.compile(
    r"(?:Hospital|Hosp|Clinic|Centre|Center|Infirmary)\.?,[ \t]*(?P<v>[A-Z]{3,5})(?![\w\-])"
)
# a hospital's name with its branch's number before its kind: "Phyathai 2 Hospital", "at Vejthani 3 hospital"
# (found from the number and the kind, a digit the scan skips to; the name before is read back)
_NUMBERED_HOSPITAL: Final = re.compile(r"[ ]\d{1,2}[ ](?i:hospital|hosp)\b")
_NAME_BEFORE_NUMBER: Final = re.compile(r"(?<![\w\-])[A-Z][a-z]{2,}\Z")
_CAPS_HOSPITAL: Final = re.compile(
    r"(?<![\w\-])(?P<v>[A-Z]{2,}(?:[ ][A-Z]{2,}){0,2})[ ]"
    r"(?:TEACHING|GENERAL|DISTRICT|REGIONAL|REFERRAL)[ ](?:HOSPITAL|HOSP)\b"
)
_PRACTICE: Final = re.compile(
    rf"(?<![\w\-])(?P<v>{_WORD}(?:[ ]{_WORD})?)[ ]"
    r"(?:Family[ ](?:Practice|Medicine|Health)|Medical[ ]Cent(?:re|er)|Health[ ]Cent(?:re|er)|Medical[ ]Practice)\b"
)
_NURSING_HOME: Final = re.compile(
    r"\b(?:FROM|From|from)[ ](?P<v>[A-Z]{3,}(?:[ ](?:OF|AT|[A-Z]{3,})){0,3})[ ](?:NH|SNF|ALF|LTC)\b"
)
# a hospital by one word between a visit and its date ("the ER visit at Sacred on the 4th")
_ONE_WORD_HOSPITAL: Final = re.compile(
    r"\b(?:visit|seen|admitted|treated|stay|appointment|appt|surgery|scan)[ ]at[ ](?P<v>[A-Z][a-z]{2,})"
    r"(?=[ ]on[ ](?:the[ ])?\d|[ ](?:yesterday|last[ ](?:week|night|month)))"
)
_VISIT_AT: Final = tuple(  # (each match holds one, as written: the scan runs only then)
    f"{v} at " for v in ("visit", "seen", "admitted", "treated", "stay", "appointment", "appt", "surgery", "scan")
)
_NOT_A_PLACE: Final = frozenset({
    "home", "work", "school", "night", "noon", "midnight", "first", "last", "least", "length", "once", "random",
    "baseline", "rest", "lunch", "dinner", "breakfast", "christmas", "easter",
})  # fmt: skip
_TOWNSHIP_CLINIC: Final = re.compile(rf"(?<![\w\-])(?P<v>{_WORD})(?:[ ]Site[ ][A-Z])?[ ](?:CHC|CDC|PHC)\b")
_NOT_INITIALS: Final = frozenset({
    "BED", "WARD", "ICU", "HDU", "CCU", "MRN", "NHS", "OPD", "SDU", "NBM", "NPO", "DNR", "DNAR", "GCS", "IVF",
})  # fmt: skip
# hospital words and departments that start those phrases without naming one
_NOT_A_NAME: Final = frozenset({
    "the", "a", "new", "old", "from", "at", "to", "in", "and", "via", "for", "adm", "admitted", "transfer",
    "patient", "pt", "main", "local", "private", "primary", "community", "university", "rural", "urban",
})  # fmt: skip


def short_facility_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    wardish = "ard" in text or "ARD" in text
    if wardish:
        for rx in (_WARD_NAMED, _WARD_FIELD, _WARD_THEN_NAME):
            for m in rx.finditer(text):
                if _a_name(m.group("v"), lex):
                    out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if wardish or "BED" in text or "Bed" in text or "Wad" in text or "WAD" in text or "(" in text:
        found: list[tuple[int, int, str]] = []
        if "BED" in text or "Bed" in text:
            for b in _BED_WORD.finditer(text):
                initials = _INITIALS_BEFORE.search(text, max(0, b.start() - 4), b.start())
                if initials is not None:
                    found.append((initials.start("v"), initials.end("v"), initials.group("v")))
        low = lowered(text)
        if "ward" in low or "wad" in low or "unit" in low or _CAPS_BRACKET.search(text):
            found.extend(_ward_or_bracket(text))
        for start, end, v in found:
            if v not in _NOT_INITIALS and facility_initials(v, lex):
                out.append(Entity(PhiType.LOCATION, start, end, v))
    if "," in text and ("Hosp" in text or "Cent" in text or "Clinic" in text or "Infirmary" in text):
        for m in _CITY_AFTER_HOSPITAL.finditer(text):
            if m.group("v") not in _NOT_INITIALS and facility_initials(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "osp" in text or "OSP" in text:
        for m in _NUMBERED_HOSPITAL.finditer(text):
            name = _NAME_BEFORE_NUMBER.search(text, max(0, m.start() - 30), m.start())
            if name is not None and _a_name(name.group(), lex):
                end = m.end() - len(m.group().split()[-1]) - 1
                out.append(Entity(PhiType.LOCATION, name.start(), end, text[name.start() : end]))
    if "HOSP" in text:
        for m in _CAPS_HOSPITAL.finditer(text):
            words = [w for w in m.group("v").split()]
            while words and (words[0].lower() in _NOT_A_NAME or words[0].lower() in cues.DEPARTMENTS):
                words.pop(0)
            if words and all(_not_clinical(w, lex) for w in words):
                start = m.end("v") - len(" ".join(words))
                out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    if " Cent" in text or " Family " in text or " Practice" in text:
        for m in _PRACTICE.finditer(text):
            words = m.group("v").split()
            while words and words[0].lower() in _NOT_A_NAME:
                words.pop(0)
            if words and all(_not_clinical(w, lex) for w in words):
                start = m.end("v") - len(" ".join(words))
                out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    if " NH" in text or " SNF" in text or " ALF" in text or " LTC" in text:
        for m in _NURSING_HOME.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if " at " in text and any(v in text for v in _VISIT_AT):
        for m in _ONE_WORD_HOSPITAL.finditer(text):
            if m.group("v").lower() not in _NOT_A_PLACE and _not_clinical(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if " CHC" in text or " CDC" in text or " PHC" in text:
        for m in _TOWNSHIP_CLINIC.finditer(text):
            if _a_name(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


def _not_clinical(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    e = lex(low)
    return not (e.clinical or low in cues.DEPARTMENTS or low in cues.UNITS or low in cues.SHORTHAND)


def facility_initials(word: str, lex: Lexicon) -> bool:
    """Letters that are no word of English or medicine ("SOB", "NBM" are not a hospital)."""
    e = lex(word.lower())
    return _not_clinical(word, lex) and not e.english and e.zipf < 2.5


def _a_name(word: str, lex: Lexicon) -> bool:
    """A word that may name a ward or a place: a name, a place, or no common word of English or
    medicine ("Godavari", "Larch" but not "Medical", "Surgical")."""
    low = word.lower()
    if low in _NOT_A_NAME or not _not_clinical(word, lex):
        return False
    e = lex(low)
    return e.name or e.place or e.zipf < 4.0
