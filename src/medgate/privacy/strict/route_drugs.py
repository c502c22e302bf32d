"""A drug's brand between its route and its frequency, as Indian and African ward notes write
them without a strength ("neb duolin q6h", "tab dolo sos", "syp grilinctus tds"): the word a
route opens and a frequency closes is the drug, not a name or a town, whatever the gazetteer
holds for it. Both sides are needed: "neb" alone may be followed by anything ("neb given to
Mary"), and a frequency alone by a person ("seen by priya bd")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import Tok

# how the drug is given, as written before it
_ROUTES: Final = frozenset(
    (
        "neb", "nebs", "nebulise", "nebulised", "nebulize", "nebulized", "inh", "inhaled", "tab", "tabs",
        "tablet", "cap", "caps", "capsule", "syp", "syr", "syrup", "inj",
    )
)  # fmt: skip
# how often, right after it: "q6h", "q 8 hrly", "bd", "sos", "1-0-1"
_FREQUENCY: Final = re.compile(
    r"[ \t]+(?:q[ \t]?\d{1,2}[ \t]?(?:h|hr|hrs|hrly|hourly)|\d{1,2}[ \t]?(?:hrly|hourly)|od|bd|bid|tds|tid|qds|qid|"
    r"qd|qh|hs|sos|prn|stat|nocte|mane|[01]-[01]-[01])\b",
    re.IGNORECASE,
)


def drug_by_route(words: list[Tok], i: int, text: str) -> bool:
    """`words[i]` stands between a route and a frequency: a drug's name (a first name there is
    still read as one: "inj given by kamala stat" is rare, a leak worse than a masked drug)."""
    t = words[i]
    return (
        i > 0 and words[i - 1].low in _ROUTES and t.entry is not None and not t.entry.flags & F.FIRST
        and _FREQUENCY.match(text, t.end) is not None
    )  # fmt: skip
