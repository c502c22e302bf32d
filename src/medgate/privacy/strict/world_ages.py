"""An age over 89 said the way other languages and dialects say it, where no English age word
stands by the number (HIPAA Safe Harbor: ages over 89 are identifiers): Tagalog "91 na kasi sya",
"93 na pala si lola" (the number, "na" = already, then a particle), Punjabi/Hindi "bebe 90 de ho
gaye", "nani 92 saal ki hai" (the number, a possessive particle, "become"; or "saal" = years),
Jamaican Patois "she tun 90 nex week" ("tun" = turn), and a member or relative "the oldest ... at
90". Near misses that stay: "90 na tablets" (Tagalog "na" as a linker before a noun), "90 mg",
"BP 90/60", "90%", "at 90 minutes", "HR at 90"."""

from __future__ import annotations

import re
from typing import Final

# Tagalog: "na" (already) then a particle that ends the statement of age ("kasi", "pala", "si lola")
_TAGALOG_ALREADY: Final = re.compile(
    r"[ \t]+na[ \t]+(?:kasi|pala|sya|siya|si|po|ho|raw|daw|nga|yata|ngayon|eh|lang|ba)\b", re.IGNORECASE
)
# Punjabi/Hindi/Urdu: "90 de ho gaye", "92 ka ho gaya", "95 saal"/"95 sal" (years), "91 baras"
_SOUTH_ASIAN: Final = re.compile(
    r"[ \t]+(?:(?:de|da|di|ke|ka|ki)[ \t]+(?:ho|hogaye|hogaya|hogye)\b|(?:saal|saalan|sal|baras|varsh|varshon)\b)",
    re.IGNORECASE,
)
# Patois "tun" (turn), "tunin"/"a tun" (turning): the verb right before the number
_TURN_BEFORE: Final = re.compile(r"\b(?:tun|tunin|tuns)[ \t]+\Z", re.IGNORECASE)
# "our oldest member at 90", "eldest resident at 93": the superlative in the clause, "at" before
_OLDEST_AT: Final = re.compile(r"\b(?:oldest|eldest)\b[^\n.;!?]{0,30}\bat[ \t]+\Z", re.IGNORECASE)
# "at 90" still ends its clause: not "at 90 minutes", "at 90 bpm"
_CLAUSE_END: Final = re.compile(r"[ \t]*(?:[,.;!?)\n]|\Z)")


def world_age(text: str, start: int, end: int) -> bool:
    """The number text[start:end] (already 90-119 with no unit glued on) is an age by a cue of
    another language or dialect around it."""
    if _TAGALOG_ALREADY.match(text, end) or _SOUTH_ASIAN.match(text, end):
        return True
    if _TURN_BEFORE.search(text, max(0, start - 8), start):
        return True
    return _OLDEST_AT.search(text, max(0, start - 48), start) is not None and _CLAUSE_END.match(text, end) is not None
