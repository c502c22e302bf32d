"""Refuse input a task must not act on: near-empty text, or text with no clinical content.

A cheap heuristic, not a classifier: the text must have a few words and at least one clinical
term (a small vocabulary of words, stems and suffixes, vital-sign and dose patterns); longer
text needs at least two distinct terms and one per hundred words. Short but
clinical input ("chest pain 2 days") passes; "hello", a recipe or a poem does not. This is the
guard against the scribe bug where an empty session produced an invented encounter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medgate.errors import UnprocessableInput

MIN_CHARS = 8
MIN_WORDS = 2
MAX_CHARS = 60_000

_STEMS = (
    # people, settings, documentation
    "patient",
    "pt",
    "clinic",
    "hospital",
    "admit",
    "admission",
    "discharg",
    "ward",
    "icu",
    "emergency",
    "ed",
    "er",
    "consult",
    "referr",
    "follow-up",
    "followup",
    "history",
    "hx",
    "exam",
    "examination",
    "vitals",
    "triage",
    "nurse",
    "physician",
    "doctor",
    "gp",
    "surgeon",
    # symptoms and signs
    "pain",
    "ache",
    "fever",
    "febrile",
    "cough",
    "dyspn",
    "breath",
    "sob",
    "nausea",
    "vomit",
    "diarrh",
    "constipat",
    "rash",
    "itch",
    "swell",
    "edema",
    "oedema",
    "bleed",
    "dizz",
    "vertigo",
    "syncope",
    "faint",
    "fatigue",
    "tired",
    "weak",
    "numb",
    "tingl",
    "headache",
    "seizure",
    "confus",
    "palpitat",
    "wheez",
    "sputum",
    "chills",
    "sweat",
    "weight",
    "appetite",
    "sore",
    "lump",
    "wound",
    "injur",
    "fracture",
    "burn",
    "fall",
    "tender",
    "murmur",
    "jaundice",
    "anxi",
    "depress",
    "suicid",
    "insomnia",
    "sleep",
    "mood",
    "hallucinat",
    # anatomy
    "chest",
    "abdom",
    "stomach",
    "head",
    "neck",
    "back",
    "heart",
    "lung",
    "liver",
    "kidney",
    "renal",
    "brain",
    "bowel",
    "bladder",
    "skin",
    "throat",
    "ear",
    "eye",
    "knee",
    "hip",
    "joint",
    "bone",
    "blood",
    "urin",
    "cardi",
    "pulmon",
    "hepat",
    "neuro",
    "gastr",
    "derm",
    # disease and care
    "diagnos",
    "differential",
    "symptom",
    "sign",
    "disease",
    "disorder",
    "syndrome",
    "infect",
    "sepsis",
    "cancer",
    "tumou",
    "tumor",
    "diabet",
    "hypert",
    "hypotens",
    "asthma",
    "copd",
    "stroke",
    "pneumon",
    "covid",
    "influenza",
    "anemi",
    "anaemi",
    "allerg",
    "anaphyla",
    "medic",
    "drug",
    "dose",
    "tablet",
    "pill",
    "mg",
    "mcg",
    "iv",
    "oral",
    "prescri",
    "antibiot",
    "insulin",
    "therap",
    "treat",
    "surgery",
    "surgical",
    "operat",
    "procedure",
    "biopsy",
    "scan",
    "ct",
    "mri",
    "x-ray",
    "xray",
    "ultrasound",
    "ecg",
    "ekg",
    "lab",
    "troponin",
    "glucose",
    "hba1c",
    "creatinin",
    "sodium",
    "potassium",
    "hemoglobin",
    "haemoglobin",
    "wbc",
    "platelet",
    "bp",
    "hr",
    "rr",
    "spo2",
    "temp",
    "pulse",
    "pressure",
    "pregnan",
    "vaccin",
    "chronic",
    "acute",
    "mortality",
    "morbidity",
    "prognos",
    # research and education
    "trial",
    "random",
    "placebo",
    "cohort",
    "cross-sectional",
    "meta-analys",
    "systematic",
    "participant",
    "outcome",
    "efficacy",
    "endpoint",
    "hazard",
    "odds",
    "cases",
    "controls",
    "clinical",
    "medical",
    "medicine",
    "health",
    "nursing",
    "pharmac",
    "physiolog",
    "patholog",
    "anatom",
    "usmle",
    "epidemiol",
)
_SUFFIXES = (
    "itis",
    "emia",
    "aemia",
    "osis",
    "ectomy",
    "otomy",
    "ostomy",
    "algia",
    "pathy",
    "oma",
    "plasty",
    "scopy",
    "uria",
    "penia",
    "cytosis",
    "plegia",
    "trophy",
)
_PATTERNS = (
    r"\b\d{2,3}\s*/\s*\d{2,3}\b",  # blood pressure 120/80
    r"\b\d+(\.\d+)?\s*(mg|mcg|µg|g|ml|mmhg|bpm|mmol|kg|units?|iu)\b",
    r"\b\d+(\.\d+)?\s*°\s*[cf]\b",
    r"\b(y/?o|yo|year[- ]old|m/o|month[- ]old)\b",
    r"\b[A-TV-Z][0-9][0-9AB]\.[0-9A-TV-Z]{1,4}\b",  # an ICD-10-CM code
)


@dataclass(frozen=True)
class InputCheck:
    """Compiled once; `check(text)` raises UnprocessableInput or returns the cleaned text."""

    word: re.Pattern[str]
    stems: re.Pattern[str]
    suffixes: re.Pattern[str]
    patterns: re.Pattern[str]

    @classmethod
    def build(cls) -> InputCheck:
        stems = "|".join(re.escape(s) for s in sorted(_STEMS, key=len, reverse=True))
        suffixes = "|".join(re.escape(s) for s in _SUFFIXES)
        return cls(
            word=re.compile(r"[^\W\d_][\w'-]*", re.UNICODE),
            stems=re.compile(rf"^(?:{stems})", re.IGNORECASE),
            suffixes=re.compile(rf"[a-z]{{3,}}(?:{suffixes})s?$", re.IGNORECASE),
            patterns=re.compile("|".join(_PATTERNS), re.IGNORECASE),
        )

    def clinical_terms(self, text: str) -> int:
        """How many distinct words (plus pattern hits) look clinical."""
        words = {w.lower() for w in self.word.findall(text) if self._clinical(w)}
        return len(words) + len(self.patterns.findall(text))

    def _clinical(self, word: str) -> bool:
        w = word.lower()
        if len(w) <= 3:  # short words count only as whole abbreviations (bp, hr, ct, iv…)
            return w in _STEMS
        return bool(self.stems.match(w) or self.suffixes.search(w))

    def check(self, text: str) -> str:
        cleaned = text.strip()
        if len(cleaned) > MAX_CHARS:
            raise UnprocessableInput(
                f"input is {len(cleaned)} characters; the limit is {MAX_CHARS}", param="input"
            )
        words = self.word.findall(cleaned)
        if len(cleaned) < MIN_CHARS or len(words) < MIN_WORDS:
            raise UnprocessableInput(
                "input is empty or too short to act on; nothing will be generated from it",
                param="input",
            )
        hits = self.clinical_terms(cleaned)
        if hits < max(1, len(words) // 100) or (len(words) >= 60 and hits < 2):
            raise UnprocessableInput(
                "input does not look clinical; refusing rather than inventing clinical content",
                param="input",
            )
        return cleaned
