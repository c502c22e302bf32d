"""A British house or street that carries no street word, told with its number, town and postcode:
"it's 7 Bryn Awel, Llanberis, LL55 4TY", "5 Hafod Lâs, Bethesda LL57 3AB", "12 Glan Conwy,
Betws, LL24 0AA". A Welsh (or Gaelic) street name holds no "Road" or "Street" the street shapes
read, so the number before it and the town and postcode after it tell the address. A number with
no postcode after its town ("take 2 Paracetamol, Ibuprofen") or a postcode after no number stays."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# (a UK postcode, found first: every match ends in one)
# (led by its first capital, which the regex engine skips to; the word boundary is read back after it)
_POSTCODE: Final = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]?\d[A-Z\d]?[ ]?\d[A-Z]{2}\b")
_CAP: Final = r"[A-ZŴŶÂÊÎÔÛ][^\W\d_][\w'’\-]*"
# read back from the postcode: the house number, the street's or house's one to three words, the
# town (one or two words), each after a comma
_LINE: Final = re.compile(
    rf"(?<![\w/.\-])\d{{1,4}}[A-Za-z]?,?[ ](?P<w>{_CAP}(?:[ ](?:[a-z]{{1,3}}[ ])?{_CAP}){{0,2}}),[ ]"
    rf"{_CAP}(?:[ ]{_CAP})?,?[ ]\Z"
)


def postcode_house_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for z in _POSTCODE.finditer(text):
        m = _LINE.search(text, max(0, z.start() - 70), z.start())
        if m is None or any(lex(w.lower()).clinical for w in m.group("w").split()):
            continue  # (a drug's name is no street: "2 Paracetamol, ...")
        # (the house and street only: the town and the postcode are read as such by their own passes)
        out.append(Entity(PhiType.ADDRESS, m.start(), m.end("w"), text[m.start() : m.end("w")]))
    return out
