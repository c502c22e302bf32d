"""A fasting order told in words: "nil by mouth", "nil per os", "nil orally" (UK and Commonwealth wards;
"I'm nil by mouth AGAIN for the 3rd day"). "Nil" is also a first name, and after "I'm" the name filter read
it as the writer's: with "by mouth" or its Latin after it, it is the order, no one's name."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_ORDER_AFTER: Final = re.compile(r"[ \t]+(?i:by[ \t]+mouth|per[ \t]+os|per[ \t]+oral|orally)\b")


def mark_fasting_orders(toks: list[Tok], text: str) -> None:
    """(Read from the tokens: "nil" is rare, so the regex runs only after one.)"""
    for t in toks:
        if t.low == "nil" and _ORDER_AFTER.match(text, t.end):
            keep_span(toks, t.start, t.end)
