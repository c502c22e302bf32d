"""A first name opening a sentence in a Spanish chat, before "ya"/"no"/"se" and a verb ("Nico ya
comió algo", "Dani no quiere tomar la medicina", "Mati se durmió temprano"): the adverb and the verb
after it say a person, the name lists say a name. A pronoun, a kin word or a Spanish or English
word there is no name ("Ella ya tomó", "Mamá no quiere", "Hoy ya comió"), nor a name in an English
text ("Pat no longer drives")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.languages import SPANISH_WORDS, written_in_spanish
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

_RX: Final = re.compile(
    r"(?:^|(?<=[.!?¡¿,:;][ \t])|(?<=[.!?][ \t]{2}))(?P<v>[A-ZÁÉÍÓÚÑ][a-záéíóúñü]{2,})"
    r"[ \t]+(?:ya|no|se|ya[ \t]+se|no[ \t]+se|todavía|también|nunca)[ \t]+(?P<verb>[a-záéíóúñ]{3,})\b",
    re.MULTILINE,
)
# Spanish pronouns and time words that open a sentence as a name would
# (a Spanish chat has some of these, an English note one at most, "LOS": the scan runs where two are)
_SPANISH_GATE: Final = (" que ", " el ", "está", " su ", " los ", " muy ")
_NOT_NAMES: Final = SPANISH_WORDS | frozenset(
    {
        "ella",
        "él",
        "yo",
        "usted",
        "ellos",
        "ellas",
        "nosotros",
        "eso",
        "esto",
        "ahora",
        "nadie",
        "todo",
        "ayer",
    }
)


def spanish_subject_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    if (" ya " not in low and " no " not in low and " se " not in low) or sum(
        w in low for w in _SPANISH_GATE
    ) < 2:
        return out
    found = list(_RX.finditer(text))
    if not found or not written_in_spanish(text):
        return out
    for m in found:
        name = m.group("v").lower()
        e = lex(name)
        if (
            name in _NOT_NAMES
            or e.english
            or e.clinical
            or not e.flags & (F.FIRST | F.LAST | F.KNOWN)
        ):
            continue
        if lex(m.group("verb")).english:
            continue  # ("Pat no longer drives": English)
        out.append(Entity.of(PhiType.NAME, m, "v"))
    return out
