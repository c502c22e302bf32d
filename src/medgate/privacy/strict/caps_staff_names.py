"""A staff member by first name after a role's abbreviation in an ALL-CAPS note: "RT CHUCK AT
BEDSIDE FOR SUCTIONING", "CNA BROOK NOTIFIED", "RN HOLLIS, UPDATED". The role says a person
follows, so a first name that is also a word ("CHUCK") is masked there; the word must be a first
name and no common word ("RT ARM", "PT AT BEDSIDE", "PT WILL BE", "PT HOPE TO GO" stay), and
something a person does or where they stand must follow."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import led

# (the roles led by the class of their first capitals, which the regex engine skips to: `led`)
_CAPS_ROLE: Final = re.compile(
    r"(?P<r>" + led(("RT", "RRT", "RN", "LPN", "CNA", "NP", "OT", "PT", "SLP", "SW", "CM", "PA", "MD", "NA", "HCA")) + r")[ \t]+(?P<v>[A-Z]{3,12})"
    r"(?=[ \t]+(?:AT[ \t]+(?:BEDSIDE|BS|PT'?S?[ \t]+BEDSIDE)|IN[ \t]+(?:ROOM|RM)|TO[ \t]+BEDSIDE|AWARE|NOTIFIED"
    r"|PRESENT|PAGED|CALLED|UPDATED|INFORMED|ASSISTED|ASSISTING|REPORTS|STATES)\b"
    r"|[ \t]*[,;])"
)
_COMMON_ZIPF: Final = 5.0  # a word this common is the sentence's ("PT HOPE", "PT WILL")
_NOT_NAMES: Final = cues.SHORTHAND | cues.KIN | cues.CREDENTIALS | cues.DAY_WORDS


def caps_staff_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _CAPS_ROLE.finditer(text):
        low = m.group("v").lower()
        e = lex(low)
        if not e.flags & F.FIRST or e.clinical or low in _NOT_NAMES or (e.english and e.zipf >= _COMMON_ZIPF):
            continue
        if m.group("r") == "PT" and text[m.end("v") : m.end("v") + 2].strip()[:1] in (",", ";"):
            continue  # "PT CALM, ..." describes the patient
        out.append(Entity(PhiType.NAME, m.start("v"), m.end("v"), m.group("v")))
    return out
