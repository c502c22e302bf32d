"""A drug's brand the lexicon lacks (French and other European brands, often accented:
"Kardégic", "Doliprane") told in a list right after another drug and its strength ("Aspégic 100 mg
et Kardégic", "Ramipril 5 mg, Kardégic"): the word that a strength and a list joint lead to is the
next drug of the list, not a name. Only a word no vocabulary knows is read so: a first name or a
surname there is still one ("Doliprane 1 g et Marie passe demain")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import Tok

# a strength, then a list's joint in the languages of the written sets, right before the word
_AFTER_STRENGTH: Final = re.compile(
    r"\d(?:[.,]\d+)?[ \t]*(?i:mg|mcg|µg|g|ml|ui|iu)[ \t]*(?:,|\+|[ \t](?i:et|and|y|e|und|og|och|en|ve))[ \t]+$"
)
_LOOKBACK: Final = 40  # (a strength and a joint are short: the scan reads only this much before the word)


def drug_in_list(t: Tok, text: str) -> bool:
    """`t` is a word no vocabulary knows, capitalised, right after a strength and a list's joint."""
    e = t.entry
    if e is None or e.flags or not t.text[:1].isupper() or t.start < 4:
        return False
    return _AFTER_STRENGTH.search(text, max(0, t.start - _LOOKBACK), t.start) is not None
