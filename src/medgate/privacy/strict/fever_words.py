"""The word for fever in the languages patients mix into a message, before a temperature: "febre
38,9", "fiebre de 38.5", "fièvre 39", "Fieber 38,7", "gorączka 39", "demam 38.9", "lagnat 39". A
symptom, no one's name ("Homa" is one: without a temperature after it the word is left to the
name filter)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

_WORDS: Final = "febre fiebre fièvre fievre fieber febbre gorączka goraczka gorączkę koorts ateş demam lagnat homa sốt"
_FEVER: Final = frozenset(_WORDS.split())
# a temperature right after the word ("39,2", "de 38.5", ": 102")
_TEMPERATURE: Final = re.compile(r"[ ]?(?:de|di|von|of|:|=|-)?[ ]?(?:3[5-9]|4[0-2]|9[5-9]|10[0-7])(?:[.,]\d)?\b")


def mark_fever_words(toks: list[Tok], text: str) -> None:
    """(Read from the tokens, whose lower-case form is at hand: no scan of the text.)"""
    for t in toks:
        if t.low in _FEVER and _TEMPERATURE.match(text, t.end):
            keep_span(toks, t.start, t.end)
