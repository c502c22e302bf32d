"""A colour that is also a first name, describing a body fluid, is no one's name: "Foley draining clear
amber urine", "AMBER COLOR URINE", "urine dark amber", "ruby-red drainage". Real nursing notes chart
urine this way in nearly every GU line (the dev split: "amber" masked 48 times, never an identifier).
Colours are a closed set, so the list is short and typed here; a name after a kin word or a title
("daughter Amber visited", "Amber to call back") keeps its mask: the colour must touch a fluid or a
colour word on the same line."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# colour words that name-lists also hold as first names
_COLOUR_NAMES: Final = frozenset({
    "amber", "rose", "ruby", "hazel", "scarlet", "violet", "ginger", "olive", "coral", "cherry", "straw",
    "tan", "pink", "rusty", "sandy",
})  # fmt: skip
_FLUID_AFTER: Final = re.compile(
    r"[ \t\-]*(?:(?:clear|cloudy|dark|dk|red|colou?red)[ \t]+)?"
    r"(?i:urine|colou?r(?:ed)?|secretions?|sputum|drainage|fluid|output|stools?|aspirate|tinged|tint(?:ed)?"
    r"|serous|sanguineous|emesis|sediment(?:ous)?|in[ \t]+colou?r)\b"
    # "amber and clear", "amber, clr", "amber to tea colored", "amber to cl yellow" (not "Amber, clear
    # plan": a comma alone needs the nurses' "clr")
    r"|(?i:[ \t]+(?:and|&)[ \t]+(?:clear|clr|cloudy)\b|[ \t]*,[ \t]*clr\b)"
    r"|(?i:[ \t]+to[ \t]+(?:tea|red|reddish|brown|yellow|cl|clear|dark|orange|pink|straw)\b)"
)
_SHADE_BEFORE: Final = re.compile(
    r"(?i:\b(?:clear|cloudy|dark|dk|drk|light|lt|pale|deep|draining|drained|yellow|brown|orange|red|qs"
    r"|urine(?:[ \t]+(?:is|was|went[ \t]+from|now))?|u/?o(?:/hr)?|cc/hr))[ \t,/\-]+\Z"
)


def fluid_colours(text: str, found: list[Entity]) -> list[Entity]:
    """`found` less the colour words read as names where they describe a fluid."""
    return [e for e in found if not _describes_fluid(text, e)]


def _describes_fluid(text: str, e: Entity) -> bool:
    if e.type is not PhiType.NAME or e.text.lower() not in _COLOUR_NAMES:
        return False
    return _FLUID_AFTER.match(text, e.end) is not None or _SHADE_BEFORE.search(text, max(0, e.start - 16), e.start) is not None
