"""Identifiers shown in part or with a site's prefix, which the labelled rules miss: a masked SSN
that still shows its last four ("***-**-4471", "XXX-XX-0193"), a number told by its ending ("ID
ending 3390", "card ends in 8812"), the VA's Integration Control Number (ten digits, "V", six), and
a registration number with the hospital's letters before it ("Reg No: QEH 24-118203")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_TAILS: Final = re.compile(
    r"(?P<ssn>(?<![\w*#])(?:\*{3}|[xX#]{3})[-. ]?(?:\*{2}|[xX#]{2})[-. ]?\d{4})(?!\w)"
    r"|\b(?i:id|ssn|nric|ic|card|account|acct|a/c)[ \t]+(?i:ending|ends)(?:[ \t]+(?i:in|with))?[ \t]+(?P<end>\d{3,6})\b"
    r"|(?P<icn>\b\d{10}V\d{6}\b)"
    r"|\b(?i:reg(?:istration)?|hosp(?:ital)?|file|folder|record)\.?[ \t]*(?i:no|number|#)\.?[ \t]*[:#]?[ \t]*"
    r"(?P<reg>[A-Z]{2,6}[ \t]+\d{2,4}[-/]\d{3,8})\b"
)
_KINDS: Final = {"ssn": PhiType.SSN, "end": PhiType.SSN, "icn": PhiType.MRN, "reg": PhiType.MRN}


def id_tail_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    for m in _TAILS.finditer(text):
        g = m.lastgroup or "ssn"
        out.append(Entity.of(_KINDS[g], m, g))
    return out
