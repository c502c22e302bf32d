"""Dates in local shapes no other rule reads: a date of birth typed with spaces ("dob 4 9 81",
"born 12 11 1964"), a day of the month said in Urdu with "tareekh" ("chaudah tareekh ko", "5
tarikh"), and a continental day.month without a year right after the emergency department's
name ("na SOR 4.02", "in der Notaufnahme 12.03"). "INR 1.05", "K 3.03", "dob on file", "3 5 mg"
stay."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_SPACED_DOB: Final = re.compile(
    r"(?i:\b(?:dob|d\.o\.b\.?|date[ ]of[ ]birth|born(?:[ ]on)?|birthday)(?:[ ]is)?[:. ]+)"
    r"(?P<v>(?:0?[1-9]|[12]\d|3[01])[ ](?:0?[1-9]|[12]\d|3[01])[ ](?:19|20)?\d\d)(?![\w.,/:-]?\d|[ ]?(?i:mg|ml|kg)\b)"
)
_URDU_DAYS: Final = (
    r"\d{1,2}|ek|do|teen|char|chaar|panch|paanch|chay|chhe|che|saat|aath|nau|das|gyarah|gyara|barah|bara|terah"
    r"|tera|chaudah|chauda|pandrah|pandra|solah|sola|satrah|satra|atharah|athara|unnees|unees|bees|ikkees|ikees"
    r"|baees|bais|teis|tees|chaubees|chobees|pachees|chabbees|chhabbees|sattaees|sattais|atthaees|athais|untees"
    r"|iktees|ikattees"
)
_TAREEKH: Final = re.compile(rf"(?i:\b(?:{_URDU_DAYS})[ ](?:tareekh|tarikh|tareek|tarik|tarekh|tarekh)\b)")
# the emergency department's name in several languages, then a day.month with a two-digit month
_ED_DAY: Final = re.compile(
    r"(?:\b(?:SOR|SEH|ED|ER|A&E|(?i:izbie[ ]przyjęć|urgencias|urgences|notaufnahme|pronto[ ]soccorso|"
    r"eerste[ ]hulp|emergency)))[ ](?P<v>(?:0?[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.?)(?![\w]|[.,]\d)"
)
_ED_CUES: Final = ("SOR", "SEH", "ED ", "ER ", "A&E", "zbie", "rgenc", "otaufnahme", "occorso", "hulp", "mergency")
# what every such date holds: a space, a day of one or two digits, a dot and a month (found from its dot)
_SPACED_DAY_MONTH: Final = re.compile(r"\.(?<=[ ]\d\.)(?:0[1-9]|1[0-2])|\.(?<=[ ]\d\d\.)(?:0[1-9]|1[0-2])")


def local_date_spans(text: str) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if "dob" in low or "d.o.b" in low or "birth" in low or "born" in low:
        out.extend(Entity.of(PhiType.DATE, m, "v") for m in _SPACED_DOB.finditer(text))
    if "tareek" in low or "tarik" in low or "tarekh" in low:
        out.extend(Entity.of(PhiType.DATE, m) for m in _TAREEKH.finditer(text))
    if "." in text and any(c in text for c in _ED_CUES) and _SPACED_DAY_MONTH.search(text):
        out.extend(Entity.of(PhiType.DATE, m, "v") for m in _ED_DAY.finditer(text))
    return out
