"""A health-plan card's number after the card's word and its plan's name, as Portuguese and Spanish
chats write it: "a carteirinha da Unimed 0 032 118447 00-9", "mi credencial de OSDE 61 188402 3
01-7", "cartão do Bradesco Saúde nº 884 20117 3390-2"; and after the plan's acronym alone ("y OSDE 61
234567 8 01"). The number is digits in spaced groups with
a check digit after a hyphen, or ten digits or more in three groups or more. Kept: a count or a
time after the card ("a carteirinha da Unimed 2 vezes", "tarjeta de OSDE 10 30 h"), a phone's
shape (the phone rules' own), a card with no number."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
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
# ... or the plan's acronym alone right before its number, as a chat lists its cards ("y OSDE 61 234567 8 01",
# "IOMA 4 551209 7 02"): three spaced groups or more, ten digits or more, one group of five or more (a
# vitals trend, "HR 88 92 101 110 96", has none); the acronym no clinical or English word
_PLAN_ACRONYM: Final = re.compile(
    r"\b(?P<p>[A-Z]{3,6})[ \t]+(?P<v>\d{1,6}(?:[ \t]\d{1,8}){2,5})(?![\w/]|[.,\-]\d)"
)
_LONG_GROUP: Final = re.compile(r"\d{5}")


def plan_card_spans(text: str, lex: Lexicon) -> list[Entity]:
    out = _acronym_plans(text, lex) if _LONG_GROUP.search(text) else []
    low = lowered(text)
    if not any(p in low for p in _CARD_PARTS):
        return out
    for m in _PLAN_CARD.finditer(text):
        v = m.group("v")
        digits = sum(c.isdigit() for c in v)
        if ("-" in v and digits >= 8) or (digits >= 10 and v.count(" ") + v.count("\t") >= 2):
            out.append(Entity.of(PhiType.HEALTH_PLAN, m, "v"))
    return out


def _acronym_plans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _PLAN_ACRONYM.finditer(text):
        v = m.group("v")
        groups = v.split()
        if sum(len(g) for g in groups) < 10 or max(len(g) for g in groups) < 5:
            continue
        e = lex(m.group("p").lower())
        if not (e.english or e.clinical):
            out.append(Entity.of(PhiType.HEALTH_PLAN, m, "v"))
    return out
