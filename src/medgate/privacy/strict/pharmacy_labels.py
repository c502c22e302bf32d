"""A pharmacy named after its label: "Preferred pharmacy: Rite Aid", "pharmacy - HEB #112",
"Pharmacy: Hy-Vee on 14th St". The chain or shop, with its branch, is where the patient is seen
and lives; the label is the cue, whatever the name's words are. "Pharmacy: none", "pharmacy:
mail order" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

_LABELLED: Final = re.compile(
    r"(?i:pharmacy)(?:[ \t]*[:\-][ \t]*|[ \t]+(?=[A-Z]))"
    r"(?P<v>[A-Za-z0-9][\w&'’.\-]*(?:[ \t](?:[A-Z0-9#][\w&'’.\-]*|&|on|at|of|in))*)"
)
# (the kind after the name is no one's: "Desert Rose Pharmacy" masks "Desert Rose")
_TRAILING: Final = re.compile(r"(?:[ \t](?:&|on|at|of|in|(?i:pharmacy)))+\Z|[.\-]+\Z")
# values that are no pharmacy's name
_NONE_WORDS: Final = (
    "none n/a na unknown same mail home per not no yes pending patient pt hospital outpatient inpatient "
    "retail local specialty any other on in at the a is was to and for will"
)
_NONE: Final = frozenset(_NONE_WORDS.split())


def pharmacy_spans(text: str) -> list[Entity]:
    if "harmacy" not in text and "HARMACY" not in text:
        return []
    out: list[Entity] = []
    for m in _LABELLED.finditer(text):
        label = text[max(0, m.start() - 10) : m.start() + 8].lower()
        colon = ":" in text[m.start() : m.start("v")] or "-" in text[m.start() : m.start("v")]
        if not colon and "preferred" not in label:
            continue  # "pharmacy Kroger" alone; read only after a label's colon or "preferred"
        v = m.group("v")
        first = v.split()[0].lower().rstrip(".")
        if first in _NONE or v[0].islower():
            continue  # ("Pharmacy: please verify the dose"): a sentence, not a name
        end = m.start("v") + len(_TRAILING.sub("", v))
        out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    return out
