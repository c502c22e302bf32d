"""Cities: "City, ST [ZIP]" lines and cue phrases ("lives in", "from", "City:").

The state is kept (not an identifier under Safe Harbor); the ZIP in the same line is a ZIP.
"""

from __future__ import annotations

import re
from typing import ClassVar

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import STATE
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

CITY_WORD = r"(?:[A-Z][a-z]+(?:['’\-][A-Za-z]+)?|St\.|Ft\.|Mt\.|[A-Z]{3,})"
CITY = rf"{CITY_WORD}(?:[ \t]+{CITY_WORD}){{0,2}}"
ZIP = r"\d{5}(?:-\d{4})?"
CUE = (
    r"(?i:\b(?:lives|living|resides|residing|located|moved|relocated|born|raised|grew[ \t]+up|"
    r"travel(?:l?ed)?|visiting|vacation(?:ed|ing)?|home|originally)[ \t]+(?:alone[ \t]+)?"
    r"(?:(?:here[ \t]+)?(?:in|to|from|near|at)[ \t]+)|\bcity[ \t]*:[ \t]*|\bfrom[ \t]+)"
)
_NOT_CITY = re.compile(rf"(?:{STATE})$")
_CREDENTIAL_STATE = re.compile(r"\b(?:MD|PA|DO|NP|RN)\b")


class CityRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.CITY
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern(
            "city_state",
            rf"(?<![\w,])(?P<v>{CITY}),?[ \t]+{STATE}\.?(?:,?[ \t]+(?P<z>{ZIP}))?(?![\w\-])"
            r"(?![ \t]*[:#])",
        ),
        Pattern("cue", rf"{CUE}(?P<v>{CITY})\b(?!,?[ \t]+(?:County|Parish)\b)"),
    )

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        out: list[Span] = []
        zkey = "z" + suffix
        has_zip = zkey in m.re.groupindex and m.start(zkey) >= 0
        tail = m.string[m.end("v" + suffix) : m.end()]
        if not has_zip and _CREDENTIAL_STATE.search(tail):
            return []  # "Jane Roe, MD" / "John Roe, PA": a credential, not Maryland
        s, e = m.span("v" + suffix)
        words = m.group("v" + suffix).split()
        # Trim note words from the front ("Lives In Austin", "Seen At Dallas").
        while words and words[0].title() in CLINICAL_WORDS:
            s = m.string.index(words[0], s) + len(words[0])
            s += len(m.string[s:e]) - len(m.string[s:e].lstrip())
            words.pop(0)
        if words and not _NOT_CITY.fullmatch(" ".join(words)):
            out.append((PhiType.CITY, s, e))
        if has_zip:
            out.append((PhiType.ZIP, m.start(zkey), m.end(zkey)))
        return out
