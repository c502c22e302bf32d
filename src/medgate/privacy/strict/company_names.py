"""Employers and schools the word rules miss: a company named before its legal form ("TEMA STEEL
WORKS LTD", "Harrow Glass Pte Ltd", "Oakfield Dairy Inc."), an employer in ALL CAPS after "works
at" (every word there is capitalised, so `employers.employer_after` reads none), and a school
named before its kind after "at" ("a nurse at Mountview Academy", "teaches at Riverside High").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# (found from the legal form: a literal the engine skips to; the name before it is read back. Not
# "INC" or "LIMITED": in ALL CAPS notes they are "increased" and "limited")
# ("(Pty) Ltd": South Africa's and Australia's proprietary company; "Sdn Bhd" alone: Malaysia's)
_LEGAL_FORM: Final = re.compile(
    r"[ ](?:(?:(?:Pte|PTE|Pvt|PVT|Sdn[ ]Bhd|\((?:Pty|PTY)\)|Pty|PTY)\.?[ ])?(?:LTD|Ltd|Limited|PLC|Plc|Inc|LLC)\b\.?"
    r"|Sdn\.?[ ]Bhd\b|SDN\.?[ ]BHD\b)"
)
# a Malay or Indonesian firm, its kind first: "syarikat kejuruteraan maju jaya", "Syarikat Bina Jaya"
# (the name runs to a preposition, a comma or the line's end)
_SYARIKAT: Final = re.compile(
    r"\b(?i:syarikat|perusahaan)[ ](?P<v>[^\W\d_][\w'’\-]*(?:[ ](?!(?i:in|di|at|dekat|sdn|for|since|and|as)\b)"
    r"[^\W\d_][\w'’\-]*){0,3})"
)
_NAME_BEFORE: Final = re.compile(r"(?:(?:[A-Z][A-Za-z'’\-]+|&)[ ]){0,3}[A-Z][A-Za-z'’\-]+\Z")
_CAPS_EMPLOYER: Final = re.compile(
    r"\b(?:WORKS?|WORKING|EMPLOYED)(?:[ ](?:PART|FULL)[ \-]TIME)?(?:[ ]AS[ ](?:AN?[ ])?[A-Z]+(?:[ ][A-Z]+)?)?"
    r"[ ](?:AT|FOR)[ ](?:THE[ ])?"
    r"(?P<v>[A-Z][A-Z'&\-]+(?:[ ][A-Z][A-Z'&\-]+){0,3})"
)
# what follows "works at" that is no employer ("WORKS AT NIGHT", "WORKS AT HOME")
_NOT_EMPLOYER: Final = frozenset({
    "HOME", "NIGHT", "NIGHTS", "WEEKENDS", "A", "AN", "PRESENT", "TIMES", "LEAST", "ALL", "HIS", "HER", "THEIR",
    "MY", "OUR", "SCHOOL", "CHURCH", "WORK", "HOSPITAL", "CLINIC", "PHARMACY", "SHOP", "STORE", "FACTORY",
    "FARM", "MARKET", "OFFICE", "BANK", "MINE", "PORT", "SITE", "NOW", "THIS", "THAT",
})  # fmt: skip
# where the employer's name ends ("DOLLAR GENERAL - CURRENTLY ON FMLA", "ACME CO SINCE 2019")
_NAME_STOPS: Final = frozenset({"CURRENTLY", "SINCE", "AND", "BUT", "AS", "FOR", "IN", "ON", "WITH", "UNTIL", "WHERE"})
_SCHOOL: Final = re.compile(
    r"\b(?:at|attends|attending)[ ](?P<v>(?:[A-Z][a-z'’]+[ ]){1,3}(?:High(?:[ ]School)?|Academy|Grammar(?:[ ]School)?"
    r"|Secondary(?:[ ]School)?|Primary(?:[ ]School)?|Girls'?|Boys'?))\b"
)
_SCHOOL_KINDS: Final = ("High", "Academy", "Grammar", "Secondary", "Primary", "Girls", "Boys")  # (one in every match)


# a congregation's name in brackets after the word for it: "his church group (Grace Fellowship)",
# "mosque (Masjid Al-Noor)"
_CHURCH_BRACKET: Final = re.compile(
    r"\b(?i:church|mosque|temple|parish|congregation|fellowship|synagogue|gurdwara)(?:[ ](?i:group|choir|family))?"
    r"[ ]\((?P<v>[A-Z][\w'’\-]*(?:[ ][\w'’\-]+){0,5})\)"
)
_CONGREGATION: Final = re.compile(r"church|mosque|temple|parish|congregation|fellowship|synagogue|gurdwara")
# a plot's number and the settlement it is in ("lot 22 greendale", "Lot 7 Bushy Park"): the address
# of a house in the rural Caribbean, Guyana, Fiji (not "a lot 20 times": the word after is a place)
_LOT: Final = re.compile(r"(?<![\w])(?<!a[ ])(?<!whole[ ])(?i:lot)[ ]\d{1,4}[A-Za-z]?,?[ ](?P<w>[A-Za-z][a-z]+)")


def company_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _LEGAL_FORM.finditer(text):
        name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if name is not None:
            out.append(Entity(PhiType.LOCATION, name.start(), name.end(), name.group()))  # (the form is no one's)
    low = lowered(text)
    if "(" in text and _CONGREGATION.search(low):
        for m in _CHURCH_BRACKET.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "lot " in low:
        for m in _LOT.finditer(text):
            e = lex(m.group("w").lower())
            if (e.place or e.name) and not e.clinical and (not e.english or e.place):
                out.append(Entity.of(PhiType.ADDRESS, m))
    if "syarikat" in low or "perusahaan" in low:
        for m in _SYARIKAT.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "WORK" in text or "EMPLOYED" in text:
        for m in _CAPS_EMPLOYER.finditer(text):
            words = m.group("v").split()
            if words[0] in _NOT_EMPLOYER:
                continue
            keep: list[str] = []
            for w in words:
                if w in _NAME_STOPS or w.lower() in cues.UNITS or (not keep and lex(w.lower()).clinical) \
                        or (keep and w.lower() in cues.WORKPLACE_KINDS):  # ("HI-LO SUPERMARKET": the kind is no one's)
                    break
                keep.append(w)
            if keep:
                value = " ".join(keep)
                out.append(Entity(PhiType.LOCATION, m.start("v"), m.start("v") + len(value), value))
    if (" at " in text or "attend" in text) and any(k in text for k in _SCHOOL_KINDS):
        for m in _SCHOOL.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
