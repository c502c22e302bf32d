"""Words that are a clinical abbreviation's written form, not a word no list knows: a term the
project's clinical words hold, written in capitals as its acronym is ("GERD", beside "COPD, HTN");
and one letter made a past tense after its slash ("D/C'd": discontinued). A name's own cue still
makes the first a name ("DR. GERD" is read by the title, not as an unknown word)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.web_words import CALENDAR
from medgate.privacy.strict.words import Tok
from medgate.privacy.vocab import CLINICAL_WORDS

_LETTER_PAST: Final = re.compile(r"[a-z]['’]d")


def caps_clinical_term(t: Tok) -> bool:
    """ "GERD": a clinical word of the project's list in capitals (not a month or a day: "SEPTEMBER"
    is the calendar's, read by the date passes)."""
    return len(t.text) >= 3 and t.text.isupper() and t.text.title() in CLINICAL_WORDS and t.low not in CALENDAR


def slashed_past(t: Tok, text: str) -> bool:
    """ "C'd" of "D/C'd", "d/c'd": the abbreviation's last letter with the verb's ending."""
    return _LETTER_PAST.fullmatch(t.low) is not None and text[t.start - 1 : t.start] == "/"
