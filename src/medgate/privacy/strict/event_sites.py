"""A hospital or clinic by a bare name, often in lower case, where a chat says a clinical event
happened: after the event's word and "at"/"in"/"to" (the), before a date, a ward or a bed ("got his
chemo at northwestern on the 5th", "her f/u at medical city on 2/28", "bloods at Mater Dei on
12.02", "admitted in Dhaka Medical, ward 3 bed 27"), and after a word of being there before a ward
told by its floor ("shes in the health sciences on 4 south"). Between an event and its date the
name is the place; a kind of place, a time or a common word there ("seen at home on 3/4", "bloods
at the gp on 12/5", "chemo at 9 on the 5th", "labs in the morning on 4/2") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import cue_finditer, heads, word_led

# the event's word: a stay, a visit, a test or a treatment
_EVENTS: Final = (
    "admitted", "admit", "readmitted", "seen", "treated", "reviewed", "operated", "delivered",
    "chemo", "chemotherapy", "radiotherapy", "dialysis", "infusion", "transfusion",
    "bloods", "bloodwork", r"blood[ \t]+(?:work|tests?)", "labs", r"f/u", "follow[ \t-]?up", "scan", "mri", "ct",
    r"x-?ray", "ultrasound", "echo", "appt", "appointment", "surgery", "op", "review", "check[ \t-]?up",
)  # fmt: skip
# a word of being there: only before a ward told by its floor or number
_BEING: Final = ("shes", "she's", "hes", "he's", "still", "stays?", "staying")
_NAME: Final = r"[^\W\d_](?:[^\W\d_]|['’\-])*(?:[ \t]+[^\W\d_](?:[^\W\d_]|['’\-])*){0,2}"
_MONTH: Final = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DATE: Final = (
    r"(?:(?i:the)[ \t]+)?(?:\d{1,2}(?i:st|nd|rd|th)\b|\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?![\d/.\-]?\d)"
    rf"|\d{{1,2}}[ \t]+{_MONTH}(?![a-z])|{_MONTH}[ \t]+\d{{1,2}}\b)"
)
# a ward by its floor and side, or by its word and number
_WARD: Final = (
    r"(?:[ \t]+(?i:on)[ \t]+(?:\d{1,2}[A-Za-z]?[ \t]+(?i:north|south|east|west)\b|(?i:ward)[ \t]+\w)"
    r"|[ \t]*,?[ \t]*(?i:ward|bed)[ \t]+\d)"
)
_EVENT_SITE: Final = re.compile(
    word_led(_EVENTS) + r"[ \t]+(?i:at|in|to|@)[ \t]+(?:(?i:the)[ \t]+)?"
    rf"(?P<v>{_NAME})(?=[ \t]+(?i:on)[ \t]+{_DATE}|{_WARD})"
)
_STAY_SITE: Final = re.compile(
    word_led(_BEING) + r"[ \t]+(?i:in|at)[ \t]+(?:(?i:the)[ \t]+)?" + rf"(?P<v>{_NAME})(?={_WARD})"
)
_EVENT_HEADS: Final = heads(_EVENTS)
_BEING_HEADS: Final = heads(_BEING)
# words that are no part of a name: a time, a function word
_NOT_NAME: Final = (
    cues.DETERMINERS | cues.PLACE_PREPS | cues.DAY_WORDS | cues.KIN | frozenset(cues.MONTHS) | cues.DAY_PREPS
    | frozenset({"on", "and", "or", "same", "usual", "local", "main", "morning", "afternoon", "evening", "night",
                 "noon", "lunch", "lunchtime", "time", "last", "next", "first", "is", "was", "are", "were", "be"})
)  # fmt: skip
# what a kind of place ends in, with no name: "at home", "the gp", "the eye clinic", "the renal unit"
_KINDS: Final = (
    cues.DEPARTMENTS | cues.SMALL_FACILITIES | cues.WORKPLACE_KINDS | cues.ADVERBS | cues.WORK_WORDS
    | cues.SCHOOL_HEADS | cues.NAMED_AREAS | frozenset({"gp", "er", "doctor", "doctors", "doctor's", "room", "bay", "opd", "sopd", "ipd", "nicu", "picu",
                                                 "sicu", "micu", "cicu", "casualty", "emergency", "triage"})
)  # fmt: skip
_COMMON_ZIPF: Final = 5.0  # (one word this common is a kind or a time: "at home", "at school")


def _named(words: list[str], lex: Lexicon) -> bool:
    low = [w.lower() for w in words]
    if any(w in _NOT_NAME or len(w) < 2 for w in low):
        return False
    if low[-1] in cues.FACILITY_HEADS and len(low) > 1:
        # "Dhaka Medical" is named by its first words; "the eye hospital", "the city hospital" by none
        return not all(lex(w).english or w in cues.FACILITY_KINDS for w in low[:-1])
    if low[-1] in _KINDS or (low[-1] in cues.FACILITY_HEADS and low[-1] not in cues.FACILITY_NAME_WORDS):
        return False  # ("at the gp", "admitted to hosp")
    if len(low) == 1:
        e = lex(low[0])
        return not (e.english and e.zipf >= _COMMON_ZIPF and low[0] not in cues.FACILITY_NAME_WORDS)
    return True


def event_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if not ("on " in low or "ward " in low or "bed " in low):  # (every match's date or ward needs one)
        return []
    out: list[Entity] = []
    scans = [(_EVENT_SITE, _EVENT_HEADS)]
    if "ward" in low or "bed " in low or "north" in low or "south" in low or "east" in low or "west" in low:
        scans.append((_STAY_SITE, _BEING_HEADS))
    for rx, starts in scans:
        for m in cue_finditer(rx, text, low, starts):
            if _named(m.group("v").split(), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
