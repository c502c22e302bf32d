"""An aircraft's registration after the aircraft: "FIXED WING, AIRCRAFT C-FQTZ", "the air
ambulance (reg VH-FXW)", "plane G-MEDX". The nationality prefix, a dash, three or four letters;
other words after "aircraft" ("aircraft noise") are no mark."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?i:\b(?:aircraft|plane|helicopter|air[ \t]+ambulance|jet|tail[ \t]+no\.?|registration|reg\.?))[ \t:(]+"
    r"(?P<v>[A-Z]{1,2}-[A-Z]{3,4})(?![\w-])"
)


_MARK: Final = re.compile(r"[A-Z]-[A-Z]{3}")  # (a mark's shape alone: one quick scan before the cue's)


def aircraft_mark_spans(text: str) -> list[Entity]:
    if "-" not in text or _MARK.search(text) is None:
        return []
    return [Entity.of(PhiType.VEHICLE, m, "v") for m in _RX.finditer(text)]
