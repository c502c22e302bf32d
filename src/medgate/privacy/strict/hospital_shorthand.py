"""A hospital or care home by its local shorthand after a place preposition: "at the royal", "from
the mater", "still at the civic", "move her to the general", "back in the infirmary", "at the
women's", "mum at the willows". Only "the" and one word from the known shorthands (or a house name
of the kind care homes take: a tree's or a garden's plural) are taken. Near misses stay: "at the
moment", "in general" (no "the"), "the royal family", "at the general practice" (a noun after the
word makes it an adjective, not a hospital), "at the mercy of" ("of" after it: a noun phrase)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.types import Entity, PhiType

# hospitals called by one word in the English-speaking world (Royal X, Mater Misericordiae, the
# Civic, X General, the Alfred, the Austin, the Women's)
_SHORTHAND: Final = (
    "royal|mater|civic|general|gen|infirmary|alfred|austin|women's|womens|children's|childrens|mercy"
    "|memorial|regional|county|cottage|queen's|queens|princess|northern|western|eastern|southern"
    "|lister|whittington|radcliffe|freeman|brigham|mayo"
)
# house names that care homes take
_HOMES: Final = (
    "laurels|willows|limes|cedars|beeches|elms|oaks|pines|maples|poplars|hollies|firs|larches|rowans|birches"
    "|gables|grange|meadows|orchards|paddocks|cloisters|lindens|hawthorns|chestnuts|sycamores"
)
# (led by the class of the prepositions' first characters, with the letters IGNORECASE folds onto
# them, so the regex engine skips to them; "@" takes a word character before it, as "\b@" did)
_PREP: Final = (
    r"[aAtTfFiI\u0130\u0131oO@](?:(?<=@)(?<=\w.)|(?<!\w.)(?:(?<=a)t|(?<=t)o|(?<=f)rom|(?<=i)(?:n|nto)|(?<=o)utta))"
)
# a noun after the word makes it an adjective: "the general practice", "the royal family"
_NOUNS: Final = (
    "family|families|mail|navy|air|marines|society|college|public|practice|practices|practitioner|ward|wards"
    "|anaesthetic|anesthetic|anaesthesia|anesthesia|surgery|surgeon|surgeons|medicine|election|store|manager"
    "|idea|rule|sense|population|consensus|meeting|assembly|council|court|highway|road|line|way|part"
    "|side|area|areas|region|hemisphere|suburbs|states|shore|coast|wedding|baby|household|opinion|level"
    "|knowledge|health|condition|appearance|edge|end|tip|garden|avenue|street|st|rd|ave|drive"
    "|close|view|lane|care|inspection|feeling|direction|vicinity|hospital|hospitals"
)
_RX: Final = re.compile(
    rf"(?i){_PREP}[ \t]+the[ \t]+(?P<v>(?:{_SHORTHAND}|{_HOMES}))(?![\w'’-])(?![ \t]+(?:{_NOUNS}|of)\b)"
)
_CUES: Final = ("the ", "The ", "THE ")


def hospital_shorthand_spans(text: str) -> list[Entity]:
    if not any(c in text for c in _CUES):
        return []
    return [Entity.of(PhiType.LOCATION, m, "v") for m in _RX.finditer(text)]
