"""A specialists' practice named for its place, before its specialty and a group word, as a
letterhead gives it in capitals: "KAWARTHA NEPHROLOGY ASSOCIATES", "Tamarack Orthopaedic Group",
"RIVERBEND CARDIOLOGY CONSULTANTS". The place's one or two words are masked; a name of kind words
alone ("REGIONAL CARDIOLOGY ASSOCIATES", "the Cardiology Group") names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_SPECIALTIES: Final = (
    "Nephrology", "Renal", "Kidney", "Cardiology", "Heart", "Vascular", "Neurology", "Oncology", "Cancer",
    "Orthopaedic", "Orthopaedics", "Orthopedic", "Orthopedics", "Urology", "Gastroenterology", "Digestive",
    "Dermatology", "Skin", "Rheumatology", "Endocrinology", "Diabetes", "Pulmonary", "Respiratory", "Lung",
    "Psychiatry", "Psychiatric", "Paediatric", "Paediatrics", "Pediatric", "Pediatrics", "Ophthalmology", "Eye",
    "ENT", "Surgical", "Surgery", "Radiology", "Imaging", "Haematology", "Hematology", "Allergy", "Pain",
    "Sleep", "Spine", "Fertility", "Obstetrics", "Gynaecology", "Gynecology",
)  # fmt: skip
_GROUPS: Final = ("Associates", "Group", "Partners", "Consultants", "Specialists")


def _either_case(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(w + "|" + w.upper() for w in words) + ")"


_WORD: Final = r"[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
_RX: Final = re.compile(
    rf"(?<![\w'’-])(?P<v>{_WORD}(?:[ ]{_WORD})?)[ ]{_either_case(_SPECIALTIES)}[ ]{_either_case(_GROUPS)}\b"
)
# words that only say which kind of practice, not where it is
_KIND_WORDS: Final = frozenset({
    "the", "general", "regional", "university", "community", "county", "city", "family", "internal", "medical",
    "advanced", "comprehensive", "premier", "integrated", "specialist", "associated", "consultant", "private",
    "national", "state", "district", "area", "metro", "our", "your", "and", "of", "for", "at", "from", "to",
    "adult", "child", "children's", "women's", "interventional", "clinical", "local",
})  # fmt: skip
_CUES: Final = tuple(g for g in _GROUPS) + tuple(g.upper() for g in _GROUPS)


def specialty_group_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(c in text for c in _CUES):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = m.group("v").lower().split()
        if all(w in _KIND_WORDS or lex(w).clinical for w in words):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
