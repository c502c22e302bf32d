"""A place named by one lower-case word after a preposition of place, as chats write hospitals and
suburbs: "her follow up at sunnybrook", "took him to middlemore", "seen at harborview". Only a word
built like a place name (an English place-name ending: -brook, -more, -view, -ville, -ton, -field,
...), of six letters or more, that is no English or clinical word and is known on the web but rare
there (a word no one writes is the strict filter's already; a charting system or a typo is not
known: "carevue", "begining")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_ENDINGS: Final = (
    "brook", "more", "view", "ville", "ton", "field", "wood", "ford", "burg", "borough", "bury", "dale",
    "land", "mouth", "port", "stead", "wick", "worth", "ham", "ridge", "hurst", "mead", "haven", "crest",
    "vale", "thorpe", "combe", "cliffe", "minster", "chester", "caster", "stone", "well", "bridge",
)  # fmt: skip
_AFTER_PREPOSITION: Final = re.compile(
    # (led by the words' first letters, the boundary read back: the scan skips to those letters)
    r"[atfino](?<!\w[atfino])(?:(?<=a)t|(?<=t)o|(?<=f)rom|(?<=i)(?:n|nto)|(?<=n)ear|(?<=o)utside)"
    r"[ \t]+(?:the[ \t]+)?(?P<v>[a-z]{2,}(?:" + "|".join(_ENDINGS) + r"))\b(?!['’-])"
)


def place_words(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _AFTER_PREPOSITION.finditer(text):
        e = lex(m.group("v"))
        if len(m.group("v")) >= 6 and not (e.english or e.clinical) and 1.0 <= e.zipf < 3.0:
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out


# An English county by its ending, capitalised anywhere ("arranged via Worcestershire social
# services", "LANCASHIRE"): the lexicon files some of them as words ("worcestershire" sauce)
_SHIRE: Final = re.compile(r"\b(?:[A-Z][a-z]{2,}shire|[A-Z]{3,}SHIRE)\b")


def shire_counties(text: str) -> list[Entity]:
    if "shire" not in text and "SHIRE" not in text:
        return []
    return [Entity.of(PhiType.COUNTY, m) for m in _SHIRE.finditer(text)]
