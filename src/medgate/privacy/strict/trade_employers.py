"""The firm a worker in a trade works for, told in lower case after the trade and "w/", "with" or
"for": "long haul trucker w/ schneider", "delivery driver for fedex", "mail carrier for usps",
"courier for dhl", "a driver for ups". Firms are often plain words, so only a rare one counts there, one word, none
that a sentence goes on with ("driver for years", "trucker w/ 20 yrs", "driver for the council").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold

_TRADE_FIRM: Final = re.compile(
    r"(?i:\b(?:trucker|truck[ \t]?driver|lorry[ \t]?driver|driver|courier|(?:mail|letter|rural)[ \t]+carrier|"
    r"mailman|postman|lineman|linesman|welder|rigger|roughneck|warehouseman))"
    r"[ \t]+(?i:(?P<w>w/|with)|for)[ \t]+(?P<v>[A-Za-z][A-Za-z&'’\-]+)(?![\w/&'’\-])"
)
# what every trade above holds, as the lower-cased text has it (a trade ending in "man" has a space or
# tab after it): looked for as substrings, cheaper than a case-blind scan
_CUES: Final = ("truck", "driver", "courier", "carrier", "man ", "man\t", "rigger", "welder", "roughneck")
# a syringe driver is a pump: what comes after "with" is its drug ("syringe driver with midaz")
_PUMP_BEFORE: Final = re.compile(r"(?i:syringe|infusion|pump|sc|subcut|t34|mckinley|graseby)[ \t\-]*\Z")
_EVERYDAY_ZIPF: Final = 4.7  # ("driver for hire", "trucker w/ experience": the sentence's own words)
_NOT_FIRMS: Final = frozenset({"hire", "life", "fun", "local", "long", "short", "company", "delivery", "contract"})


def trade_employer_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not may_hold(text, lowered(text), _CUES):
        return []
    out: list[Entity] = []
    for m in _TRADE_FIRM.finditer(text):
        low = m.group("v").lower()
        e = lex(low)
        # (a clinical word is no firm, "driver for dialysis", but three letters are a firm's initials
        # there even where an abbreviation list holds them: "driver for ups", "courier for dhl")
        if (
            len(low) < 3 or (e.clinical and len(low) > 3) or e.zipf >= _EVERYDAY_ZIPF or low in _NOT_FIRMS
            or low in cues.SHORTHAND or low in cues.DEPARTMENTS
        ):  # fmt: skip
            continue
        if m.group("w") and e.english and not e.name:
            continue  # ("driver w/ sob": after "with" a word is what he has, a firm only if no word)
        if _PUMP_BEFORE.search(text, max(0, m.start() - 12), m.start()) is None:
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
