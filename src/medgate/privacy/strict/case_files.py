"""A Mexican or Spanish case file's number after "exp." or "expediente" ("exp. 12-4471-KM",
"No. de expediente 558812", "expediente: HC-90321"). An expiry date written the same way ("exp.
03/27", "exp 2026") stays: a date's shape is the date rules' to judge."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_CASE_FILE: Final = re.compile(
    r"(?i:\b(?P<k>exp\.|expediente|expte\.?)(?:[ ]?(?:n[oº°]\.?|núm\.?|#|:))?[ ]?)"
    r"(?P<v>(?=[\w/-]*\d)[A-Z0-9][A-Z0-9/-]{3,20}[A-Z0-9])(?![\w/-])"
)
_DATE_SHAPE: Final = re.compile(r"\d{1,2}[/-]\d{2,4}|(?:19|20)\d\d")


def case_file_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if "exp." not in low and "expediente" not in low and "expte" not in low:
        return []
    out: list[Entity] = []
    for m in _CASE_FILE.finditer(text):
        if m["k"].lower() == "exp." and (_DATE_SHAPE.fullmatch(m["v"]) or len(m["v"]) < 6):
            continue
        out.append(Entity.of(PhiType.MRN, m, "v"))
    return out
