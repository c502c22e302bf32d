"""A police officer's badge number and a police case's number: "Officer Haugland #3312",
"Sgt. Okafor badge 2291", "Deputy Ruiz, badge no. 447", "POLICE CAS 311/08/2025" (a South
African SAPS case), "police case no. 24-118832", "police report # 2025-00412". The officer's word
(and a name after it) or "police"/"SAPS" before the case's word is what says whose number it is;
a number with no such word before it ("#3312" alone, "case 3 of 5") is the number rules' to judge."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_OFFICER: Final = (
    r"(?:officer|ofc\.?|constable|const\.?|pc|sgt\.?|sergeant|deputy|dep\.?|trooper|tpr\.?|detective|det\.?"
    r"|inspector|insp\.?|cpl\.?|corporal)"
)
# "Officer Haugland #3312", "Sgt. Okafor badge 2291", "deputy ruiz, badge no. 447", "badge #5521"
_BADGE: Final = re.compile(
    rf"(?i:\b{_OFFICER}[ ]+(?:(?!(?:at|in|on|by|the|to|bed|bay|room|and|with|from|present)\b)[a-z][\w'’\-]+[ ]?){{0,2}},?[ ]*(?:badge[ ]*(?:no\.?|number|#)?|#)[ ]*"
    r"|\bbadge[ ]*(?:no\.?|number|#)[ ]*)(?P<v>\d{2,7})\b(?![.,]\d)"
)
# "POLICE CAS 311/08/2025", "SAPS case no. 45/3/2024", "police report # 2025-00412", "police ref: OB 12/3/24"
_CASE: Final = re.compile(
    r"(?i:\b(?:police|saps|garda|pd|rcmp)[ ]+(?:cas|case|report|incident|ref(?:erence)?|ob|crime|event)"
    r"(?:[ ]+(?:no\.?|number|#|ref))?[ ]*[:#]?[ ]*)"
    r"(?P<v>(?:[A-Z]{1,4}[ ]?)?\d[\d/\-]{2,16}\d)\b"
)
_CUE: Final = re.compile(r"(?i:badge|police|saps|garda|\bpd\b|rcmp|#)")


def police_number_spans(text: str) -> list[Entity]:
    if _CUE.search(text) is None:  # (most notes name no police)
        return []
    out = [Entity.of(PhiType.OTHER_ID, m, "v") for m in _BADGE.finditer(text)]
    out.extend(Entity.of(PhiType.OTHER_ID, m, "v") for m in _CASE.finditer(text))
    return out
