"""A French hospital named by its generic kind and its town ("l'Hôtel-Dieu de Sherbrooke", "Centre
hospitalier de Granby", "Hôpital de Chicoutimi"): the kind alone names no one, but with "de <town>"
it names the one hospital, and the whole is masked, not the town alone. Only a town the gazetteer
knows counts: "Hôpital de jour", "Clinique de la Douleur" (a service) stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?:H[ôo]tel-Dieu|H[ôo]pital|Centre[ ]hospitalier(?:[ ]universitaire|[ ]régional)?|Polyclinique|Clinique)"
    r"[ ](?:de[ ]la[ ]|de[ ]|du[ ]|d['’])(?P<t>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:-[A-ZÀ-Ý][a-zà-ÿ'’]+)*)"
)
_KINDS: Final = ("Dieu", "pital", "hospitalier", "linique")


def generic_hospital_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(k in text for k in _KINDS):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        town = lex(m.group("t").lower())
        if town.place and not town.clinical:
            out.append(Entity.of(PhiType.LOCATION, m))
    return out
