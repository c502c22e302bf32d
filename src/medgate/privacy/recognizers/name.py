"""Person names: label and title cues, credentials, relations, then dictionaries and propagation.

Pass 1 (combined regex): "Dr. Jane Roe", "Patient: ROE, JANE", "wife Hope", "Jane Roe, MD",
"cc: ...", "Electronically signed by ...", dictation initials "JR/kl". Pass 2 (`post`): any
"First Last" pair from the name dictionaries, and every later mention of a word already found
in a cued name ("Roe", "JANE"). Eponyms stay: a word followed by disease/sign/catheter/score...
is never a name, and eponym-like surnames (Foley, Graves, Bell) are not propagated on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import ClassVar, Final

from medgate.privacy.names import ANY_NAME, FIRST_NAMES, LAST_NAMES
from medgate.privacy.recognizers.base import Pattern, Recognizer, Span
from medgate.privacy.recognizers.common import LOWER, NAME_LAST_FIRST, NAME_SEQ, NAME_WORD, UPPER
from medgate.privacy.types import PhiType
from medgate.privacy.vocab import BARE_EPONYMS, CLINICAL_WORDS, EPONYM_HEADS, EPONYM_SUFFIXES

TITLE = r"\b(?:Mr|Mrs|Ms|Mx|Miss|Dr|DR|Prof|Drs)\.?(?=[ \t])"
LABEL = (
    r"(?i:\b(?:patient(?:[ \t]+name)?|pt(?:[ \t]+name)?|name|full[ \t]+name|attending(?:[ \t]+"
    r"physician)?|pcp|primary[ \t]+care(?:[ \t]+(?:physician|provider|doctor))?|referring"
    r"(?:[ \t]+(?:physician|provider|doctor|md))?|provider|physician|surgeon|resident|nurse|rn|"
    r"author|interpreter|case[ \t]+manager|social[ \t]+worker|pharmacist|therapist|guardian|"
    r"emergency[ \t]+contact|contact(?:[ \t]+person)?|next[ \t]+of[ \t]+kin|nok|poa|hcp|"
    r"health[ \t]+care[ \t]+proxy|spouse|mother|father|parent|informant|dictated[ \t]+by|"
    r"transcribed[ \t]+by|signed[ \t]+by|electronically[ \t]+signed[ \t]+by|cosigned[ \t]+by|"
    r"co-signed[ \t]+by|authenticated[ \t]+by|reviewed[ \t]+by|seen[ \t]+by|cc|c\.c\.|to|from|"
    r"attn|attention|dear|sincerely|regards)\b)"
    r"(?:[ \t]*[:\-][ \t]*|(?<=[Bb][Yy])[ \t]+|(?<=[Dd]ear)[ \t]+)(?:(?:Dr|Mr|Mrs|Ms)\.?[ \t]+)?"
)
RELATION = (
    r"(?i:\b(?:wife|husband|son|daughter|mother|father|mom|dad|sister|brother|spouse|partner|"
    r"friend|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|"
    r"caregiver|neighbou?r|roommate|fianc[ée]e?|girlfriend|boyfriend|stepson|stepdaughter|"
    r"sister-in-law|brother-in-law|daughter-in-law|son-in-law|guardian|proxy)(?:'s)?)"
    r",?[ \t]+(?:(?i:named|is|was)[ \t]+)?"
)
CREDENTIAL = (
    r",?[ \t]+(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|CNM|CRNA|PharmD|DPM|DDS|DMD|LCSW|PhD|MSW|"
    r"APRN|FNP|FNP-C|DNP|LPN|CNA|RD|PT|OT|DPT|MBBS|FACP|FACC)\b"
)
TOKEN: Final = re.compile(rf"[{UPPER}][{UPPER}{LOWER}'’\-]*[{UPPER}{LOWER}]")
_WORD: Final = re.compile(rf"[{UPPER}{LOWER}'’\-]+")
_NEXT_WORD: Final = re.compile(r"(?:'s|’s|')?[ \t]+([A-Za-z\-]+)")


class NameRecognizer(Recognizer):
    entity: ClassVar[PhiType] = PhiType.NAME
    patterns: ClassVar[tuple[Pattern, ...]] = (
        Pattern("title", rf"{TITLE}[ \t]+(?P<v>{NAME_SEQ})"),
        Pattern("label", rf"{LABEL}(?P<v>{NAME_LAST_FIRST}|{NAME_SEQ})"),
        Pattern("relation", rf"{RELATION}(?P<v>{NAME_SEQ})"),
        Pattern("credential", rf"(?P<v>{NAME_SEQ}){CREDENTIAL}"),
        Pattern(
            "initials",
            rf"(?m:^[ \t]*(?P<v>[{UPPER}]{{2,3}}/[{LOWER}]{{2,3}})[ \t]*$)|(?i:dictated[ \t]+by|"
            rf"dict\.?|d/t)[ \t]*:?[ \t]*(?P<w>[{UPPER}]{{2,3}}/[{LOWER}]{{2,3}})\b",
        ),
    )

    def spans(self, m: re.Match[str], suffix: str) -> list[Span]:
        out: list[Span] = []
        for g in ("v", "w"):
            key = g + suffix
            if key in m.re.groupindex and m.start(key) >= 0:
                span = trim_name(m.string, m.start(key), m.end(key))
                if span is not None:
                    out.append((PhiType.NAME, *span))
        return out

    def post(self, text: str, found: Sequence[Span]) -> Iterable[Span]:
        known: set[str] = set()
        for typ, s, e in found:
            if typ is PhiType.NAME:
                for w in _WORD.findall(text[s:e]):
                    t = w.title()
                    if len(w) > 1 and not _edge_word(w) and t not in BARE_EPONYMS:
                        known.add(t)
        out: list[Span] = []
        tokens = [(t.group(), t.start(), t.end()) for t in TOKEN.finditer(text)]
        i = 0
        n = len(tokens)
        while i < n:
            word, s, e = tokens[i]
            title = word.title()
            if i + 1 < n and _is_pair(text, tokens[i], tokens[i + 1]):
                out.append((PhiType.NAME, s, tokens[i + 1][2]))
                i += 2
                continue
            if title in known and not _eponym_context(text, e):
                out.append((PhiType.NAME, s, e))
            i += 1
        return out


def _is_pair(text: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    """A dictionary "First Last" pair on one line, neither word note vocabulary or an eponym use."""
    gap = text[a[2] : b[1]]
    if gap not in (" ", "  ") or not a[0][1:].islower() or not b[0][1:].islower():
        return False
    first, last = a[0], b[0]
    if first not in FIRST_NAMES or (last not in LAST_NAMES and last not in FIRST_NAMES):
        return False
    if first in CLINICAL_WORDS or last in CLINICAL_WORDS:
        return False
    return not _eponym_context(text, b[2])


def _eponym_context(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() in EPONYM_SUFFIXES


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop note words at either edge ("Cardiology Fellow John Roe" -> "John Roe")."""
    words = [
        (w.group(), w.start() + start, w.end() + start) for w in _SPLIT.finditer(text[start:end])
    ]
    while words and _edge_word(words[0][0]):
        words.pop(0)
    while words and (_edge_word(words[-1][0]) or words[-1][0] in _PARTICLES):
        words.pop()
    if not words:
        return None
    s, e = words[0][1], words[-1][2]
    if _eponym_context(text, e) and words[-1][0].rstrip(",").title() in EPONYM_HEADS:
        return None
    return s, e


_SPLIT: Final = re.compile(r"[^ \t,]+")
_PARTICLES: Final = frozenset(
    {"de", "del", "da", "van", "von", "der", "bin", "al", "le", "la", "di", "du"}
)


def _edge_word(word: str) -> bool:
    """Note vocabulary that is not also a listed name ("Cardiology", "Fellow", "MRN")."""
    w = word.rstrip(".").title()
    if len(word) <= 2 and word.endswith("."):
        return False
    return w in CLINICAL_WORDS and w not in ANY_NAME


__all__ = ["NAME_WORD", "NameRecognizer", "trim_name"]
