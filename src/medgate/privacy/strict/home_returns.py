"""A care home or facility told by a bare two-word name, with no "Home" or "Manor" after it, where
only a facility can stand: where the patient goes back to ("return to Maple Crest,", "d/c back to
Cedar Knoll.") or whose staff gave the history ("per Willow Bend staff"). Both words are capitalised;
a department, a unit, a facility's kind or a clinical word names no one's home ("return to Day
Surgery,", "per Night Shift staff", "return to Usual Diet.")."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.types import Entity, PhiType

_NAME: Final = r"[A-Z][a-z]{2,}[ ][A-Z][a-z]{2,}"
_RX: Final = re.compile(
    # "per X Y staff": the staff of a place, so X Y is the place
    rf"\bper[ ](?P<a>{_NAME})[ ](?:staff|nurses?|RN|LPN)\b"
    # "return to X Y" closed by punctuation: where the patient lived before
    rf"|\b(?:return(?:s|ed|ing)?|back)[ ]to[ ](?P<b>{_NAME})(?=[,.;:)]|[ ]\(|[ ]for[ ]|$)",
    re.MULTILINE,
)
# kinds of place or staff: a ward or a service, not a home's own name
_NOT: Final = cues.DEPARTMENTS | cues.UNITS | cues.FACILITY_HEADS | cues.SMALL_FACILITIES | cues.DAY_WORDS

_STAFF: Final = (" staff", " nurse", " RN", " LPN")


def home_return_spans(text: str, lex: Lexicon) -> list[Entity]:
    # (every match needs "return" or "back to", or "per" with a staff word: cheap checks first)
    if not ("eturn" in text or "back to" in text or ("per " in text and any(w in text for w in _STAFF))):
        return []
    out: list[Entity] = []
    for m in _RX.finditer(text):
        start, end = m.span("a") if m.group("a") is not None else m.span("b")
        words = text[start:end].lower().split()
        # a clinical first word opens a finding or a service ("Normal Saline", "Wound Care"); a home's
        # second word may be one by chance ("Maple Crest", "Pine Ridge")
        if any(w in _NOT for w in words) or lex(words[0]).clinical:
            continue
        out.append(Entity(PhiType.LOCATION, start, end, text[start:end]))
    return out
