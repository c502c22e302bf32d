"""A name where a handover introduces a patient, in any case: right before the age and sex ("pt
keoni kahananui, 58m", "BED 4 TAVITA LEAUPEPE 71 YOM", "mrs ingrid flett, 96F"), and right after the
bed or room ("BED 8: KOULLA HADJIPETROU, 74", "rm 14 faith okafor pressures dropping"). The words
there that are no clinical or role word are the name (at most three)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import ROLE_WORDS, Tok
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

_AGE_SEX: Final = re.compile(r"(?i:,?[ \t]+\d{1,3}[ \t]?(?:yo|y/o|yrs?|yom|yof|m|f)\b)")
# (each led by a class, the word boundary read back, so the scan skips to those characters)
_BED: Final = re.compile(
    word_start(["bed", "rm", "room", "bay", "cubicle", "cube"]) + r"(?i:[ \t]*\d{1,3}[a-z]?)[ \t]*[:\-–,]?[ \t]+(?=[^\W\d_])"
)
_AGE_SEX_ANYWHERE: Final = re.compile(r"\d(?<!\w\d)(?i:\d{0,2}[ \t]?(?:yo|y/o|yrs?|yom|yof|m|f)\b)")


def name_before_age_sex(words: list[Tok], text: str) -> None:
    if _AGE_SEX_ANYWHERE.search(text) is None:
        return
    for i, t in enumerate(words):
        if not _AGE_SEX.match(text, t.end):
            continue
        run: list[Tok] = []
        j = i
        while j >= 0 and len(run) < 3:
            w = words[j]
            e = w.entry
            if e is None or e.clinical or w.low in ROLE_WORDS or w.eponym or len(w.text) < 3:
                break
            if e.english and not (run and e.flags & F.FIRST):
                break  # (an English word is a name here only as the first name of a surname: "faith oduya 43f")
            if run and text[w.end : run[-1].start] != " ":
                break
            run.append(w)
            j -= 1
        if len(run) >= 2:  # (a single unknown word before "58m" may be a ward or a typo)
            for w in run:
                if not w.hit:
                    w.hit, w.why = True, "before age and sex"


def name_after_bed(words: list[Tok], text: str) -> None:
    if _BED.search(text) is None:
        return
    starts = {m.end(): m for m in _BED.finditer(text)}
    for i, t in enumerate(words):
        if t.start not in starts:
            continue
        run: list[Tok] = []
        for w in words[i : i + 3]:
            e = w.entry
            if e is None or e.clinical or w.low in ROLE_WORDS or w.eponym or len(w.text) < 2 or not w.text.isalpha():
                break
            if run and text[run[-1].end : w.start] not in (" ", "-"):
                break
            if e.english and not e.flags & F.FIRST:
                break  # "bed 3 sleeping", "rm 4 comfortable", "bed 12 Kaveri ward"
            if run and _shape(w.text) != _shape(run[0].text):
                break  # a name is written in one case: "baba tunde BP"
            run.append(w)
        if len(run) >= 2 and any(not (w.entry and w.entry.english) for w in run):
            for w in run:
                if not w.hit:
                    w.hit, w.why = True, "after a bed or room"


def _shape(word: str) -> str:
    return "upper" if word.isupper() else "lower" if word.islower() else "title"


# An age over 89 given right after the name it belongs to: "Alhaja Sidikat Lawal, 91 (per
# relatives)", "Mrs Ivy Ho, 94, from the home", "Bed 3 - Mrs Beverley Hope 94 - fall" (HIPAA Safe Harbor: ages over 89 are identifiers)
_AGE_AFTER: Final = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]+)(?P<v>9\d|1[01]\d)(?=[ \t]*(?:[(,;)]|[ \t][-–][ \t]|\n|\Z|y\b|yo\b|yrs?\b|years\b|/?[MF]\b))"
)  # ("Mrs Beverley Hope 94 - fall at home": a handover's age after the name, a dash after it; "93/F")


# the same after a comma closing the sentence: "Mr Desmond Okafor, 93. R PACI" (a note's opening line);
# without the comma a full stop after a bare number is too often a reading's end
_AGE_AFTER_COMMA_STOP: Final = re.compile(r"[ \t]*,[ \t]*(?P<v>9\d|1[01]\d)(?=\.(?:[ \t]|\n|\Z))")


def age_after_name(text: str, found: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    for e in found:
        if e.type is not PhiType.NAME:
            continue
        if (m := _AGE_AFTER.match(text, e.end) or _AGE_AFTER_COMMA_STOP.match(text, e.end)) is not None:
            out.append(Entity.of(PhiType.AGE, m, "v"))
    return out
