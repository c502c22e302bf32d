"""An implanted venous port or catheter called by its brand, one word built on "port" or "cath"
("Mediport placed 6/2", "portacath accessed", "Infusaport flushed"). No list knows these words, so
the word filter would mask them as unknown; they stay only where every list (names, places,
English) is silent on the whole word, so "Davenport", "Stockport" and "Newport" are still masked."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok
from medgate.privacy.text import lowered

# a prefix of three letters or more, then "port" or "cath" ("medi-port", "porta-cath", "infusa-port")
_BRAND: Final = re.compile(r"(?i)[a-z]{3,}(?:port|cath)")


def mark_port_brands(toks: list[Tok], text: str) -> None:
    """The brand's word is marked as eponyms are: the word filter and the tagger leave it."""
    low = lowered(text)
    if "port" not in low and "cath" not in low:
        return
    for t in toks:
        if t.entry is not None and t.entry.flags == 0 and _BRAND.fullmatch(t.text):
            keep_span([t], t.start, t.end)
