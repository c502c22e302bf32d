"""A US county told by name before "County": "BIBA Hollis County EMS", "Ramsey County jail", "per
St. Clair County DHS". The name is masked, not the word "County" (as most sets count it), except
where the county is told before a service or an office in lower case or capitals ("Lincoln County
sheriff", "Dakota County EMS"): there "X County" is one name, and is masked whole. A word that only
opens a sentence or points ("The County", "Our County Council", "each County") names none."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"\b(?P<v>(?:St\.?[ \t])?[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]County)\b"
    # an office or a Welsh or Irish council after it: a title or a borough's name, not a US county
    r"(?![ \t](?:Attorney|Borough|Council|Commissioner|Clerk|Court|Judge|Manager|Executive))"
)
# a service word after the county: the county is then told attributively, "X County" is one name
_SERVICE_AFTER: Final = re.compile(r"[ \t](?P<w>[a-z]{3,}|[A-Z]{2,})\b")
# a clause word after it ("Dane County and ...", "X County in May") tells no service
_CLAUSE: Final = (
    cues.PLACE_PREPS | cues.DAY_PREPS | cues.EMPLOYER_PREPS | cues.DETERMINERS | frozenset({"and", "or", "of"})
)
_NOT_NAMES: Final = frozenset({
    "the", "this", "that", "our", "your", "their", "his", "her", "each", "every", "any", "same", "other",
    "deputy", "assistant", "acting", "former",
    "home", "local", "neighbouring", "neighboring", "adjacent", "rural", "whole", "entire", "one",
})


def county_name_spans(text: str) -> list[Entity]:
    if " County" not in text:
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        words = m.group("v").split()
        while words and words[0].lower() in _NOT_NAMES:
            words = words[1:]
        if len(words) < 2:
            continue
        start, end = m.end("v") - len(" ".join(words)), m.end("v") - len(" County")
        after = _SERVICE_AFTER.match(text, m.end("v"))
        if after is not None and after.group("w").lower() not in _CLAUSE:
            end = m.end("v")
        out.append(Entity(PhiType.COUNTY, start, end, text[start:end]))
    return out
