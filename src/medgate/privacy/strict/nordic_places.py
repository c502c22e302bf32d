"""A place after a preposition in a Norwegian, Danish or Swedish note: "bor i Alta", "hjemmebesøk i
Máze 21.11", "flyttet fra Kautokeino", "overført til Kirkenes". These languages write their nouns in
lower case, so a titled word after "i"/"fra"/"til" mid-sentence is a proper name; the pass runs only
where the text is plainly Nordic (see `nordic_dates.is_nordic`). Kept: a clinical word or an
abbreviation there ("til CT", "i Barthel", "på MR")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.strict.nordic_dates import is_nordic
from medgate.privacy.types import Entity, PhiType

# lower-case "i"/"fra"/"til"/"från"/"till" (in, from, to), then one or two titled words; the letters
# after each capital are lower case, so "i CT" or "til INR" is never one
_PLACE: Final = re.compile(
    r"(?<![\w])(?:i|fra|från|til|till)[ ](?P<v>[A-ZÆØÅÄÖÁČĐŊŠŦŽ][a-zæøåäöáčđŋšŧžéü\-]+"
    r"(?:[ ][A-ZÆØÅÄÖÁČĐŊŠŦŽ][a-zæøåäöáčđŋšŧžéü\-]+)?)(?![\w])"
)


def nordic_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    if (" i " not in text and " fr" not in text and " til" not in text) or not is_nordic(text):
        return []
    out: list[Entity] = []
    for m in _PLACE.finditer(text):
        if any(lex(w).clinical for w in m.group("v").split()):
            continue
        out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
