"""Is "N/N" or "N/N/N" a date? Month and day in either order, or a month and year, unless what
stands around it makes it a score ("pain 6/10", "Barthel 12/20"), a duration in British shorthand
("cough 3/7", "OD 28/7"), a ventilator's settings or a measurement ("BP 120/80")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.fraction_amounts import amount_not_date
from medgate.privacy.strict.numbers import WORD_BEFORE, WORDS
from medgate.privacy.strict.snellen import is_snellen
from medgate.privacy.text import word_before
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import SCALE_BARE_WORDS

# (found from a digit, the start checked after reading it; not after a spinal level's letter: "L4/5", "C5/6")
_SLASH_DATE: Final = re.compile(
    r"(?P<m>\d(?<![\d/:]\d)(?<!\d\.\d)(?<!\b[LCTSlcts]\d)\d?)/(?P<d>\d{1,2}|\d{4})(?:/(?P<y>\d{2}|\d{4}))?"
    r"(?![\w/]|\.\d)"
)


def slash_dates(text: str) -> list[Entity]:
    return [Entity.of(PhiType.DATE, m) for m in _SLASH_DATE.finditer(text) if _is_date(m, text)]


_BIRTH_WORDS: Final = frozenset({"dob", "born", "birth", "b", "d.o.b"})


def _is_date(m: re.Match[str], text: str) -> bool:
    month, day = int(m.group("m")), m.group("d")
    if 13 <= month <= 31 and len(day) <= 2 and 1 <= int(day) <= 12:
        month, day = int(day), m.group("m")  # day first: "28/02", "17/01"
    if not 1 <= month <= 12:
        return False
    if m.group("y") is None and amount_not_date(text, m.start(), m.end()):
        return False  # "D5 1/2 NS", "1/4 NS", "IMV 800x60x10 5/5": an amount or a setting
    if m.group("y") is None and is_snellen(text, m.start(), m.end()):
        return False  # "VA R 6/36, L 6/9": a chart line, not a date
    if text[m.end() : m.end() + 1] == "%" or text[m.start() - 1 : m.start()] == "+":
        return False  # a ventilator's settings ("AC 18/450/+5/40%"): PEEP and oxygen, no date
    if len(day) == 4:
        return 1900 <= int(day) <= 2100
    if m.group("y") is None and int(day) == 0:
        return False  # "5/0": a score; "4/97" (month/year) and "8/23" (month/day) are dates
    before = WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if day == "52" and m.group("y") is None and not (before and before.group(1).lower() in _BIRTH_WORDS):
        return False  # "6/52": six weeks in British clinical shorthand, unless it follows "DOB"
    tail = text[m.end() : m.end() + 24]
    # (what follows a comma is the next item: "weaned off 9/7, and PA line d/c'd")
    after = [] if re.match(r"[.;,]\s", tail) else WORDS.findall(tail)[:2]
    word = before.group(1).lower() if before else ""
    if word == "u" and before and text[before.start(1) - 2 : before.start(1)].lower() == "f/":
        word = "f/u"  # "f/u 18/07": a follow-up's date, not units
    if day in ("7", "12") and m.group("y") is None and (
        word in _DURATION_BEFORE or text[m.start() - 1 : m.start()] in ("x", "X")
        or (after and (after[0].lower() in _DURATION_AFTER or (day == "7" and after[0].lower() in _DURATION_BEFORE)))
    ):  # fmt: skip
        return False  # "cough 3/7 hx", "fever x5/7", "2/7 vomiting", "3/12 old": days, months in British shorthand
    if word in _DOSE_FREQUENCIES and m.group("y") is None and (m.group("d") == "7" or (day == "12" and month <= 12)):
        return False  # "OD 28/7", "BD 5/7", "nocte 3/12": how long a drug is given, in days or months
    if day == "24" and m.group("y") is None and (word in _DOSE_FREQUENCIES or _DOSE_BEFORE.search(text, max(0, m.start() - 16), m.start())):
        return False  # "fluclox 2g 6/24", "paracetamol 1g PO 6/24": every six hours, after its dose
    if (
        word in _COURSE_WORDS and before is not None and m.group("y") is None
        and word_before(text, before.start(1), ".") in _WHEN_BEFORE and not (after and after[0].lower() == "of")
    ):  # fmt: skip
        word = ""  # "last dose 9/30", "last cycle 02/08": when the course's last one was given (not "2/3 of")
    if (
        word in _COURSE_WORDS and m.group("y") is None and int(m.group("m")) <= int(m.group("d")) <= 28
        and word_before(text, before.start(1) if before else 0, ".") not in _EVENT_DAYS
    ):  # fmt: skip
        return False  # "IVIG day 3/5", "cycle 2/6": a course's day or dose out of its length
    if word == "unit" and _PLACE_UNIT.search(text, max(0, m.start() - 24), m.start()):
        word = ""  # "readmitted to unit 9/3": the ward, not units of a drug
    if m.group("d") == "10" and m.group("y") is None and word not in _DATE_PREPOSITIONS and _scored_before(text, m.start()):
        return False  # "back pain here, 6/10", "pain on movement 7/10": out of ten, not 10 June
    if m.group("d") == "10" and m.group("y") is None and word in _PAIN_NAMES:
        return False  # "c/o CP 7/10", "headache 8/10": a pain named by its place or its shorthand, out of ten
    if word in SCALE_BARE_WORDS and not _titled(text, before.start(1) if before else 0):
        return False  # "Barthel 12/20", "Tinetti 9/12": a scale's score (but "Dr Berg 12/10" is a date)
    if word in _LINKING_WORDS and _scored_before(text, m.start()):
        return False  # "Apgars were 9/10", "power improved from 2/5", "VA R 6/18"
    if after and after[0].lower() in _VISIT_AFTER:
        after = after[:1]  # "seen 6/10 for pain": the visit's date, and what it was for
    return all(w.lower() not in cues.MEASURE_WORDS for w in (word, *after))

# Around "N/7" (days) and "N/12" (months) as a duration: a symptom or "x" before it, a history word
# (or, for days, a symptom) after it
_DURATION_BEFORE: Final = frozenset({
    "for", "fever", "fevers", "cough", "sob", "pain", "diarrhoea", "diarrhea", "vomiting",
    "headache", "symptoms", "sx", "rash", "dysuria", "haematuria", "hematuria", "malaise", "lethargy",
})  # fmt: skip

_DURATION_AFTER: Final = frozenset({
    "hx", "history", "ago", "duration", "hist", "of", "prior", "pta", "old",
    # a supply or a course that long ("1/12 refill", "3/12 supply", "2/7 course")
    "refill", "refills", "supply", "course", "script", "prescription", "rx",
})  # fmt: skip
# A drug's frequency or route right before "N/7": the course's length follows ("SC OD 28/7"); not
# "on", which is a date's word as often as "at night"
_DOSE_FREQUENCIES: Final = frozenset({
    "od", "bd", "tds", "qds", "om", "nocte", "mane", "daily", "sc", "po", "iv", "im", "ivi", "neb", "nebs",
})  # fmt: skip

# A dose right before "N/24": how many hours apart it is given ("2g 6/24", "40 mg 12/24")
_DOSE_BEFORE: Final = re.compile(
    r"\d[ \t]*(?i:mg|g|gm|gram|grams|mcg|micrograms?|ml|mls|units?|u|iu|mmol|ng|mg/kg)[ \t]*\Z"
)

# Words between a score's name and its value: "Apgars were 9/10", "power improved from 2/5 to 4/5"
_LINKING_WORDS: Final = frozenset(
    ["were", "was", "is", "are", "now", "from", "to", "improved", "of", "at", "r", "l", "right", "left", "both"]
)

# A pain named without the word "pain" right before its score out of ten: chest pain, headache and low
# back pain by their shorthand, an ache, a hurt
_PAIN_NAMES: Final = frozenset({
    "cp", "ha", "lbp", "headache", "headaches", "ache", "aches", "aching", "hurts", "hurting", "sore", "soreness",
    "discomfort", "cramps", "cramping",
    # pain in other languages a chat is written in: Vietnamese, Spanish, Portuguese, French, Italian,
    # German, Malay/Indonesian, Tagalog ("mẹ vẫn đau 7/10", "dolor 6/10", "Schmerzen 8/10", "sakit 5/10")
    "đau", "dolor", "dor", "douleur", "dolore", "schmerz", "schmerzen", "sakit",
})  # fmt: skip

# Before "N/M" with N no more than M: which day, dose or cycle of a course it is ("abx day 4/10")
_COURSE_WORDS: Final = frozenset({"day", "dose", "cycle", "cycles", "wk", "week"})
# A dose or cycle told as the last or the next one: the date it was or will be given follows
_WHEN_BEFORE: Final = frozenset({"last", "next", "final", "previous", "prev", "latest"})
# ...unless the day is an event's or a time's, told by its date ("clinic day 3/5", "surgery day 2/6",
# "earlier in day 8/14", "later that day 6/9")
_EVENT_DAYS: Final = frozenset({
    "clinic", "surgery", "op", "operation", "theatre", "discharge", "admission", "visit", "visiting", "review",
    "appointment", "appt", "birth", "wedding", "next", "that", "this", "same", "every", "the", "a", "collection",
    "in", "on", "of", "during", "by", "from", "since", "until", "till", "each", "per",
})  # fmt: skip
_VISIT_AFTER: Final = frozenset({"for", "by", "re", "about"})
# Before a date, not a score: "pain since 6/10", "worse on 3/10"
_DATE_PREPOSITIONS: Final = frozenset({"since", "on", "until", "till", "dated", "by", "before", "after", "from"})


def _scored_before(text: str, start: int) -> bool:
    """A score's word among the four words before, in the same clause: "pain on movement 7/10"."""
    clause = re.split(r"[.;\n]", text[max(0, start - 40) : start])[-1]
    return any(w.lower() in cues.MEASURE_WORDS for w in WORDS.findall(clause)[-4:])


def _titled(text: str, start: int) -> bool:
    """A title right before the word at start: "Dr Barthel", "Mrs. Amsler"."""
    return word_before(text, start, ".") in _TITLE_WORDS


_TITLE_WORDS: Final = frozenset(w.rstrip(".").lower() for w in cues.FORMAL_TITLES) | {"dr", "mr", "mrs", "ms", "prof"}

_PLACE_UNIT: Final = re.compile(r"(?i:\b(?:to|the|on|in|from|back)[ \t]+unit[ \t]+)\Z")
