"""A lexicon check on what the name and place rules found, for text they were not written for.

In ALL-CAPS or telegraphic notes the rules' shapes fire on ordinary words ("PT REMAINS ON..." as a
city, "THE" as a name, "80 as well as for radial ... CT" as a street address). A name, city or
county made only of ordinary English words that are not names or places, and a street address
whose "street name" holds function words, are dropped. Everything else the rules found stays.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.score_labels import score_label, value_after
from medgate.privacy.strict.words import BARE_EPONYM_WORDS, name_pop
from medgate.privacy.types import Entity, PhiType

_WORD: Final = re.compile(r"[^\W\d_]+")
_STREET_WORD: Final = re.compile(r"(?<!\d)[^\W\d_]+")  # not a house number's letter ("14a")
# An upper-case "city" followed, with no comma, by a two-letter "state" and no ZIP: in ALL-CAPS
# notes that is "RESP NC 4L", "PA LINE", "CO BY FICK" (nasal cannula, pulmonary artery, cardiac
# output), not "DURHAM NC".
_BARE_STATE: Final = re.compile(r"[ \t]+[A-Z]{2}\b(?![ \t,]*\d{5})")
# "FROM SMALLVILLE NC", "TRANSFERRED FROM SMALLVILLE NC" stay
_PLACE_CUE: Final = re.compile(r"(?i:\b(?:from|in|to|near|at|of)[ \t]+)(?:\Z|(?=\S))")
_TITLE_BEFORE: Final = re.compile(r"(?i:\b(?:mr|mrs|ms|miss|mx|dr|prof|sr|nurse)\.?[ \t]+)\Z")
_FIRST_NAME_BEFORE: Final = re.compile(r"\b[A-Z][a-z]+[ \t]+\Z")  # "Ana Doppler": a surname
_POSTCODE_AFTER: Final = re.compile(r"[ \t,]*(?:[A-Z]{1,2}\d|\d{4,5}\b)")  # "Glasgow G11 6NX": the city
_WORDY: Final = frozenset({PhiType.NAME, PhiType.CITY, PhiType.COUNTY})
# what a dose or flow is given per, after its slash ("MCG/KG/MIN", "ML/HR", "UNITS/DAY")
_PER_UNITS: Final = frozenset({"min", "hr", "h", "kg", "day", "dose", "wk", "sec"})
_FUNCTION_ZIPF: Final = 5.8


def _ordinary(word: str, lex: Lexicon) -> bool:
    e = lex(word)
    if e.english and e.zipf >= 5.6:
        return True  # "SEE", "AS", "DAY", "AM": too common to be a name without a capital
    if e.clinical and not e.flags & (F.FIRST | F.LAST | F.PLACE):
        return True  # "LOPRESSOR", "ILEUS": a drug or a diagnosis, never a name
    if len(word) < 3 or e.zipf < 3.0 or not (e.english or e.clinical):
        return False  # initials ("JS/mk") and rare words may well be names
    if e.flags & (F.FIRST | F.PLACE):
        return False
    return name_pop(e) == 0 or e.zipf >= 5.6


def _place_word(word: str, lex: Lexicon) -> bool:
    return bool(lex(word).flags & (F.PLACE | F.PHRASE_HEAD))


def plausible(e: Entity, lex: Lexicon, text: str = "") -> bool:
    words = _WORD.findall(e.text)
    if (
        e.type is PhiType.CITY and e.text.isupper() and _BARE_STATE.match(text, e.end)
        and not _PLACE_CUE.search(text, max(0, e.start - 12), e.end)
        and not any(_place_word(w, lex) for w in words)
    ):  # fmt: skip
        return False
    if (
        e.type in _WORDY and len(words) == 1 and words[0].lower() in BARE_EPONYM_WORDS
        and not _TITLE_BEFORE.search(text, max(0, e.start - 8), e.start)
        and not _FIRST_NAME_BEFORE.search(text, max(0, e.start - 16), e.start)
        and not _POSTCODE_AFTER.match(text, e.end)
    ):  # fmt: skip
        return False  # "FOLEY IN SITU", "foley draining": the catheter, not a town or a person
    if e.type in _WORDY and len(words) == 1 and words[0].lower() in _PER_UNITS and text[e.start - 1 : e.start] == "/":
        return False  # "2MCG/KG/MIN, CT OUTPUT": a rate's unit before a chest tube, not a town and state
    if e.type in _WORDY and len(words) == 1 and score_label(words[0].lower()) and value_after(text, e.end):
        return False  # "BS 220 COVERED": a sugar with its value, the rules' name carried from "OF BS"
    if e.type in _WORDY and len(words) == 1 and words[0].lower() in cues.UNITS:
        return False  # "SICU RN NOTE": a unit before a credential, not a nurse's name
    if e.type in _WORDY and len(words) > 1 and " ".join(words).lower() in cues.UNITS:
        return False  # "PT TO CATH LAB": a unit of two words, no town
    if (
        e.type in _WORDY and len(words) == 1 and e.text.isupper() and words[0].lower() in cues.SHORTHAND
        and not _TITLE_BEFORE.search(text, max(0, e.start - 8), e.start)
    ):  # fmt: skip
        return False  # "TRACH", "PICC", "SATS", "ALINE" in capitals: bedside shorthand, a name only after a title
    if e.type in _WORDY:
        # a capitalised word in mixed case is the rules' own evidence ("Dr. Obi"): kept
        if not words or any(w[0].isupper() and w[1:].islower() for w in words):
            return True
        return not all(_ordinary(w, lex) for w in words)
    if e.type is PhiType.ADDRESS:
        label = _LABEL_BEFORE.search(text, max(0, e.start - 12), e.start)
        if label is not None and score_label(label.group(1).lower()):
            return False  # "QSOFA 3 CODE SEPSIS PAGED DR ...": a score's value, no house number
        # (the flat's number read out after "apartment" is no street's word: "apartment two oh nine")
        street = _STREET_WORD.findall(_UNIT_WORD.split(e.text, 1)[0])
        common = sum(1 for w in street if lex(w).zipf >= _FUNCTION_ZIPF and lex(w).english)
        if common >= 2:
            return False
        # "1U PRBC GIVEN PER DR. ADEYEMI": the doctor's title, not a Drive, after a sentence's words
        return not (
            _TITLE_AS_STREET.search(e.text) and _NAME_AFTER.match(text, e.end)
            and any(lex(w).english and lex(w).zipf >= 5.0 for w in street[:-1])
        )  # fmt: skip
    return True


_LABEL_BEFORE: Final = re.compile(r"([A-Za-z]{2,8})[ \t]*[:=]?[ \t]*\Z")
_UNIT_WORD: Final = re.compile(r"(?i)\b(?:apartment|apt|unit|suite|flat)\b")
_TITLE_AS_STREET: Final = re.compile(r"\b(?:DR|Dr)\.\Z")
_NAME_AFTER: Final = re.compile(r"[ \t]+[A-Z]")


def _trimmed(e: Entity, lex: Lexicon, text: str) -> Entity:
    """An ALL-CAPS name the rules ran on into the sentence ("MOTHER GRACE AT BEDSIDE UNTIL 2300")
    ends at its last word that may be a name: ordinary words after it are the sentence's."""
    if e.type is not PhiType.NAME or not e.text.isupper() or " " not in e.text:
        return e
    end = len(e.text)
    for m in reversed(list(_WORD.finditer(e.text))):
        w = m.group()
        if m.start() > 0 and score_label(w.lower()) and value_after(text, e.start + m.end()):
            end = m.start()  # "DR OKONJO LVEF 35 PCT": the ejection fraction's label, not a name
            continue
        if m.start() == 0 or len(w) == 1 or w in _SUFFIXES or not _ordinary(w.lower(), lex) or lex(w.lower()).name:
            break
        end = m.start()
    head = e.text[:end].rstrip(" ,.;:")
    if head and end < len(e.text):
        e = Entity(e.type, e.start, e.start + len(head), head)
    return _without_lead_word(e, lex)


def _without_lead_word(e: Entity, lex: Lexicon) -> Entity:
    """An ALL-CAPS name the rules began a word early ("GIVEN PER K. ABRAMS PA", "ORDERS FROM K.
    ABRAMS") starts after that word: a common English word hardly anyone bears as a first name or
    a surname ("PER", "FROM", "AFTER"); "WILL", "HOPE", "JUNE", "BROWN", "PRICE" stay."""
    if not e.text.isupper():
        return e
    start = 0
    while (first := _WORD.match(e.text, start)) is not None:
        entry = lex(first.group().lower())
        rest = _WORD.search(e.text, first.end())
        if rest is None or len(first.group()) < 2 or not entry.english or entry.zipf < 5.0:
            break
        if entry.first_log2 > 1 or entry.surname_log2 > 12:  # ("BROWN, DELROY", "DR. PRICE": a surname)
            break
        start = rest.start()
    return Entity(e.type, e.start + start, e.end, e.text[start:]) if start else e


_SUFFIXES: Final = frozenset({"JR", "SR", "II", "III", "IV"})


def drop_implausible(found: list[Entity], lex: Lexicon, text: str = "") -> list[Entity]:
    return [_trimmed(e, lex, text) for e in found if plausible(e, lex, text)]
