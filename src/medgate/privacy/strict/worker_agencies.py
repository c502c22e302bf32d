"""The agency a worker comes from, named after the role and "from": "case manager tasha from
lutheran services", "CRISIS WORKER LAKEISHA FROM CONNECTIONS AZ", "peer advocate Sal from Hope
Harbor", "sitter grace from comfort keepers", "STAFF DEWAYNE FROM ARC OF GREENVILLE RESIDENTIAL"
("of" joins a place into the name); an agency whose brand fuses a word and a number after "from"
("Pani Halina from Opieka Senior24"); and an agency as one word with a capital inside before its
worker's role ("LifeSource coordinator"). The role says what follows "from" is an employer; its first word must be no common word,
shorthand or department ("social worker from the ED", "case manager from home health" stay), and
the name runs to the next function word or punctuation."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.lexicon import flags as F
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_ROLES: Final = (
    r"case[ \t]?manager|case[ \t]?worker|crisis[ \t]+worker|social[ \t]+worker|outreach[ \t]+worker"
    r"|support[ \t]+worker|counselou?r|therapist|advocate|navigator|liaison|care[ \t]+coordinator"
    # a sitter's firm or a residential provider's staff: "sitter grace from comfort keepers"
    r"|sitter|staff"
)
_FROM: Final = re.compile(
    rf"(?i:\b(?P<r>{_ROLES}))(?:[ \t]+(?P<n>[A-Za-z][a-z'’-]+|[A-Z][A-Z'’-]+))?[ \t]+(?i:from)[ \t]+"
    r"(?P<v>[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,3})"
)
# an agency written as one word with a capital inside, before its worker's role: "LifeSource
# coordinator", "CareLink liaison" (a capital inside a word is a brand's, no common word's)
_CAMEL: Final = re.compile(
    r"(?<![\w'’-])(?P<v>[A-Z][a-z]+[A-Z][A-Za-z]+)[ \t]+"
    r"(?=(?i:coordinator|liaison|rep|representative|caseworker|case[ \t]manager|navigator)\b)"
)
# an agency whose brand fuses a word and a number, after "from": "Pani Halina from Opieka Senior24",
# "carer from Care4U", "nurse from HomeHelp24 Ltd" (no word of the sentence is written so; not a
# clinical word's number, "from Covid19", nor a ward's or bay's, "from Bay4")
_BRAND_FROM: Final = re.compile(
    r"(?<![\w])(?i:from)[ \t]+(?P<v>(?:[A-Z][\w'’&\-]*[ \t]+){0,2}[A-Z][A-Za-z]{2,}\d{1,3}(?:[A-Z][a-z]*)?)(?![\w'’\-])"
)
_DIGIT: Final = re.compile(r"[a-z]\d")  # (a word fused with its number: the cheap look before the scan)
_FUSED: Final = re.compile(r"([A-Z][A-Za-z]{2,})\d{1,3}([A-Z][a-z]*)?\Z")
# a virus's or a place's number in the hospital, no brand: "from Covid19", "from Bay4", "from Pod2"
_NUMBERED_WORDS: Final = frozenset({"covid", "sars", "bay", "bed", "room", "pod", "cubicle", "theatre", "level", "floor",
                                    "lab", "ward", "unit", "suite", "stage", "grade", "class", "type", "phase"})
# roles common enough that the word after them must be a name before "from" says an agency
_PLAIN_ROLES: Final = frozenset({"sitter", "staff"})
_GATE: Final = (
    "manager", "worker", "counsel", "therapist", "advocate", "navigator", "liaison", "coordinator", "sitter", "staff",
)  # fmt: skip
# where the agency's name ends: a function word or what the worker did next
_STOP: Final = frozenset({
    "at", "to", "in", "on", "for", "and", "re", "with", "about", "is", "was", "will", "came", "called",
    "here", "today", "tomorrow", "said", "says", "aware", "bedside", "visited", "present", "who", "by",
    "the", "a", "an", "of", "this", "that", "pt", "she", "he", "they", "updated", "notified",
    "arrived", "arrives", "left", "stayed", "stays", "remains", "until", "overnight", "tonight",
})  # fmt: skip
_WEAK_ZIPF: Final = 5.0  # a word this common is the sentence's ("from home", "from county")
# a Spanish or French article opening the name before a capitalised word no English list knows
# ("FROM LA FRONTERA AZ"; not "from la clinica")
_ROMANCE_ARTICLES: Final = frozenset({"la", "el", "los", "las", "le", "les"})
# a service, not an agency: "from hospice", "from the ED", "from home health", "from Monday"
_NOT_AGENCY: Final = (
    cues.SHORTHAND | cues.DEPARTMENTS | cues.KIN | cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DAY_WORDS
    | frozenset(cues.MONTHS)
    # the hospital's own staffing, not a firm: "sitter from float pool", "staff from agency"
    | frozenset({"float", "agency", "registry", "staffing", "bank", "security", "transport", "housekeeping"})
)


def _placeish(word: str, lex: Lexicon) -> bool:
    e = lex(word.lower())
    return e.place or not (e.english or e.clinical)


def _first_name(word: str, lex: Lexicon) -> bool:
    e = lex(word.lower())
    return bool(e.flags & F.FIRST) or not (e.english or e.clinical)


def _of_name(words: list[str], n: int, lex: Lexicon) -> bool:
    """ "of" inside the name, before a place or a word no list knows: "ARC OF GREENVILLE"."""
    return words[n].lower() == "of" and n + 1 < len(words) and _placeish(words[n + 1], lex)


def _brands_from(text: str, lex: Lexicon) -> list[Entity]:
    out: list[Entity] = []
    for m in _BRAND_FROM.finditer(text):
        words = m.group("v").split()
        fused = _FUSED.match(words[-1])
        if fused is None:
            continue
        stem = fused.group(1).lower()
        camel = fused.group(2) is not None or not fused.group(1)[1:].islower()  # ("Care4U", "HomeHelp24": a brand's)
        if stem in _NUMBERED_WORDS or (not camel and (lex(stem).clinical or stem in cues.UNITS or stem in cues.SHORTHAND)):
            continue  # "from Covid19", "from Ward3": no firm's brand
        while len(words) > 1 and (words[0].lower() in _STOP or words[0].lower() in _NOT_AGENCY):
            words = words[1:]  # ("from The Senior24": the article is the sentence's)
        start = m.end("v") - len(" ".join(words))
        out.append(Entity(PhiType.LOCATION, start, m.end("v"), text[start : m.end("v")]))
    return out


def worker_agency_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    brands = _brands_from(text, lex) if "from" in low and _DIGIT.search(text) else []
    if not any(g in low for g in _GATE):
        return brands
    out: list[Entity] = brands + [
        Entity(PhiType.LOCATION, m.start("v"), m.end("v"), m.group("v")) for m in _CAMEL.finditer(text)
    ]
    if "from" not in low:
        return out
    for m in _FROM.finditer(text):
        if m.group("r").lower() in _PLAIN_ROLES and m.group("n") and not _first_name(m.group("n"), lex):
            continue  # "sitter requested from nsg sup": a verb, not the sitter's name
        words = m.group("v").split()
        first = words[0].lower()
        e = lex(first)
        article = first in _ROMANCE_ARTICLES and len(words) > 1 and words[1][0].isupper() and _placeish(words[1], lex)
        if not article and (
            first in _STOP or first in _NOT_AGENCY or words[0].title() in CLINICAL_WORDS
            or (e.english and e.zipf >= _WEAK_ZIPF)
        ):  # fmt: skip
            continue
        n = 1
        while n < len(words) and (words[n].lower() not in _STOP or _of_name(words, n, lex)):
            n += 1
        # a clinical word first ("dialysis unit") is a service, unless a place or an unknown word
        # follows in the name ("CONNECTIONS AZ")
        if e.clinical and not any(_placeish(w, lex) for w in words[1:n]):
            continue
        start = m.start("v")
        end = start + len(" ".join(words[:n])) if "\t" not in m.group("v") else m.end("v")
        out.append(Entity(PhiType.LOCATION, start, end, text[start:end]))
    return out
