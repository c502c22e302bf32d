"""A care service or a child's place told by its label, then its own name: "Home health: Amedisys",
"Hospice is Crossroads", "Daycare is Little Sprouts on ...", "Outpt HD unit is DaVita Westside",
"dialysis center: Fresenius Eastgate". A dialysis unit is named only with its "unit" or "center"
("HD: MWF" is a schedule). The name is capitalised, one to four words, and not only everyday
words, a kind, a day or an abbreviation: "Home health: None", "Hospice: Not yet", "Daycare is
Closed", "Home health: PT/OT", "Daycare is Monday" stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.org_kinds import GENERIC_KIND_WORDS
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_LABEL: Final = re.compile(
    r"(?i:\b(?:(?:outpt|outpatient|op)[ \t]+)?(?:home[ \t]?health|home[ \t]?care|hospice|day[ \t]?care|childcare"
    r"|nursery|preschool|(?:hd|dialysis)(?=[ \t]+(?:unit|center|centre|clinic)))"
    r"(?:[ \t]+(?:unit|center|centre|clinic|agency|provider|company))?)[ \t]*(?::|[ \t](?i:is|=))[ \t]*"
    r"(?P<v>[A-Z][A-Za-z'’&\-]*(?:[ \t][A-Z][A-Za-z'’&\-]*){0,3})(?![\w/])"
)
# what every label above holds, lower-cased ("health" and "care" cover home health, day care, childcare)
_CUES: Final = (
    "health",
    "care",
    "hospice",
    "nursery",
    "preschool",
    "unit",
    "center",
    "centre",
    "clinic",
)
_EVERYDAY_ZIPF: Final = 4.5  # ("Daycare is Closed", "Hospice: Aware"): the sentence's own words


def _names(words: list[str], lex: Lexicon) -> bool:
    for w in words:
        low = w.lower()
        if (
            low in GENERIC_KIND_WORDS or low in cues.DAY_WORDS or low in cues.MONTHS or low in cues.UNITS
            or (w.isupper() and len(w) <= 4) or (lex(low).clinical and not (lex(low).name or lex(low).place))
        ):  # fmt: skip
            return False
    # a name holds a word that is not everyday English ("Little Sprouts", "DaVita", "Amedisys")
    return any(
        not lex(w.lower()).english
        or lex(w.lower()).zipf < _EVERYDAY_ZIPF
        or (not w.isupper() and not w[1:].islower())
        for w in words
    )


def service_label_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if (":" not in text and " is " not in low) or not any(c in low for c in _CUES):
        return []
    return [
        Entity.of(PhiType.LOCATION, m, "v")
        for m in _LABEL.finditer(text)
        if _names(m.group("v").split(), lex)
    ]
