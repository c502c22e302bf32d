"""A name right before the age and sex that introduce a patient, in any case: "pt keoni
kahananui, 58m", "BED 4 TAVITA LEAUPEPE 71 YOM", "mrs ingrid flett, 96F". Notes write that pair
after the patient's name, so the words before it that are no English, clinical or role word are
the name (at most three)."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.strict.words import ROLE_WORDS, Tok

_AGE_SEX: Final = re.compile(r"(?i:,?[ \t]+\d{1,3}[ \t]?(?:yo|y/o|yrs?|yom|yof|m|f)\b)")
_AGE_SEX_ANYWHERE: Final = re.compile(r"(?i:\b\d{1,3}[ \t]?(?:yo|y/o|yrs?|yom|yof|m|f)\b)")


def name_before_age_sex(words: list[Tok], text: str) -> None:
    if _AGE_SEX_ANYWHERE.search(text) is None:
        return
    for i, t in enumerate(words):
        if not _AGE_SEX.match(text, t.end):
            continue
        run: list[Tok] = []
        j = i
        while j >= 0 and len(run) < 3:
            w = words[j]
            e = w.entry
            if e is None or e.english or e.clinical or w.low in ROLE_WORDS or w.eponym or len(w.text) < 3:
                break
            if run and text[w.end : run[-1].start] != " ":
                break
            run.append(w)
            j -= 1
        if len(run) >= 2:  # (a single unknown word before "58m" may be a ward or a typo)
            for w in run:
                if not w.hit:
                    w.hit, w.why = True, "before age and sex"
