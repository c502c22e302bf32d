"""A hospital told by its initials where a place stands: "after his stay at the lgh", "moved from
cuh to the bon secours", "her number for LASUTH", "sent to the RGH". Initials ending in H or HC
(Hospital, Health Centre, University Hospital) after a preposition of place are a hospital's; the
clinical ones that end so ("PPH", "LVH", "TSH") are left, and so is any without the preposition
("LVH on echo")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_HOSPITAL_INITIALS: Final = re.compile(
    r"(?i:\b(?:at|to|from|in|into|for|of|outside)[ \t]+(?:the[ \t]+)?)"
    r"(?P<v>(?-i:[a-z]{2,5}(?:h|hc)|[A-Z]{2,5}(?:H|HC)))\b(?![-/'’]\w)"
)
# Clinical and lab initials ending in H (haemorrhage, hypertrophy, hormones, enzymes...).
_CLINICAL: Final = frozenset({
    "pph", "aph", "bph", "sah", "ich", "iph", "ivh", "sdh", "edh", "lvh", "rvh", "lah", "rah",
    "tsh", "fsh", "lh", "adh", "ldh", "acth", "gh", "hh", "pth", "dh", "mh", "nh", "crh", "gnrh",
    "trh", "sh", "ph", "bh", "oh", "ah", "eh", "uh", "ch", "th", "wh", "nph", "iih", "pah", "cteph",
    "hrh", "fh", "gdh", "mch", "mchc", "hc", "phc", "dhc", "wih", "soh", "sob", "gih", "nash",
    "usoh", "pmh", "psh", "pmhx", "hpi", "lmh", "smh",
})  # fmt: skip


def hospital_initials(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _HOSPITAL_INITIALS.finditer(text):
        v = m.group("v")
        low = v.lower()
        if low in _CLINICAL or low.endswith(("ch", "sh")) or (low.endswith("th") and not v.isupper()):
            continue  # (an English digraph, not initials: "trach", "bronch", "thich")
        e = lex(low)
        if not (e.english or e.clinical) and e.zipf < 2.5:  # (initials, not a word: "birth", "march")
            out.append(Entity(PhiType.LOCATION, m.start("v"), m.end("v"), v))
    return out
