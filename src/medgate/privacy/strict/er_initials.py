"""A hospital by its initials after the emergency room that is its own: "ER ng VMMC", "the ER of
SLMC", "ED at RVH", "ER sa EAMC" (Tagalog "ng" and "sa" as "of" and "at"). The slot after "ER of"
holds a hospital; a department ("ER of ICU"?), a common word or a clinical abbreviation there stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# (each department led by its capital, which the regex engine skips to; the boundary read back after it)
_RX: Final = re.compile(r"(?:E(?<!\wE)(?:R|D)|A(?<!\wA)&E|O(?<!\wO)PD)[ ](?:ng|of|sa|at)[ ](?:the[ ])?(?P<v>[A-Z]{2,6})\b(?![\-/])")


def er_initial_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "ER " not in text and "ED " not in text and "A&E " not in text and "OPD " not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        low = m.group("v").lower()
        e = lex(low)
        if low in cues.DEPARTMENTS or e.clinical or e.english:
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
