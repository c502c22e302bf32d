"""A hospital by its initials after a verb of sending or taking a patient into it: "rushed into the
RVI", "sent into the QEH", "got taken into the JR". Kept: a unit's or a test's initials ("sent into
the ICU", "taken into the CT"), and a vessel a wire goes into ("wire passed into the LAD": no verb
of sending a patient)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

# a verb of sending or taking a patient, "into the", then the hospital's initials
_INTO_THE: Final = re.compile(
    r"\b(?i:sent|taken|rushed|brought|admitted|transferred|flown|airlifted|ambulanced|went|gone)"
    r"[ \t]+(?i:into)[ \t]+(?i:the)[ \t]+(?P<v>[A-Z]{2,5})\b(?![\-/&])"
)
_CUES: Final = (" into the ", " INTO THE ", " Into the ")


def _hospital(initials: str, lex: Lexicon) -> bool:
    """No unit, department or bedside shorthand, and no English or clinical word."""
    low = initials.lower()
    if low in cues.DEPARTMENTS or low in cues.UNITS or low in cues.SHORTHAND:
        return False
    e = lex(low)
    return not (e.english or e.clinical)


def into_site_spans(text: str, lex: Lexicon) -> list[Entity]:
    if not any(c in text for c in _CUES):
        return []
    return [Entity.of(PhiType.LOCATION, m, "v") for m in _INTO_THE.finditer(text) if _hospital(m.group("v"), lex)]
