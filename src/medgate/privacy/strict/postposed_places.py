"""Hospitals and clinics by nickname or initials where an Asian or Arabic chat puts its place word:
after the name in Hindi, Urdu and Sinhala ("Medanta mein", "RLH se discharge", "Lanka Hospitals
eke"), after "mostashfa" (hospital) in Arabizi ("fi mostashfa el Nour"), initials after a hospital's
name ("St. Paul's QC", "Asian Hospital ATC") and before the Korean, Japanese or Chinese word for one
("SVH 응급실"). A chain's head ("Apollo", "Fortis") is read only beside such a word; a clinical unit
("ICU mein", "OPD se", "ER se") is no place of its own."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.word_start import may_hold

# the heads of hospital chains of South and South-East Asia, any case ("fortis", "MANIPAL")
_CHAINS: Final = (
    "apollo|fortis|manipal|medanta|narayana|kokilaben|lilavati|hinduja|jaslok|aster|kims|wockhardt|"
    "asiri|nawaloka|durdans|hemas|labaid|evercare|bumrungrad|samitivej|bangpakok|siloam|vinmec|medlatec|"
    "gleneagles|raffles|parkway|sunway|columbia|mitra|hermina|makati|shifa|chughtai|shaukat"
)
_CHAIN_NAMES: Final = tuple(_CHAINS.split("|"))  # (every match holds one: the scan runs only then)
# postpositions of place: Hindi and Urdu mein/me/se/pe/par, Sinhala eke (in the), Bengali e, Gujarati ma
_POST: Final = r"(?:mein|me|se|pe|par|eke|ma)"
# the chain's head (and one capitalised word after it) before a postposition (Bengali "e" too: a
# chain's name is cue enough), or after a preposition
_CHAIN: Final = re.compile(
    rf"(?i:\b(?P<v>(?:{_CHAINS})(?-i:[ \t][A-Z][a-z]+)?)[ \t]+(?:{_POST}|e)\b"
    rf"|\b(?:at|in|to|from|sa|ni|di|ke|dari)[ \t]+(?P<w>(?:{_CHAINS})\b(?-i:[ \t][A-Z][a-z]+)?))"
)
# initials before a postposition, then what a hospital does ("BRI se discharge", "QEH mein admit")
_INITIALS: Final = re.compile(
    rf"\b(?P<v>[A-Z]{{2,5}})[ \t]+{_POST}[ \t]+(?:\w+[ \t]+)?"
    r"(?i:discharge|admit|refer|dikha|check|appointment|appt|operation|surgery|dialysis|delivery)"
)
# Arabizi "mostashfa" (hospital) and its article, then the name
_MOSTASHFA: Final = re.compile(
    r"(?i:\b(?:mostashfa|mustashfa|mostashfa2|mustashfā)[ \t]+(?:(?:el|al)[ \t-]+)?)(?P<v>[A-Z][\w'-]+(?:[ \t][A-Z][\w'-]+)?)"
)
# initials after a hospital's name: a branch or campus ("St. Paul's QC", "Medical City SLMC")
_BRANCH: Final = re.compile(
    r"(?:\bSt\.?[ \t][A-Z][a-z]+['’]s|\b(?:Hospital|Hospitals|Medical[ \t](?:Center|Centre|City)))[ \t]+(?P<v>[A-Z]{2,4})\b(?![-/]\w)"
    r"(?![ \t]*(?:[:#]|(?:No|no)\b|\d))"  # (a record's label: "Hospital MRN: 0718842")
)
# initials before the Korean, Japanese or Chinese word for an emergency room or hospital ("SVH 응급실",
# "KMC 病院")
_CJK_PLACE: Final = re.compile(r"\b(?P<v>[A-Z]{2,5})[ ]?(?:응급실|병원|病院|医院|救急|急诊|醫院)")
_CJK_WORDS: Final = ("응급실", "병원", "病院", "医院", "救急", "急诊", "醫院")
_UNITS: Final = frozenset({
    "opd", "ipd", "icu", "nicu", "picu", "ccu", "hdu", "er", "ed", "ot", "gp", "nhs", "emergency",
    "mrn", "id", "uhid", "ref", "dob",
})  # fmt: skip


def _unit(v: str, lex: Lexicon) -> bool:
    low = v.lower()
    return low in _UNITS or low in cues.UNITS or low in cues.DEPARTMENTS or lex(low).clinical


def postposed_place_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    low = lowered(text)
    for m in _CHAIN.finditer(text) if may_hold(text, low, _CHAIN_NAMES) else ():
        g = "v" if m.group("v") else "w"
        out.append(Entity.of(PhiType.LOCATION, m, g))
    if " se " in text or " mein " in text or " me " in text or " eke" in text or " ma " in text:
        for m in _INITIALS.finditer(text):
            if not _unit(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "stashf" in low:
        for m in _MOSTASHFA.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if any(w in text for w in _CJK_WORDS):
        for m in _CJK_PLACE.finditer(text):
            if not _unit(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    if "St" in text or "Hospital" in text or "Medical" in text:
        for m in _BRANCH.finditer(text):
            if not _unit(m.group("v"), lex):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
