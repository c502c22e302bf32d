"""A first name alone in brackets: after a role ("dietitian (Losa)", "chaplain (Ruth)",
"interpreter (Yulia)"), or a nickname after a masked name ("edna (ed)", "Margaret (Peggy)").
The bracket holds one word; one that is clinical, a unit, a role, a kinship word or a language
stays ("interpreter (Tongan)", "reg (ortho)", "Jane (wife)")."""

from __future__ import annotations

from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import flags as F
from medgate.privacy.strict.words import FUNCTION_ZIPF, ROLE_WORDS, Tok
from medgate.privacy.types import Entity, PhiType

# Jobs on a ward or in the community written before a colleague's first name
_ROLES: Final = frozenset({
    "consultant", "physio", "physiotherapist", "therapist", "counsellor", "counselor", "worker",
    "educator", "nurse", "midwife", "ot", "sw", "slt", "salt", "chaplain", "interpreter", "translator",
    "doula", "navigator", "liaison", "practitioner", "dietitian", "dietician", "pharmacist", "clerk",
    "porter", "carer", "caregiver", "coordinator", "volunteer", "aide", "hca", "tech",
    "technician", "phlebotomist", "radiographer", "sonographer", "paramedic", "sister", "matron",
    "registrar", "reg", "resident", "intern", "fellow", "receptionist", "secretary", "manager", "psychologist",
})  # fmt: skip
WARD_ROLES: Final = _ROLES  # (read by `cue_lower_names` too)
# Languages an interpreter is booked for: never a name in that bracket (nor, unlisted, anywhere: `web_words`)
LANGUAGES: Final = frozenset({
    "tongan", "samoan", "tagalog", "filipino", "farsi", "dari", "pashto", "punjabi", "hindi", "urdu",
    "bengali", "tamil", "arabic", "mandarin", "cantonese", "vietnamese", "polish", "ukrainian", "russian",
    "romanian", "portuguese", "spanish", "french", "somali", "tigrinya", "amharic", "swahili", "turkish",
    "kurdish", "greek", "italian", "korean", "japanese", "thai", "khmer", "burmese", "nepali", "sinhala",
    "maori", "māori", "fijian", "hindustani", "gujarati", "malayalam", "telugu", "lithuanian", "latvian",
    "albanian", "hungarian", "czech", "slovak", "german", "dutch", "auslan", "bsl", "asl", "sign",
})  # fmt: skip


def mark_bracket_names(words: list[Tok], text: str) -> None:
    """Mark the bracketed word after a role or a masked name (callers gate on "(" in text)."""
    for i in range(1, len(words)):
        t = words[i]
        if t.hit or t.start < 2 or text[t.start - 1] != "(" or text[t.end : t.end + 1] != ")":
            continue
        prev = words[i - 1]
        if text[prev.end : t.start].strip() != "(":
            continue
        named = prev.hit and not prev.place
        if not (named or prev.low in _ROLES) or not _first_name(t, strict=not named):
            continue
        t.hit, t.why = True, "in brackets after a name" if named else f"in brackets after '{prev.low}'"


def script_name_spans(text: str, found: list[Entity]) -> list[Entity]:
    """A name written again in its own script in brackets right after a masked name: "LEE
    Min-jun (이민준)", "WU Jia-hui (吳佳慧)", "Omar Haddad (عمر حداد)", "Anil Sharma (अनिल शर्मा)":
    a bracket with no Latin letter and no digit (callers gate on "(" and a non-ASCII text)."""
    out: list[Entity] = []
    n = len(text)
    for e in found:
        if e.type is not PhiType.NAME:
            continue
        j = e.end
        while j < n and text[j] in " \t":
            j += 1
        if j >= n or text[j] != "(" or j + 1 >= n or text[j + 1].isascii():
            continue
        close = text.find(")", j + 1, j + 49)
        inner = text[j + 1 : close] if close > 0 else ""
        if inner.strip() and "\n" not in inner and not any(_latin(c) or c.isdigit() for c in inner):
            out.append(Entity(PhiType.NAME, j + 1, close, inner))
    return out


def _latin(c: str) -> bool:
    """A Latin letter, plain or accented (up to Latin Extended-B)."""
    return c.isalpha() and c <= "\u024f"


def _first_name(t: Tok, *, strict: bool) -> bool:
    """A word that may be a first name: a name or no English word; neither clinical nor a
    unit, a role, a language or a very common word (a role's bracket also wants a capital or
    a lower-case note's spelling, not an abbreviation in capitals; a nickname after a name must
    be a known first name)."""
    e = t.entry
    low = t.low
    if e is None or len(low) < 3 or not low.isalpha() or e.clinical or e.zipf >= FUNCTION_ZIPF:
        return False
    if low in ROLE_WORDS or low in cues.UNITS or low in cues.SHORTHAND or low in LANGUAGES:
        return False
    if not strict:
        return bool(e.flags & F.FIRST)  # a nickname is a first name ("(perio)" after a name: a clinic)
    if t.text.isupper() and not e.name:
        return False
    return e.name or not e.english
