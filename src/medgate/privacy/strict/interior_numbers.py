"""A Philippine house number with its interior (the unit inside a compound or building) and the
street after it: "2207 Int. 5 Sto. Niño St.", "88 Int 12-B Kalaw Ave", "1450 INT. 3". The "Int."
between two numbers is the proof; the street is taken with its saint's prefix ("Sta.", "Sto.",
"San") to its street word. "Int." with no house number before it ("seen by Int. Med 2") or in
lower case ("grade 1 int 2") stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_CAP: Final = r"[A-ZÑ][\w'’\-]*"
_RX: Final = re.compile(
    r"(?<![\w/.\-])\d{1,5}[A-Z]?,?[ ](?:Int|INT)\.?[ ]?\d{1,4}(?:-?[A-Z])?(?![\w/])"
    # the street: a saint's prefix, one to three words, its street word
    rf"(?:,?[ ](?:(?:Sta|Sto|Sn|STA|STO)\.?[ ]|(?:San|Santa|Santo)[ ])?{_CAP}(?:[ ]{_CAP}){{0,2}}?"
    r"[ ](?:St|ST|Street|Ave|Avenue|Rd|Road|Blvd|Ext|Extension|Drive|Dr)\b\.?)?"
)


def interior_number_spans(text: str) -> list[Entity]:
    if "Int" not in text and "INT" not in text:
        return []
    return [Entity.of(PhiType.ADDRESS, m) for m in _RX.finditer(text)]
