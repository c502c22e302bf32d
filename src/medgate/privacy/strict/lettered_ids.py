"""Identity and record numbers that carry a letter group among their digits, bare (no label before
them): a Zimbabwean national ID ("63-2218475 K 42", "08-123456A07"), an insurance card led by
letters and a digit then digit groups ("HC4 01 2245 873 911", "DN 4 79 1234567890"), a record
number after a hospital's initials ending in H ("NGH 0098273", "SJH 1234567"). A lab value after
its label ("LDH 245", "CO2 24 25 26") is too short to be one."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# (each scan starts with its first character and reads what stands before it behind that, so the
# regex engine skips to the characters that can start one)
# district, serial, check letter, home district
_NATIONAL: Final = re.compile(r"\d(?<![\w-].)\d[ \t]?-[ \t]?\d{6,7}[ \t]?[A-Z][ \t]?\d{2}(?![\w-])")
# letters with a digit glued to them, then three or more digit groups: ten digits or more in all
_CARD: Final = re.compile(r"[A-Z](?<![\w-].)[A-Z]{1,2}\d{1,2}(?:[ \t]\d{2,5}){3,5}(?![\w-])")
_CARD_DIGITS: Final = 10
# a hospital's initials ("...H") and a record number of six digits or more
_HOSPITAL: Final = re.compile(r"[A-Z](?<![\w-].)[A-Z]{0,2}H[ \t]\d{6,9}(?![\w./-])")


_GLUED: Final = re.compile(r"[A-Z]\d")  # (what a card's opening needs: most texts pass on this one scan)


def lettered_id_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "-" in text:
        out.extend(Entity(PhiType.SSN, m.start(), m.end(), m.group()) for m in _NATIONAL.finditer(text))
    for m in _CARD.finditer(text) if _GLUED.search(text) else ():
        if sum(c.isdigit() for c in m.group()) >= _CARD_DIGITS:
            out.append(Entity(PhiType.HEALTH_PLAN, m.start(), m.end(), m.group()))
    if "H " in text:
        out.extend(Entity(PhiType.MRN, m.start(), m.end(), m.group()) for m in _HOSPITAL.finditer(text))
    return out
