"""A town after a facility's name with its province or state code, as a transfer's "FROM:" line
gives it, in capitals or not: "ST. ODILE'S GENERAL, THUNDER CROSSING ON", "Lakeview Hospital,
Moose Bend SK", "BAYSIDE CLINIC, COOLAMON NSW". The code after the town says it is one even where
its words are English ("THUNDER CROSSING"); a department after the comma ("GENERAL, ICU ON ...")
stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_FACILITY: Final = (
    r"(?:HOSPITAL|GENERAL|CLINIC|INFIRMARY|HOSPICE|CENTRE|CENTER|Hospital|General|Clinic|Infirmary|Hospice|Centre|Center)"
)
_CODES: Final = r"(?:ON|BC|AB|SK|MB|QC|NS|NB|PE|PEI|NL|YT|NT|NU|NSW|VIC|QLD|WA|SA|TAS|ACT)"
_TOWN_WORD: Final = r"(?:[A-Z][A-Z'’.-]+|[A-Z][a-z'’.-]+)"
_RX: Final = re.compile(
    rf"{_FACILITY}(?:['’]S|['’]s)?,[ \t]+(?P<v>{_TOWN_WORD}(?:[ \t]{_TOWN_WORD}){{0,2}})[ \t]+{_CODES}(?=[ \t]*(?:$|[,.;)\n]))",
    re.M,
)
_NOT_TOWNS: Final = cues.DEPARTMENTS | cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DAY_WORDS | frozenset(cues.MONTHS)


def province_town_spans(text: str) -> list[Entity]:
    if ", " not in text:
        return []
    return [
        Entity.of(PhiType.CITY, m, "v")
        for m in _RX.finditer(text)
        if not any(w.lower().strip(".'’") in _NOT_TOWNS for w in m.group("v").split())
    ]
