"""Hospitals and places told by their short or local names, which the word rules read as
initials, articles or English: a hospital's initials before its town ("FTH Lokoja", "HSC
Saskatoon"); an Arabic article before a capitalised name, a place of the Gulf ("Al Quoz", "near Al
Wahda Mall") or a hospital in ALL CAPS ("AL NOOR HOSP", "AL-AMAL GENERAL HOSPITAL"); a Ugandan
national or regional referral hospital ("mulago nrh", "Lira RRH"); a Mexican IMSS unit and its
number ("UMF 34", "HGZ No. 2"); a facility named head first in Portuguese or Spanish ("Hospital
dos Servidores", "Clínica de la Costa"); a Māori place name after a preposition ("from te awamutu").
"""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType

# initials ending as a hospital's do (Hospital, Teaching Hospital, Medical Centre, Health Sciences
# Centre), then a capitalised town: found from the space between them
_INITIALS_TOWN: Final = re.compile(r"[ ](?<=[HC][ ])(?P<t>[A-Z][a-z]{3,}|[A-Z]{4,})(?![\w\-])")
_INITIALS_BEFORE: Final = re.compile(r"(?<![\w\-/])(?P<i>[A-Z]{1,5}(?:H|TH|MC|SC))\Z")
CLINICAL_INITIALS: Final = frozenset({
    "PPH", "APH", "BPH", "SAH", "ICH", "IVH", "SDH", "EDH", "LVH", "RVH", "TSH", "FSH", "ADH", "LDH", "ACTH",
    "PTH", "CRH", "NPH", "PAH", "SC", "MC", "IMC", "PSC", "HSC", "ASC", "NSC", "OSC", "ESC", "DSC", "PMH", "PSH",
    "HMC", "RMC",
})  # fmt: skip
# (HSC is also a stem cell, FMC a medical centre: read with the town only)
HOSPITAL_INITIALS: Final = frozenset({"HSC", "FMC", "FTH", "UCH", "UMC", "AMC", "SMC", "RMC", "HMC"})
_ARTICLE_NAME: Final = re.compile(  # (from the article's letters: the engine skips to them)
    r"A(?<![\w\-]A)l[ ](?P<v>[A-Z][a-z]{2,}(?:[ ][A-Z][a-z]{2,})?)"
    r"|A(?<![\w\-]A)L[ \-][A-Z]{3,}(?:[ ][A-Z]{3,})?(?=[ ](?:GENERAL[ ]|SPECIALIST[ ]|MEDICAL[ ])?"
    r"(?:HOSP|HOSPITAL|CLINIC|POLYCLINIC|CENTRE|CENTER)\b)"
)
_FIRST_NAME_BEFORE: Final = re.compile(r"([A-Z][a-z]+)[ ]\Z")
_REFERRAL_HOSPITAL: Final = re.compile(r"(?<![\w\-])(?P<v>[a-z]{4,}|[A-Z][a-z]{3,})[ ](?:nrh|rrh|NRH|RRH)\b")
_IMSS_UNIT: Final = re.compile(r"[UH](?<![\w\-][UH])(?:MF|GZ|GR|MAA|GP)[ ]?(?:(?i:no)\.?[ ]?)?\d{1,3}(?![\w\-])")
_HEAD_FIRST: Final = re.compile(
    r"(?<![\w\-])(?:Hospital|Clínica|Clinica|Policlínica|Centro[ ]de[ ]Saúde|Centro[ ]de[ ]Salud|Santa[ ]Casa)"
    r"[ ](?:das|dos|da|do|de|del|de[ ]la)[ ](?P<v>[A-ZÀ-Ý][\wÀ-ÿ]+(?:[ ][A-ZÀ-Ý][\wÀ-ÿ]+)?)"
    r"(?:[ ]\([A-Z][A-Za-z]{1,9}\))?"  # (and its short name in brackets: "(InCor)")
)
_MAORI_TE: Final = re.compile(r"\b(?:at|from|in|to|near|At|From|In)[ ](?P<v>[Tt]e[ ][a-z]{3,}|Te[ ][A-Z][a-z]{2,})\b")


def facility_name_spans(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _INITIALS_TOWN.finditer(text):
        b = _INITIALS_BEFORE.search(text, max(0, m.start() - 7), m.start())
        if b is None:
            continue
        i, town = b.group("i"), m.group("t")
        if i in CLINICAL_INITIALS and i not in HOSPITAL_INITIALS:
            continue
        ie = lex(i.lower())
        if i not in HOSPITAL_INITIALS and (ie.english or ie.zipf >= 2.5):
            continue  # ("WITH MUCH", "EACH TIME"): a word, not initials
        e = lex(town.lower())
        if e.clinical or (e.english and (e.zipf >= 3.5 or not e.place)):
            continue  # ("TSH Normal", "SC Heparin")
        if i in HOSPITAL_INITIALS or e.place:
            out.append(Entity(PhiType.LOCATION, b.start(), m.end(), text[b.start() : m.end()]))
    if "Al" in text or "AL" in text:
        for m in _ARTICLE_NAME.finditer(text):
            v = m.group("v")
            if v is not None and all((e := lex(w.lower())).clinical or (e.english and e.zipf >= 3.8) for w in v.split()):
                continue  # ("Al Fresco"): common English words
            prev = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - 20), m.start()) if v is not None else None
            family = prev is not None and (e := lex(prev.group(1).lower())).name and not e.place
            kind = PhiType.NAME if family else PhiType.LOCATION  # ("Tariq Al Harbi"): a family name
            out.append(Entity(kind, m.start(), m.end(), m.group()))
    low = lowered(text)
    if "nrh" in low or "rrh" in low:
        for m in _REFERRAL_HOSPITAL.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m))
    if "UMF" in text or "HG" in text or "UMAA" in text:
        for m in _IMSS_UNIT.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m))
    if any(k in text for k in (" das ", " dos ", " da ", " do ", " de ", " del ")):
        for m in _HEAD_FIRST.finditer(text):
            out.append(Entity.of(PhiType.LOCATION, m))
    if " te " in text or " Te " in text:
        for m in _MAORI_TE.finditer(text):
            words = m.group("v").split()[1:]
            if not all(lex(w.lower()).english for w in words):
                out.append(Entity.of(PhiType.LOCATION, m, "v"))
    return out
