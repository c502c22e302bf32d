"""A health-plan card's number after the card's word and its plan's name, as Portuguese and Spanish
chats write it: "a carteirinha da Unimed 0 032 118447 00-9", "mi credencial de OSDE 61 188402 3
01-7", "cartão do Bradesco Saúde nº 884 20117 3390-2". The number is digits in spaced groups with
a check digit after a hyphen, or ten digits or more in three groups or more. Kept: a count or a
time after the card ("a carteirinha da Unimed 2 vezes", "tarjeta de OSDE 10 30 h"), a phone's
shape (the phone rules' own), a card with no number."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# card words (Portuguese, Spanish) then "da/do/de/del" and the plan's name in one to three capitalised
# words, then an optional "nº", "n°", "número", "nro" and a colon
_PLAN_CARD: Final = re.compile(
    r"\b(?i:carteirinha|carteira|cart[ãa]o|tarjeta|credencial|carn[eê]t?)[ \t]+(?i:d[aoe]|del)[ \t]+"
    r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]*(?:(?i:n[º°o]\.?|n[úu]mero|nro\.?)[ \t]*)?:?[ \t]*"
    r"(?P<v>\d{1,6}(?:[ \t]\d{1,8}){1,5}(?:-\d{1,2})?)(?![\w/]|[.,\-]\d)"
)
_CARD_PARTS: Final = ("cart", "credencial", "carn")


def plan_card_spans(text: str) -> list[Entity]:
    low = lowered(text)
    if not any(p in low for p in _CARD_PARTS):
        return []
    out: list[Entity] = []
    for m in _PLAN_CARD.finditer(text):
        v = m.group("v")
        digits = sum(c.isdigit() for c in v)
        if ("-" in v and digits >= 8) or (digits >= 10 and v.count(" ") + v.count("\t") >= 2):
            out.append(Entity.of(PhiType.HEALTH_PLAN, m, "v"))
    return out
