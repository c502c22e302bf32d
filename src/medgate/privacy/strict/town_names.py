"""A town named by its shape where the gazetteer misses it or reads it as English:
- a titled name ending in "Town" after a preposition of place ("lives in Princes Town", "from
  Arnos Vale Town", "near Charles Town"): the word "Town" after a name is the name's own;
- a titled word after "in" and a comma, right before a street ("we stay in Penal, Lower Hill Road
  #12", "in Caroni, Mission Road"): the town a street address is given in, even when the town is
  also an English word.
Kept: "in town", "in Town Hall" (no name before "Town"), a clinical word there ("in Pain, Main
Road" is no town), and a titled word after "in" with no street after it ("in Penal Code")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.recognizers.address import SUFFIX
from medgate.privacy.types import Entity, PhiType

_NAMED_TOWN: Final = re.compile(
    r"(?<![\w])(?:in|at|from|near|to|of|In|At|From|Near)[ ]"
    r"(?P<v>[A-Z][a-z'’]+(?:[ ][A-Z][a-z'’]+)?[ ]Town)(?![\w'’])(?![ ](?:Hall|Council|Centre|Center|Square))"
)
# (led by "I"/"i", a class the regex engine skips to; the lookbehind after it reads the word's edge)
_TOWN_BEFORE_STREET: Final = re.compile(
    r"[Ii](?<![\w][Ii])n[ ](?P<v>[A-Z][a-z'’]+(?:[ ][A-Z][a-z'’]+)?),[ ]"
    r"(?:[A-Z][a-z'’]+[ ]){1,3}" + SUFFIX + r"(?![\w])"
)


def town_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    if "n " not in text:
        return []
    out: list[Entity] = []
    if " Town" in text:
        for m in _NAMED_TOWN.finditer(text):
            if not any(lex(w).clinical for w in m.group("v").split()[:-1]):
                out.append(Entity.of(PhiType.CITY, m, "v"))
    if ", " in text:
        for m in _TOWN_BEFORE_STREET.finditer(text):
            if not any(lex(w).clinical for w in m.group("v").split()):
                out.append(Entity.of(PhiType.CITY, m, "v"))
    return out
