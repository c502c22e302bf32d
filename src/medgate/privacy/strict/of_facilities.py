"""A facility named in capitals across "OF", from its first word to its head ("SISTERS OF CHARITY
HOSPITAL", "DAUGHTERS OF WISDOM MATERNITY HOME", "MOTHER OF MERCY LYING-IN CLINIC"), as "OUR LADY
OF ..." is (shapes.py): the words before "OF" belong to the name, which the facility passes cut at
"OF". A department or a service named across "OF" is no name ("DEPARTMENT OF SURGERY CLINIC",
"DIVISION OF CARDIOLOGY CLINIC")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_HEADS: Final = "|".join(
    sorted((w.upper() for w in cues.FACILITY_HEADS | cues.SMALL_FACILITIES | cues.SCHOOL_HEADS if w.isalpha()),
           key=len, reverse=True)
)  # fmt: skip
_CAPS: Final = r"[A-Z][A-Z'’\-]+"
_RX: Final = re.compile(
    rf"(?<![\w\-])(?P<v>(?P<a>{_CAPS}(?:[ ]{_CAPS})?)[ ]OF[ ](?:THE[ ])?(?P<b>{_CAPS}(?:[ ]{_CAPS}){{0,3}}?)"
    rf"[ ](?:{_HEADS}))\b"
)
# an organisation's parts named across "OF" ("DEPARTMENT OF ...", "OFFICE OF ...")
_PARTS: Final = cues.EMPLOYER_PARTS | frozenset(
    {"department", "dept", "section", "faculty", "ministry", "board"}
)
# a clause, not a name, runs on through a preposition or "and" ("HX OF FALLS AT HOME")
_JOINS: Final = (
    cues.PLACE_PREPS
    | cues.DAY_PREPS
    | cues.EMPLOYER_PREPS
    | cues.DETERMINERS
    | frozenset({"and", "or", "with"})
)


def of_facility_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if " OF " not in text:
        return out
    seen: set[int] = set()
    i = text.find(" OF ")
    while i != -1:  # (a window around each " OF ", cheaper than a scan of the text)
        m = _RX.search(text, max(0, i - 40), i + 160)
        i = text.find(" OF ", i + 4)
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        start = m.start("v")
        before = m.group("a").split()
        while (
            before[0].lower() in _JOINS and len(before) > 1
        ):  # ("BORN AT SISTERS OF ...": from "SISTERS")
            start += len(before[0]) + 1
            before = before[1:]
        before = [w.lower() for w in before]
        after = [w.lower() for w in m.group("b").split()]
        if any(
            w in _PARTS or w in _JOINS or w in cues.FACILITY_HEADS or w in cues.UNITS
            for w in before
        ):
            continue
        if any(w in cues.DEPARTMENTS or w in _JOINS or lex(w).clinical for w in after):
            continue
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out
