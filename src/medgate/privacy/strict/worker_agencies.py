"""The agency a worker comes from, named after the role and "from": "case manager tasha from
lutheran services", "CRISIS WORKER LAKEISHA FROM CONNECTIONS AZ", "peer advocate Sal from Hope
Harbor". The role says what follows "from" is an employer; its first word must be no common word,
shorthand or department ("social worker from the ED", "case manager from home health" stay), and
the name runs to the next function word or punctuation."""

from __future__ import annotations

import re
from typing import Final

from medgate.privacy import cues
from medgate.privacy.lexicon import Lexicon
from medgate.privacy.text import lowered
from medgate.privacy.types import Entity, PhiType
from medgate.privacy.vocab import CLINICAL_WORDS

_ROLES: Final = (
    r"case[ \t]?manager|case[ \t]?worker|crisis[ \t]+worker|social[ \t]+worker|outreach[ \t]+worker"
    r"|support[ \t]+worker|counselou?r|therapist|advocate|navigator|liaison|care[ \t]+coordinator"
)
_FROM: Final = re.compile(
    rf"(?i:\b(?:{_ROLES}))(?:[ \t]+[A-Za-z][a-z'’-]+|[ \t]+[A-Z][A-Z'’-]+)?[ \t]+(?i:from)[ \t]+"
    r"(?P<v>[A-Za-z][\w'’&-]*(?:[ \t]+[A-Za-z][\w'’&-]*){0,3})"
)
_GATE: Final = ("manager", "worker", "counsel", "therapist", "advocate", "navigator", "liaison", "coordinator")
# where the agency's name ends: a function word or what the worker did next
_STOP: Final = frozenset({
    "at", "to", "in", "on", "for", "and", "re", "with", "about", "is", "was", "will", "came", "called",
    "here", "today", "tomorrow", "said", "says", "aware", "bedside", "visited", "present", "who", "by",
    "the", "a", "an", "of", "this", "that", "pt", "she", "he", "they", "updated", "notified",
})  # fmt: skip
_WEAK_ZIPF: Final = 5.0  # a word this common is the sentence's ("from home", "from county")
# a Spanish or French article opening the name before a capitalised word no English list knows
# ("FROM LA FRONTERA AZ"; not "from la clinica")
_ROMANCE_ARTICLES: Final = frozenset({"la", "el", "los", "las", "le", "les"})
# a service, not an agency: "from hospice", "from the ED", "from home health", "from Monday"
_NOT_AGENCY: Final = (
    cues.SHORTHAND | cues.DEPARTMENTS | cues.KIN | cues.FACILITY_HEADS | cues.FACILITY_KINDS | cues.DAY_WORDS
    | frozenset(cues.MONTHS)
)


def _placeish(word: str, lex: Lexicon) -> bool:
    e = lex(word.lower())
    return e.place or not (e.english or e.clinical)


def worker_agency_spans(text: str, lex: Lexicon) -> list[Entity]:
    low = lowered(text)
    if "from" not in low or not any(g in low for g in _GATE):
        return []
    out: list[Entity] = []
    for m in _FROM.finditer(text):
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
        while n < len(words) and words[n].lower() not in _STOP:
            n += 1
        # a clinical word first ("dialysis unit") is a service, unless a place or an unknown word
        # follows in the name ("CONNECTIONS AZ")
        if e.clinical and not any(_placeish(w, lex) for w in words[1:n]):
            continue
        start = m.start("v")
        end = start + len(" ".join(words[:n])) if "\t" not in m.group("v") else m.end("v")
        out.append(Entity(PhiType.LOCATION, start, end, text[start:end]))
    return out
