"""A practice named for its place, after "@" or "at": "PCP @ Los Ranchos Family Med", "at Mill Creek
Internal Medicine", "Kingsway Family Practice". The place's words are masked; "at Family Medicine"
(the specialty alone) names none.

A practice or centre named by words before the kind that ends its name, wherever it stands (a
label's value, a letterhead): "Pediatrician of choice: Kids First Pediatrics", "BrightStart
Paediatrics", "Sunrise Family Practice", "Starship Blood and Cancer Centre", "Harbourside Medical
Group". The name's words are masked, not the kind. A name of kind words, departments or clinical
words ("General Pediatrics", "Consult Pediatrics", "the Regional Cancer Centre") names none, nor one
word that opens a sentence ("Notify Pediatrics"). A letterhead's town alone on the line after such a
centre is its town ("Starship Blood and Cancer Centre / Auckland"). And a coined care compound
before a place ("CancerCare Manitoba", "KidsCare Ontario"): the compound is the name.

A specialty practice named by words before its specialties joined by "&" ("Lone Star Pediatric
Orthopedics & Sports", "Bayou City Orthopedics & Spine"): the words before are its name, unless
they are kind words ("General Pediatric Surgery & Urology").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_RX: Final = re.compile(
    r"(?:@|\b(?i:at|from|with|to))[ \t]+(?P<v>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+){0,2})[ \t]+"
    r"(?:Family|Internal|Sports|General|Primary)[ \t]+(?:Med|Medicine|Practice|Health|Care|Clinic)\b"
)

_KINDS: Final = ("Family ", "Internal ", "Sports ", "General ", "Primary ")

# a name word: capitalised, or a coined compound ("BrightStart", "KidsFirst")
_WORD: Final = r"[A-Z][a-z'’]+(?:[A-Z][a-z]+)*"
_NAMED_KIND: Final = re.compile(
    rf"(?<![\w'’])(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}})[ ]"
    r"(?P<k>Pediatrics|Paediatrics|Family[ ]Practice|Medical[ ]Group|"
    r"(?:(?:Blood|Children'?s)[ ](?:and|&)[ ])?Cancer[ ](?:Centre|Center))\b"
    r"(?:[ \t]*\n[ \t]*(?P<t>[A-Z][a-z]+)[ \t]*$)?",
    re.MULTILINE,
)
# (every match holds one of these)
_NAMED_KIND_PARTS: Final = ("ediatrics", "amily Practice", "edical Group", "ancer Cent")
_SPECIALTY_AND: Final = re.compile(
    rf"(?<![\w'’])(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}})[ ]"
    r"(?:(?:Pediatric|Paediatric|Adult)[ ])?[A-Z][a-z]+(?:ics|ogy|ery)[ ](?:&|and)[ ][A-Z][a-z]+\b"
)
_SPECIALTY_AND_PARTS: Final = ("ics & ", "ogy & ", "ery & ", "ics and ", "ogy and ", "ery and ")
# words that say which kind or which service, not whose
_GENERIC: Final = frozenset({
    "general", "developmental", "behavioral", "behavioural", "academic", "community", "regional", "national",
    "provincial", "state", "university", "department", "consult", "consulted", "inpatient", "outpatient",
    "emergency", "pediatric", "paediatric", "adolescent", "neonatal", "ambulatory", "hospital", "comprehensive",
    "integrated", "district", "county", "city", "local", "private", "primary", "urgent", "notify", "page",
    "paged", "call", "called", "contact", "discuss", "discussed", "via", "per", "and", "children's", "childrens",
    "womens", "women's", "adult", "blood", "cancer", "family", "medical", "oncology", "hematology",
    "haematology", "clinic", "centre", "center", "north", "south", "east", "west", "the", "our", "your",
})  # fmt: skip
# a coined care compound before a place: "CancerCare Manitoba"
_REGIONS: Final = frozenset({
    "Manitoba", "Saskatchewan", "Ontario", "Quebec", "Alberta", "Yukon", "Nunavut", "Queensland", "Victoria",
    "Tasmania", "NSW", "Wales", "Scotland", "Ireland", "England",
})  # fmt: skip
_CARE_COMPOUND: Final = re.compile(r"(?<![\w'’])(?P<v>[A-Z][a-z]+Care)[ ](?P<p>[A-Z][a-z]+)\b")


def _no_name(words: list[str]) -> bool:
    return all(w.lower() in _GENERIC or w.title() in CLINICAL_WORDS or w.lower() in cues.DEPARTMENTS for w in words)


def _opens_sentence(text: str, at: int) -> bool:
    before = text[max(0, at - 3) : at].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _ends_line(text: str, at: int) -> bool:
    rest = text[at : at + 2].lstrip(" \t")
    return not rest or rest[0] == "\n"


def _coined(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def practice_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    if any(k in text for k in _KINDS):
        out.extend(Entity.of(PhiType.LOCATION, m, "v") for m in _RX.finditer(text))
    if any(k in text for k in _NAMED_KIND_PARTS):
        for m in _NAMED_KIND.finditer(text):
            words = m.group("v").split()
            if _no_name(words) or words[0].lower() in cues.TITLES:
                continue  # ("Dr Patel Pediatrics": the name filter's)
            start = m.start("v")
            if len(words) == 1 and not _coined(words[0]) and _opens_sentence(text, start) and not _ends_line(text, m.end("k")):
                continue  # "Notify Pediatrics if": a verb before the service (a letterhead's line is a name)
            out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
            town = m.group("t")
            if town and lex(town).flags & F.PLACE and "Cancer" in m.group("k"):
                out.append(Entity.of(PhiType.CITY, m, "t"))
    if any(k in text for k in _SPECIALTY_AND_PARTS):
        for m in _SPECIALTY_AND.finditer(text):
            words = m.group("v").split()
            while words and words[-1] in ("Pediatric", "Paediatric", "Adult"):
                words.pop()  # ("Bayou City Pediatric": the regex took the specialty's first word)
            if not words or lex(words[0].lower()).clinical:
                continue  # ("- Reproductive Endocrinology & Infertility": a specialty's own adjective)
            if _no_name(words) or words[0].lower() in cues.TITLES or (len(words) == 1 and _opens_sentence(text, m.start())):
                continue
            end = m.start("v") + len(" ".join(words))
            out.append(Entity(PhiType.LOCATION, m.start("v"), end, text[m.start("v") : end]))
    if "Care " in text:
        for m in _CARE_COMPOUND.finditer(text):
            place = m.group("p")
            if m.group("v") not in ("HealthCare", "PrimaryCare") and (lex(place).flags & F.PLACE or place in _REGIONS):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
