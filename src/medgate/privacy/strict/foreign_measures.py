"""A measured quantity in another language, reported with its value: "Leukos waren letztes Mal
2,8", "a saturação está nos 93%", "la glucosa estaba en 180,5", "Hb war 9,1". The word before
the copula is a lab or a vital sign, and the copula ("waren", "está": surnames to the lexicon) a
verb; neither is anyone's name. Only where a decimal comma or a percent closes the clause within
a few words (a person's name is not reported as "2,8" or "93%"), and never for a word the lexicon
knows as a first name or surname ("Maria está nos 93%" leaves Maria to the name filter)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.icu_devices import keep_span
from medgate.privacy.strict.words import Tok

# "was/were/is/are" (and "stood at") in German, Portuguese, Spanish, Italian, French: a reading's verbs
_VERBS: Final = (
    "war waren ist sind lag lagen está estão estava estavam estaba estaban estuvo era eram eran "
    "fue fueron è erano sono était étaient est"
)
_COPULAS: Final = frozenset(_VERBS.split())
# up to three words (German capitalises its nouns: "Mal"), then the value: a decimal comma or a
# percentage ("letztes Mal 2,8", "nos 93%")
_VALUE: Final = re.compile(r"(?:[ ]+[^\W\d_]+){0,3}[ ]+(?:de[ ]|em[ ]|en[ ]|a[ ])?\d+(?:,\d+\b|[ ]?%)")


# what every value holds: a decimal comma or a percent sign
_DECIMAL_COMMA: Final = re.compile(r"\d,\d")


def mark_foreign_measures(toks: list[Tok], text: str) -> None:
    """(Read from the tokens, whose lower-case form is at hand: no scan of the text but the
    value's gate. The noun is the token right before the copula, one space apart: had another
    token stood between, the words' gap would not be one space.)"""
    if "%" not in text and _DECIMAL_COMMA.search(text) is None:
        return
    copulas = _COPULAS
    for k in [k for k, t in enumerate(toks) if t.low in copulas]:
        if k == 0:
            continue
        verb, noun = toks[k], toks[k - 1]
        if not noun.text[0].isalpha() or text[noun.end : verb.start] != " ":
            continue
        e = noun.entry
        if (e is not None and e.flags & (F.FIRST | F.LAST)) or not _VALUE.match(text, verb.end):
            continue
        keep_span(toks, noun.start, verb.end)
