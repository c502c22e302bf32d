"""A drug's short capitals with its strength right after ("TXA 1 G", "NAC 2 G", "KCL 40 MEQ"): an
all-capitals note gives such a word no case of its own, so a kin word or a full stop before it can
read it as a name ("...PER MOTHER. TXA 1 G GIVEN"). A number with a dose's unit after a short
capitals word says it is a drug, whatever stands before it."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import Tok

_UNIT_AFTER: Final = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]*(?i:mg|mcg|g|gm|grams?|ml|units?|iu|meq|mmol)\b")


def caps_drug_before_dose(t: Tok, text: str) -> bool:
    """t is 2-5 capitals with a number and a dose's unit right after it."""
    return 2 <= len(t.text) <= 5 and t.text.isupper() and t.text.isalpha() and _UNIT_AFTER.match(text, t.end) is not None


# a measurement with its unit, thousands grouped: "BW 3,150 g", "HC 34.5 cm", "WT: 72 kg"
_MEASURE_AFTER: Final = re.compile(r"[ \t]*:?[ \t]*\d{1,3}(?:,\d{3}|\d*)(?:\.\d+)?[ \t]*(?i:g|gm|grams?|kg|lbs?|oz|cm|mm|in)\b")


def caps_label_before_measure(t: Tok, text: str) -> bool:
    """t is 2-3 capitals, no name's, with a measurement and its unit right after it: a measure's
    label ("BW 3,150 g", a birth weight; "HC 34 cm"), not a name ("baby boy, KOBE 3 kg" is one)."""
    if not (2 <= len(t.text) <= 3 and t.text.isupper() and t.text.isalpha()):
        return False
    return not (t.entry is not None and t.entry.name) and _MEASURE_AFTER.match(text, t.end) is not None
