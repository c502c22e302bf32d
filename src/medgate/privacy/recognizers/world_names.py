"""Names introduced in other languages, each a scan that runs only where its cue occurs:

- "I am" / "my name is" followed by a capitalised name: Arabic transliterated "ana", Portuguese
  "sou a/o", Spanish "soy" / "me llamo", Polish "jestem" / "nazywam się", French "je suis" /
  "je m'appelle", Swahili "mimi ni" / "jina langu ni", Cantonese romanised "ngo hai", Dutch
  "ik ben", German "ich bin", Tagalog "ako si";
- Cantonese kinship words of two syllables before a name: "ah ma Chan Siu Fong", "ah yeh";
- a nickname in quotes inside a full name: 'Michael "big mike" Ferraro'.

The name must start with a capital ("ana miaka 93" is "she is 93 years"), may join an Arabic
article with a hyphen ("Fatima al-Rashid"), and is trimmed of note words like any other name.
"""

from __future__ import annotations

import re
from typing import ClassVar, Final

from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import LOWER, NAME_SEQ, NAME_WORD, UPPER
from medgate.privacy.recognizers.name import trim_name
from medgate.privacy.types import PhiType

# "Fatima al-Rashid", "Omar bin-Zayed": an article or "son of" joined to the last name
ARABIC_PART = rf"(?:[ \t](?:al|el|ul|ad|ar|as|ash|at|az|bin|ibn|bint|abu)-{NAME_WORD})"
NAME = rf"{NAME_SEQ}{ARABIC_PART}?"
INTRO = (
    r"(?i:\b(?:ana|sou[ \t]+[ao]|soy|me[ \t]+llamo|jestem|nazywam[ \t]+si[ęe]|je[ \t]+suis|"
    r"je[ \t]+m['’]appelle|mimi[ \t]+ni|jina[ \t]+langu[ \t]+ni|ngo[ \t]+hai|ngo[ \t]+haih|"
    r"ik[ \t]+ben|ich[ \t]+bin|ako[ \t]+si|mi[ \t]+chiamo|meu[ \t]+nome[ \t]+[ée]))[ \t]+"
)
# (each cue is one pass over the text: the fewest that start every phrase)
_INTRO_CUES = (
    "ana", "sou", "soy", "me llamo", "jestem", "nazywam", "je ", "mimi ni", "jina langu", "ngo hai",
    "ik ben", "ich bin", "ako si", "mi chiamo", "meu nome",
)  # fmt: skip
_KIN_CUES = ("ah ", "aah ", "a ma", "a po")
# "ah ma", "ah po", "ah yeh", "ah gung", "a ma": grandparents in romanised Cantonese
CANTONESE_KIN = r"(?i:\ba+h?[ \t]+(?:ma|mah|po|yeh|yeah|gung|kung))[ \t]+"
# 'Michael "big mike" Ferraro': a lower-case or several-word nickname in quotes, a name word on
# either side (the scan starts at the quote; the name before it is checked in `spans`)
NICKNAME = (
    rf"[\"“](?P<w>[{LOWER}{UPPER}][{LOWER}{UPPER}'’\-]*(?:[ \t][{LOWER}{UPPER}][{LOWER}{UPPER}'’\-]*){{0,2}})"
    rf"[\"”][ \t]+{NAME_WORD}"
)
_NAME_BEFORE: Final = re.compile(rf"(?<![\w'’\-]){NAME_WORD}[ \t]$")


class WorldNameRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.NAME
    scans: ClassVar[tuple[Pattern, ...]] = (
        Pattern("intro", rf"{INTRO}(?P<v>{NAME})", cues=_INTRO_CUES, anchored=True),
        Pattern("cantonese_kin", rf"{CANTONESE_KIN}(?P<v>{NAME})", cues=_KIN_CUES, anchored=True),
        Pattern("nickname", NICKNAME, cues=('"', "“")),
        # a chat transcript's speaker: "Agent Ria: Good afternoon", "[10:02] Advisor Tomás: ..."
        Pattern(
            "speaker",
            r"(?:^|(?<=\n)|(?<=\][ ]))(?:Agent|Advisor|Adviser|Rep|Operator|Associate|Specialist)[ \t]+"
            r"(?P<v>[A-Z][a-zà-ÿ'’\-]+)(?=[ \t]*:)",
            cues=("agent", "advis", "rep ", "operator", "associate", "specialist"),
        ),
    )

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        out: list[Span] = []
        for g in ("v", "w"):
            key = g + suffix
            if key in m.re.groupindex and m.start(key) >= 0:
                if g == "v":
                    span = trim_name(m.string, m.start(key), m.end(key))
                else:  # a nickname: only right after a name word
                    s = m.start()
                    span = m.span(key) if _NAME_BEFORE.search(m.string, max(0, s - 40), s) else None
                if span is not None:
                    out.append((PhiType.NAME, *span))
        return out
