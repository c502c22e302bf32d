"""A vehicle's plate in brackets after the vehicle: "drives a route taxi (HCK 4471)", "his bakkie
(CA 123-456)", "the van (KT4 19R)"; or after the word "plate" earlier in its sentence, with the state first ("VAN PLATE FROM A
WITNESS (NH 4TR 918)"). A bus or a route in brackets ("bus (N25)", "car (2 doors)") has
too few letters or digits to be a plate."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import word_before
from medgate.privacy.types import Entity, PhiType

# the bracket first (a literal: the scan is quick), then the word before it
_RX: Final = re.compile(r"\((?P<v>[A-Z0-9]{1,4}(?:[ \t-][A-Z0-9]{1,4}){0,2})\)")
# "plate" before the bracket in the same sentence (no stop between)
_PLATE_BEFORE: Final = re.compile(r"(?i:\bplate)[^.;\n()]{0,40}\Z")
_VEHICLES: Final = frozenset({
    "taxi", "cab", "car", "van", "truck", "lorry", "bakkie", "ute", "minibus", "maxi", "kombi", "matatu",
    "jeepney", "tuk-tuk", "motorbike", "motorcycle", "scooter", "vehicle", "pickup", "suv",
})


def bracket_plate_spans(text: str) -> list[Entity]:
    if "(" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        v = m.group("v")
        if word_before(text, m.start(), "") not in _VEHICLES and not _PLATE_BEFORE.search(
            text, max(0, m.start() - 50), m.start()
        ):
            continue
        if sum(c.isalpha() for c in v) >= 2 and sum(c.isdigit() for c in v) >= 3:
            out.append(Entity.of(PhiType.VEHICLE, m, "v"))
    return out
