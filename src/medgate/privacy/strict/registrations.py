"""A professional's registration number after the initials of the council that issued it, as
Brazil and its neighbours print it on a report's signature: "CRM-RJ 98.431", "COREN-MG 442.119",
"CRF 31.207"; and after "Reg. No." with its thousands dotted ("Reg. No. 12.554"). The
registration names the doctor, nurse or pharmacist who signed. Plain runs of five digits or more are
already the long-number rule's; this adds the dotted ones and the short ones after a council and state.
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.numbers import UNITS_AFTER
from medgate.privacy.types import Entity, PhiType

# Brazil's regional councils written without their state (medicine, pharmacy, dentistry, nursing,
# nutrition, physiotherapy, biomedicine, veterinary): "CRP" is left out, it is C-reactive protein too.
_COUNCILS: Final = r"(?:CRM|CRF|CRO|CRN|COREN|CREFITO|CRBM|CRMV|CRFa)"
_DOTTED: Final = r"\d{1,3}(?:\.\d{3})+"
_REGISTRATION: Final = re.compile(
    # council initials and a state ("CRM-RJ", "COREN/MG"), then its number, dotted or not
    rf"(?<![\w\-])(?:[A-Z]{{2,7}}[-/][A-Z]{{2}}|{_COUNCILS})[ \t]*(?:n[º°o]\.?[ \t]*)?:?[ \t]*"
    rf"(?P<v>{_DOTTED}|\d{{4,7}})(?![\w]|[.,]\d)"
    # "Reg. No. 12.554", "Registro 41.228": the dotted number after a registration label
    rf"|(?i:\b(?:reg(?:istration)?\.?[ \t]*(?:no|nr|n[º°]|#)\.?|registro|inscri[cç][aã]o))[ \t]*:?[ \t]*"
    rf"(?P<w>{_DOTTED})(?![\w]|[.,]\d)"
)
# cheap first looks: a dotted thousands group, or a state's two capitals after a dash or slash
_FIRST_LOOK: Final = re.compile(r"\d\.\d{3}(?!\d)|[-/][A-Z]{2}[ \t]*(?:n|:|\d)")


def registration_spans(text: str) -> list[Entity]:
    if not _FIRST_LOOK.search(text):
        return []
    out: list[Entity] = []
    for m in _REGISTRATION.finditer(text):
        g = "v" if m.group("v") else "w"
        if not UNITS_AFTER.match(text, m.end()):
            out.append(Entity(PhiType.LICENSE, m.start(g), m.end(g), m.group(g)))
    return out
