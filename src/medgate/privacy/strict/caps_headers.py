"""A letterhead's place in capitals: a hospital's or department's heading in its first lines, then a
dash or a comma and the town, county or city it is in ("ST. ANNE HOSPITAL, GOZO CITY", "ED TRIAGE -
QUEENS COUNTY", "CLINIQUE DU LAC - BLIDA"), and the name of a French or Maghrebi university
hospital after its initials ("CHU IBN ROCHD - CASABLANCA"). Kept: what a heading says of the
document or the shift ("GENERAL HOSPITAL - DISCHARGE SUMMARY", "ED TRIAGE - NIGHT SHIFT": English
words, none a place's), a department ("CITY HOSPITAL - CARDIOLOGY")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_CAPS: Final = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.\-]+"
# the heading: capitals holding a word of a hospital or its emergency department, then the place
_HEADER: Final = re.compile(
    r"(?P<org>(?:[A-Z0-9&'’.\-]+[ ])*?(?:HOSPITAL|HOSPITALS|CHU|CHR|CHRU|CLINIC|CLINIQUE|CLINICA|CLÍNICA|INFIRMARY"
    r"|TRIAGE|ED|ER|A&E|EMERGENCY)(?:[ ][A-Z0-9&'’.\-]+)*?)"
    rf"(?:[ ]-[ ]|,[ ])(?P<v>{_CAPS}(?:[ ]{_CAPS}){{0,2}})(?=[ ]-[ ]|[ \t]*$|[ ]\()"
)
# a university or regional hospital's initials, then its name up to the dash
_CHU: Final = re.compile(r"(?:CHU|CHR|CHRU)[ ](?P<v>[A-Z][A-Z'’\-]+(?:[ ](?:[A-Z][A-Z'’\-]+|[IVX]{1,3})){0,3})[ ]-[ ]")
# the words that make an English word a place's name in a heading
_PLACE_KINDS: Final = frozenset({"county", "city", "town", "district", "parish", "borough", "province", "island"})
_HEAD_LINES: Final = 3


def caps_header_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    pos = 0
    for _ in range(_HEAD_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip() and any(c.isupper() for c in line[:4]):
            out.extend(_line_spans(text, pos, end, lex))
        if end >= len(text):
            break
        pos = end + 1
    return out


def _line_spans(text: str, pos: int, end: int, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    m = _HEADER.match(text, pos, end)
    if m is not None and _place(m.group("v"), lex):
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    c = _CHU.match(text, pos, end)
    if c is not None:
        out.append(Entity.of(PhiType.LOCATION, c, "v"))
    return out


def _place(v: str, lex: Lexicon) -> bool:
    """No department or unit, and a place's: some word no English word, or a place kind at its end."""
    words = [w.lower() for w in v.split()]
    if any(w in cues.DEPARTMENTS or w in cues.UNITS or lex(w).clinical for w in words):
        return False
    return words[-1] in _PLACE_KINDS or any(not lex(w).english for w in words)
