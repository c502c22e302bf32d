"""An aircraft's registration after the aircraft: "FIXED WING, AIRCRAFT C-FQTZ", "the air
ambulance (reg VH-FXW)", "plane G-MEDX", "tail C-GMBX". The nationality prefix, a dash, three or
four letters; or an American N-number after the tail or the registration ("tail N417AC", "reg
N92TX": N, a digit, up to five more with one or two letters last; not "N1" alone, a nodal stage). Other words after "aircraft"
("aircraft noise", "tail of pancreas") are no mark."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import word_start

_RX: Final = re.compile(
    r"(?i:\b(?:aircraft|plane|helicopter|air[ \t]+ambulance|jet|tail(?:[ \t]+no\.?)?|registration|reg\.?))[ \t:(]+"
    r"(?P<v>[A-Z]{1,2}-[A-Z]{3,4})(?![\w-])"
)
_N_NUMBER: Final = re.compile(  # (led by the cue's first letter: the scan skips to it)
    word_start(["tail", "registration", "reg"])
    + r"(?i:(?:[ \t]+(?:no\.?|number|#))?)[ \t:#(]+(?P<v>N[1-9](?:\d{1,4}|\d{0,3}[A-Z]|\d{0,2}[A-Z]{2}))(?![\w-])"
)


_MARK: Final = re.compile(r"[A-Z]-[A-Z]{3}")  # (a mark's shape alone: one quick scan before the cue's)


def aircraft_mark_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    if "-" in text and _MARK.search(text) is not None:
        out += [Entity.of(PhiType.VEHICLE, m, "v") for m in _RX.finditer(text)]
    if "N" in text:  # (an N-number's letter, before the cue's scan)
        out += [Entity.of(PhiType.VEHICLE, m, "v") for m in _N_NUMBER.finditer(text)]
    return out
