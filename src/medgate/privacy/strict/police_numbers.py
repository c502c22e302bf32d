"""A police officer's badge number and a police case's number: "Officer Haugland #3312",
"Sgt. Okafor badge 2291", "Deputy Ruiz, badge no. 447", "POLICE CAS 311/08/2025" (a South
African SAPS case), "police case no. 24-118832", "police report # 2025-00412". The officer's word
(and a name after it) or "police"/"SAPS" before the case's word is what says whose number it is;
a number with no such word before it ("#3312" alone, "case 3 of 5") is the number rules' to judge."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold, word_led

_OFFICERS: Final = [
    "officer", r"ofc\.?", "constable", r"const\.?", "pc", r"sgt\.?", "sergeant", "deputy", r"dep\.?", "trooper",
    r"tpr\.?", "detective", r"det\.?", "inspector", r"insp\.?", r"cpl\.?", "corporal",
]
# "Officer Haugland #3312", "Sgt. Okafor badge 2291", "deputy ruiz, badge no. 447", an initial before
# the surname ("OFC. J. TRAN #2209", "Det. M. A. Osei badge 118") (the scan skips to
# an officer's word's first letter)
_BADGE: Final = re.compile(
    word_led(_OFFICERS)
    + r"(?i:[ ]+(?:(?!(?:at|in|on|by|the|to|bed|bay|room|and|with|from|present)\b)(?:[a-z]\.|[a-z][\w'’\-]+)[ ]?){0,3},?[ ]*"
    r"(?:badge[ ]*(?:no\.?|number|#)?|#)[ ]*)(?P<v>\d{2,7})\b(?![.,]\d)"
)
# "badge #5521", "badge no. 447" with no officer's word before it
_BARE_BADGE: Final = re.compile(word_led(["badge"]) + r"(?i:[ ]*(?:no\.?|number|#)[ ]*)(?P<v>\d{2,7})\b(?![.,]\d)")
# "POLICE CAS 311/08/2025", "SAPS case no. 45/3/2024", "police report # 2025-00412", "police ref: OB 12/3/24"
_CASE: Final = re.compile(
    word_led(["police", "saps", "garda", "pd", "rcmp"])
    + r"(?i:[ ]+(?:cas|case|report|incident|ref(?:erence)?|ob|crime|event)\b"
    r"(?:[ ]+(?:no\.?|number|#|ref))?[ ]*[:#]?[ ]*)"
    r"(?P<v>(?:[A-Z]{1,4}[ ]?)?\d[\d/\-]{2,16}\d)\b"
)
_CASE_CUES: Final = ("police", "saps", "garda", "pd ", "pd,", "rcmp")


def police_number_spans(text: str) -> list[Entity]:
    low = lowered(text)  # (most notes name no police: two substring tests)
    out: list[Entity] = []
    if "#" in text or "badge" in low:
        out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _BADGE.finditer(text))
        out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _BARE_BADGE.finditer(text))
    if may_hold(text, low, _CASE_CUES):
        out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _CASE.finditer(text))
    return out
