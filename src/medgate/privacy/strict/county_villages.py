"""An Irish townland or village told before its county, and the county: "behind Hanlon's pub, Camp,
Co. Kerry", "lives outside Ballyduff, Co Waterford", "Inch, County Clare". A place kind before the
county ("the Hospital, Co. Cork") is masked only as the county's."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_CAP: Final = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)?"
_RX: Final = re.compile(
    rf"(?P<v>{_CAP}(?:[ \t]{_CAP}){{0,2}}),[ \t]+(?:Co\.?|County)[ \t]+(?P<c>[A-Z][a-z]+)\b"
)
_KINDS: Final = cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DEPARTMENTS
# what follows "County" in an office's name, not a county ("Parking Section, County Council")
_OFFICES: Final = frozenset({"council", "court", "clerk", "manager", "hall", "office", "board", "sheriff", "coroner"})


def county_village_spans(text: str) -> list[Entity]:
    if ", Co" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        if m.group("c").lower() in _OFFICES or m.group("c").lower() in _KINDS:
            continue
        out.append(Entity.of(PhiType.COUNTY, m, "c"))
        if not any(w.lower() in _KINDS for w in m.group("v").split()):
            out.append(Entity.of(PhiType.CITY, m, "v"))
    return out
