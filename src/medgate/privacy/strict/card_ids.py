"""A health card's number written as letter and digit groups after "card is" or "card no"
("her TSI card is BKLO 551203 K 027", "card no: GHTR 770412 B 118"): the groups after the first
letters and digits belong to it too. Kept: a card with no number ("card is at home", "card is
expired"), the words after the number ("card is ABCD 123456 if asked"), and a lone capital after it
("card is ABCD 123456 S Dr Lee put in": a letter with no digits after is no group of it)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# letters, then digits, then more groups of digits, each with one capital before it or none
_CARD_ID: Final = re.compile(
    r"\b(?i:card)(?:[ \t]+(?i:no\.?|number|nr|#))?(?:[ \t]+(?i:is)|[ \t]*:)?[ \t]+"
    r"(?P<v>[A-Z]{2,5}[ \t]?\d{4,8}(?:[ \t]+(?:[A-Z][ \t]+)?\d{2,4}\b(?![/.,-]\w))*)"
)


def card_id_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if "card " not in low and "card:" not in low and "card\t" not in low:  # (not "cardiac", "cardiology")
        return []
    return [Entity.of(PhiType.HEALTH_PLAN, m, "v") for m in _CARD_ID.finditer(text)]
